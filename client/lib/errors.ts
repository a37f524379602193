import { OfflineUnavailableError } from './offline';

/** What the server's error formatter puts in data: an application code such as SERVICE_NOT_FOUND. */
export function appCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = error.data;
  if (typeof data !== 'object' || data === null || !('appCode' in data)) return undefined;
  return typeof data.appCode === 'string' ? data.appCode : undefined;
}

export function isNotFound(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && 'data' in error) {
    const data = error.data as { httpStatus?: number; code?: string } | null;
    if (data?.httpStatus === 404 || data?.code === 'NOT_FOUND') return true;
  }
  return appCodeOf(error)?.endsWith('NOT_FOUND') ?? false;
}

export function isOfflineUnavailable(error: unknown): boolean {
  return error instanceof OfflineUnavailableError;
}

/** The server's message is already in the reader's language; anything else gets the generic text. */
export function serverMessage(error: unknown): string | undefined {
  return appCodeOf(error) && error instanceof Error ? error.message : undefined;
}

/** Per-field messages of a rejected form (INVALID_INPUT's issues), keyed by the field's name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (typeof error !== 'object' || error === null || !('data' in error)) return {};
  const issues = (error.data as { issues?: { path?: string[]; message?: string }[] } | null)?.issues;
  const fields: Record<string, string> = {};
  for (const issue of issues ?? []) {
    const field = issue.path?.find((part) => typeof part === 'string');
    if (field && issue.message && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
}
