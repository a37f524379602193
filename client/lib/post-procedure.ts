/**
 * A tRPC mutation as a plain POST, for code that runs without the tRPC client: the service worker and
 * the offline queue it shares with pages. tRPC 11 without a transformer: a non-batched POST carries the
 * input itself as its body. The session cookie goes with it; x-sportello-request passes the CSRF guard.
 */
export function postProcedure(
  path: string,
  input: unknown,
  options: { locale?: string; signal?: AbortSignal } = {},
): Promise<Response> {
  return fetch(`/trpc/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      'x-sportello-request': '1',
      ...(options.locale && { 'x-locale': options.locale }),
    },
    body: JSON.stringify(input),
    signal: options.signal,
  });
}
