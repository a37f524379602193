import { describe, expect, it } from 'vitest';
import type { DeadlineKind } from '../../shared/requests/api';
import { type DeadlinePause, describeDeadline, holidayChecker } from '../../shared/requests/deadline';

const nationalHolidays = holidayChecker();

function deadline(
  input: Partial<{
    days: number;
    kind: DeadlineKind;
    submittedOn: string;
    pauses: DeadlinePause[];
    decidedOn: string | null;
    today: string;
    isHoliday: (date: string) => boolean;
    dueSoonDays: number;
  }> & { submittedOn: string },
) {
  return describeDeadline({
    days: 30,
    kind: 'calendar',
    pauses: [],
    decidedOn: null,
    today: input.submittedOn,
    isHoliday: nationalHolidays,
    ...input,
  });
}

describe('calendar-day terms', () => {
  it('start the day after submission and count every day', () => {
    // Monday 2 March 2026: 3 March is day 1, Wednesday 1 April is day 30.
    expect(deadline({ submittedOn: '2026-03-02' })).toEqual({
      days: 30,
      kind: 'calendar',
      dueDate: '2026-04-01',
      remainingDays: 30,
      state: 'on_time',
    });
  });

  it('move a due date that falls on a Sunday or a Saturday to the Monday', () => {
    expect(deadline({ submittedOn: '2026-01-09' }).dueDate).toBe('2026-02-09'); // day 30 is Sunday 8 February
    expect(deadline({ submittedOn: '2026-01-08' }).dueDate).toBe('2026-02-09'); // day 30 is Saturday 7 February
  });

  it('move a due date that falls on a holiday to the next working day', () => {
    expect(deadline({ submittedOn: '2026-05-03' }).dueDate).toBe('2026-06-03'); // 2 June, Republic Day
    expect(deadline({ submittedOn: '2026-04-01' }).dueDate).toBe('2026-05-04'); // Friday 1 May, then a weekend
    expect(deadline({ submittedOn: '2027-02-27' }).dueDate).toBe('2027-03-30'); // Easter Monday 2027
    // Saturday 27 March 2027, Easter Sunday, Easter Monday: the first working day is Tuesday.
    expect(deadline({ submittedOn: '2027-02-25' }).dueDate).toBe('2027-03-30');
  });

  it('count the weekend days before a shifted due date as days left', () => {
    const view = deadline({ submittedOn: '2026-01-09', today: '2026-02-06' });
    expect(view).toMatchObject({ dueDate: '2026-02-09', remainingDays: 3, state: 'due_soon' });
  });
});

describe('working-day terms', () => {
  it('skip weekends, 25 April and 1 May', () => {
    // From Monday 20 April 2026: 21–24, 27–30 April, 4 and 5 May.
    const view = deadline({ days: 10, kind: 'working', submittedOn: '2026-04-20' });
    expect(view).toMatchObject({ dueDate: '2026-05-05', remainingDays: 10, state: 'on_time' });
  });

  it('skip Easter Monday', () => {
    expect(deadline({ days: 5, kind: 'working', submittedOn: '2027-03-24' }).dueDate).toBe('2027-04-01');
    expect(deadline({ days: 5, kind: 'working', submittedOn: '2027-03-24', isHoliday: () => false }).dueDate).toBe(
      '2027-03-31',
    );
  });

  it('skip 2 June', () => {
    expect(deadline({ days: 3, kind: 'working', submittedOn: '2026-05-29' }).dueDate).toBe('2026-06-04');
  });

  it('count only working days as days left', () => {
    // Thursday 30 April: 4 and 5 May are left, 1 May and the weekend are not.
    const view = deadline({ days: 10, kind: 'working', submittedOn: '2026-04-20', today: '2026-04-30' });
    expect(view).toMatchObject({ remainingDays: 2, state: 'due_soon' });
  });
});

describe("the patron saint's day", () => {
  const saintJohn = holidayChecker({ month: 6, day: 24 });

  it('is a holiday only where the office keeps it', () => {
    expect(saintJohn('2026-06-24')).toBe(true);
    expect(nationalHolidays('2026-06-24')).toBe(false);
    expect(saintJohn('2026-04-25')).toBe(true);
  });

  it('is skipped by working-day terms', () => {
    const input = { days: 2, kind: 'working' as const, submittedOn: '2026-06-22' };
    expect(deadline(input).dueDate).toBe('2026-06-24');
    expect(deadline({ ...input, isHoliday: saintJohn }).dueDate).toBe('2026-06-25');
  });

  it('moves a calendar due date that falls on it', () => {
    expect(deadline({ submittedOn: '2026-05-25' }).dueDate).toBe('2026-06-24');
    expect(deadline({ submittedOn: '2026-05-25', isHoliday: saintJohn }).dueDate).toBe('2026-06-25');
  });
});

