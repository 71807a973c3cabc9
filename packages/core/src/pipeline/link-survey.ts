import {
  compareRecency,
  compareSourceRows,
  listConflicts,
  residentIdKey,
  type DedupeResult,
  type MergeGroup,
  type Person,
  type SourceRow,
  type ValidRecord,
} from '../dedupe/index.js';
import { linkRecordId, toLinkRecord } from '../linkage/from-records.js';
import { linkRecords, type LinkOptions } from '../linkage/link.js';
import type { SurveyRecord } from '../model/types.js';
import { maskResidentId } from '../privacy/mask.js';

/**
 * Merges records of one person found by probabilistic record linkage
 * (`linkRecords`): the same person under a homophone name, a traditional
 * form, or a resident ID number with one wrong or swapped digit. As with
 * `dedupeByResidentId`, the record with the latest survey date survives.
 *
 * Records with the same resident ID number always end in one person, even
 * where the linker left them apart, and two different valid numbers are
 * never in one person. Records without an ID number are matched on the
 * other fields.
 */
export function dedupeByLinkage<R extends SurveyRecord>(
  rows: readonly ValidRecord<R>[],
  options: LinkOptions = {},
): DedupeResult<R> {
  const rowById = new Map<string, ValidRecord<R>>();
  for (const row of rows) rowById.set(linkRecordId(row.file, row.row), row);
  const linked = linkRecords(rows.map(toLinkRecord), options);

  // Groups of linked records, joined again where two groups share an ID.
  const groups: ValidRecord<R>[][] = [];
  const groupByResidentId = new Map<string, number>();
  for (const person of linked.persons) {
    const members = person.recordIds.map((id) => rowById.get(id)!);
    const ids = new Set(
      members
        .map((member) => residentIdKey(member.record.residentId))
        .filter((id): id is string => id !== undefined),
    );
    const existing = [...ids]
      .map((id) => groupByResidentId.get(id))
      .find((index) => index !== undefined);
    const index = existing ?? groups.length;
    if (existing === undefined) groups.push([]);
    groups[index]!.push(...members);
    for (const id of ids) groupByResidentId.set(id, index);
  }

  const persons: Person<R>[] = [];
  const merges: MergeGroup[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    const sorted = [...group].sort((a, b) => compareRecency(b, a));
    const survivor = sorted[0]!;
    const sources = sorted.map(sourceOf);
    const firstSource = [...sources].sort(compareSourceRows)[0]!;
    persons.push({
      key: `${survivor.record.kind}:person:${firstSource.row}:${firstSource.file}`,
      record: survivor.record,
      sources,
    });
    if (sorted.length > 1) {
      const id = residentIdKey(survivor.record.residentId);
      merges.push({
        residentId: id === undefined ? '' : maskResidentId(id),
        survivor: sourceOf(survivor),
        merged: sorted.slice(1).map(sourceOf),
        conflicts: listConflicts(sorted.map((row) => row.record)),
      });
    }
  }

  persons.sort((a, b) =>
    compareSourceRows(
      [...a.sources].sort(compareSourceRows)[0]!,
      [...b.sources].sort(compareSourceRows)[0]!,
    ),
  );
  merges.sort((a, b) => compareSourceRows(a.survivor, b.survivor));
  return { persons, merges };
}

function sourceOf(row: ValidRecord<SurveyRecord>): SourceRow {
  return { file: row.file, row: row.row };
}
