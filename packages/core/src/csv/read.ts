import type { Issue } from '../issues/issue.js';
import { readDataRows } from './data-rows.js';
import { decodeCsvBytes, detectNonTextFile } from './decode.js';
import { countToLastNonEmpty, readHeaderRow } from './header-row.js';
import { indexHeaderSpecs, normalizeHeader } from './headers.js';
import { isBlank, parseRecords } from './records.js';
import type { CsvEncoding, CsvTable, HeaderSpec } from './types.js';

/** A file to read: its name for messages and its raw bytes. */
export interface CsvInput {
  /** File name or path, copied into every issue. */
  file: string;
  /** Raw file content. */
  bytes: Uint8Array;
}

/** Non-blank rows searched for the header row, to skip title rows above it. */
const maxRowsBeforeHeader = 10;

const nonTextCodes = {
  excel_workbook: 'csv_excel_workbook',
  utf16: 'csv_utf16_text',
  binary: 'csv_binary_file',
} as const;

/**
 * Reads a survey CSV file into rows of raw strings keyed by field name.
 *
 * Every cell stays a string. Row numbers are the rows Excel shows: each CSV
 * record is one row, including blank records and records whose quoted cells
 * contain line breaks. Blank and delimiter-only rows are skipped. The header
 * row is the first non-blank row, unless a later one of the first 10
 * non-blank rows contains a known header, in which case the rows above it
 * are taken as titles and skipped with a warning. Line breaks inside cells
 * are returned as `\n`.
 *
 * Bad data is reported in `issues`. When the file cannot be used because it
 * is not text, is empty, or has a duplicate or missing column, `fatal` is
 * true and `rows` is empty.
 *
 * @throws Error when two header specs share a header.
 */
export function readCsvTable(
  input: CsvInput,
  headerSpecs: ReadonlyArray<HeaderSpec>,
): CsvTable {
  const { file, bytes } = input;
  const headerIndex = indexHeaderSpecs(headerSpecs);

  const nonText = detectNonTextFile(bytes);
  if (nonText !== undefined) {
    return fatalTable(file, 'utf-8', [fileError(nonTextCodes[nonText], file)]);
  }

  const { text, encoding } = decodeCsvBytes(bytes);
  const issues: Issue[] = [];
  if (encoding !== 'utf-8-bom') {
    const replaced = text.match(/\uFFFD/gu)?.length ?? 0;
    if (replaced > 0) {
      issues.push({
        code: 'csv_invalid_bytes',
        severity: 'warning',
        file,
        params: { count: replaced },
      });
    }
  }

  const { records, quoteErrors } = parseRecords(text);
  const headerAt = findHeaderRow(records, headerIndex);
  if (headerAt === undefined) {
    issues.push(fileError('csv_empty_file', file));
    return fatalTable(file, encoding, issues);
  }

  const headerCells = records[headerAt] ?? [];
  const headerRowNumber = headerAt + 1;
  const delimiter = guessOtherDelimiter(headerCells);
  if (delimiter !== undefined) {
    issues.push({
      code: 'csv_wrong_delimiter',
      severity: 'error',
      row: headerRowNumber,
      file,
      params: { delimiter },
    });
    return fatalTable(file, encoding, issues);
  }

  const skippedAbove = records
    .slice(0, headerAt)
    .filter((cells) => !isBlank(cells)).length;
  if (skippedAbove > 0) {
    issues.push({
      code: 'csv_rows_before_header',
      severity: 'warning',
      row: headerRowNumber,
      file,
      params: { count: skippedAbove },
    });
  }

  const header = readHeaderRow(
    headerCells,
    { file, row: headerRowNumber },
    headerSpecs,
    headerIndex,
  );
  issues.push(...header.issues);
  if (header.fatal) {
    return { ...fatalTable(file, encoding, issues), columns: header.columns };
  }

  const rows = readDataRows(
    records,
    headerAt,
    header.columns,
    quoteErrors,
    file,
  );
  issues.push(...rows.issues);
  if (rows.rows.length === 0) {
    issues.push({ code: 'csv_no_data_rows', severity: 'warning', file });
  }
  return {
    file,
    encoding,
    columns: header.columns,
    rows: rows.rows,
    issues,
    fatal: false,
  };
}

/** Returns the index of the header record, or undefined for an empty file. */
function findHeaderRow(
  records: readonly string[][],
  headerIndex: ReadonlyMap<string, string>,
): number | undefined {
  let first: number | undefined;
  let seen = 0;
  for (let index = 0; index < records.length; index++) {
    const cells = records[index] ?? [];
    if (isBlank(cells)) continue;
    first ??= index;
    if (cells.some((cell) => headerIndex.has(normalizeHeader(cell)))) {
      return index;
    }
    seen += 1;
    if (seen >= maxRowsBeforeHeader) break;
  }
  return first;
}

/**
 * Returns the delimiter a header row seems to use instead of a comma: a
 * single cell containing tabs or semicolons.
 */
function guessOtherDelimiter(cells: readonly string[]): string | undefined {
  if (countToLastNonEmpty(cells) !== 1) return undefined;
  const only = cells[0] ?? '';
  if (only.includes('\t')) return 'Tab';
  if (only.includes(';')) return ';';
  return undefined;
}

function fileError(code: string, file: string): Issue {
  return { code, severity: 'error', file };
}

function fatalTable(
  file: string,
  encoding: CsvEncoding,
  issues: Issue[],
): CsvTable {
  return { file, encoding, columns: [], rows: [], issues, fatal: true };
}
