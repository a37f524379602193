import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/router';
import { locale } from './i18n';

/**
 * The one tRPC client. Every request says which language the reader uses, so error messages come back
 * already translated. No data transformer: the API speaks plain JSON, dates are ISO strings.
 * x-sportello-request marks the request as the app's own: the browser's Origin header already passes the
 * server's CSRF guard, and the header lets requests through where a proxy or a tool drops Origin.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      headers: () => ({ 'x-locale': locale(), 'x-sportello-request': '1' }),
    }),
  ],
});
