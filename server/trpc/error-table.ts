import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { ErrorCode } from '../../shared/errors/codes';

/** The one table from application error codes to transport: tRPC code (which fixes the HTTP status). */
export const errorTable: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_SUPPORTED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
  SERVICE_NOT_FOUND: 'NOT_FOUND',
  CATEGORY_NOT_FOUND: 'NOT_FOUND',
  LIFE_EVENT_NOT_FOUND: 'NOT_FOUND',
  ORGANIZATION_NOT_FOUND: 'NOT_FOUND',
  OFFICE_NOT_FOUND: 'NOT_FOUND',
  AUTH_REQUIRED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  CSRF_REJECTED: 'FORBIDDEN',
  CODE_INVALID: 'BAD_REQUEST',
  CODE_EXPIRED: 'BAD_REQUEST',
  CODE_USED: 'BAD_REQUEST',
  CODE_TOO_MANY_ATTEMPTS: 'BAD_REQUEST',
  CODE_REQUEST_LIMIT: 'TOO_MANY_REQUESTS',
  FISCAL_CODE_INVALID: 'BAD_REQUEST',
  FISCAL_CODE_TAKEN: 'CONFLICT',
  EMAIL_TAKEN: 'CONFLICT',
  DELETE_CONFIRMATION_MISMATCH: 'BAD_REQUEST',
  MESSAGE_NOT_FOUND: 'NOT_FOUND',
  PASSKEY_NOT_FOUND: 'BAD_REQUEST',
  PASSKEY_VERIFICATION_FAILED: 'BAD_REQUEST',
  // Someone else's passkey answers as a missing one, so ids cannot be probed.
  PASSKEY_NOT_IN_ACCOUNT: 'NOT_FOUND',
  SIGN_IN_FLOW_EXPIRED: 'BAD_REQUEST',
  OIDC_NOT_CONFIGURED: 'NOT_FOUND',
  OIDC_CALLBACK_INVALID: 'BAD_REQUEST',
  OIDC_IDENTITY_INCOMPLETE: 'BAD_REQUEST',
  OIDC_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/** Errors raised by tRPC itself (bad JSON, unknown procedure...) get the closest application code. */
export function codeForTransportError(code: TRPC_ERROR_CODE_KEY): ErrorCode {
  switch (code) {
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
    case 'UNPROCESSABLE_CONTENT':
      return 'INVALID_INPUT';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'UNAUTHORIZED':
      return 'AUTH_REQUIRED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'METHOD_NOT_SUPPORTED':
      return 'METHOD_NOT_ALLOWED';
    case 'PAYLOAD_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'TOO_MANY_REQUESTS':
      return 'TOO_MANY_REQUESTS';
    default:
      return 'INTERNAL';
  }
}
