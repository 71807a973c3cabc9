import { assert, describe, expect, it } from 'vitest';
import { parseCalendarDate } from './parse.js';
import {
  endOfCalendarQuarter,
  formatQuarter,
  getCalendarQuarter,
  startOfCalendarQuarter,
} from './quarter.js';

describe('getCalendarQuarter', () => {
  it('splits at quarter boundaries', () => {
    expect(getCalendarQuarter('2024-03-31')).toEqual({
      year: 2024,
      quarter: 1,
    });
    expect(getCalendarQuarter('2024-04-01')).toEqual({
      year: 2024,
      quarter: 2,
    });
    expect(getCalendarQuarter('2024-06-30').quarter).toBe(2);
    expect(getCalendarQuarter('2024-07-01').quarter).toBe(3);
    expect(getCalendarQuarter('2024-09-30').quarter).toBe(3);
    expect(getCalendarQuarter('2024-10-01').quarter).toBe(4);
    expect(getCalendarQuarter('2024-12-31')).toEqual({
      year: 2024,
      quarter: 4,
    });
    expect(getCalendarQuarter('2025-01-01')).toEqual({
      year: 2025,
      quarter: 1,
    });
  });

  it('matches the month for every day', () => {
    // Walks every day of 2024 with a UTC reference, so a local time zone
    // that moves a day across a boundary shows up here.
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(Date.UTC(2024, 0, 1 + day))
        .toISOString()
        .slice(0, 10);
      const month = Number(date.slice(5, 7));
      expect(getCalendarQuarter(date).quarter).toBe(
        Math.floor((month - 1) / 3) + 1,
      );
    }
  });

  it('accepts month values', () => {
    expect(getCalendarQuarter('2024-03')).toEqual({ year: 2024, quarter: 1 });
    expect(getCalendarQuarter('2024-04')).toEqual({ year: 2024, quarter: 2 });
  });

  it('places parsed boundary dates', () => {
    const march = parseCalendarDate('2024年3月31日');
    const april = parseCalendarDate('2024/4/1');
    assert(march.ok, '2024年3月31日 should parse');
    assert(april.ok, '2024/4/1 should parse');
    expect(getCalendarQuarter(march.value).quarter).toBe(1);
    expect(getCalendarQuarter(april.value).quarter).toBe(2);
  });

  it('throws on malformed values', () => {
    expect(() => getCalendarQuarter('2024/03/31')).toThrow(RangeError);
  });
});

describe('startOfCalendarQuarter', () => {
  it.each([
    ['2024-01-01', '2024-01-01'],
    ['2024-03-31', '2024-01-01'],
    ['2024-04-01', '2024-04-01'],
    ['2024-05-17', '2024-04-01'],
    ['2024-09-30', '2024-07-01'],
    ['2024-12-31', '2024-10-01'],
    ['2024-11', '2024-10-01'],
  ])('maps %s to %s', (date, expected) => {
    expect(startOfCalendarQuarter(date)).toBe(expected);
  });
});

describe('endOfCalendarQuarter', () => {
  it.each([
    ['2024-01-15', '2024-03-31'],
    ['2024-03-31', '2024-03-31'],
    ['2024-04-01', '2024-06-30'],
    ['2024-08-31', '2024-09-30'],
    ['2024-10-01', '2024-12-31'],
    ['2024-12-31', '2024-12-31'],
    ['2024-02', '2024-03-31'],
  ])('maps %s to %s', (date, expected) => {
    expect(endOfCalendarQuarter(date)).toBe(expected);
  });

  it('handles zone transition days', () => {
    // 2024-03-10 and 2024-11-03 are daylight saving changes in New York.
    expect(endOfCalendarQuarter('2024-03-10')).toBe('2024-03-31');
    expect(startOfCalendarQuarter('2024-11-03')).toBe('2024-10-01');
  });
});

describe('formatQuarter', () => {
  it('formats quarter objects', () => {
    expect(formatQuarter({ year: 2024, quarter: 1 })).toBe('2024Q1');
    expect(formatQuarter({ year: 2024, quarter: 4 })).toBe('2024Q4');
  });

  it('formats calendar dates', () => {
    expect(formatQuarter('2024-03-31')).toBe('2024Q1');
    expect(formatQuarter('2024-04-01')).toBe('2024Q2');
    expect(formatQuarter('2024-07')).toBe('2024Q3');
  });
});
