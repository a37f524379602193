import { createSignal, onCleanup, Show } from 'solid-js';
import type { HoldOutput } from '../../../shared/booking/api';
import { formatClock, formatCountdown, formatDay } from '../../lib/booking-format';
import { createFormState } from '../../lib/form-state';
import { locale, plural, t } from '../../lib/i18n';

const warnBeforeMs = 2 * 60_000;

/** Answers after which the held place is gone. */
const placeLost = new Set(['HOLD_EXPIRED', 'HOLD_NOT_FOUND']);

/** What "Mi serve più tempo" got: the new expiry, and whether it was the most the server allows. */
export type HoldExtension = { expiresAt: string; atLimit: boolean };

/**
 * How long the held place stays the citizen's. The seconds tick visibly but are not read aloud; a
 * screen reader hears once that little time is left, and the page is told when the hold ran out.
 * With `onExtend`, "Mi serve più tempo" starts the time again (WCAG 2.2.1), up to the server's limit,
 * and the same polite region says until when the place is kept.
 */
export function HoldCountdown(props: {
  hold: Pick<HoldOutput, 'expiresAt' | 'localDate' | 'localTime'> & { atLimit?: boolean };
  onExtend?: () => Promise<HoldExtension>;
  /** The hold ran out, or the server no longer has it: then with the server's message. */
  onExpired: (notice?: string) => void;
}) {
  const form = createFormState();
  const [now, setNow] = createSignal(Date.now());
  // The last answer to "more time", read aloud until the warning time starts after it.
  const [said, setSaid] = createSignal<{ text: string; warning: boolean }>();
  const left = () => Date.parse(props.hold.expiresAt) - now();
  const warning = () => left() <= warnBeforeMs;
  const timer = setInterval(() => {
    setNow(Date.now());
    if (left() <= 0) {
      clearInterval(timer);
      props.onExpired();
    }
  }, 1000);
  onCleanup(() => clearInterval(timer));

  const kept = (expiresAt: string, atLimit: boolean) => {
    // The clock ticks once a second: read it now, or the new time would show up to a second too long.
    setNow(Date.now());
    const ahead = Date.parse(expiresAt) - now();
    const params = { time: formatClock(expiresAt, locale()) };
    const minutes = Math.max(1, Math.round(ahead / 60_000));
    const text = atLimit
      ? plural('booking.hold.extendedMax', minutes, params)
      : plural('booking.hold.extended', minutes, params);
    setSaid({ text, warning: ahead <= warnBeforeMs });
  };

  const extend = async (request: () => Promise<HoldExtension>) => {
    if (form.pending()) return;
    // Emptied first, so the same words said again are announced again.
    setSaid(undefined);
    if (props.hold.atLimit) {
      const text = t('booking.hold.noMore', { time: formatClock(props.hold.expiresAt, locale()) });
      return setSaid({ text, warning: warning() });
    }
    let extension: HoldExtension | undefined;
    const ok = await form.run(async () => {
      extension = await request();
    });
    if (extension) kept(extension.expiresAt, extension.atLimit);
    else if (!ok && form.code() === 'HOLD_EXPIRED') props.onExpired();
    else if (!ok && placeLost.has(form.code() ?? '')) props.onExpired(form.error());
  };

  const warningText = () =>
    props.onExtend && !props.hold.atLimit ? t('booking.hold.warningExtend') : t('booking.hold.warning');

  return (
    <div class="notice hold-countdown" data-testid="hold-countdown">
      <p>
        {t('booking.hold.reserved', { day: formatDay(props.hold.localDate, locale()), time: props.hold.localTime })}{' '}
        <span role="timer" aria-live="off">
          {t('booking.hold.left', { left: formatCountdown(left()) })}
        </span>
      </p>
      <Show when={props.onExtend}>
        {(request) => (
          <p>
            <button
              type="button"
              class="button button-outline button-small"
              aria-disabled={form.pending() || props.hold.atLimit ? 'true' : undefined}
              onClick={() => void extend(request())}
            >
              {form.pending() ? t('booking.working') : t('booking.hold.extend')}
            </button>
          </p>
        )}
      </Show>
      <p role="status" class="feedback-region">
        {said()?.warning === warning() ? said()?.text : warning() ? warningText() : ''}
      </p>
      <div role="alert" class="feedback-region">
        <Show when={!placeLost.has(form.code() ?? '') && form.error()}>
          {(error) => (
            <p class="field-error">
              <span class="icon-error" aria-hidden="true" />
              {error()}
            </p>
          )}
        </Show>
      </div>
    </div>
  );
}
