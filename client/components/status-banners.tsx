import { ErrorBoundary } from 'solid-js';
import { useFollowPerson } from '../lib/offline/follow-person';
import { startOutbox } from '../lib/offline/outbox';
import { OfflineBanner } from './offline-banner';
import OutboxNotice from './outbox-notice';

/**
 * The banners under the header: "you are offline" with how fresh the copy on this device is, then the
 * actions taken offline that wait or failed. A chunk of their own, loaded just after the first render
 * (precached by the service worker, so also offline), to keep the home page's bundle small; with it
 * comes what the device does on every page in the background (following who is signed in, sending
 * the outbox).
 */
export default function StatusBanners() {
  useFollowPerson();
  startOutbox();
  return (
    <>
      <OfflineBanner />
      {/* A fault in the outbox must not take the offline banner with it. */}
      <ErrorBoundary fallback={(error) => quietly(error)}>
        <OutboxNotice />
      </ErrorBoundary>
    </>
  );
}

/** Logged for whoever looks, and nothing drawn: these banners are an extra, never the page. */
function quietly(error: unknown): null {
  console.warn('Sportello: a status banner could not be shown', error);
  return null;
}
