/**
 * The known persons file: every record linked so far, with its person key
 * and the fields that linkage compares, so that the next round's records
 * can be linked to these persons without reading the earlier survey files.
 *
 * The file contains names, resident ID numbers and phone numbers in full.
 * It is personal data like the survey files themselves, never a publication.
 *
 * NOTE: township and village are stored as the records have them, names
 * after `--registry` and the values as typed without it, so rounds run
 * with and without a registry do not agree on place.
 */
import { readCsvTable } from '../csv/read.js';
import type { HeaderSpec } from '../csv/types.js';
import { writeCsv } from '../csv/write.js';
import type { Issue } from '../issues/issue.js';
import { parseResidentId } from '../id/parse.js';
import type { CalendarDate } from '../model/types.js';
import type { KnownPersons } from './link-new.js';
import type { LinkRecord } from './record.js';

/** A record of the known persons file. */
export interface KnownRecord {
  /** Key of the person the record belongs to. */
  personKey: string;
  /** Identity of the record between rounds: 记录编号, or file name and row. */
  recordId: string;
  /** The record's fields; its `id` is not written. */
  record: LinkRecord;
}

const LINK_FIELDS = [
  'name',
  'residentId',
  'sex',
  'birthDate',
  'phone',
  'township',
  'village',
  'returnedAt',
  'departedAt',
  'surveyedAt',
] as const;

const headerSpecs: HeaderSpec[] = [
  { field: 'personKey', headers: ['personKey', '人员编号'], required: true },
  { field: 'recordId', headers: ['recordId', '记录编号'], required: true },
  ...LINK_FIELDS.map((field) => ({ field, headers: [field], required: true })),
];

const DATE_FIELDS: ReadonlySet<string> = new Set([
  'birthDate',
  'returnedAt',
  'departedAt',
  'surveyedAt',
]);

const CALENDAR_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** Phone digits as `writeKnownPersonsCsv` writes them from valid records. */
const PHONE = /^[+\d][\d -]*$/;

/**
 * Returns whether a value of the known persons file can be read as
 * written: a valid ID number, a `YYYY-MM-DD` or `YYYY-MM` date, phone
 * digits. Excel turns long numbers into `5.22299E+17` and dates into
 * `1990/3/15` when it opens and saves such a file.
 */
function readable(field: string, value: string): boolean {
  if (field === 'residentId') return parseResidentId(value).ok;
  if (DATE_FIELDS.has(field)) return CALENDAR_DATE.test(value);
  if (field === 'phone') return PHONE.test(value);
  return true;
}

/** Writes the known persons file: CSV with a UTF-8 BOM, one row per record. */
export function writeKnownPersonsCsv(rows: readonly KnownRecord[]): string {
  return writeCsv(
    ['personKey', 'recordId', ...LINK_FIELDS],
    rows.map(({ personKey, recordId, record }) => [
      personKey,
      recordId,
      ...LINK_FIELDS.map((field) => record[field] ?? ''),
    ]),
  );
}

/** Result of `readKnownPersonsCsv`. */
export interface KnownPersonsReading {
  /** Records and keys, ready for `linkNewRecords`; ids are `known:` + recordId. */
  known: KnownPersons;
  /** Identity of each known record between rounds, as in the file. */
  recordIds: string[];
  /** Problems of the file and its rows. */
  issues: Issue[];
  /** Whether the file could not be read as a table at all. */
  fatal: boolean;
}

/**
 * Reads a file written by `writeKnownPersonsCsv`. Rows without a person
 * key or record id are skipped with a warning. A value that cannot be read
 * (an ID number that fails its check, a date Excel rewrote) counts as
 * missing, with one warning per column that names the first such row and
 * the count. Record ids that repeat get `#2`, `#3` and so on in the
 * linkage id. A leading `'` that `writeCsv` puts before `=`, `+`, `-` or
 * `@` is removed.
 */
export function readKnownPersonsCsv(
  input: string | Uint8Array,
  options: { file?: string } = {},
): KnownPersonsReading {
  const file = options.file ?? 'known-persons.csv';
  const bytes =
    typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const table = readCsvTable({ file, bytes }, headerSpecs);
  const issues = table.issues.filter(
    (issue) => issue.code !== 'csv_unknown_column',
  );
  const records: LinkRecord[] = [];
  const keys: string[] = [];
  const recordIds: string[] = [];
  if (table.fatal) {
    return { known: { records, keys }, recordIds, issues, fatal: true };
  }

  const seen = new Map<string, number>();
  const damaged = new Map<string, { row: number; count: number }>();
  for (const row of table.rows) {
    if (row.issues.length > 0) continue;
    const personKey = unescapeFormula(row.values.personKey?.trim() ?? '');
    const recordId = unescapeFormula(row.values.recordId?.trim() ?? '');
    if (personKey === '' || recordId === '') {
      issues.push({
        code: 'linkage_known_row_incomplete',
        severity: 'warning',
        field: personKey === '' ? 'personKey' : 'recordId',
        row: row.row,
        file,
      });
      continue;
    }
    const count = (seen.get(recordId) ?? 0) + 1;
    seen.set(recordId, count);
    const record: LinkRecord = {
      id: count === 1 ? `known:${recordId}` : `known:${recordId}#${count}`,
    };
    for (const field of LINK_FIELDS) {
      const value = unescapeFormula(row.values[field]?.trim() ?? '');
      if (value === '') continue;
      if (!readable(field, value)) {
        const first = damaged.get(field);
        if (first === undefined) damaged.set(field, { row: row.row, count: 1 });
        else first.count += 1;
        continue;
      }
      if (field === 'sex') {
        if (value === 'male' || value === 'female') record.sex = value;
      } else if (
        field === 'birthDate' ||
        field === 'returnedAt' ||
        field === 'departedAt' ||
        field === 'surveyedAt'
      ) {
        record[field] = value as CalendarDate;
      } else record[field] = value;
    }
    if (record.residentId !== undefined) record.residentIdValid = true;
    records.push(record);
    keys.push(personKey);
    recordIds.push(recordId);
  }
  markZeroedIds(records, table.rows, damaged);
  for (const [field, { row, count }] of damaged) {
    issues.push({
      code: 'linkage_known_damaged',
      severity: 'warning',
      field,
      column: field,
      row,
      file,
      params: { count },
    });
  }
  return { known: { records, keys }, recordIds, issues, fatal: false };
}

/**
 * Drops the ID numbers ending in 000 when more of them are found than real
 * numbers have (about 1 in 1,000): Excel wrote 000 over the last digits,
 * and about 1 in 11 such numbers still passes the check character.
 */
function markZeroedIds(
  records: LinkRecord[],
  rows: readonly { row: number; values: Record<string, string | undefined> }[],
  damaged: Map<string, { row: number; count: number }>,
): void {
  const zeroed = records.filter((record) => record.residentId?.endsWith('000'));
  if (zeroed.length <= Math.max(5, records.length / 100)) return;
  const firstRow =
    rows.find((row) => row.values['residentId']?.trim().endsWith('000'))?.row ??
    0;
  const entry = damaged.get('residentId') ?? { row: firstRow, count: 0 };
  for (const record of zeroed) {
    delete record.residentId;
    delete record.residentIdValid;
  }
  entry.count += zeroed.length;
  entry.row = Math.min(entry.row, firstRow);
  damaged.set('residentId', entry);
}

/** Removes the `'` that `writeCsv` puts before a formula character. */
export function unescapeFormula(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
