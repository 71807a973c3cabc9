import {
  type OutMigrantAggregate,
  type OutMigrantDimension,
  type OutMigrantRow,
  UNKNOWN_CATEGORY,
} from '../aggregate/out-migrant.js';
import type { ReturneeAggregate } from '../aggregate/returnee.js';
import {
  type CodeList,
  educationCodes,
  industryCodes,
  labelOf,
  provinceCodes,
  returnIntentionCodes,
} from '../codes/index.js';
import {
  type LocalizedText,
  returneeIndicators,
} from '../indicators/definitions.js';
import { suppressLinkedTables } from '../suppress/linked.js';
import { suppressSmallCounts } from '../suppress/suppress.js';
import type { CountTable, SuppressionMask } from '../suppress/types.js';

/** Marker written in place of a suppressed number. */
export const SUPPRESSION_MARKER = '*';

/** Column of a published table: stable id and Chinese header. */
export interface PublishedColumn {
  /** Stable ASCII id. */
  id: string;
  /** Chinese header, the first line of the CSV file. */
  header: string;
}

/** A table of the bundle before it is encoded as CSV. */
export interface PublishedTable {
  /** File name in the bundle. */
  file: string;
  /** Stable id, the file name without `.csv`. */
  id: string;
  /** Title in each language. */
  title: LocalizedText;
  /** Columns in file order. */
  columns: PublishedColumn[];
  /** Data rows (county first, then townships), as written. */
  rows: string[][];
}

const AREA_COLUMNS: PublishedColumn[] = [
  { id: 'code', header: '区划代码' },
  { id: 'name', header: '名称' },
  { id: 'level', header: '层级' },
];
const COUNTY_LEVEL = '县';
const TOWNSHIP_LEVEL = '乡镇';
const TOTAL_COLUMN: PublishedColumn = { id: 'total', header: '在外人数' };
const UNKNOWN_HEADER = '未填报';

function formatCount(value: number, suppressed: boolean): string {
  return suppressed ? SUPPRESSION_MARKER : String(value);
}

/**
 * Builds `returnee-indicators.csv`: the county row, then one row per
 * township. Each indicator column is a sum: its township values add up to
 * the county value. The column is suppressed by `suppressSmallCounts`.
 * County values of 0 or of `minimumCount` and more are locked, so the
 * headline figures are always published, and a county value from 1 to
 * `minimumCount - 1` is suppressed like any other small count. Jobs
 * created, of a township or of the county, is sensitive (suppressed and
 * protected like a small count) when fewer than `minimumCount` businesses
 * with jobs contribute to it, because a sum over few businesses reveals
 * their size.
 *
 * NOTE: the indicators are nested (returnees ≥ employed or self-employed
 * ≥ self-employed ≥ in a park), but the suppression checks only the
 * column sums. A small difference of two published values is therefore visible,
 * and a reader who uses the nesting can narrow a suppressed value further
 * than the protection rule checks.
 */
export function buildReturneeTable(
  aggregate: ReturneeAggregate,
  minimumCount: number,
): PublishedTable {
  const { county, townships } = aggregate;
  const countyValues = returneeIndicators.map(({ id }) => county.values[id]);
  const table: CountTable = {
    cells: townships.map((row) =>
      returneeIndicators.map(({ id }) => row.values[id]),
    ),
    columnTotals: countyValues,
  };
  const fewBusinesses = (row: ReturneeAggregate['county']) =>
    returneeIndicators.map(({ id }) => {
      const businesses = row.contributors[id];
      return (
        id === 'jobsCreated' && businesses > 0 && businesses < minimumCount
      );
    });
  const countySensitive = fewBusinesses(county);
  const mask = suppressSmallCounts(table, {
    minimumCount,
    sensitive: {
      cells: townships.map(fewBusinesses),
      columnTotals: countySensitive,
    },
    locked: {
      columnTotals: countyValues.map(
        (value, c) =>
          !countySensitive[c] && (value === 0 || value >= minimumCount),
      ),
    },
  });

  const rows = [
    [
      county.code,
      county.name,
      COUNTY_LEVEL,
      ...countyValues.map((value, c) =>
        formatCount(value, mask.columnTotals[c] === true),
      ),
    ],
    ...townships.map((row, r) => [
      row.code,
      row.name,
      TOWNSHIP_LEVEL,
      ...returneeIndicators.map(({ id }, c) =>
        formatCount(row.values[id], mask.cells[r]?.[c] === true),
      ),
    ]),
  ];
  return {
    file: 'returnee-indicators.csv',
    id: 'returnee-indicators',
    title: {
      'zh-CN': '回乡人员就业创业主要指标',
      en: 'Returnee employment and business indicators',
    },
    columns: [
      ...AREA_COLUMNS,
      ...returneeIndicators.map(({ id, label }) => ({
        id,
        header: label['zh-CN'],
      })),
    ],
    rows,
  };
}

