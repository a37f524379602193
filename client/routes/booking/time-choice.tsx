import { For } from 'solid-js';
import type { DayAvailability } from '../../../shared/booking/api';
import { formatDay } from '../../lib/booking-format';
import { locale, plural, t } from '../../lib/i18n';

/**
 * The times of one day as radio buttons ("09:15, 2 posti liberi"): the arrow keys move between them,
 * full times stay listed but cannot be chosen, and the time already booked (when moving a booking) too.
 */
export function TimeChoice(props: {
  day: DayAvailability;
  selected?: string;
  /** The booking's current time, when moving it. */
  current?: string;
  onChoose: (start: string) => void;
}) {
  const label = (slot: DayAvailability['slots'][number]) => {
    if (slot.start === props.current) return t('booking.time.current', { time: slot.localTime });
    if (slot.free === 0) return t('booking.time.full', { time: slot.localTime });
    return plural('booking.time.free', slot.free, { time: slot.localTime });
  };
  return (
    <fieldset class="choice-group time-choice">
      <legend>{t('booking.times.legend', { day: formatDay(props.day.date, locale()) })}</legend>
      <ul class="time-list">
        <For each={props.day.slots}>
          {(slot) => (
            <li class="choice time-option" classList={{ 'time-unavailable': slot.free === 0 }}>
              <input
                type="radio"
                name="slot"
                id={`slot-${slot.start}`}
                value={slot.start}
                checked={props.selected === slot.start}
                disabled={slot.free === 0 || slot.start === props.current}
                onChange={() => props.onChoose(slot.start)}
              />
              <label for={`slot-${slot.start}`}>{label(slot)}</label>
            </li>
          )}
        </For>
      </ul>
    </fieldset>
  );
}
