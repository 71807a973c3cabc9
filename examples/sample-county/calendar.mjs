// Calendar dates as day numbers (days since 1970-01-01), converted with UTC
// functions only, so the machine's time zone never shifts a date.

const MS_PER_DAY = 86_400_000;

/** Day number of 1899-12-30, day zero of Excel's 1900 date system. */
const EXCEL_EPOCH = -25_569;

/**
 * Returns the day number of a calendar date.
 * @param {number} year
 * @param {number} month 1 to 12
 * @param {number} day 1 to 31
 * @returns {number}
 */
export function toDayNumber(year, month, day) {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Returns the year, month and day of a day number.
 * @param {number} dayNumber
 * @returns {{ year: number, month: number, day: number }}
 */
export function toParts(dayNumber) {
  const date = new Date(dayNumber * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

/**
 * Parses `YYYY-MM-DD` into a day number.
 * @param {string} text
 * @returns {number}
 */
export function parseIsoDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${text}`);
  return toDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * @param {number} value
 * @param {number} width
 */
function pad(value, width) {
  return String(value).padStart(width, '0');
}

/**
 * Formats a day number as `YYYY-MM-DD`.
 * @param {number} dayNumber
 * @returns {string}
 */
export function isoDate(dayNumber) {
  const { year, month, day } = toParts(dayNumber);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Returns the `YYYYMMDD` digits of a day number, as used inside resident ID
 * numbers.
 * @param {number} dayNumber
 * @returns {string}
 */
export function compactDate(dayNumber) {
  const { year, month, day } = toParts(dayNumber);
  return `${year}${pad(month, 2)}${pad(day, 2)}`;
}

/**
 * Returns the number of the month of a day number, counted from year 0, so
 * two dates fall in the same month when the numbers are equal.
 * @param {number} dayNumber
 * @returns {number}
 */
export function monthIndex(dayNumber) {
  const { year, month } = toParts(dayNumber);
  return year * 12 + month - 1;
}

/**
 * Ways a date with day precision is written in the survey files.
 * @typedef {'iso' | 'slash' | 'dot' | 'chinese' | 'compact' | 'serial'} DayForm
 */

/**
 * Ways a date with month precision is written in the survey files.
 * @typedef {'iso-month' | 'dot-month' | 'slash-month' | 'chinese-month'} MonthForm
 */

/** Day-precision forms. @type {readonly DayForm[]} */
export const DAY_FORMS = [
  'iso',
  'slash',
  'dot',
  'chinese',
  'compact',
  'serial',
];

/** Month-precision forms. @type {readonly MonthForm[]} */
export const MONTH_FORMS = [
  'iso-month',
  'dot-month',
  'slash-month',
  'chinese-month',
];

/**
 * Writes a day number in one of the day-precision forms, for example
 * 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305 or the Excel serial
 * number 45356.
 * @param {number} dayNumber
 * @param {DayForm} form
 * @returns {string}
 */
export function formatDay(dayNumber, form) {
  const { year, month, day } = toParts(dayNumber);
  switch (form) {
    case 'iso':
      return isoDate(dayNumber);
    case 'slash':
      return `${year}/${month}/${day}`;
    case 'dot':
      return `${year}.${month}.${day}`;
    case 'chinese':
      return `${year}年${month}月${day}日`;
    case 'compact':
      return compactDate(dayNumber);
    case 'serial':
      // Excel's serial numbers count from 1899-12-30 for every date after
      // 1900-02-28, because Excel treats 1900 as a leap year.
      return String(dayNumber - EXCEL_EPOCH);
  }
}

/**
 * Writes the month of a day number in one of the month-precision forms, for
 * example 2024-03, 2024.3, 2024/3 or 2024年3月.
 * @param {number} dayNumber
 * @param {MonthForm} form
 * @returns {string}
 */
export function formatMonth(dayNumber, form) {
  const { year, month } = toParts(dayNumber);
  switch (form) {
    case 'iso-month':
      return `${year}-${pad(month, 2)}`;
    case 'dot-month':
      return `${year}.${month}`;
    case 'slash-month':
      return `${year}/${month}`;
    case 'chinese-month':
      return `${year}年${month}月`;
  }
}

/**
 * Returns the same calendar day `years` years later, or the last day of
 * February when the date is 29 February and the target year is not a leap
 * year.
 * @param {number} dayNumber
 * @param {number} years
 * @returns {number}
 */
export function addYears(dayNumber, years) {
  const { year, month, day } = toParts(dayNumber);
  const target = toDayNumber(year + years, month, day);
  return toParts(target).month === month
    ? target
    : toDayNumber(year + years, month + 1, 0);
}
