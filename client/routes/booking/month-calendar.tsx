import { For, Show } from 'solid-js';
import type { DayAvailability } from '../../../shared/booking/api';
import { formatDay, formatMonth, weekdayNames } from '../../lib/booking-format';
import { locale, plural, t } from '../../lib/i18n';
import { dateForKey, monthWeeks } from '../../lib/month-grid';

export type DayState = 'free' | 'full' | 'closed' | 'unavailable';

export function dayState(day: DayAvailability | undefined): DayState {
  if (!day) return 'unavailable';
  if (day.closed) return 'closed';
  if (day.free > 0) return 'free';
  return day.slots.length > 0 ? 'full' : 'unavailable';
}

/** What a screen reader says of a day: "martedì 3 dicembre, 4 posti liberi", "…, completo", "…, chiuso: …". */
export function dayLabel(date: string, day: DayAvailability | undefined): string {
  const name = formatDay(date, locale());
  switch (dayState(day)) {
    case 'free':
      return plural('booking.day.free', day?.free ?? 0, { day: name });
    case 'full':
      return t('booking.day.full', { day: name });
    case 'closed':
      return t('booking.day.closed', { day: name, reason: day?.closed?.reason ?? '' });
    default:
      return t('booking.day.unavailable', { day: name });
  }
}

/**
 * A month as a grid of day buttons, Monday first. One day is in the tab order (roving tabindex); the
 * arrow keys move by day and week, Home and End to the week's ends, PageUp and PageDown by month.
 * Full and closed days stay focusable and announced, marked aria-disabled; activating one explains why.
 */
export function MonthCalendar(props: {
  month: string;
  days: Map<string, DayAvailability>;
  /** The day in the tab order. */
  focused: string;
  selected?: string;
  today: string;
  busy: boolean;
  onMove: (date: string) => void;
  onChoose: (date: string) => void;
}) {
  const weekdays = () => weekdayNames(locale());
  return (
    <table
      class="month-calendar"
      // As in the WAI-ARIA date picker: a screen reader then passes the arrow keys to the grid.
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table made a grid on purpose.
      role="grid"
      aria-labelledby="month-calendar-caption"
      aria-describedby="month-calendar-hint"
      aria-busy={props.busy ? 'true' : undefined}
    >
      <caption id="month-calendar-caption">{formatMonth(props.month, locale())}</caption>
      <thead>
        <tr>
          <For each={weekdays()}>
            {(weekday) => (
              <th scope="col" abbr={weekday.long}>
                <span aria-hidden="true">{weekday.short}</span>
                <span class="sr-only">{weekday.long}</span>
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={monthWeeks(props.month)}>
          {(week) => (
            <tr>
              <For each={week}>
                {(date) => (
                  <td>
                    <Show when={date}>
                      {(day) => (
                        <DayButton
                          date={day()}
                          day={props.days.get(day())}
                          focused={props.focused === day()}
                          selected={props.selected === day()}
                          today={props.today === day()}
                          onMove={props.onMove}
                          onChoose={props.onChoose}
                        />
                      )}
                    </Show>
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function DayButton(props: {
  date: string;
  day: DayAvailability | undefined;
  focused: boolean;
  selected: boolean;
  today: boolean;
  onMove: (date: string) => void;
  onChoose: (date: string) => void;
}) {
  const state = () => dayState(props.day);
  return (
    <button
      type="button"
      class={`calendar-day day-${state()}`}
      classList={{ 'day-selected': props.selected }}
      data-date={props.date}
      tabindex={props.focused ? 0 : -1}
      aria-label={dayLabel(props.date, props.day)}
      aria-disabled={state() === 'free' ? undefined : 'true'}
      aria-pressed={props.selected ? 'true' : 'false'}
      aria-current={props.today ? 'date' : undefined}
      onClick={() => props.onChoose(props.date)}
      onKeyDown={(event) => {
        const next = dateForKey(props.date, event.key, event.shiftKey);
        if (!next) return;
        event.preventDefault();
        props.onMove(next);
      }}
    >
      {Number(props.date.slice(8))}
    </button>
  );
}
