import { describe, expect, it } from 'vitest';
import {
  compareCalendarDates,
  formatCalendarDate,
  fromLocalDate,
  isMonthPrecision,
  isValidCalendarDay,
  splitCalendarDate,
  toLocalDate,
} from './calendar.js';

describe('time zone of the run', () => {
  // The vitest projects for dates set TZ; a run without them would test
  // only the machine's own zone.
  it('has TZ set explicitly', () => {
    expect(process.env.TZ).toBeTruthy();
  });
});

describe('isValidCalendarDay', () => {
  it('accepts real days', () => {
    expect(isValidCalendarDay(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDay(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDay(1900, 1, 1)).toBe(true);
    expect(isValidCalendarDay(9999, 12, 31)).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isValidCalendarDay(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDay(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDay(1990, 2, 30)).toBe(false);
    expect(isValidCalendarDay(2024, 4, 31)).toBe(false);
    expect(isValidCalendarDay(2024, 13, 1)).toBe(false);
    expect(isValidCalendarDay(2024, 0, 1)).toBe(false);
    expect(isValidCalendarDay(2024, 1, 0)).toBe(false);
  });

  it('rejects years outside 1900-9999', () => {
    expect(isValidCalendarDay(1899, 12, 31)).toBe(false);
    expect(isValidCalendarDay(10000, 1, 1)).toBe(false);
  });
});

describe('local date round trip', () => {
  it('keeps the day in every zone', () => {
    const dates = ['2024-03-31', '2024-04-01', '2024-03-10', '2024-11-03'];
    for (const date of dates) {
      expect(fromLocalDate(toLocalDate(date))).toBe(date);
    }
  });

  it('reads month values as the first', () => {
    expect(fromLocalDate(toLocalDate('2024-03'))).toBe('2024-03-01');
  });
});

describe('splitCalendarDate', () => {
  it('splits both precisions', () => {
    expect(splitCalendarDate('2024-03-05')).toEqual({
      year: 2024,
      month: 3,
      day: 5,
    });
    expect(splitCalendarDate('2024-03')).toEqual({ year: 2024, month: 3 });
  });

  it('throws on malformed values', () => {
    expect(() => splitCalendarDate('2024/03/05')).toThrow(RangeError);
    expect(() => splitCalendarDate('2024-02-30')).toThrow(RangeError);
    expect(() => splitCalendarDate('2024-3-5')).toThrow(RangeError);
  });

  it('formats parts back', () => {
    expect(formatCalendarDate({ year: 2024, month: 3, day: 5 })).toBe(
      '2024-03-05',
    );
    expect(formatCalendarDate({ year: 2024, month: 3 })).toBe('2024-03');
  });

  it('tells month precision apart', () => {
    expect(isMonthPrecision('2024-03')).toBe(true);
    expect(isMonthPrecision('2024-03-05')).toBe(false);
  });
});

describe('compareCalendarDates', () => {
  it('orders day values', () => {
    expect(compareCalendarDates('2024-03-05', '2024-03-06')).toBe(-1);
    expect(compareCalendarDates('2024-03-06', '2024-03-05')).toBe(1);
    expect(compareCalendarDates('2024-03-05', '2024-03-05')).toBe(0);
    expect(compareCalendarDates('2023-12-31', '2024-01-01')).toBe(-1);
  });

  it('compares months at month precision', () => {
    expect(compareCalendarDates('2024-03', '2024-03-31')).toBe(0);
    expect(compareCalendarDates('2024-03-01', '2024-03')).toBe(0);
    expect(compareCalendarDates('2024-03', '2024-04-01')).toBe(-1);
    expect(compareCalendarDates('2024-04', '2024-03-31')).toBe(1);
    expect(compareCalendarDates('2023-12', '2024-01')).toBe(-1);
  });

  it('throws on malformed values', () => {
    expect(() => compareCalendarDates('2024-3-5', '2024-03-05')).toThrow(
      RangeError,
    );
  });
});
