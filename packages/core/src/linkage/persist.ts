/**
 * Person keys that stay the same across survey rounds, and the persons CSV
 * that carries them from one round to the next.
 *
 * `linkRecords` derives a new person's key from its smallest record id, so
 * the key changes when a later round adds a record with a smaller id.
 * `assignStableKeys` instead gives each person the key its records had in
 * the previous round, and records a merge or split event where the
 * previous persons and the new ones disagree.
 */
import { readCsvTable } from '../csv/read.js';
import type { HeaderSpec } from '../csv/types.js';
import { writeCsv } from '../csv/write.js';
import type { Issue } from '../issues/issue.js';
import { hashKey } from './candidates.js';
import { unescapeFormula } from './known-file.js';
import type { LinkedPerson } from './link.js';

/** Person keys of the previous round, by record id. */
export interface PreviousPersons {
  /** Person key of each record id, in the order of the persons file. */
  recordKey: ReadonlyMap<string, string>;
}

/** A change between the previous round's persons and the new ones. */
export interface KeyEvent {
  /**
   * Kind of change. A `merge` means one new person contains records of two
   * or more previous persons. A `split` means a previous person's records
   * now fall in two or more persons.
   */
  type: 'merge' | 'split';
  /** Key kept: the merged person's key, or the key of the split person. */
  key: string;
  /**
   * Keys involved: the previous persons' keys of a merge, or the new
   * persons' keys of a split, `key` first.
   */
  keys: string[];
  /** Plain English reason, without personal data. */
  reason: string;
}

/** Result of `assignStableKeys`. */
export interface StableKeys {
  /** The persons in the same order, with stable keys. */
  persons: LinkedPerson[];
  /** Merges and splits, merges first, each in person order. */
  events: KeyEvent[];
}

/**
 * Gives each person the key its records had in the previous round.
 *
 * A person whose records had no key gets a new key like `linkRecords`
 * gives: `P` and 11 base-36 characters of a hash of its smallest record id.
 * When that key is taken or was used in the previous round, `-2`, `-3` and
 * so on is appended.
 *
 * Each person claims the previous keys of its records, and the claims are
 * settled strongest first, each key going to one person. A
 * claim is stronger when more of the person's records had the key, then
 * when the previous person was larger, then when it came first in the
 * previous persons file, then when the new person comes first in
 * `persons`. So a merged person keeps the key of the previous person most
 * of its records came from, and in a split the part holding most of the
 * records keeps the key while the other parts get new keys.
 */
export function assignStableKeys(
  result: { persons: readonly LinkedPerson[] },
  previous?: PreviousPersons,
): StableKeys {
  const recordKey = previous?.recordKey ?? new Map<string, string>();
  const previousSize = new Map<string, number>();
  const previousOrder = new Map<string, number>();
  for (const key of recordKey.values()) {
    previousSize.set(key, (previousSize.get(key) ?? 0) + 1);
    if (!previousOrder.has(key)) previousOrder.set(key, previousOrder.size);
  }

  // Each person's claims on previous keys: how many of its records had it.
  const claims: { person: number; key: string; shared: number }[] = [];
  const keysOfPerson = result.persons.map((person, index) => {
    const shared = new Map<string, number>();
    for (const id of person.recordIds) {
      const key = recordKey.get(id);
      if (key !== undefined) shared.set(key, (shared.get(key) ?? 0) + 1);
    }
    for (const [key, count] of shared) {
      claims.push({ person: index, key, shared: count });
    }
    return [...shared.keys()];
  });

  // The strongest claims win: most shared records, then the larger and
  // earlier previous person, then the earlier new person.
  claims.sort(
    (x, y) =>
      y.shared - x.shared ||
      (previousSize.get(y.key) ?? 0) - (previousSize.get(x.key) ?? 0) ||
      (previousOrder.get(x.key) ?? 0) - (previousOrder.get(y.key) ?? 0) ||
      x.person - y.person,
  );
  const assigned: (string | undefined)[] = result.persons.map(() => undefined);
  const claimedKeys = new Set<string>();
  for (const claim of claims) {
    if (assigned[claim.person] === undefined && !claimedKeys.has(claim.key)) {
      assigned[claim.person] = claim.key;
      claimedKeys.add(claim.key);
    }
  }

  // Persons without a previous key get a key that no person of this or the
  // previous round has.
  const used = new Set<string>([...claimedKeys, ...previousSize.keys()]);
  const persons = result.persons.map((person, index) => {
    let key = assigned[index];
    if (key === undefined) {
      key = freshKey(person.recordIds, used);
      used.add(key);
    }
    return { key, recordIds: [...person.recordIds] };
  });

  return { persons, events: listEvents(persons, keysOfPerson) };
}

