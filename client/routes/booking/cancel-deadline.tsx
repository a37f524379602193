import { createSignal, onCleanup, Show } from 'solid-js';
import { formatClock, formatZonedDay } from '../../lib/booking-format';
import { cancelDeadline } from '../../lib/booking-wizard';
import { locale, t } from '../../lib/i18n';

/**
 * Until when the appointment could be cancelled or moved online, by the office's rule and on the
 * office's clock; a warning instead when, for this time, that moment has already passed (an early
 * appointment with a long notice), so that nobody confirms thinking they can change it later.
 */
export function CancelDeadline(props: { id: string; start: string; minutes: number; timeZone: string }) {
  const deadline = () => cancelDeadline(props.start, props.minutes);
  // The page can stay open while the deadline passes.
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 30_000);
  onCleanup(() => clearInterval(timer));
  const params = () => ({
    day: formatZonedDay(deadline(), locale(), props.timeZone),
    time: formatClock(deadline(), locale(), props.timeZone),
  });

  return (
    <Show
      when={Date.parse(deadline()) <= now()}
      fallback={
        <p class="cancel-deadline" id={props.id}>
          {t('booking.cancelDeadline.until', params())}
        </p>
      }
    >
      <p class="notice notice-error cancel-deadline" id={props.id}>
        <span class="icon-error" aria-hidden="true" />
        <span>
          <strong>{t('booking.cancelDeadline.pastTitle')}</strong> {t('booking.cancelDeadline.past', params())}
        </span>
      </p>
    </Show>
  );
}
