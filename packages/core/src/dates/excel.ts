import { addDays } from 'date-fns';
import type { CalendarDate } from '../model/types.js';
import { fromLocalDate } from './calendar.js';

/** Largest Excel serial number, 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * Serial number that Excel gives to 1900-02-29, a day that does not exist.
 * Excel's 1900 date system treats 1900 as a leap year (copied from Lotus
 * 1-2-3), so every serial after 60 is one day ahead of a plain day count.
 */
const PHANTOM_LEAP_DAY_SERIAL = 60;

/**
 * Converts an Excel serial number of the 1900 date system to a calendar date.
 * A fractional part is a time of day and is dropped. Returns `undefined` for
 * serial 60 (Excel's 1900-02-29), for values below 1 or above 2958465, and for
 * values that are not finite.
 *
 * @example excelSerialToCalendarDate(45356) // '2024-03-05'
 * @example excelSerialToCalendarDate(61) // '1900-03-01'
 */
export function excelSerialToCalendarDate(
  serial: number,
): CalendarDate | undefined {
  if (!Number.isFinite(serial)) {
    return undefined;
  }
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === PHANTOM_LEAP_DAY_SERIAL) {
    return undefined;
  }

  // Serial 1 is 1900-01-01, so serial n is n days after 1899-12-31. After
  // the phantom leap day the count is one day ahead, so the base moves back
  // one day to 1899-12-30.
  const base =
    day < PHANTOM_LEAP_DAY_SERIAL
      ? new Date(1899, 11, 31)
      : new Date(1899, 11, 30);
  return fromLocalDate(addDays(base, day));
}
