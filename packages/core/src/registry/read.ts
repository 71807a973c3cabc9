import type { CsvInput } from '../csv/read.js';
import { readCsvTable } from '../csv/read.js';
import type { CsvRow, HeaderSpec } from '../csv/types.js';
import type { Issue } from '../issues/issue.js';
import { normalizeName } from './names.js';
import {
  Registry,
  type County,
  type Township,
  type Village,
} from './registry.js';

/** A registry read from a file and the issues found in it. */
export interface RegistryResult {
  /** Townships and villages of the valid rows, none when the file is unusable. */
  registry: Registry;
  /** Issues of the file, its header and its rows. */
  issues: Issue[];
}

/**
 * Headers of a registry file. The national statistical division tables
 * name the code column 统计用区划代码 and add 城乡分类代码, which is ignored.
 */
const registryHeaders: readonly HeaderSpec[] = [
  {
    field: 'code',
    headers: ['区划代码', '统计用区划代码', '代码'],
    required: true,
  },
  { field: 'name', headers: ['名称', '区划名称'], required: true },
  { field: 'urbanRuralCode', headers: ['城乡分类代码'], required: false },
];

/** One valid row of a registry file. */
interface PlaceRow {
  row: number;
  code: string;
  name: string;
}

/**
 * Reads a county registry CSV with the header `区划代码,名称`: a 6-digit
 * county row (optional), 9-digit township rows and 12-digit village rows,
 * each village belonging to the township whose code is its first 9 digits.
 * Codes in the 12-digit form of the national tables are accepted too: a
 * code ending in 000000 is the county and one ending in 000 a township.
 * Rows with an error are left out of the registry.
 */
export function readRegistry(input: CsvInput): RegistryResult {
  const table = readCsvTable(input, registryHeaders);
  const issues = table.issues.map(toRegistryIssue);
  if (table.fatal) return { registry: new Registry([]), issues };

  const codeColumn = table.columns.find((column) => column.field === 'code');
  const context: RowContext = {
    file: input.file,
    column: codeColumn?.header ?? '区划代码',
    issues,
  };

  const counties: PlaceRow[] = [];
  const townshipRows: PlaceRow[] = [];
  const villageRows: PlaceRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const csvRow of table.rows) {
    const place = readPlaceRow(csvRow, context);
    if (place === undefined) continue;

    const firstRow = firstRowOfCode.get(place.code);
    if (firstRow !== undefined) {
      report(context, 'registry_duplicate_code', 'error', place.row, {
        code: place.code,
        firstRow,
      });
      continue;
    }
    firstRowOfCode.set(place.code, place.row);

    if (place.code.length === 6) counties.push(place);
    else if (place.code.length === 9) townshipRows.push(place);
    else villageRows.push(place);
  }

  const county = readCounty(counties, context);
  const townships = new Map<string, Township>();
  for (const place of townshipRows) {
    if (county !== undefined && !place.code.startsWith(county.code)) {
      report(context, 'registry_outside_county', 'warning', place.row, {
        code: place.code,
        county: county.code,
      });
    }
    townships.set(place.code, {
      code: place.code,
      name: place.name,
      villages: [],
    });
  }

  const attachedVillageRows: PlaceRow[] = [];
  for (const place of villageRows) {
    const townshipCode = place.code.slice(0, 9);
    const township = townships.get(townshipCode);
    if (township === undefined) {
      report(context, 'registry_orphan_village', 'error', place.row, {
        code: place.code,
        townshipCode,
      });
      continue;
    }
    const village: Village = {
      code: place.code,
      name: place.name,
      townshipCode,
    };
    township.villages.push(village);
    attachedVillageRows.push(place);
  }

  reportDuplicateNames(townshipRows, context, () => '');
  reportDuplicateNames(attachedVillageRows, context, (place) =>
    place.code.slice(0, 9),
  );

  const registry = new Registry([...townships.values()], county);
  return { registry, issues: sortByRow(issues) };
}

/** Sorts issues by row, keeping file-level issues (no row) first. */
function sortByRow(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Destination list and code column header of row issues. */
interface RowContext {
  file: string;
  column: string;
  issues: Issue[];
}

function report(
  context: RowContext,
  code: string,
  severity: Issue['severity'],
  row: number,
  params: Record<string, string | number>,
): void {
  context.issues.push({
    code,
    severity,
    column: context.column,
    row,
    file: context.file,
    params,
  });
}

/** Renames a missing-column issue so that it names the registry header. */
function toRegistryIssue(issue: Issue): Issue {
  if (issue.code !== 'csv_missing_column') return issue;
  return { ...issue, code: 'registry_missing_header' };
}

/**
 * Normalises a code as Excel users leave it: full-width digits, spaces, a
 * leading apostrophe or an ="..." wrapper.
 */
function normalizeCode(raw: string): string {
  let code = normalizeName(raw);
  const wrapped = /^="(.*)"$/u.exec(code);
  if (wrapped !== null) code = wrapped[1] ?? '';
  if (code.startsWith("'")) code = code.slice(1);
  // The 12-digit form of the national tables pads county and township codes.
  if (/^\d{6}000000$/u.test(code)) return code.slice(0, 6);
  if (/^\d{9}000$/u.test(code)) return code.slice(0, 9);
  return code;
}

function readPlaceRow(
  csvRow: CsvRow,
  context: RowContext,
): PlaceRow | undefined {
  if (csvRow.issues.length > 0) return undefined;
  const raw = csvRow.values.code ?? '';
  const code = normalizeCode(raw);
  const name = (csvRow.values.name ?? '').normalize('NFC').trim();

  if (!/^(?:\d{6}|\d{9}|\d{12})$/u.test(code)) {
    report(context, 'registry_bad_code', 'error', csvRow.row, {
      code: raw.trim(),
    });
    return undefined;
  }
  if (name === '') {
    report(context, 'registry_missing_name', 'error', csvRow.row, { code });
    return undefined;
  }
  return { row: csvRow.row, code, name };
}

function readCounty(
  counties: readonly PlaceRow[],
  context: RowContext,
): County | undefined {
  const [first, ...others] = counties;
  for (const other of others) {
    report(context, 'registry_multiple_counties', 'error', other.row, {
      code: other.code,
      county: first?.code ?? '',
    });
  }
  return first === undefined
    ? undefined
    : { code: first.code, name: first.name };
}

/** Warns about names that occur twice among the same township's villages or among townships. */
function reportDuplicateNames(
  places: readonly PlaceRow[],
  context: RowContext,
  groupOf: (place: PlaceRow) => string,
): void {
  const firstRowOfName = new Map<string, number>();
  for (const place of places) {
    const key = `${groupOf(place)}\u0000${normalizeName(place.name)}`;
    const firstRow = firstRowOfName.get(key);
    if (firstRow === undefined) {
      firstRowOfName.set(key, place.row);
      continue;
    }
    report(context, 'registry_duplicate_name', 'warning', place.row, {
      name: place.name,
      firstRow,
    });
  }
}
