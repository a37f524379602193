import { z } from 'zod';

/** The answer of an action that has nothing more to say than that it was done. */
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;

export const ok: Ok = { ok: true };
