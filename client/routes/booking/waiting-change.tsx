import { Show } from 'solid-js';
import { formatDay } from '../../lib/booking-format';
import { locale, t } from '../../lib/i18n';
import { waitingFor } from '../../lib/offline/outbox';
import type { OutboxEntry } from '../../lib/offline/outbox-plan';

/** The cancellation or move of this booking made offline and not yet sent, if any. */
export function waitingChange(code: string): OutboxEntry | undefined {
  return waitingFor(`booking:${code}`)[0];
}

function waitingText(entry: OutboxEntry): string {
  if (entry.procedure !== 'booking.reschedule') return t('booking.waiting.cancel');
  const { newDate, newTime } = entry.subject;
  return t('booking.waiting.reschedule', { day: newDate ? formatDay(newDate, locale()) : '', time: newTime ?? '' });
}

/**
 * "Annullamento in attesa di invio": said in words under the booking while its change waits for the
 * network, in place of the buttons that would change it again.
 */
export function WaitingChange(props: { code: string }) {
  return (
    <Show when={waitingChange(props.code)}>
      {(entry) => (
        <p class="notice booking-waiting" data-testid="booking-waiting">
          <span class="icon-offline" aria-hidden="true" />
          {waitingText(entry())}
        </p>
      )}
    </Show>
  );
}
