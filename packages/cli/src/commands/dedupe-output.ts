import path from 'node:path';
import {
  formatExplanation,
  type BestLink,
  type LinkedPerson,
  type LinkRecord,
  type SurveyValidation,
} from '@yangui/core';

/** Header of the `--out` file. */
export const OUT_HEADER = [
  'file',
  'row',
  'recordId',
  'personKey',
  'status',
  'recordsInPerson',
  'bestLinkWeight',
  'linkedTo',
  'linkDetails',
];

/** Input of `outputRows`. */
export interface OutputInput {
  validation: SurveyValidation;
  /** Linkage records of the valid rows, in the order of `validation.records`. */
  records: readonly LinkRecord[];
  /** Linkage records of `validation.unverified`, in its order. */
  unverified: readonly LinkRecord[];
  /** Identity between rounds of each valid record, then of each unverified row. */
  stateIds: readonly string[];
  /** Persons of every record: known, valid and unverified. */
  persons: readonly LinkedPerson[];
  /** Ids of the rows rejected only for their ID number, left out of `recordsInPerson`. */
  unverifiedIds: ReadonlySet<string>;
  bestLinks: ReadonlyMap<string, BestLink>;
}

/** Counts of the rows rejected only for their resident ID number. */
export interface UnverifiedCounts {
  rows: number;
  matched: number;
}

/**
 * Builds one output row per input row, valid or rejected, in file order
 * and then row order. A row rejected only for its ID number that links to
 * a person with valid records gets that person's key, so that a clerk can
 * copy the right number from the `linkedTo` record.
 */
export function outputRows(input: OutputInput): {
  rows: string[][];
  unverified: UnverifiedCounts;
} {
  const personOf = new Map<string, { key: string; size: number }>();
  for (const person of input.persons) {
    const size = person.recordIds.filter(
      (id) => !input.unverifiedIds.has(id),
    ).length;
    for (const id of person.recordIds) {
      personOf.set(id, { key: person.key, size });
    }
  }

  const entries: { file: string; row: number; cells: string[] }[] = [];
  const details = (id: string) => {
    const best = input.bestLinks.get(id);
    return best === undefined
      ? ['', '', '']
      : [
          best.weight.toFixed(2),
          best.recordId,
          formatExplanation(best.explanation),
        ];
  };
  input.validation.records.forEach((row, index) => {
    const id = (input.records[index] as LinkRecord).id;
    const person = personOf.get(id);
    entries.push({
      file: row.file,
      row: row.row,
      cells: [
        input.stateIds[index] ?? id,
        person?.key ?? '',
        'valid',
        String(person?.size ?? 1),
        ...details(id),
      ],
    });
  });

  const name = fileNamer(input.validation.files.map((file) => file.file));
  const unverifiedRows = new Set<string>();
  let matched = 0;
  input.validation.unverified.forEach((row, index) => {
    const id = (input.unverified[index] as LinkRecord).id;
    unverifiedRows.add(`${row.file}\u0000${row.row}`);
    const person = personOf.get(id);
    const linked = person !== undefined && person.size > 0;
    if (linked && input.bestLinks.has(id)) matched += 1;
    entries.push({
      file: row.file,
      row: row.row,
      cells: [
        input.stateIds[input.records.length + index] ?? id,
        linked ? person.key : '',
        'rejected',
        linked ? String(person.size) : '',
        ...(linked ? details(id) : ['', '', '']),
      ],
    });
  });

  const rejected = new Set<string>();
  for (const issue of input.validation.issues) {
    if (issue.severity !== 'error' || issue.row === undefined) continue;
    const key = `${issue.file ?? ''}\u0000${issue.row}`;
    if (unverifiedRows.has(key) || rejected.has(key)) continue;
    rejected.add(key);
    entries.push({
      file: issue.file ?? '',
      row: issue.row,
      cells: [
        `${name(issue.file ?? '')}#${issue.row}`,
        '',
        'rejected',
        '',
        '',
        '',
        '',
      ],
    });
  }

  const fileOrder = new Map(
    input.validation.files.map((file, index) => [file.file, index]),
  );
  entries.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.row - b.row,
  );
  return {
    rows: entries.map((entry) => [
      entry.file,
      String(entry.row),
      ...entry.cells,
    ]),
    unverified: { rows: input.validation.unverified.length, matched },
  };
}

