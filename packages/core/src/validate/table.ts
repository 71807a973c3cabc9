import type { CsvInput, CsvRow, CsvTable } from '../csv/index.js';
import { readCsvTable } from '../csv/index.js';
import { findField, headerSpecsOf, type RecordOf } from '../fields/index.js';
import type { Issue } from '../issues/issue.js';
import type { RecordKind } from '../model/types.js';
import { resolveOptions } from './options.js';
import { headersByField, validateRow } from './row.js';
import type { ValidationOptions } from './types.js';

/** A record that passed validation, with where it came from. */
export interface ValidRow<R> {
  /** File name or path. */
  file: string;
  /** Spreadsheet row. */
  row: number;
  /** The typed record. */
  record: R;
}

/**
 * A row rejected only because of its resident ID number, kept for record
 * linkage; see `RecordValidation.unverified`.
 */
export interface UnverifiedRow<R> extends ValidRow<R> {
  /** The resident ID number as written, not validated. */
  residentId: string;
}

/** Row counts of a validated table; `read` equals `valid + rejected`. */
export interface ValidationCounts {
  /** Data rows read from the file. */
  read: number;
  /** Rows without errors (they may have warnings). */
  valid: number;
  /** Rows with at least one error. */
  rejected: number;
}

/** Outcome of validating a table. */
export interface TableValidation<R> {
  /** Valid records in file order. */
  records: ValidRow<R>[];
  /** Issues of the file, then of each row in file order. */
  issues: Issue[];
  /** Rejected rows whose only errors are about the resident ID number. */
  unverified: UnverifiedRow<R>[];
  /** Row counts. */
  counts: ValidationCounts;
}

/**
 * Reads a survey CSV file of one record kind, matching its headers against
 * the field catalogue.
 */
export function readSurveyCsv(input: CsvInput, kind: RecordKind): CsvTable {
  return readCsvTable(input, headerSpecsOf(kind));
}

/**
 * Warns on each row whose record number repeats an earlier row of the same
 * file. Neither row can be shown to be the wrong one, so neither is
 * rejected. Deduplication by resident ID number handles repeated people.
 */
function findRepeatedRecordIds(
  table: CsvTable,
  kind: RecordKind,
): Map<CsvRow, Issue> {
  const column =
    headersByField(table.columns).get('recordId') ??
    findField(kind, 'recordId')?.headers[0];
  const firstRows = new Map<string, number>();
  const repeats = new Map<CsvRow, Issue>();
  for (const row of table.rows) {
    const recordId = row.values['recordId']?.normalize('NFC').trim() ?? '';
    if (recordId === '') {
      continue;
    }
    const firstRow = firstRows.get(recordId);
    if (firstRow === undefined) {
      firstRows.set(recordId, row.row);
      continue;
    }
    repeats.set(row, {
      code: 'record_id_duplicate',
      severity: 'warning',
      field: 'recordId',
      ...(column === undefined ? {} : { column }),
      row: row.row,
      file: table.file,
      params: { value: recordId, firstRow },
    });
  }
  return repeats;
}

/**
 * Validates every row of a table read by `readSurveyCsv`. A fatal table has
 * no rows, so only its file issues are returned. A row with an error is
 * rejected; a row with warnings only is valid.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 */
export function validateTable<K extends RecordKind>(
  table: CsvTable,
  kind: K,
  options: ValidationOptions = {},
): TableValidation<RecordOf<K>> {
  const context = {
    ...resolveOptions(options),
    file: table.file,
    columns: table.columns,
  };
  const rowIssues = new Set(table.rows.flatMap((row) => row.issues));
  const issues = table.issues.filter((issue) => !rowIssues.has(issue));
  const repeats = findRepeatedRecordIds(table, kind);

  const records: ValidRow<RecordOf<K>>[] = [];
  const unverified: UnverifiedRow<RecordOf<K>>[] = [];
  for (const row of table.rows) {
    const result = validateRow(kind, row, context);
    issues.push(...result.issues);
    const repeat = repeats.get(row);
    if (repeat !== undefined) {
      issues.push(repeat);
    }
    if (result.record !== undefined) {
      records.push({ file: table.file, row: row.row, record: result.record });
    } else if (result.unverified !== undefined) {
      unverified.push({
        file: table.file,
        row: row.row,
        record: result.unverified.record,
        residentId: result.unverified.residentId,
      });
    }
  }

  const read = table.rows.length;
  return {
    records,
    issues,
    unverified,
    counts: { read, valid: records.length, rejected: read - records.length },
  };
}

/** Reads a survey CSV file and validates every row. */
export function validateSurveyCsv<K extends RecordKind>(
  input: CsvInput,
  kind: K,
  options: ValidationOptions = {},
): TableValidation<RecordOf<K>> & { table: CsvTable } {
  const table = readSurveyCsv(input, kind);
  return { ...validateTable(table, kind, options), table };
}
