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
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
