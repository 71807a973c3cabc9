/**
 * Tasks of the validation worker threads and the function that runs one,
 * on a worker or on the main thread.
 */
import {
  readSurveyCsv,
  validateRows,
  validateTable,
  type CsvInput,
  type CsvTable,
  type RecordKind,
  type RowValidation,
  type SurveyRecord,
  type TableValidation,
  type ValidationOptions,
} from '@yangui/core';

/** A whole file to read, decode and validate. */
export interface FileTask {
  id: number;
  kind: RecordKind;
  input: CsvInput;
}

/** Rows of a file that the main thread has read, to validate. */
export interface RowsTask {
  id: number;
  kind: RecordKind;
  table: Pick<CsvTable, 'file' | 'columns' | 'rows'>;
}

/** A unit of validation work. */
export type ValidationTask = FileTask | RowsTask;

/** Outcome of a file task: the table without its rows, and its validation. */
export interface FileOutput {
  table: CsvTable;
  validation: TableValidation<SurveyRecord>;
}

/** Outcome of a task: a file's validation, or the rows' validations. */
export type TaskOutput = FileOutput | RowValidation<SurveyRecord>[];

/** Outcome of a task sent back by a worker, or the error it raised. */
export type TaskResult =
  | { id: number; output: TaskOutput; error?: undefined }
  | { id: number; error: string; output?: undefined };

/**
 * Runs one task. A file task returns its table with the rows left out,
 * because the results already carry everything that is kept of them.
 */
export function runTask(
  task: ValidationTask,
  options: ValidationOptions,
): TaskOutput {
  if ('input' in task) {
    const table = readSurveyCsv(task.input, task.kind);
    const validation = validateTable(table, task.kind, options);
    return { table: { ...table, rows: [] }, validation };
  }
  return validateRows(task.table, task.kind, options);
}
