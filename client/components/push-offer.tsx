import { ErrorBoundary, lazy, Suspense } from 'solid-js';
import { withMessagePart } from '../lib/i18n';

// The card, its strings (the personal area's) and the push code load only on the pages that offer it.
const PushOfferCard = lazy(withMessagePart('area', () => import('./push-offer-card')));

/**
 * "Vuoi ricevere una notifica quando cambia qualcosa?", after a booking or a submission. Shows nothing
 * while it loads, nor if it cannot: the page it sits in matters more.
 */
export function PushOffer() {
  return (
    <ErrorBoundary
      fallback={(error) => {
        console.warn('Sportello: the offer of notifications could not be shown', error);
        return null;
      }}
    >
      <Suspense>
        <PushOfferCard />
      </Suspense>
    </ErrorBoundary>
  );
}
