/**
 * Where to go back after signing in: /accedi?ritorno=<path>. Only a path of this site is accepted, so
 * a link such as /accedi?ritorno=https://evil.example cannot send a person elsewhere after they sign in.
 */
export const signInPath = '/accedi';
export const defaultReturnPath = '/area-personale';

const placeholderOrigin = 'https://sportello.invalid';

/** The path (with query and hash) if the value is a same-site relative path, else undefined. */
export function safeReturnPath(value: string | string[] | undefined | null): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw?.startsWith('/') || raw.startsWith('//')) return undefined;
  // Backslashes and control characters are read as "//" or dropped by some browsers: refuse them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, placeholderOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== placeholderOrigin) return undefined;
  // Coming back to the sign-in page itself would be a loop.
  if (url.pathname === signInPath || url.pathname.startsWith(`${signInPath}/`)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering the page to come back to. */
export function signInHref(returnTo: string): string {
  const path = safeReturnPath(returnTo);
  return path ? `${signInPath}?ritorno=${encodeURIComponent(path)}` : signInPath;
}
