import type { Issue } from '../issues/issue.js';
import type { SurveyRecord } from '../model/types.js';
import { maskResidentId } from '../privacy/mask.js';
import { residentIdKey } from './order.js';
import type { ValidRecord } from './types.js';

/** Result of `indexByResidentId`. */
export interface ResidentIdIndex<R extends SurveyRecord> {
  /** Records by normalised resident ID number, the first occurrence of each. */
  index: Map<string, ValidRecord<R>>;
  /** One `dedupe_duplicate_id` warning per later record with a known number. */
  issues: Issue[];
}

/**
 * Indexes records by normalised resident ID number without merging any.
 *
 * The first record in input order keeps the number. Each later record with
 * the same number is left out of the index and reported as the warning
 * `dedupe_duplicate_id`, which names the row that has the number first.
 * Records without a resident ID number are not indexed and not reported.
 */
export function indexByResidentId<R extends SurveyRecord>(
  rows: readonly ValidRecord<R>[],
): ResidentIdIndex<R> {
  const index = new Map<string, ValidRecord<R>>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const id = residentIdKey(row.record.residentId);
    if (id === undefined) {
      continue;
    }
    const first = index.get(id);
    if (first === undefined) {
      index.set(id, row);
      continue;
    }
    issues.push({
      code: 'dedupe_duplicate_id',
      severity: 'warning',
      field: 'residentId',
      file: row.file,
      row: row.row,
      params: {
        residentId: maskResidentId(id),
        firstFile: first.file,
        firstRow: first.row,
      },
    });
  }
  return { index, issues };
}
