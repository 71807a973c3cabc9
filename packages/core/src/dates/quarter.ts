import { endOfQuarter, getQuarter, startOfQuarter } from 'date-fns';
import type { CalendarDate } from '../model/types.js';
import { fromLocalDate, toLocalDate } from './calendar.js';

/** A calendar quarter: Q1 is January to March. */
export interface CalendarQuarter {
  /** Four-digit year. */
  year: number;
  /** Quarter of the year, 1 to 4. */
  quarter: 1 | 2 | 3 | 4;
}

/**
 * Gets the quarter a calendar date falls in. A `YYYY-MM` value has a quarter
 * too.
 *
 * @example getCalendarQuarter('2024-04-01') // { year: 2024, quarter: 2 }
 * @throws {RangeError} When the value is not a valid `CalendarDate`.
 */
export function getCalendarQuarter(date: CalendarDate): CalendarQuarter {
  const local = toLocalDate(date);
  return {
    year: local.getFullYear(),
    quarter: getQuarter(local) as CalendarQuarter['quarter'],
  };
}

/**
 * Gets the first day of the quarter of a calendar date.
 *
 * @example startOfCalendarQuarter('2024-05-17') // '2024-04-01'
 * @throws {RangeError} When the value is not a valid `CalendarDate`.
 */
export function startOfCalendarQuarter(date: CalendarDate): CalendarDate {
  return fromLocalDate(startOfQuarter(toLocalDate(date)));
}

/**
 * Gets the last day of the quarter of a calendar date.
 *
 * @example endOfCalendarQuarter('2024-01-15') // '2024-03-31'
 * @throws {RangeError} When the value is not a valid `CalendarDate`.
 */
export function endOfCalendarQuarter(date: CalendarDate): CalendarDate {
  return fromLocalDate(endOfQuarter(toLocalDate(date)));
}

/**
 * Formats a quarter, or the quarter of a calendar date, as `2024Q1`.
 *
 * @throws {RangeError} When a string is not a valid `CalendarDate`.
 */
export function formatQuarter(value: CalendarQuarter | CalendarDate): string {
  const { year, quarter } =
    typeof value === 'string' ? getCalendarQuarter(value) : value;
  return `${String(year).padStart(4, '0')}Q${quarter}`;
}