/** Counts how many rows carry each record number (记录编号). */
function countRecordNumbers(
  rows: readonly { record: { recordId?: string } }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { record } of rows) {
    const recordId = record.recordId?.trim();
    if (recordId) counts.set(recordId, (counts.get(recordId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Returns the identity of each record between rounds: its record number
 * (记录编号) when it has one that no other record of the input shares,
 * otherwise the file name without folders and the row. A record keeps its
 * person key when a re-exported file moves it to another row or folder, as
 * long as it has a record number. Files of the same name in different
 * folders keep their paths as given, so that their rows stay apart.
 */
export function stateIdsOf(
  rows: readonly { file: string; row: number; record: { recordId?: string } }[],
): string[] {
  const counts = countRecordNumbers(rows);
  const name = fileNamer(rows.map((row) => row.file));
  return rows.map(({ file, row, record }) => {
    const recordId = record.recordId?.trim();
    return recordId && counts.get(recordId) === 1
      ? recordId
      : `${name(file)}#${row}`;
  });
}

/**
 * Returns a function giving each file its name without folders, or its path
 * as given when another file of the input has the same name.
 */
export function fileNamer(files: readonly string[]): (file: string) => string {
  const paths = new Map<string, Set<string>>();
  for (const file of files) {
    const base = path.basename(file);
    const set = paths.get(base) ?? new Set<string>();
    set.add(file);
    paths.set(base, set);
  }
  return (file) => {
    const base = path.basename(file);
    return (paths.get(base)?.size ?? 0) > 1 ? file : base;
  };
}

/**
 * Counts the record numbers (记录编号) that the previous persons file names
 * but that repeat in this input, so that their records fall back to file
 * name and row and lose their keys.
 */
export function repeatedRecordNumbers(
  previous: ReadonlyMap<string, string>,
  rows: readonly { record: { recordId?: string } }[],
): number {
  const counts = countRecordNumbers(rows);
  let repeated = 0;
  for (const [recordId, count] of counts) {
    if (count > 1 && previous.has(recordId)) repeated += 1;
  }
  return repeated;
}

/** Maps the previous keys from record identities to this run's record ids. */
export function carriedKeys(
  previous: ReadonlyMap<string, string>,
  records: readonly LinkRecord[],
  stateIds: readonly string[],
): Map<string, string> {
  const carried = new Map<string, string>();
  records.forEach((record, index) => {
    const key = previous.get(stateIds[index] ?? '');
    if (key !== undefined) carried.set(record.id, key);
  });
  return carried;
}

/** Returns the person key of each record, in record order. */
export function keysOf(
  records: readonly LinkRecord[],
  persons: readonly LinkedPerson[],
): string[] {
  const keyOf = new Map<string, string>();
  for (const person of persons) {
    for (const id of person.recordIds) keyOf.set(id, person.key);
  }
  return records.map((record) => keyOf.get(record.id) ?? '');
}

/**
 * Maps other names of each valid record to its linkage id (`file#row` with
 * the path as typed): its absolute path and row, and its record number
 * (记录编号) when no other record has it. A clerk's decisions then still
 * apply when the files are named with other paths, or by the `recordId`
 * names of `--out`. File names without folders are not used, because two
 * folders often hold files of the same name.
 */
export function recordAliases(
  rows: readonly { file: string; row: number; record: { recordId?: string } }[],
  records: readonly LinkRecord[],
  cwd: string,
): Map<string, string> {
  const counts = countRecordNumbers(rows);
  const aliases = new Map<string, string>();
  rows.forEach((row, index) => {
    const id = (records[index] as LinkRecord).id;
    aliases.set(`${path.resolve(cwd, row.file)}#${row.row}`, id);
    const recordId = row.record.recordId?.trim();
    if (recordId && counts.get(recordId) === 1) aliases.set(recordId, id);
  });
  return aliases;
}

/**
 * Returns the linkage id of a record id from a decisions file. A linkage id
 * is returned as it is. Otherwise the id is looked up as an alias, first as
 * written and then as a path from `cwd`, and is returned unchanged when
 * neither matches.
 */
export function resolveAlias(
  aliases: ReadonlyMap<string, string>,
  ids: ReadonlySet<string>,
  id: string,
  cwd: string,
): string {
  if (ids.has(id)) return id;
  const direct = aliases.get(id);
  if (direct !== undefined) return direct;
  const hash = id.lastIndexOf('#');
  if (hash <= 0) return id;
  const absolute = `${path.resolve(cwd, id.slice(0, hash))}${id.slice(hash)}`;
  return aliases.get(absolute) ?? id;
}
