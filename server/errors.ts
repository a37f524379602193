import type { ErrorCode } from '../shared/errors/codes';
import type { ErrorParam } from '../shared/i18n/errors';

/** A failure the domain expects (unknown slug, slot taken); services throw it, the API maps it by code. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, ErrorParam> = {},
  ) {
    super(code);
  }
}
