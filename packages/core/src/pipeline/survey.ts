import type { CsvEncoding, CsvInput, CsvTable } from '../csv/index.js';
import type { RecordOf } from '../fields/index.js';
import type { Issue } from '../issues/issue.js';
import { maskLongDigitRuns } from '../issues/mask-params.js';
import type { RecordKind } from '../model/types.js';
import {
  readSurveyCsv,
  type TableValidation,
  validateTable,
  type UnverifiedRow,
  type ValidationOptions,
  type ValidRow,
} from '../validate/index.js';

/** Row counts; `read` always equals `valid + rejected`. */
export interface RowCounts {
  /** Data rows read. */
  read: number;
  /** Rows without errors. */
  valid: number;
  /** Rows with at least one error. */
  rejected: number;
}

/** Outcome of reading and validating one input file. */
export interface FileReport extends RowCounts {
  /** File name or path as given. */
  file: string;
  /** Encoding the bytes were decoded with. */
  encoding: CsvEncoding;
  /** Whether the file could not be read as a table at all. */
  fatal: boolean;
}

/** Outcome of validating the survey files of one kind. */
export interface SurveyValidation<K extends RecordKind = RecordKind> {
  /** Record kind. */
  kind: K;
  /** One report per input file, in input order. */
  files: FileReport[];
  /** Valid records of every file, in input order. */
  records: ValidRow<RecordOf<K>>[];
  /**
   * Rejected rows whose only errors are about the resident ID number, in
   * input order; record linkage can still match them to a person.
   */
  unverified: UnverifiedRow<RecordOf<K>>[];
  /** Issues of every file, in input order. */
  issues: Issue[];
  /** Errors that stopped a file from being read as a table. */
  fatal: Issue[];
  /** Row counts over all files. */
  rows: RowCounts;
}

/**
 * Decodes, reads and validates the survey files of one kind. A file whose
 * header cannot be used contributes no rows and its errors are listed in
 * `fatal`; the other files are still validated. Runs of 7 or more digits in
 * issue params are masked, so no issue carries a full ID or phone number.
 */
export function validateSurveyFiles<K extends RecordKind>(
  kind: K,
  inputs: readonly CsvInput[],
  options: ValidationOptions = {},
): SurveyValidation<K> {
  return collectSurveyFiles(
    kind,
    inputs.map((input) => {
      const table = readSurveyCsv(input, kind);
      return { table, validation: validateTable(table, kind, options) };
    }),
  );
}

/**
 * Joins the validated tables of the survey files of one kind, in input
 * order, as `validateSurveyFiles` does. Callers that validate the rows
 * elsewhere, such as on worker threads, join them with it.
 */
export function collectSurveyFiles<K extends RecordKind>(
  kind: K,
  files: readonly {
    table: CsvTable;
    validation: TableValidation<RecordOf<K>>;
  }[],
): SurveyValidation<K> {
  const result: SurveyValidation<K> = {
    kind,
    files: [],
    records: [],
    unverified: [],
    issues: [],
    fatal: [],
    rows: { read: 0, valid: 0, rejected: 0 },
  };
  for (const { table, validation } of files) {
    if (table.fatal) {
      result.fatal.push(
        ...table.issues.filter((issue) => issue.severity === 'error'),
      );
    }
    result.files.push({
      file: table.file,
      encoding: table.encoding,
      fatal: table.fatal,
      ...validation.counts,
    });
    for (const record of validation.records) result.records.push(record);
    for (const row of validation.unverified) result.unverified.push(row);
    for (const issue of validation.issues) {
      result.issues.push(
        issue.params === undefined
          ? issue
          : { ...issue, params: maskLongDigitRuns(issue.params) },
      );
    }
    result.rows.read += validation.counts.read;
    result.rows.valid += validation.counts.valid;
    result.rows.rejected += validation.counts.rejected;
  }
  return result;
}