function freshKey(recordIds: readonly string[], used: ReadonlySet<string>) {
  const smallest = recordIds.reduce((min, id) => (id < min ? id : min));
  const base = `P${hashKey(smallest).toString(36).padStart(11, '0')}`;
  let key = base;
  for (let suffix = 2; used.has(key); suffix += 1) {
    key = `${base}-${suffix}`;
  }
  return key;
}

function listEvents(
  persons: readonly LinkedPerson[],
  keysOfPerson: readonly string[][],
): KeyEvent[] {
  const events: KeyEvent[] = [];
  const holders = new Map<string, string[]>();
  persons.forEach((person, index) => {
    const keys = keysOfPerson[index] ?? [];
    if (keys.length > 1) {
      const others = keys.filter((key) => key !== person.key);
      events.push({
        type: 'merge',
        key: person.key,
        keys: [person.key, ...others],
        reason: `records of ${keys.length} previous persons are now linked into one person`,
      });
    }
    for (const key of keys) {
      const list = holders.get(key);
      if (list === undefined) holders.set(key, [person.key]);
      else list.push(person.key);
    }
  });

  for (const [key, keys] of holders) {
    if (keys.length > 1) {
      const others = keys.filter((other) => other !== key);
      events.push({
        type: 'split',
        key,
        keys: keys.includes(key) ? [key, ...others] : others,
        reason: `records of one previous person now fall in ${keys.length} persons`,
      });
    }
  }
  return events;
}

/** A row of the persons file: one record and the key of its person. */
export interface PersonRow {
  /** File the record was read from. */
  file: string;
  /** Spreadsheet row of the record. */
  row: number;
  /** Record id, `file#row`. */
  recordId: string;
  /** Key of the person the record belongs to. */
  personKey: string;
}

const personHeaderSpecs: HeaderSpec[] = [
  { field: 'file', headers: ['file', '文件'], required: false },
  { field: 'row', headers: ['row', '行号'], required: false },
  { field: 'recordId', headers: ['recordId', '记录编号'], required: true },
  { field: 'personKey', headers: ['personKey', '人员编号'], required: true },
];

/** Writes the persons file: CSV with a UTF-8 BOM, one row per record. */
export function writePersonsCsv(rows: readonly PersonRow[]): string {
  return writeCsv(
    ['file', 'row', 'recordId', 'personKey'],
    rows.map((row) => [row.file, String(row.row), row.recordId, row.personKey]),
  );
}

/** Result of `readPersonsCsv`. */
export interface PersonsReading extends PreviousPersons {
  /** Problems of the file and its rows. */
  issues: Issue[];
  /** Whether the file could not be read as a table at all. */
  fatal: boolean;
}

/**
 * Reads a persons file written by `writePersonsCsv`, or any CSV with the
 * columns `recordId` and `personKey` (other columns are ignored, so the
 * output of `yangui dedupe` can be read back). A row without a person key
 * is skipped with a warning, and a record id that repeats keeps the key of
 * its first row.
 */
export function readPersonsCsv(
  input: string | Uint8Array,
  options: { file?: string } = {},
): PersonsReading {
  const file = options.file ?? 'persons.csv';
  const bytes =
    typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const table = readCsvTable({ file, bytes }, personHeaderSpecs);
  const issues = table.issues.filter(
    (issue) => issue.code !== 'csv_unknown_column',
  );
  const recordKey = new Map<string, string>();
  if (table.fatal) return { recordKey, issues, fatal: true };

  const firstRow = new Map<string, number>();
  for (const row of table.rows) {
    if (row.issues.length > 0) continue;
    const recordId = unescapeFormula(row.values.recordId?.trim() ?? '');
    const personKey = unescapeFormula(row.values.personKey?.trim() ?? '');
    if (recordId === '') {
      issues.push({
        code: 'linkage_missing_record',
        severity: 'warning',
        field: 'recordId',
        row: row.row,
        file,
      });
      continue;
    }
    if (personKey === '') {
      issues.push({
        code: 'linkage_missing_person_key',
        severity: 'warning',
        field: 'personKey',
        row: row.row,
        file,
        params: { record: recordId },
      });
      continue;
    }
    const first = firstRow.get(recordId);
    if (first !== undefined) {
      issues.push({
        code: 'linkage_repeated_record',
        severity: 'warning',
        field: 'recordId',
        row: row.row,
        file,
        params: { record: recordId, firstRow: first },
      });
      continue;
    }
    firstRow.set(recordId, row.row);
    recordKey.set(recordId, personKey);
  }
  return { recordKey, issues, fatal: false };
}
