import { compareCalendarDates } from '../dates/index.js';
import type { SurveyRecord } from '../model/types.js';
import type { SourceRow, ValidRecord } from './types.js';

/**
 * Compares two source places by file name (UTF-16 code unit order, so the
 * result does not depend on the locale) and then by row.
 */
export function compareSourceRows(a: SourceRow, b: SourceRow): number {
  if (a.file !== b.file) {
    return a.file < b.file ? -1 : 1;
  }
  return a.row - b.row;
}

/**
 * Compares two records by recency: the later `surveyedAt` is more recent,
 * and on the same day the later file name and then the higher row.
 * A positive result means `a` is more recent than `b`.
 */
export function compareRecency<R extends SurveyRecord>(
  a: ValidRecord<R>,
  b: ValidRecord<R>,
): number {
  const byDate = compareCalendarDates(a.record.surveyedAt, b.record.surveyedAt);
  if (byDate !== 0) {
    return byDate;
  }
  return compareSourceRows(a, b);
}

/**
 * Normalises a resident ID number for matching: NFKC (full-width to ASCII),
 * no white space, upper case. Returns `undefined` for a missing or blank
 * value.
 */
export function residentIdKey(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const key = value.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  return key === '' ? undefined : key;
}