describe('suspension while waiting for the citizen (art. 2 c. 7 L. 241/1990)', () => {
  it('adds the days of a closed pause to the term', () => {
    // 10–16 March do not count; 17 March, when the citizen answered, does.
    const view = deadline({ submittedOn: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-17' }] });
    expect(view.dueDate).toBe('2026-04-08');
  });

  it('does not count the day the pause starts, and counts the day it ends', () => {
    const view = deadline({ submittedOn: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-11' }] });
    expect(view.dueDate).toBe('2026-04-02');
  });

  it('stops the clock while a pause is open, keeping the days not yet used', () => {
    const pauses = [{ from: '2026-03-12', to: null }];
    // 3–11 March are 9 days used: 21 are left, however long the citizen takes.
    for (const today of ['2026-03-12', '2026-05-30']) {
      expect(deadline({ submittedOn: '2026-03-02', pauses, today })).toEqual({
        days: 30,
        kind: 'calendar',
        dueDate: null,
        remainingDays: 21,
        state: 'paused',
      });
    }
  });

  it('keeps the working days not yet used', () => {
    const view = deadline({
      days: 10,
      kind: 'working',
      submittedOn: '2026-04-20',
      pauses: [{ from: '2026-04-28', to: null }],
    });
    expect(view).toMatchObject({ dueDate: null, remainingDays: 5, state: 'paused' });
  });

  it('cannot revive a term that ran out before the pause began', () => {
    const view = deadline({
      submittedOn: '2026-03-02',
      pauses: [{ from: '2026-04-03', to: null }],
      today: '2026-04-10',
    });
    // Only 2 April counts as late: from 3 April the office is waiting for the citizen.
    expect(view).toMatchObject({ dueDate: '2026-04-01', remainingDays: -1, state: 'overdue' });
  });
});

describe('decisions', () => {
  it('are met on or before the due date, with the days to spare', () => {
    expect(deadline({ submittedOn: '2026-03-02', decidedOn: '2026-03-25', today: '2026-06-01' })).toMatchObject({
      dueDate: '2026-04-01',
      remainingDays: 7,
      state: 'met',
    });
    expect(deadline({ submittedOn: '2026-03-02', decidedOn: '2026-04-01' })).toMatchObject({
      remainingDays: 0,
      state: 'met',
    });
  });

  it('are missed after the due date, by how many days', () => {
    expect(deadline({ submittedOn: '2026-03-02', decidedOn: '2026-04-03', today: '2026-06-01' })).toMatchObject({
      dueDate: '2026-04-01',
      remainingDays: -2,
      state: 'missed',
    });
  });

  it('end a pause still open on the day of the decision', () => {
    const view = deadline({
      submittedOn: '2026-03-02',
      pauses: [{ from: '2026-03-10', to: null }],
      decidedOn: '2026-03-15',
    });
    // 10–14 March paused: 5 days added make Monday 6 April, Easter Monday, so Tuesday 7 April.
    expect(view).toMatchObject({ dueDate: '2026-04-07', state: 'met', remainingDays: 23 });
  });
});

describe('where an undecided request stands today', () => {
  const submittedOn = '2026-03-02'; // due Wednesday 1 April

  it('is on time with more than five days left', () => {
    expect(deadline({ submittedOn, today: '2026-03-26' })).toMatchObject({ remainingDays: 6, state: 'on_time' });
  });

  it('is due soon with five days or fewer left, the due date included', () => {
    expect(deadline({ submittedOn, today: '2026-03-27' })).toMatchObject({ remainingDays: 5, state: 'due_soon' });
    expect(deadline({ submittedOn, today: '2026-04-01' })).toMatchObject({ remainingDays: 0, state: 'due_soon' });
    expect(deadline({ submittedOn, today: '2026-03-22', dueSoonDays: 10 }).state).toBe('due_soon');
  });

  it('is overdue the day after the due date, by the counting days since', () => {
    expect(deadline({ submittedOn, today: '2026-04-02' })).toMatchObject({ remainingDays: -1, state: 'overdue' });
    expect(deadline({ submittedOn, today: '2026-04-04' })).toMatchObject({ remainingDays: -3, state: 'overdue' });
  });

  it('counts lateness in working days for working-day terms', () => {
    const input = { days: 10, kind: 'working' as const, submittedOn: '2026-04-20' }; // due Tuesday 5 May
    expect(deadline({ ...input, today: '2026-05-08' })).toMatchObject({ remainingDays: -3, state: 'overdue' });
    expect(deadline({ ...input, today: '2026-05-10' })).toMatchObject({ remainingDays: -3, state: 'overdue' });
    expect(deadline({ ...input, today: '2026-05-11' })).toMatchObject({ remainingDays: -4, state: 'overdue' });
  });
});

it('refuses to walk forever when no day ever counts', () => {
  expect(() => deadline({ days: 10, kind: 'working', submittedOn: '2026-03-02', isHoliday: () => true })).toThrow(
    RangeError,
  );
});
