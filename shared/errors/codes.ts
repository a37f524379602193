/** Every error the API can answer with, by greppable code. Transport mapping: server/trpc/error-table.ts. */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'INTERNAL',
  'SERVICE_NOT_FOUND',
  'CATEGORY_NOT_FOUND',
  'LIFE_EVENT_NOT_FOUND',
  'ORGANIZATION_NOT_FOUND',
  'OFFICE_NOT_FOUND',
  'AUTH_REQUIRED',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_USED',
  'CODE_TOO_MANY_ATTEMPTS',
  'CODE_REQUEST_LIMIT',
  'FISCAL_CODE_INVALID',
  'FISCAL_CODE_TAKEN',
  'EMAIL_TAKEN',
  'DELETE_CONFIRMATION_MISMATCH',
  'MESSAGE_NOT_FOUND',
  'PASSKEY_NOT_FOUND',
  'PASSKEY_VERIFICATION_FAILED',
  'PASSKEY_NOT_IN_ACCOUNT',
  'SIGN_IN_FLOW_EXPIRED',
  'OIDC_NOT_CONFIGURED',
  'OIDC_CALLBACK_INVALID',
  'OIDC_IDENTITY_INCOMPLETE',
  'OIDC_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
