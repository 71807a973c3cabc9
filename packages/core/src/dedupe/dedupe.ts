import type { SurveyRecord } from '../model/types.js';
import { maskResidentId } from '../privacy/mask.js';
import { listConflicts } from './conflicts.js';
import { compareRecency, compareSourceRows, residentIdKey } from './order.js';
import type {
  DedupeResult,
  MergeGroup,
  Person,
  SourceRow,
  ValidRecord,
} from './types.js';

function sourceOf<R extends SurveyRecord>(row: ValidRecord<R>): SourceRow {
  return { file: row.file, row: row.row };
}

/**
 * Merges records that share a resident ID number into one person.
 *
 * Records of the same kind with the same normalised resident ID number are
 * one person. The record with the latest `surveyedAt` survives whole (no
 * value is copied from the other records). On the same survey date the
 * record from the later file name wins, and within one file the higher row.
 * Records without a resident ID number are never merged: each is its own
 * person. Run `recordsAsOf` first to fix the reference date.
 *
 * The result does not depend on the order of `rows`.
 */
export function dedupeByResidentId<R extends SurveyRecord>(
  rows: readonly ValidRecord<R>[],
): DedupeResult<R> {
  const groups = new Map<string, { id: string; rows: ValidRecord<R>[] }>();
  const persons: Person<R>[] = [];

  for (const row of rows) {
    const id = residentIdKey(row.record.residentId);
    if (id === undefined) {
      persons.push({
        key: `${row.record.kind}:row:${row.row}:${row.file}`,
        record: row.record,
        sources: [sourceOf(row)],
      });
      continue;
    }
    const key = `${row.record.kind}:id:${id}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { id, rows: [row] });
    } else {
      group.rows.push(row);
    }
  }

  const merges: MergeGroup[] = [];
  for (const [key, { id, rows: group }] of groups) {
    // Latest first: the first record of the sorted group survives.
    const sorted = [...group].sort((a, b) => compareRecency(b, a));
    const survivor = sorted[0] as ValidRecord<R>;
    persons.push({
      key,
      record: survivor.record,
      sources: sorted.map(sourceOf),
    });
    if (sorted.length > 1) {
      merges.push({
        residentId: maskResidentId(id),
        survivor: sourceOf(survivor),
        merged: sorted.slice(1).map(sourceOf),
        conflicts: listConflicts(sorted.map((row) => row.record)),
      });
    }
  }

  persons.sort((a, b) =>
    compareSourceRows(a.sources[0] as SourceRow, b.sources[0] as SourceRow),
  );
  merges.sort((a, b) => compareSourceRows(a.survivor, b.survivor));
  return { persons, merges };
}
