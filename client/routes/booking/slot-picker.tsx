import { createAsync } from '@solidjs/router';
import { createMemo, createSignal, Match, Show, Switch, useTransition } from 'solid-js';
import type { DayAvailability } from '../../../shared/booking/api';
import { getAvailability } from '../../lib/booking';
import { formatDay, formatMonth, isOtherTimeZone } from '../../lib/booking-format';
import { locale, plural, t } from '../../lib/i18n';
import { addMonths, clampDate, firstOfMonth, lastOfMonth, localToday, monthOf } from '../../lib/month-grid';
import { dayState, MonthCalendar } from './month-calendar';
import { TimeChoice } from './time-choice';
import { WaitlistOffer } from './waitlist-offer';
import '../../styles/booking-picker.css';

/**
 * The date and time picker of the wizard and of "sposta": the first available date one tap away, a
 * month grid, then the chosen day's times. Changing month keeps the grid on screen (a transition)
 * until the new month has arrived, so the keyboard focus is never lost to a loading state.
 */
export function SlotPicker(props: {
  service: string;
  office: string;
  date?: string;
  start?: string;
  /** The booking's current slot, when moving it. */
  current?: string;
  /** Offer the waitlist on full days (the wizard; not when moving a booking). */
  waitlist?: boolean;
  onDate: (date: string) => void;
  onStart: (start: string) => void;
}) {
  const today = localToday();
  const [month, setMonth] = createSignal(monthOf(props.date ?? today));
  const [busy, startTransition] = useTransition();
  // Memos: the requests below run again only when these values change, not whenever the caller's state
  // does (a request started then, just before a navigation, would hold the navigation's transition).
  const service = createMemo(() => props.service);
  const office = createMemo(() => props.office);
  const chosenMonthOf = createMemo(() => (props.date ? monthOf(props.date) : undefined));
  const monthData = (wanted: string) =>
    getAvailability(service(), office(), firstOfMonth(wanted), lastOfMonth(wanted), locale());

  const shown = createAsync(() => monthData(month()));
  const current = createAsync(() => monthData(monthOf(today)));
  const chosenMonth = createAsync(async () => {
    const wanted = chosenMonthOf();
    return wanted ? monthData(wanted) : undefined;
  });

  const place = () => shown()?.offices[0] ?? current()?.offices[0];
  const days = createMemo(() => new Map((shown()?.offices[0]?.days ?? []).map((day) => [day.date, day])));
  const minMonth = () => monthOf(place()?.bookableFrom ?? today);
  const maxMonth = () => monthOf(place()?.bookableTo ?? addMonths(today, 12));
  const firstAvailable = () => {
    const first = current()?.offices[0];
    return first?.days.find((day) => dayState(day) === 'free')?.date ?? first?.nextAvailable?.date;
  };
  const chosenDay = (): DayAvailability | undefined =>
    props.date ? chosenMonth()?.offices[0]?.days.find((day) => day.date === props.date) : undefined;

  const [focused, setFocused] = createSignal(props.date ?? today);
  const roving = () => {
    if (monthOf(focused()) === month()) return focused();
    return [...days().values()].find((day) => dayState(day) === 'free')?.date ?? firstOfMonth(month());
  };
  const [announcement, setAnnouncement] = createSignal('');
  let grid: HTMLDivElement | undefined;
  const focusDay = (date: string) => grid?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)?.focus();

  const showMonth = (target: string, then?: () => void) =>
    void startTransition(() => {
      setMonth(target);
      then?.();
    });

  const move = (date: string) => {
    const bounded = clampDate(date, firstOfMonth(minMonth()), lastOfMonth(maxMonth()));
    setFocused(bounded);
    if (monthOf(bounded) === month()) focusDay(bounded);
    else void startTransition(() => setMonth(monthOf(bounded))).then(() => focusDay(bounded));
  };

  const describe = (date: string, day: DayAvailability | undefined) => {
    const name = formatDay(date, locale());
    switch (dayState(day)) {
      case 'free':
        return plural('booking.times.count', day?.slots.filter((slot) => slot.free > 0).length ?? 0, { day: name });
      case 'full':
        return t('booking.dayNote.full', { day: name });
      case 'closed':
        return t('booking.dayNote.closed', { day: name, reason: day?.closed?.reason ?? '' });
      default:
        return t('booking.dayNote.unavailable', { day: name });
    }
  };

  const choose = (date: string) => {
    setFocused(date);
    const pick = () => props.onDate(date);
    if (monthOf(date) === month()) pick();
    else showMonth(monthOf(date), pick);
    setAnnouncement(describe(date, monthOf(date) === month() ? days().get(date) : undefined));
  };

  return (
    <div class="slot-picker">
      <Show when={place() && isOtherTimeZone(place()?.office.timeZone ?? '')}>
        <p class="field-hint">{t('booking.timeZone', { zone: place()?.office.timeZone ?? '' })}</p>
      </Show>
      <p class="first-available">
        <Show when={firstAvailable()} fallback={<span>{t('booking.noDates')}</span>}>
          {(date) => (
            <button type="button" class="button button-outline" onClick={() => choose(date())}>
              {t('booking.firstAvailable', { day: formatDay(date(), locale()) })}
            </button>
          )}
        </Show>
      </p>
      <div class="month-nav">
        <button
          type="button"
          class="button button-outline button-small"
          disabled={month() <= minMonth()}
          onClick={() => showMonth(monthOf(addMonths(firstOfMonth(month()), -1)))}
        >
          <span aria-hidden="true">‹ </span>
          {t('booking.month.previous')}
          <span class="sr-only">: {formatMonth(monthOf(addMonths(firstOfMonth(month()), -1)), locale())}</span>
        </button>
        <button
          type="button"
          class="button button-outline button-small"
          disabled={month() >= maxMonth()}
          onClick={() => showMonth(monthOf(addMonths(firstOfMonth(month()), 1)))}
        >
          {t('booking.month.next')}
          <span class="sr-only">: {formatMonth(monthOf(addMonths(firstOfMonth(month()), 1)), locale())}</span>
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <p class="field-hint" id="month-calendar-hint">
        {t('booking.calendarHint')}
      </p>
      <div class="month-calendar-wrap" ref={grid}>
        <MonthCalendar
          month={month()}
          days={days()}
          focused={roving()}
          selected={props.date}
          today={today}
          busy={busy()}
          onMove={move}
          onChoose={choose}
        />
      </div>
      <ul class="calendar-legend" aria-label={t('booking.legend.label')}>
        <li>
          <span class="legend-swatch day-free" aria-hidden="true" />
          {t('booking.legend.free')}
        </li>
        <li>
          <span class="legend-swatch day-full" aria-hidden="true" />
          {t('booking.legend.full')}
        </li>
        <li>
          <span class="legend-swatch day-closed" aria-hidden="true" />
          {t('booking.legend.closed')}
        </li>
      </ul>
      <p role="status" class="sr-only">
        {announcement()}
      </p>
      <Show when={props.date}>
        {(date) => (
          <div class="day-panel">
            <Switch>
              <Match when={dayState(chosenDay()) === 'free' && chosenDay()}>
                {(day) => (
                  <TimeChoice day={day()} selected={props.start} current={props.current} onChoose={props.onStart} />
                )}
              </Match>
              <Match when={dayState(chosenDay()) === 'full'}>
                <p class="notice">{describe(date(), chosenDay())}</p>
                <Show when={props.waitlist}>
                  <WaitlistOffer service={props.service} office={props.office} date={date()} />
                </Show>
              </Match>
              <Match when={chosenMonth()}>
                <p class="notice">{describe(date(), chosenDay())}</p>
              </Match>
            </Switch>
          </div>
        )}
      </Show>
    </div>
  );
}
