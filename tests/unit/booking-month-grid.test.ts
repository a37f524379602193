import { describe, expect, it } from 'vitest';
import { addMonths, dateForKey, lastOfMonth, monthWeeks, startOfWeek, weekdayIndex } from '../../client/lib/month-grid';

describe('the booking picker month grid', () => {
  it('starts weeks on Monday and leaves the neighbouring months empty', () => {
    // December 2024 began on a Sunday.
    const weeks = monthWeeks('2024-12');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2024-12-01']);
    expect(weeks[5]).toEqual(['2024-12-30', '2024-12-31', null, null, null, null, null]);
  });

  it('counts February of leap and common years', () => {
    expect(lastOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastOfMonth('2025-02')).toBe('2025-02-28');
  });

  it('moves a month on to the last day when the day does not exist there', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
  });

  it('moves the focus as the WAI-ARIA date picker does', () => {
    expect(dateForKey('2024-12-03', 'ArrowRight')).toBe('2024-12-04');
    expect(dateForKey('2024-12-01', 'ArrowLeft')).toBe('2024-11-30');
    expect(dateForKey('2024-12-03', 'ArrowDown')).toBe('2024-12-10');
    expect(dateForKey('2024-12-03', 'ArrowUp')).toBe('2024-11-26');
    expect(dateForKey('2024-12-04', 'Home')).toBe('2024-12-02');
    expect(dateForKey('2024-12-04', 'End')).toBe('2024-12-08');
    expect(dateForKey('2024-12-31', 'PageDown')).toBe('2025-01-31');
    expect(dateForKey('2024-12-31', 'PageUp', true)).toBe('2023-12-31');
    expect(dateForKey('2024-12-04', 'Enter')).toBeUndefined();
  });

  it('is not moved by daylight saving (the last Sunday of March and of October)', () => {
    expect(dateForKey('2025-03-30', 'ArrowRight')).toBe('2025-03-31');
    expect(dateForKey('2025-10-26', 'ArrowLeft')).toBe('2025-10-25');
    expect(weekdayIndex('2025-03-30')).toBe(6);
    expect(startOfWeek('2025-10-26')).toBe('2025-10-20');
  });
});
