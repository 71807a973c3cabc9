import type { Issue } from '../issues/issue.js';
import { columnLetter, normalizeHeader } from './headers.js';
import type { CsvColumn, HeaderSpec } from './types.js';

/** Columns of a header row and the issues found in it. */
export interface HeaderRow {
  /** Columns up to the last one with a header. */
  columns: CsvColumn[];
  /** Duplicate, missing, unknown-column issues. */
  issues: Issue[];
  /** Whether a duplicate or missing column makes the file unusable. */
  fatal: boolean;
}

/** Returns the number of cells up to and including the last non-blank one. */
export function countToLastNonEmpty(cells: readonly string[]): number {
  for (let index = cells.length - 1; index >= 0; index--) {
    if ((cells[index] ?? '').trim() !== '') return index + 1;
  }
  return 0;
}

/** Location of an issue found in the header row. */
interface HeaderContext {
  file: string;
  row: number;
}

/**
 * Matches the cells of the header row to fields. Columns after the last
 * non-empty header cell are dropped, because Excel writes empty cells for
 * every column of the sheet's used range, which can reach past the data.
 */
export function readHeaderRow(
  cells: readonly string[],
  context: HeaderContext,
  headerSpecs: ReadonlyArray<HeaderSpec>,
  headerIndex: ReadonlyMap<string, string>,
): HeaderRow {
  const headers = cells.map((cell) => cell.trim());
  const columnCount = countToLastNonEmpty(headers);
  const columns: CsvColumn[] = [];
  const issues: Issue[] = [];
  const firstColumnOf = new Map<string, CsvColumn>();
  const { file, row } = context;

  for (let index = 0; index < columnCount; index++) {
    const header = headers[index] ?? '';
    const column: CsvColumn = { index, header };
    columns.push(column);
    if (header === '') continue;

    const normalized = normalizeHeader(header);
    const field = headerIndex.get(normalized);
    if (field !== undefined) column.field = field;

    // Two columns clash when they share a field or an unknown header.
    const key = field === undefined ? `header:${normalized}` : `field:${field}`;
    const first = firstColumnOf.get(key);
    if (first !== undefined) {
      issues.push({
        code: 'csv_duplicate_column',
        severity: 'error',
        ...(field === undefined ? {} : { field }),
        column: header,
        row,
        file,
        params: {
          letter: columnLetter(index),
          firstColumn: first.header,
          firstLetter: columnLetter(first.index),
        },
      });
      continue;
    }
    firstColumnOf.set(key, column);

    if (field === undefined) {
      issues.push({
        code: 'csv_unknown_column',
        severity: 'warning',
        column: header,
        row,
        file,
        params: { letter: columnLetter(index) },
      });
    }
  }

  for (const spec of headerSpecs) {
    if (!spec.required || firstColumnOf.has(`field:${spec.field}`)) continue;
    issues.push({
      code: 'csv_missing_column',
      severity: 'error',
      field: spec.field,
      column: spec.headers[0] ?? spec.field,
      row,
      file,
      params: { headers: spec.headers.join(' / ') },
    });
  }

  const fatal = issues.some((issue) => issue.severity === 'error');
  return { columns, issues, fatal };
}
