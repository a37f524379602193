import { randomUUID } from 'node:crypto';
import { createTRPCClient, httpLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import type { AppRouter } from '../../server/router';
import type { TestApp } from './test-app';

/** The demo "segnalazione di disservizio" form: no required files, so it can be sent in one call. */
export const problemReport = 'segnalazione-disservizio';
export const deskOffice = 'sportello-polifunzionale';
export const staffEmail = 'operatore@comune.valdoria.example.it';

export const reportAnswers = {
  category: 'road',
  location: { street: 'Via Roma 12', postalCode: '50100', city: 'Valdoria', latitude: 43.7, longitude: 11.1 },
  description: 'Una buca profonda sul lato destro della carreggiata, pericolosa per le biciclette.',
  wantsContact: false,
};

export const submission = (answers: Record<string, unknown> = reportAnswers) => ({
  idempotencyKey: randomUUID(),
  service: problemReport,
  formVersion: 1,
  answers: answers as typeof reportAnswers,
});

/** The smallest real PNG: its signature and a header, which is all the type check reads. */
export const pngBytes = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);

/** Uploads bytes as the person whose cookies `fetchAs` carries. */
export function upload(
  testApp: TestApp,
  fetchAs: typeof fetch,
  requestId: string,
  file: { name: string; bytes: Buffer; field?: string },
  locale: 'it' | 'en' = 'it',
) {
  const query = new URLSearchParams({ name: file.name, ...(file.field ? { field: file.field } : {}) });
  return fetchAs(`${testApp.url}/files/requests/${requestId}/attachments?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-sportello-request': '1', 'x-locale': locale },
    body: new Uint8Array(file.bytes),
  });
}

/** A client that also follows subscriptions over SSE, with the same cookies as `fetchAs`. */
export function watchingClient(testApp: TestApp, fetchAs: typeof fetch) {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url: `${testApp.url}/trpc`,
          EventSource,
          eventSourceOptions: { fetch: fetchAs },
        }),
        false: httpLink({ url: `${testApp.url}/trpc`, fetch: fetchAs, headers: { 'x-sportello-request': '1' } }),
      }),
    ],
  });
}
