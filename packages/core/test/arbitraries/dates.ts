import fc from 'fast-check';

/** A calendar day as year, month (1 to 12) and day of the month. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds in a day, for UTC day arithmetic. */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day, counted in UTC. */
export function toDayNumber(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day) / DAY_MS;
}

/** Calendar day of a day number. */
export function fromDayNumber(dayNumber: number): Day {
  const date = new Date(dayNumber * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

/** Reads a `YYYY-MM-DD` string. */
export function parseDay(text: string): Day {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  return { year, month, day };
}

/** Adds a number of days, which may be negative. */
export function addDays(day: Day, days: number): Day {
  return fromDayNumber(toDayNumber(day) + days);
}

/** Pads a number with leading zeros. */
function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** `YYYY-MM-DD`, the form the engine outputs. */
export function isoDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** Replaces ASCII digits and `-` with their full-width forms. */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z-]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) + 0xfee0),
  );
}

/** Excel 1900-system serial number of a day after 1900-02-28. */
export function excelSerial(day: Day): number {
  return toDayNumber(day) - toDayNumber({ year: 1899, month: 12, day: 30 });
}

/** Writes a day as a survey file would. */
export type DayForm = (day: Day) => string;

/** Every way a survey file writes a full day that the engine accepts. */
const dayForms: readonly DayForm[] = [
  isoDay,
  (d) => `${d.year}/${d.month}/${d.day}`,
  (d) => `${d.year}.${d.month}.${d.day}`,
  (d) => `${d.year}年${d.month}月${d.day}日`,
  (d) => `${d.year}年${d.month}月${d.day}`,
  (d) => `${d.year}${pad(d.month)}${pad(d.day)}`,
  (d) => String(excelSerial(d)),
  (d) => `${excelSerial(d)}.75`,
  (d) => `${d.year}/${d.month}/${d.day} 0:00`,
  (d) => `${isoDay(d)}T08:30:00`,
  (d) => toFullWidth(isoDay(d)),
  (d) => `  ${isoDay(d)} `,
];

/** Every way a survey file writes the year and month of a day. */
const monthForms: readonly DayForm[] = [
  (d) => `${d.year}-${pad(d.month)}`,
  (d) => `${d.year}/${d.month}`,
  (d) => `${d.year}.${d.month}`,
  (d) => `${d.year}年${d.month}月`,
  (d) => `${d.year}${pad(d.month)}`,
];

/** A form that writes a full day. */
export const dayFormArbitrary: fc.Arbitrary<DayForm> = fc.constantFrom(
  ...dayForms,
);

/** A form that writes the year and month of a day. */
export const monthFormArbitrary: fc.Arbitrary<DayForm> = fc.constantFrom(
  ...monthForms,
);

/**
 * Picks a form that a field of the given precision accepts: a full day,
 * or for a day-or-month field also a year and month, in one case out of
 * four.
 */
export function dateFormArbitrary(
  precision: 'day' | 'day-or-month',
): fc.Arbitrary<DayForm> {
  if (precision === 'day') {
    return dayFormArbitrary;
  }
  return fc.oneof(
    { arbitrary: dayFormArbitrary, weight: 3 },
    { arbitrary: monthFormArbitrary, weight: 1 },
  );
}

/** Resolution of `fractionArbitrary`. */
const FRACTION_STEPS = 1_000_000;

/** A fraction from 0 to 1, for a day between bounds known only later. */
export const fractionArbitrary: fc.Arbitrary<number> = fc
  .integer({ min: 0, max: FRACTION_STEPS })
  .map((step) => step / FRACTION_STEPS);

/** Returns the day at a fraction of the way from `first` to `last`. */
export function dayAtFraction(first: Day, last: Day, fraction: number): Day {
  const start = toDayNumber(first);
  return fromDayNumber(
    start + Math.round((toDayNumber(last) - start) * fraction),
  );
}

/** Draws a day between two days, both included. */
export function dayBetween(first: Day, last: Day): fc.Arbitrary<Day> {
  return fc
    .integer({ min: toDayNumber(first), max: toDayNumber(last) })
    .map(fromDayNumber);
}

/**
 * Values that are not dates the engine accepts: days that do not exist,
 * months out of range, years before 1900, Excel's phantom 1900-02-29
 * (serial 60), a bare year, a serial beyond 9999 and text.
 */
export const invalidDateArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '2024-02-30',
  '2023-02-29',
  '2023/2/29',
  '2024-13-01',
  '2024/0/5',
  '2024年2月30日',
  '20240230',
  '2024.13',
  '202413',
  '1899-12-31',
  '60',
  '2024',
  '3000000',
  '2024/3/5 25:00',
  '24-03-05',
  '昨天',
  '2024-03-05-01',
);
