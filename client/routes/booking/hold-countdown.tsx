import { createSignal, onCleanup, Show } from 'solid-js';
import type { HoldOutput } from '../../../shared/booking/api';
import { formatCountdown, formatDay } from '../../lib/booking-format';
import { locale, t } from '../../lib/i18n';

const warnBeforeMs = 2 * 60_000;

/**
 * How long the held place stays the citizen's. The seconds tick visibly but are not read aloud; a
 * screen reader hears once that little time is left, and the page is told when the hold ran out.
 */
export function HoldCountdown(props: {
  hold: Pick<HoldOutput, 'expiresAt' | 'localDate' | 'localTime'>;
  onExpired: () => void;
}) {
  const [now, setNow] = createSignal(Date.now());
  const left = () => Date.parse(props.hold.expiresAt) - now();
  const timer = setInterval(() => {
    setNow(Date.now());
    if (left() <= 0) {
      clearInterval(timer);
      props.onExpired();
    }
  }, 1000);
  onCleanup(() => clearInterval(timer));

  return (
    <div class="notice hold-countdown" data-testid="hold-countdown">
      <p>
        {t('booking.hold.reserved', { day: formatDay(props.hold.localDate, locale()), time: props.hold.localTime })}{' '}
        <span role="timer" aria-live="off">
          {t('booking.hold.left', { left: formatCountdown(left()) })}
        </span>
      </p>
      <p role="status" class="feedback-region">
        <Show when={left() <= warnBeforeMs}>{t('booking.hold.warning')}</Show>
      </p>
    </div>
  );
}
