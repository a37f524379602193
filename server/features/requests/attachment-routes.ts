import { createReadStream } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FieldIdSchema } from '../../../shared/requests/form';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { offices } from '../../db/tables/catalog';
import { requestAttachments, requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';
import { httpStatusOf, refusal } from '../../http/request-guards';
import { readSessionCookie } from '../../http/session-cookie';
import type { SessionUser } from '../../trpc/context';
import { recordAudit } from '../audit/record';
import { findSession } from '../auth/sessions';
import { attachmentPath, storeAttachment } from './attachments';

const UploadQuery = z.object({ field: FieldIdSchema.optional(), name: z.string().min(1).max(500) });
const RequestParams = z.object({ requestId: z.uuid() });
const AttachmentParams = z.object({ attachmentId: z.uuid() });

/**
 * Files travel as plain HTTP, not through tRPC: the upload is the raw file as the body (no multipart
 * parser, no base64), the download a link the browser can open. Both need the session cookie; the CSRF
 * guard covers the upload like any other POST.
 */
export function registerAttachmentRoutes(app: FastifyInstance, deps: { db: Database; config: Config }) {
  const reader = async (request: FastifyRequest): Promise<SessionUser | undefined> => {
    const token = readSessionCookie(request);
    return token ? (await findSession(deps.db, deps.config.session, token))?.user : undefined;
  };
  const refuse = (reply: FastifyReply, request: FastifyRequest, error: AppError) =>
    reply.code(httpStatusOf(error.code)).send(refusal(request, error.code, error.params));

  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: deps.config.requests.fileBytes },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
      if (error instanceof AppError) return refuse(reply, request, error);
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const limit = `${Math.round(deps.config.requests.fileBytes / 104_857.6) / 10} MB`;
        return refuse(reply, request, new AppError('ATTACHMENT_TOO_LARGE', { name: '', limit }));
      }
      if (error.statusCode && error.statusCode < 500)
        return refuse(reply, request, new AppError('INVALID_INPUT', { details: error.message }));
      request.log.error({ err: error }, 'attachment route failed');
      return refuse(reply, request, new AppError('INTERNAL'));
    });

    scope.post('/files/requests/:requestId/attachments', async (request, reply) => {
      const user = await reader(request);
      if (!user) throw new AppError('AUTH_REQUIRED');
      const params = RequestParams.safeParse(request.params);
      const query = UploadQuery.safeParse(request.query);
      if (!params.success) throw new AppError('REQUEST_NOT_FOUND');
      if (!query.success) throw new AppError('ATTACHMENT_FIELD_UNKNOWN', { field: '-' });
      if (!Buffer.isBuffer(request.body)) throw new AppError('ATTACHMENT_EMPTY', { name: query.data.name });
      const attachment = await storeAttachment(
        deps.db,
        {
          requestId: params.data.requestId,
          userId: user.id,
          fieldId: query.data.field,
          fileName: query.data.name,
          bytes: request.body,
        },
        { dataDir: deps.config.dataDir, limits: deps.config.requests },
      );
      return reply.code(201).send(attachment);
    });

    scope.get('/files/requests/attachments/:attachmentId', async (request, reply) => {
      const user = await reader(request);
      const params = AttachmentParams.safeParse(request.params);
      // Someone else's file answers exactly as one that does not exist.
      if (!user || !params.success) throw new AppError('ATTACHMENT_NOT_FOUND');
      const file = await findReadableAttachment(deps.db, params.data.attachmentId, user);
      if (!file) throw new AppError('ATTACHMENT_NOT_FOUND');
      // Staff reading a citizen's file is access to their records, on record like every desk call.
      if (file.ownerId !== user.id) {
        await recordAudit(deps.db, {
          actorId: user.id,
          action: 'requests.attachment.download',
          ip: request.ip,
          subjectType: 'request_attachment',
          subjectId: params.data.attachmentId,
          details: { office: file.office },
        });
      }
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('content-length', file.size)
        .type(file.mediaType)
        .send(createReadStream(attachmentPath(deps.config.dataDir, file.sha256)));
    });
  });
}

/** The file, when the reader is the citizen who made the request, staff of its office, or an admin. */
async function findReadableAttachment(db: Database, attachmentId: string, user: SessionUser) {
  const [row] = await db
    .select({
      fileName: requestAttachments.fileName,
      mediaType: requestAttachments.mediaType,
      size: requestAttachments.size,
      sha256: requestAttachments.sha256,
      ownerId: requests.userId,
      office: offices.slug,
    })
    .from(requestAttachments)
    .innerJoin(requests, eq(requests.id, requestAttachments.requestId))
    .innerJoin(offices, eq(offices.id, requests.officeId))
    .where(and(eq(requestAttachments.id, attachmentId)));
  if (!row) return undefined;
  const allowed = row.ownerId === user.id || user.roles.admin || user.roles.staffOffices.includes(row.office);
  return allowed ? row : undefined;
}
