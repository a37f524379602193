/**
 * How calls travel to /trpc, agreed by the client and the server. One request may carry a batch of calls
 * (`/trpc/a,b,c?batch=1`), so every limit counts calls, not requests: a batch is bounded, and the steps of
 * signing in travel alone, so that one request can never ask for many codes or try many guesses.
 */

/** The most calls the app's own client puts in one request; the server's limit (API_MAX_BATCH_CALLS) is never lower. */
export const clientBatchCalls = 10;

/** Every auth.* mutation (asking for a code, verifying it, a passkey sign-in, signing out) is sent on its own. */
export function travelsAlone(call: { path: string; type: string }): boolean {
  return call.type === 'mutation' && call.path.startsWith('auth.');
}
