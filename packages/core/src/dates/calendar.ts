/**
 * Conversions between `CalendarDate` strings and local `Date` values.
 *
 * Dates are built from local components (`new Date(year, monthIndex, day)`)
 * and read back with local getters, so the process time zone never moves a
 * value to another day.
 */
import { isExists } from 'date-fns';
import type { CalendarDate } from '../model/types.js';

/** Earliest year accepted in a calendar date. */
export const MIN_CALENDAR_YEAR = 1900;

/** Latest year accepted in a calendar date, the last with four digits. */
export const MAX_CALENDAR_YEAR = 9999;

/** Year, month (1 to 12) and, for day precision, day of a calendar date. */
export interface CalendarDateParts {
  /** Four-digit year. */
  year: number;
  /** Month, 1 to 12. */
  month: number;
  /** Day of the month, absent for a `YYYY-MM` value. */
  day?: number;
}

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Checks that year, month and day name a real day of the Gregorian calendar
 * in the years 1900 to 9999.
 */
export function isValidCalendarDay(
  year: number,
  month: number,
  day: number,
): boolean {
  if (year < MIN_CALENDAR_YEAR || year > MAX_CALENDAR_YEAR) {
    return false;
  }
  return isExists(year, month - 1, day);
}

/** Checks that year and month name a month in the years 1900 to 9999. */
export function isValidCalendarMonth(year: number, month: number): boolean {
  return isValidCalendarDay(year, month, 1);
}

/** Formats year, month and optional day as `YYYY-MM-DD` or `YYYY-MM`. */
export function formatCalendarDate(parts: CalendarDateParts): CalendarDate {
  const yearMonth = `${String(parts.year).padStart(4, '0')}-${String(
    parts.month,
  ).padStart(2, '0')}`;
  if (parts.day === undefined) {
    return yearMonth;
  }
  return `${yearMonth}-${String(parts.day).padStart(2, '0')}`;
}

/**
 * Splits a `YYYY-MM-DD` or `YYYY-MM` string into its parts.
 *
 * @throws {RangeError} When the value is not a valid `CalendarDate`, which
 * means the caller skipped `parseCalendarDate`.
 */
export function splitCalendarDate(date: CalendarDate): CalendarDateParts {
  const match = CALENDAR_DATE_PATTERN.exec(date);
  if (match === null) {
    throw new RangeError(
      `Not a calendar date (YYYY-MM-DD or YYYY-MM): ${date}`,
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const valid =
    day === undefined
      ? isValidCalendarMonth(year, month)
      : isValidCalendarDay(year, month, day);
  if (!valid) {
    throw new RangeError(
      `Not a calendar date (YYYY-MM-DD or YYYY-MM): ${date}`,
    );
  }
  return day === undefined ? { year, month } : { year, month, day };
}

/**
 * Builds a local `Date` at midnight of the calendar date, or of the first day
 * of its month for a `YYYY-MM` value.
 */
export function toLocalDate(date: CalendarDate): Date {
  const parts = splitCalendarDate(date);
  return new Date(parts.year, parts.month - 1, parts.day ?? 1);
}

/**
 * Reads a local `Date` back as a `YYYY-MM-DD` calendar date. The local
 * getters are read directly: date-fns `format` would add its locale data
 * to every browser bundle.
 */
export function fromLocalDate(date: Date): CalendarDate {
  return formatCalendarDate({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
  });
}

/** Returns whether the value has month precision (`YYYY-MM`). */
export function isMonthPrecision(date: CalendarDate): boolean {
  return splitCalendarDate(date).day === undefined;
}

/**
 * Compares two calendar dates at the coarser precision of the two: when
 * either is a `YYYY-MM` value, only year and month are compared, so
 * `2024-03` equals `2024-03-31`.
 *
 * @throws {RangeError} When either value is not a valid `CalendarDate`.
 */
export function compareCalendarDates(
  a: CalendarDate,
  b: CalendarDate,
): -1 | 0 | 1 {
  const left = splitCalendarDate(a);
  const right = splitCalendarDate(b);
  const keys: (keyof CalendarDateParts)[] =
    left.day === undefined || right.day === undefined
      ? ['year', 'month']
      : ['year', 'month', 'day'];
  for (const key of keys) {
    const difference = (left[key] ?? 0) - (right[key] ?? 0);
    if (difference !== 0) {
      return difference < 0 ? -1 : 1;
    }
  }
  return 0;
}
