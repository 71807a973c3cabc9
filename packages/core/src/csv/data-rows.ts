import type { Issue } from '../issues/issue.js';
import { countToLastNonEmpty } from './header-row.js';
import { columnLetter, normalizeHeader } from './headers.js';
import { isBlank, type ParsedRecords } from './records.js';
import type { CsvColumn, CsvRow } from './types.js';

/** Data rows and the row-level issues found while reading them. */
export interface DataRows {
  rows: CsvRow[];
  issues: Issue[];
}

/**
 * Reads the records after the header row into rows, skipping blank rows and
 * repeated header rows, and checks each row's cell count and quotes.
 */
export function readDataRows(
  records: readonly string[][],
  headerAt: number,
  columns: readonly CsvColumn[],
  quoteErrors: ParsedRecords['quoteErrors'],
  file: string,
): DataRows {
  const rows: CsvRow[] = [];
  const issues: Issue[] = [];
  const named = columns.filter((column) => column.header !== '');
  const firstValueRowOfUnnamed = new Map<number, number>();

  for (let index = headerAt + 1; index < records.length; index++) {
    const cells = records[index] ?? [];
    if (isBlank(cells)) continue;
    const row = index + 1;

    if (isRepeatedHeader(cells, named)) {
      issues.push({
        code: 'csv_repeated_header',
        severity: 'warning',
        row,
        file,
      });
      continue;
    }

    const rowIssues: Issue[] = [];
    const quoteError = quoteErrors.get(index);
    if (quoteError !== undefined) {
      rowIssues.push({ code: quoteError, severity: 'error', row, file });
    } else {
      const cellCount = countToLastNonEmpty(cells);
      if (cellCount > columns.length) {
        rowIssues.push(
          cellCountIssue(
            'csv_row_too_long',
            row,
            file,
            cellCount,
            columns.length,
          ),
        );
      } else if (cells.length < columns.length) {
        rowIssues.push(
          cellCountIssue(
            'csv_row_too_short',
            row,
            file,
            cells.length,
            columns.length,
          ),
        );
      }
    }

    const values: Record<string, string> = {};
    const extra: Record<string, string> = {};
    for (const column of columns) {
      const cell = cells[column.index];
      if (cell === undefined) continue;
      if (column.field !== undefined) {
        values[column.field] ??= cell;
      } else if (column.header !== '') {
        extra[column.header] = cell;
      } else if (cell.trim() !== '') {
        extra[columnLetter(column.index)] = cell;
        if (!firstValueRowOfUnnamed.has(column.index)) {
          firstValueRowOfUnnamed.set(column.index, row);
        }
      }
    }

    issues.push(...rowIssues);
    rows.push({ row, values, extra, issues: rowIssues });
  }

  for (const [index, row] of firstValueRowOfUnnamed) {
    issues.push({
      code: 'csv_unnamed_column',
      severity: 'warning',
      row,
      file,
      params: { letter: columnLetter(index) },
    });
  }
  return { rows, issues };
}

/** Tells whether a data row repeats the header, as in concatenated files. */
function isRepeatedHeader(
  cells: readonly string[],
  named: readonly CsvColumn[],
): boolean {
  if (named.length < 2) return false;
  return named.every(
    (column) =>
      normalizeHeader(cells[column.index] ?? '') ===
      normalizeHeader(column.header),
  );
}

function cellCountIssue(
  code: 'csv_row_too_long' | 'csv_row_too_short',
  row: number,
  file: string,
  cells: number,
  columns: number,
): Issue {
  return { code, severity: 'error', row, file, params: { cells, columns } };
}
