import type { Issue } from '../issues/issue.js';

/** Text encoding a CSV file was decoded from. */
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030';

/** Accepted headers of one field, as the CSV reader needs them. */
export interface HeaderSpec {
  /** Field name in the data model. */
  field: string;
  /** Accepted headers: the standard header first, then the aliases. */
  headers: readonly string[];
  /** Whether a file without this column is rejected. */
  required: boolean;
}

/** One column of the header row. */
export interface CsvColumn {
  /** Zero-based position in the file, so column A is 0. */
  index: number;
  /** Header as written, without surrounding white space. */
  header: string;
  /** Field the header matched, absent for an unknown or unnamed column. */
  field?: string;
}

/** One data row of a CSV file. */
export interface CsvRow {
  /** Spreadsheet row number as Excel shows it. */
  row: number;
  /** Raw cell text by field name. A field is absent when the row is too short. */
  values: Record<string, string>;
  /**
   * Raw cell text of unknown columns by header, and of columns without a
   * header by column letter (only non-empty cells of those).
   */
  extra: Record<string, string>;
  /**
   * Errors found in this row while reading the CSV, such as a wrong cell
   * count. The same issue objects are also in `CsvTable.issues`; a row with
   * any of them must be rejected.
   */
  issues: Issue[];
}

/** A CSV file read into rows of raw strings keyed by field name. */
export interface CsvTable {
  /** File name or path as the caller gave it. */
  file: string;
  /** Encoding the bytes were decoded from, `utf-8` for a file that is not text. */
  encoding: CsvEncoding;
  /** Columns of the header row, without trailing columns that have no header. */
  columns: CsvColumn[];
  /** Data rows in file order, none when `fatal` is true. */
  rows: CsvRow[];
  /** Every issue found in the file, its header and its rows. */
  issues: Issue[];
  /** Whether the file cannot be used at all (no rows are returned). */
  fatal: boolean;
}
