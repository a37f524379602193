import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '../../server/router';
import { clientBatchCalls, travelsAlone } from '../../shared/api-batch';
import { locale } from './i18n';

/**
 * Subscriptions (a request followed live) go over Server-Sent Events, read by a small module loaded
 * with the first subscription. tRPC's own httpSubscriptionLink would put about 2.6 kB (gzip) more in
 * the entry bundle, every page's, and the home page must stay within 40 kB. EventSource sends the
 * session cookie (same origin) but no headers: the language travels as tRPC's connectionParams.
 */
const subscriptionLink: TRPCLink<AppRouter> =
  () =>
  ({ op }) =>
    observable((observer) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      const params = `input=${encodeURIComponent(JSON.stringify(op.input ?? null))}&connectionParams=${encodeURIComponent(JSON.stringify({ locale: locale() }))}`;
      import('./trpc-stream').then(
        ({ openStream }) => {
          if (stopped) return;
          stop = openStream(`/trpc/${op.path}?${params}`, {
            started: () => observer.next({ result: { type: 'started' } }),
            data: (data) => observer.next({ result: { type: 'data', data } }),
            error: (cause) => observer.error(TRPCClientError.from(cause)),
            complete: () => observer.complete(),
          });
        },
        (cause: Error) => observer.error(TRPCClientError.from(cause)),
      );
      return () => {
        stopped = true;
        stop?.();
      };
    });

const headers = () => ({ 'x-locale': locale(), 'x-sportello-request': '1' });

/**
 * Where each call goes: subscriptions over SSE; a sign-in step alone, in a request of its own; everything
 * else in batches of at most clientBatchCalls. The server refuses larger batches, and a sign-in step
 * batched with other calls (shared/api-batch.ts). A plain choice rather than two splitLinks, which would
 * weigh on the home page's script budget; every link chosen here is a terminating one.
 */
const callLink: TRPCLink<AppRouter> = (runtime) => {
  const stream = subscriptionLink(runtime);
  const alone = httpBatchLink({ url: '/trpc', headers, maxItems: 1 })(runtime);
  const batched = httpBatchLink({ url: '/trpc', headers, maxItems: clientBatchCalls })(runtime);
  return (call) => (call.op.type === 'subscription' ? stream : travelsAlone(call.op) ? alone : batched)(call);
};

/**
 * The one tRPC client. Every request says which language the reader uses, so error messages come back
 * already translated. No data transformer: the API speaks plain JSON, dates are ISO strings.
 * x-sportello-request marks the request as the app's own: the browser's Origin header already passes the
 * server's CSRF guard, and the header lets requests through where a proxy or a tool drops Origin.
 */
export const trpc = createTRPCClient<AppRouter>({ links: [callLink] });
