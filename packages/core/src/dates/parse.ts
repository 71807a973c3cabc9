import type { Issue } from '../issues/issue.js';
import type { CalendarDate } from '../model/types.js';
import {
  type CalendarDateParts,
  formatCalendarDate,
  isValidCalendarDay,
  isValidCalendarMonth,
  splitCalendarDate,
} from './calendar.js';
import { excelSerialToCalendarDate } from './excel.js';

/** Precision a date field requires: a full day, or a day or a month. */
export type DatePrecisionOption = 'day' | 'day-or-month';

/** Options of `parseCalendarDate`. */
export interface ParseCalendarDateOptions {
  /**
   * Required precision. With `'day'` a year-month value is an error
   * (`date_month_only`). Default `'day-or-month'`.
   */
  precision?: DatePrecisionOption;
}

/** Outcome of `parseCalendarDate`: the date and its precision, or issues. */
export type DateResult =
  | { ok: true; value: CalendarDate; precision: 'day' | 'month' }
  | { ok: false; issues: Issue[] };

/** Issue codes that `parseCalendarDate` emits. */
export type DateIssueCode = 'date_invalid' | 'date_month_only';

/** Maximum number of input characters copied into issue parameters. */
const MAX_VALUE_PARAM_CHARACTERS = 40;

// `2024-03-05`, `2024/3/5`, `2024.3.5`: one separator used twice.
const SEPARATED_DAY = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
// `2024-03`, `2024/3`, `2024.3`.
// NOTE: Excel turns a typed `2024.10` into the number 2024.1, which then
// reads as January; the file alone cannot tell the two apart.
const SEPARATED_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
// `2024年3月5日`, `2024年3月`; the final 日 may be missing.
const CHINESE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日?)?$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const SERIAL = /^\d+(?:\.\d+)?$/;
const YEAR_ONLY = /^(?:19|20)\d{2}$/;
// A time of day after a full date, as Excel writes date-time cells.
const TIME_SUFFIX = /^(\S+?)(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Parses a calendar date in the forms found in survey files.
 *
 * Day forms are `2024-03-05`, `2024/3/5`, `2024.3.5`, `2024年3月5日`,
 * `20240305` and Excel serial numbers such as `45356`. Year-month forms are
 * `2024-03`, `2024/3`, `2024.3`, `2024年3月` and `202403`. A time of day is
 * dropped, both after a day form (`2024/3/5 0:00`) and as the fractional part
 * of a serial. Full-width characters are read as ASCII.
 *
 * Never throws. A value that is not a real date from 1900 to 9999 gives
 * `date_invalid`, and a year-month value gives `date_month_only` when
 * `precision: 'day'` is requested. Issue parameters contain the input as
 * `value`, unmasked and cut to 40 characters, so callers parsing a birth date
 * may want to replace it.
 */
export function parseCalendarDate(
  raw: string,
  options: ParseCalendarDateOptions = {},
): DateResult {
  const text = raw.normalize('NFKC').trim();
  const fields = readCalendarDateParts(text);
  if (fields === undefined || !isValidFields(fields)) {
    return failure('date_invalid', text);
  }
  if (fields.day === undefined) {
    if (options.precision === 'day') {
      return failure('date_month_only', text);
    }
    return { ok: true, value: formatCalendarDate(fields), precision: 'month' };
  }
  return { ok: true, value: formatCalendarDate(fields), precision: 'day' };
}

/**
 * Reads year, month and day from the first form that matches the text. The
 * parts are not yet checked to form a real date.
 */
function readCalendarDateParts(text: string): CalendarDateParts | undefined {
  const withoutTime = stripTimeOfDay(text);
  if (withoutTime !== text) {
    // Only a full date may carry a time of day.
    const fields = readCalendarDateParts(withoutTime);
    return fields?.day === undefined ? undefined : fields;
  }

  let match = SEPARATED_DAY.exec(text);
  if (match !== null) {
    return toFields(match[1], match[3], match[4]);
  }
  match = SEPARATED_MONTH.exec(text);
  if (match !== null) {
    return toFields(match[1], match[2], undefined);
  }
  match = CHINESE.exec(text.replace(/\s+/g, ''));
  if (match !== null) {
    return toFields(match[1], match[2], match[3]);
  }
  match = COMPACT_DAY.exec(text);
  if (match !== null) {
    return toFields(match[1], match[2], match[3]);
  }
  match = COMPACT_MONTH.exec(text);
  if (match !== null) {
    return toFields(match[1], match[2], undefined);
  }

  // A bare year such as 2024 would be the Excel serial of a day in 1905,
  // which is far more likely an incomplete date than a real one.
  // NOTE: so serials 1900 to 2099 (1905-03-14 to 1905-09-30) are rejected.
  if (SERIAL.test(text) && !YEAR_ONLY.test(text)) {
    return readExcelSerial(text);
  }
  return undefined;
}

/** Returns the text without a valid trailing time of day, else unchanged. */
function stripTimeOfDay(text: string): string {
  const match = TIME_SUFFIX.exec(text);
  if (match === null) {
    return text;
  }
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  const seconds = match[4] === undefined ? 0 : Number(match[4]);
  if (hours > 23 || minutes > 59 || seconds > 59) {
    return text;
  }
  return match[1] ?? text;
}

function readExcelSerial(text: string): CalendarDateParts | undefined {
  const date = excelSerialToCalendarDate(Number(text));
  return date === undefined ? undefined : splitCalendarDate(date);
}

function toFields(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): CalendarDateParts | undefined {
  if (year === undefined || month === undefined) {
    return undefined;
  }
  const fields: CalendarDateParts = {
    year: Number(year),
    month: Number(month),
  };
  if (day !== undefined) {
    fields.day = Number(day);
  }
  return fields;
}

function isValidFields(fields: CalendarDateParts): boolean {
  if (fields.day === undefined) {
    return isValidCalendarMonth(fields.year, fields.month);
  }
  return isValidCalendarDay(fields.year, fields.month, fields.day);
}

function failure(code: DateIssueCode, text: string): DateResult {
  const value = Array.from(text).slice(0, MAX_VALUE_PARAM_CHARACTERS).join('');
  return {
    ok: false,
    issues: [{ code, severity: 'error', params: { value } }],
  };
}
