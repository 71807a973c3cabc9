import { compareCalendarDates } from '../dates/index.js';
import type { CalendarDate, SurveyRecord } from '../model/types.js';
import type { ValidRecord } from './types.js';

/**
 * Keeps the records surveyed on or before `asOf`, so that a later survey
 * round cannot change the figures of an earlier reference date. Apply it
 * before `dedupeByResidentId`: a person's latest record as of that date then
 * survives, not their latest record overall.
 */
export function recordsAsOf<R extends SurveyRecord>(
  rows: readonly ValidRecord<R>[],
  asOf: CalendarDate,
): ValidRecord<R>[] {
  return rows.filter(
    (row) => compareCalendarDates(row.record.surveyedAt, asOf) <= 0,
  );
}
