/**
 * Reads one tRPC subscription served as Server-Sent Events (tRPC v11's SSE format): "connected" first,
 * then one message per value, "serialized-error" when the procedure fails, "return" when it ends.
 * EventSource reconnects by itself after a dropped connection, and the server then starts again
 * from the current value. Kept in its own chunk: only pages that follow something live load it.
 */
export type StreamHandlers = {
  started(): void;
  data(data: unknown): void;
  error(cause: Error | { error: unknown }): void;
  complete(): void;
};

export function openStream(url: string, on: StreamHandlers): () => void {
  const source = new EventSource(url);
  source.addEventListener('connected', () => on.started());
  source.addEventListener('message', (event) => on.data(JSON.parse(event.data)));
  source.addEventListener('serialized-error', (event) => {
    source.close();
    on.error({ error: JSON.parse((event as MessageEvent<string>).data) });
  });
  source.addEventListener('return', () => {
    source.close();
    on.complete();
  });
  // CLOSED means the browser gave up (an answer that is not a stream, such as 401): no more retries.
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) on.error(new Error('The live connection was refused'));
  });
  return () => source.close();
}
