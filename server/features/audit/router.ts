import { z } from 'zod';
import { PageInput } from '../../../shared/auth/api';
import { router } from '../../trpc/init';
import { adminProcedure } from '../../trpc/procedures';
import { listAudit } from './record';

const AuditRow = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** The audit log, for administrators only. */
export const auditRouter = router({
  list: adminProcedure
    .input(PageInput.unwrap().extend({ actorId: z.uuid().optional() }))
    .output(z.array(AuditRow))
    .query(({ ctx, input }) => listAudit(ctx.db, input)),
});
