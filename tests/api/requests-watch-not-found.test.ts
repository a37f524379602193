import type { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/router';
import { type Deployment, startDeployment } from '../support/deployment';
import { submission, watchingClient } from '../support/requests';
import { failureOf, signInWithFetch } from '../support/test-app';

/**
 * `requests.watch` looks the request up inside the stream it opens, after the procedure's middleware has
 * returned: a REQUEST_NOT_FOUND raised there went out as a 500 (and was logged as a server failure,
 * which the app does for INTERNAL_SERVER_ERROR alone). Watching an unknown request, or someone else's,
 * must answer as `requests.get` does: NOT_FOUND, 404, REQUEST_NOT_FOUND, the same message, and end the
 * subscription (the tRPC client retries a 500-class error, so a page would reconnect for ever).
 */
let deployment: Deployment;
beforeAll(async () => {
  deployment = await startDeployment();
});
afterAll(() => deployment?.close());

const lastApp = () => deployment.apps.at(-1)!;

function watchFailure(client: ReturnType<typeof watchingClient>, id: string) {
  return new Promise<TRPCClientError<AppRouter>>((resolve, reject) => {
    const subscription = client.requests.watch.subscribe(
      { id },
      {
        onData: () => {
          subscription.unsubscribe();
          reject(new Error('the watch sent a request it should not have found'));
        },
        onError: (error) => {
          subscription.unsubscribe();
          resolve(error);
        },
        // A 500-class error is one the client retries: a page would reconnect, and fail, for ever.
        onConnectionStateChange: (state) => {
          if (!state.error) return;
          subscription.unsubscribe();
          reject(new Error(`the watch failed as retryable: ${JSON.stringify(state.error.data)}`));
        },
      },
    );
  });
}

describe('watching a request that is not there (or not yours)', () => {
  it('answers NOT_FOUND 404 REQUEST_NOT_FOUND over SSE, as requests.get does', async () => {
    const owner = await signInWithFetch(deployment.apps[0]!, 'proprietaria.pratica@example.it');
    const sent = await owner.client.requests.submit.mutate(submission());
    const other = await signInWithFetch(lastApp(), 'curioso.pratica@example.it', 'en');
    const watcher = watchingClient(lastApp(), other.fetch);

    for (const id of [sent.id, '7d0f3b0e-5a43-4c8e-9d7b-1b2c3d4e5f60']) {
      const watched = await watchFailure(watcher, id);
      const read = await failureOf(other.client.requests.get.query({ id }));
      expect(read.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'REQUEST_NOT_FOUND' });
      expect(watched.data).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, appCode: 'REQUEST_NOT_FOUND' });
      expect(watched.message).toBe(read.message);
    }
  });
});
