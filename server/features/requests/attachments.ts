import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AttachmentView } from '../../../shared/requests/api';
import { sniffMediaType } from '../../../shared/requests/file-types';
import type { FormDefinition } from '../../../shared/requests/form';
import type { Database, Executor } from '../../db/client';
import { requestAttachments, requestForms, requests } from '../../db/tables/requests';
import { AppError } from '../../errors/app-error';

export type AttachmentLimits = { fileBytes: number; requestBytes: number };

/** Where a file's bytes live: DATA_DIR/attachments/<first two hex digits>/<sha256>, written once. */
export const attachmentPath = (dataDir: string, sha256: string) =>
  join(dataDir, 'attachments', sha256.slice(0, 2), sha256);

const attachmentColumns = {
  id: requestAttachments.id,
  fieldId: requestAttachments.fieldId,
  name: requestAttachments.fileName,
  mediaType: requestAttachments.mediaType,
  size: requestAttachments.size,
  sha256: requestAttachments.sha256,
};

export const downloadUrl = (attachmentId: string) => `/files/requests/attachments/${attachmentId}`;

const toView = (row: Omit<AttachmentView, 'url'>): AttachmentView => ({ ...row, url: downloadUrl(row.id) });

/** A name safe to show and to put in a download header: no path, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((char) => char >= ' ' && char !== '\u007f' && char !== '"').join('');
  const clean = printable.trim().slice(-200);
  return clean || 'allegato';
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/**
 * Adds a file to a draft (for a file field) or to a request waiting for the citizen's answer (no field).
 * The type is read from the content, never from the name. The request row is locked while its total is
 * counted, so two uploads at once cannot pass the per-request limit together.
 */
export async function storeAttachment(
  db: Database,
  input: { requestId: string; userId: string; fieldId: string | undefined; fileName: string; bytes: Buffer },
  deps: { dataDir: string; limits: AttachmentLimits },
): Promise<AttachmentView> {
  const name = cleanFileName(input.fileName);
  if (input.bytes.length === 0) throw new AppError('ATTACHMENT_EMPTY', { name });
  if (input.bytes.length > deps.limits.fileBytes) {
    throw new AppError('ATTACHMENT_TOO_LARGE', { name, limit: megabytes(deps.limits.fileBytes) });
  }
  const mediaType = sniffMediaType(input.bytes.subarray(0, 16));
  if (!mediaType) throw new AppError('ATTACHMENT_TYPE_REFUSED', { name });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  await writeOnce(attachmentPath(deps.dataDir, sha256), input.bytes);

  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({ status: requests.status, definition: requestForms.definition })
      .from(requests)
      .innerJoin(
        requestForms,
        and(eq(requestForms.serviceId, requests.serviceId), eq(requestForms.version, requests.formVersion)),
      )
      .where(and(eq(requests.id, input.requestId), eq(requests.userId, input.userId)))
      .for('update', { of: requests });
    if (!request) throw new AppError('REQUEST_NOT_FOUND');
    if (request.status === 'draft') {
      if (!input.fieldId || !isFileField(request.definition, input.fieldId)) {
        throw new AppError('ATTACHMENT_FIELD_UNKNOWN', { field: input.fieldId ?? '-' });
      }
    } else if (request.status !== 'needs_info' || input.fieldId) {
      throw new AppError('REQUEST_NOT_EDITABLE');
    }
    const [total] = await tx
      .select({ bytes: sql<number>`coalesce(sum(${requestAttachments.size}), 0)::int` })
      .from(requestAttachments)
      .where(eq(requestAttachments.requestId, input.requestId));
    if ((total?.bytes ?? 0) + input.bytes.length > deps.limits.requestBytes) {
      throw new AppError('ATTACHMENTS_TOTAL_TOO_LARGE', { limit: megabytes(deps.limits.requestBytes) });
    }
    const [row] = await tx
      .insert(requestAttachments)
      .values({
        requestId: input.requestId,
        fieldId: input.fieldId ?? null,
        fileName: name,
        mediaType,
        size: input.bytes.length,
        sha256,
        uploadedBy: input.userId,
      })
      .returning(attachmentColumns);
    return toView(row!);
  });
}

function isFileField(definition: FormDefinition, fieldId: string): boolean {
  return definition.pages.some((page) => page.fields.some((field) => field.id === fieldId && field.type === 'file'));
}

async function writeOnce(path: string, bytes: Buffer): Promise<void> {
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) return;
  await mkdir(join(path, '..'), { recursive: true });
  // Written aside and renamed, so a reader never sees half a file and two writers end with the same bytes.
  const temporary = `${path}.${process.pid}.${Date.now()}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

export async function listAttachments(db: Executor, requestId: string): Promise<AttachmentView[]> {
  const rows = await db
    .select(attachmentColumns)
    .from(requestAttachments)
    .where(eq(requestAttachments.requestId, requestId))
    .orderBy(asc(requestAttachments.createdAt));
  return rows.map(toView);
}

/** The person's own draft's attachments. */
export async function listOwnAttachments(db: Executor, userId: string, requestId: string): Promise<AttachmentView[]> {
  const [owned] = await db
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.id, requestId), eq(requests.userId, userId)));
  if (!owned) throw new AppError('REQUEST_NOT_FOUND');
  return listAttachments(db, requestId);
}

/** Removes a file from a draft; once submitted, attachments are part of the record. */
export async function removeAttachment(db: Executor, userId: string, attachmentId: string): Promise<void> {
  const deleted = await db
    .delete(requestAttachments)
    .where(
      and(
        eq(requestAttachments.id, attachmentId),
        inArray(
          requestAttachments.requestId,
          db
            .select({ id: requests.id })
            .from(requests)
            .where(and(eq(requests.userId, userId), eq(requests.status, 'draft'))),
        ),
      ),
    )
    .returning({ id: requestAttachments.id });
  if (deleted.length === 0) throw new AppError('ATTACHMENT_NOT_FOUND');
}

/** Attachments of a request that are among the given ids: what an answer or a file field may refer to. */
export async function attachmentsOfRequest(db: Executor, requestId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: requestAttachments.id, fieldId: requestAttachments.fieldId })
    .from(requestAttachments)
    .where(and(eq(requestAttachments.requestId, requestId), inArray(requestAttachments.id, [...ids])));
}
