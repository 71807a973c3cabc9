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

/** Outcome of validating one row, as `validateRows` returns it. */
export interface RowValidation<R> {
  /** Spreadsheet row. */
  row: number;
  /** The typed record, absent when the row is rejected. */
  record?: R;
  /** Present when the row is rejected only for its resident ID number. */
  unverified?: { record: R; residentId: string };
  /** Issues of the row, in the order found. */
  issues: Issue[];
}

/**
 * Validates rows of a table read by `readSurveyCsv`, each on its own: all
 * rows by default, or the given ones. The rows may be validated in parts,
 * on different threads, and the parts joined by `collectRowValidations`.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 */
export function validateRows<K extends RecordKind>(
  table: Pick<CsvTable, 'file' | 'columns' | 'rows'>,
  kind: K,
  options: ValidationOptions = {},
  rows: readonly CsvRow[] = table.rows,
): RowValidation<RecordOf<K>>[] {
  const context = {
    ...resolveOptions(options),
    file: table.file,
    columns: table.columns,
  };
  return rows.map((row) => {
    const result = validateRow(kind, row, context);
    return {
      row: row.row,
      ...(result.record === undefined ? {} : { record: result.record }),
      ...(result.unverified === undefined
        ? {}
        : { unverified: result.unverified }),
      issues: result.issues,
    };
  });
}

/**
 * Joins the row validations of every row of a table, in row order, with
 * the issues of the file itself and the checks across rows (repeated
 * record numbers).
 *
 * @throws {RangeError} When `results` does not have one entry per row of
 * the table, in the same order.
 */
export function collectRowValidations<K extends RecordKind>(
  table: CsvTable,
  kind: K,
  results: readonly RowValidation<RecordOf<K>>[],
): TableValidation<RecordOf<K>> {
  if (
    results.length !== table.rows.length ||
    results.some((result, index) => result.row !== table.rows[index]?.row)
  ) {
    throw new RangeError(
      `Expected one row validation per row of ${table.file}, in row order`,
    );
  }
  const rowIssues = new Set(table.rows.flatMap((row) => row.issues));
  const issues = table.issues.filter((issue) => !rowIssues.has(issue));
  const repeats = findRepeatedRecordIds(table, kind);

  const records: ValidRow<RecordOf<K>>[] = [];
  const unverified: UnverifiedRow<RecordOf<K>>[] = [];
  results.forEach((result, index) => {
    issues.push(...result.issues);
    const repeat = repeats.get(table.rows[index] as CsvRow);
    if (repeat !== undefined) {
      issues.push(repeat);
    }
    if (result.record !== undefined) {
      records.push({
        file: table.file,
        row: result.row,
        record: result.record,
      });
    } else if (result.unverified !== undefined) {
      unverified.push({
        file: table.file,
        row: result.row,
        record: result.unverified.record,
        residentId: result.unverified.residentId,
      });
    }
  });

  const read = table.rows.length;
  return {
    records,
    issues,
    unverified,
    counts: { read, valid: records.length, rejected: read - records.length },
  };
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
  return collectRowValidations(table, kind, validateRows(table, kind, options));
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
