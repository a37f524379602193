import type { ErrorCode } from '../shared/errors/codes';

/** A failure the domain expects (unknown slug, slot taken); services throw it, the API maps it by code. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}
