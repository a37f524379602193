/** "Le mie pratiche", one request and its receipt: one chunk, for the same reason as form.ts. */
export { default as MyRequests } from './my-requests';
export { default as ReceiptPage } from './receipt-page';
export { default as RequestPage } from './request-page';
