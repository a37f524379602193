import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/router';
import { locale } from './i18n';

/**
 * The one tRPC client. Every request says which language the reader uses, so error messages come back
 * already translated. No data transformer: the API speaks plain JSON, dates are ISO strings.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', headers: () => ({ 'x-locale': locale() }) })],
});