/** Cross table of people working away by one field. */
interface DimensionTable {
  dimension: OutMigrantDimension;
  id: string;
  title: LocalizedText;
  codeList: CodeList;
}

const DIMENSION_TABLES: readonly DimensionTable[] = [
  {
    dimension: 'workProvince',
    id: 'out-migrant-province',
    title: {
      'zh-CN': '在外人员务工省份分布',
      en: 'People working away by province of work',
    },
    codeList: provinceCodes,
  },
  {
    dimension: 'industry',
    id: 'out-migrant-industry',
    title: {
      'zh-CN': '在外人员从事行业分布',
      en: 'People working away by industry',
    },
    codeList: industryCodes,
  },
  {
    dimension: 'education',
    id: 'out-migrant-education',
    title: {
      'zh-CN': '在外人员文化程度分布',
      en: 'People working away by education',
    },
    codeList: educationCodes,
  },
  {
    dimension: 'returnIntention',
    id: 'out-migrant-return-intention',
    title: {
      'zh-CN': '在外人员返乡意愿分布',
      en: 'People working away by intention to return',
    },
    codeList: returnIntentionCodes,
  },
];

/**
 * Lists the category columns of a dimension: every code of its code list in
 * list order, then codes found in the data but not in the list (sorted),
 * then `unknown`, so every row adds up to its total.
 */
function categoryColumns(
  table: DimensionTable,
  rows: readonly OutMigrantRow[],
): PublishedColumn[] {
  const listed = table.codeList.entries.map((entry) => entry.code);
  const extra = new Set<string>();
  for (const row of rows) {
    for (const code of Object.keys(row.categories[table.dimension])) {
      if (code !== UNKNOWN_CATEGORY && !listed.includes(code)) {
        extra.add(code);
      }
    }
  }
  return [
    ...listed.map((code) => ({
      id: code,
      header: labelOf(table.codeList, code, 'zh-CN') ?? code,
    })),
    ...[...extra].sort().map((code) => ({ id: code, header: code })),
    { id: UNKNOWN_CATEGORY, header: UNKNOWN_HEADER },
  ];
}

/**
 * Builds the five tables of people working away: totals by township and
 * the four cross tables. They publish the same township totals and county
 * total, so they are suppressed together by `suppressLinkedTables`. The
 * county total is locked because the manifest publishes it as the number
 * of persons.
 */
export function buildOutMigrantTables(
  aggregate: OutMigrantAggregate,
  minimumCount: number,
): PublishedTable[] {
  const { county, townships } = aggregate;
  const totals = townships.map((row) => row.total);
  const byTownship: CountTable = {
    cells: townships.map(() => []),
    rowTotals: totals,
    columnTotals: [],
    grandTotal: county.total,
  };
  const crossColumns = DIMENSION_TABLES.map((table) =>
    categoryColumns(table, [county, ...townships]),
  );
  const crossTables: CountTable[] = DIMENSION_TABLES.map((table, index) => {
    const columns = crossColumns[index] as PublishedColumn[];
    const countOf = (row: OutMigrantRow, code: string) =>
      row.categories[table.dimension][code] ?? 0;
    return {
      cells: townships.map((row) =>
        columns.map((column) => countOf(row, column.id)),
      ),
      rowTotals: totals,
      columnTotals: columns.map((column) => countOf(county, column.id)),
      grandTotal: county.total,
    };
  });
  const masks = suppressLinkedTables(
    [byTownship, ...crossTables].map((table) => ({
      table,
      locked: { grandTotal: true },
    })),
    { minimumCount },
  );

  const areaRows = (mask: SuppressionMask, counts: CountTable) => [
    [
      county.code,
      county.name,
      COUNTY_LEVEL,
      String(county.total),
      ...(counts.columnTotals ?? []).map((value, c) =>
        formatCount(value, mask.columnTotals[c] === true),
      ),
    ],
    ...townships.map((row, r) => [
      row.code,
      row.name,
      TOWNSHIP_LEVEL,
      formatCount(row.total, mask.rowTotals[r] === true),
      ...(counts.cells[r] ?? []).map((value, c) =>
        formatCount(value, mask.cells[r]?.[c] === true),
      ),
    ]),
  ];

  return [
    {
      file: 'out-migrant-by-township.csv',
      id: 'out-migrant-by-township',
      title: {
        'zh-CN': '各乡镇在外人员数',
        en: 'People working away by township',
      },
      columns: [...AREA_COLUMNS, TOTAL_COLUMN],
      rows: areaRows(masks[0] as SuppressionMask, byTownship),
    },
    ...DIMENSION_TABLES.map((table, index) => ({
      file: `${table.id}.csv`,
      id: table.id,
      title: table.title,
      columns: [
        ...AREA_COLUMNS,
        TOTAL_COLUMN,
        ...(crossColumns[index] as PublishedColumn[]),
      ],
      rows: areaRows(
        masks[index + 1] as SuppressionMask,
        crossTables[index] as CountTable,
      ),
    })),
  ];
}
