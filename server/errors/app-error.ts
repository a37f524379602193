import type { ErrorCode } from '../../shared/errors/codes';
import type { ErrorParam } from '../../shared/i18n/errors';

/**
 * A failure the domain expects (unknown slug, slot taken); services throw it, the API maps it by code.
 * It is an answer, not a bug, so its stack is only its name and code: tRPC reads `stack` off every
 * error it wraps, and formatting one through the source maps cost a turned-away booking attempt more
 * than its query.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, ErrorParam> = {},
  ) {
    super(code);
    // Assigning (not redefining, which reads it first) replaces V8's lazily formatted stack unformatted.
    this.stack = `AppError: ${code}`;
  }
}
