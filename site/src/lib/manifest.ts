/** Ids of the tables every version 1 bundle contains. */
export const REQUIRED_TABLE_IDS = [
  'returnee-indicators',
  'out-migrant-by-township',
  'out-migrant-province',
  'out-migrant-industry',
  'out-migrant-education',
  'out-migrant-return-intention',
] as const;

/** Id of a table every version 1 bundle contains. */
export type RequiredTableId = (typeof REQUIRED_TABLE_IDS)[number];

/** A text in Chinese and English. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** One of the six returnee indicators described in the manifest. */
export interface Indicator {
  /** Indicator id, also the column id in `returnee-indicators.csv`. */
  id: string;
  /** Indicator name. */
  label: LocalizedText;
  /** Unit of the count, such as 人 or 个. */
  unit: LocalizedText;
  /** Counting rule shown on the methodology page. */
  rule: LocalizedText;
}

/** A column of a bundle table: a stable ascii id and the Chinese header. */
export interface TableColumn {
  /** Stable ascii id, such as `code`, `total` or a category code. */
  id: string;
  /** Header as written in the first line of the CSV file. */
  header: string;
}

/** A table entry of the manifest. */
export interface TableEntry {
  /** File name inside the bundle folder. */
  file: string;
  /** Table id, such as `returnee-indicators`. */
  id: string;
  /** Table title. */
  title: LocalizedText;
  /** Columns in file order. */
  columns: TableColumn[];
  /** Number of data lines, not counting the header. */
  rows: number;
  /** Lower-case hex SHA-256 of the file bytes. */
  sha256: string;
}

/** Record counts of one database as read by `yangui publish`. */
export interface RowCounts {
  /** Input files read. */
  files: number;
  /** Records read. */
  read: number;
  /** Records that passed validation. */
  valid: number;
  /** Records rejected by validation. */
  rejected: number;
  /** Distinct persons after deduplication. */
  persons: number;
}

/** The `manifest.json` of a publication bundle, format version 1. */
export interface Manifest {
  /** Always `yangui-bundle`. */
  format: 'yangui-bundle';
  /** Always 1. */
  version: 1;
  /** Reference date of the figures, `YYYY-MM-DD`. */
  asOf: string;
  /** County code and name, both empty when the registry had no county row. */
  county: { code: string; name: string };
  /** Suppression settings: counts below `minimumCount` show `marker`. */
  suppression: { minimumCount: number; marker: string };
  /** Counting settings. */
  settings: { countIndividualHouseholds: boolean };
  /** Record counts of both databases. */
  rows: { returnee: RowCounts; outMigrant: RowCounts };
  /** Rule that found the records of one person; absent in older bundles. */
  deduplication?: { matcher: 'linkage' | 'resident-id' };
  /** The six returnee indicators. */
  indicators: Indicator[];
  /** The CSV tables of the bundle. */
  tables: TableEntry[];
}

/** A manifest field with an unexpected value, named by its JSON path. */
export class ManifestFieldError extends Error {
  /** JSON path of the field, such as `tables[2].sha256`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`字段 ${field} ${problem}`);
    this.name = 'ManifestFieldError';
    this.field = field;
  }
}

type Json = Record<string, unknown>;

function describe(value: unknown): string {
  return value === undefined ? '缺失' : `实际为 ${JSON.stringify(value)}`;
}

function objectAt(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ManifestFieldError(field, `应为对象，${describe(value)}`);
  }
  return value as Json;
}

function arrayAt(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) {
    throw new ManifestFieldError(field, `应为数组，${describe(value)}`);
  }
  return value;
}

function stringAt(value: unknown, field: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
    const expected = pattern ? `符合 ${String(pattern)} 的字符串` : '字符串';
    throw new ManifestFieldError(field, `应为${expected}，${describe(value)}`);
  }
  return value;
}

function countAt(value: unknown, field: string, minimum = 0): number {
  if (!Number.isSafeInteger(value) || (value as number) < minimum) {
    throw new ManifestFieldError(
      field,
      `应为不小于 ${minimum} 的整数，${describe(value)}`,
    );
  }
  return value as number;
}

function textAt(value: unknown, field: string): LocalizedText {
  const text = objectAt(value, field);
  return {
    'zh-CN': stringAt(text['zh-CN'], `${field}.zh-CN`, /\S/),
    en: stringAt(text.en, `${field}.en`),
  };
}

function rowCountsAt(value: unknown, field: string): RowCounts {
  const counts = objectAt(value, field);
  return {
    files: countAt(counts.files, `${field}.files`),
    read: countAt(counts.read, `${field}.read`),
    valid: countAt(counts.valid, `${field}.valid`),
    rejected: countAt(counts.rejected, `${field}.rejected`),
    persons: countAt(counts.persons, `${field}.persons`),
  };
}

function indicatorAt(value: unknown, field: string): Indicator {
  const indicator = objectAt(value, field);
  return {
    id: stringAt(indicator.id, `${field}.id`, /^[A-Za-z][A-Za-z0-9]*$/),
    label: textAt(indicator.label, `${field}.label`),
    unit: textAt(indicator.unit, `${field}.unit`),
    rule: textAt(indicator.rule, `${field}.rule`),
  };
}

function tableAt(value: unknown, field: string): TableEntry {
  const table = objectAt(value, field);
  const columns = arrayAt(table.columns, `${field}.columns`).map(
    (column, index): TableColumn => {
      const where = `${field}.columns[${index}]`;
      const entry = objectAt(column, where);
      return {
        id: stringAt(entry.id, `${where}.id`, /\S/),
        header: stringAt(entry.header, `${where}.header`, /\S/),
      };
    },
  );

  return {
    // A plain file name keeps every read inside the bundle folder.
    file: stringAt(table.file, `${field}.file`, /^[\w.-]+\.csv$/),
    id: stringAt(table.id, `${field}.id`, /^[a-z0-9-]+$/),
    title: textAt(table.title, `${field}.title`),
    columns,
    rows: countAt(table.rows, `${field}.rows`),
    sha256: stringAt(table.sha256, `${field}.sha256`, /^[0-9a-f]{64}$/),
  };
}

/**
 * Checks that each table the site shows is present once, with the columns
 * the pages read. Every table starts with code, name and level. The
 * indicator table needs a column per indicator, and the others a total.
 */
function checkTableLayout(manifest: Manifest): void {
  // Table ids are map keys and file names become download paths.
  for (const key of ['id', 'file'] as const) {
    const values = manifest.tables.map((table) => table[key]);
    const repeated = values.find(
      (value, index) => values.indexOf(value) < index,
    );
    if (repeated !== undefined) {
      throw new ManifestFieldError(
        'tables',
        `中的 ${key} "${repeated}" 出现了不止一次`,
      );
    }
  }
  for (const id of REQUIRED_TABLE_IDS) {
    const count = manifest.tables.filter((table) => table.id === id).length;
    if (count !== 1) {
      throw new ManifestFieldError(
        'tables',
        `应恰有一张 id 为 ${id} 的表，实际有 ${count} 张`,
      );
    }
  }

  manifest.tables.forEach((table, index) => {
    const field = `tables[${index}].columns`;
    const ids = table.columns.map((column) => column.id);
    if (ids.slice(0, 3).join() !== 'code,name,level') {
      throw new ManifestFieldError(
        field,
        `（表 ${table.id}）的前三列应为 code、name、level，实际为 ${ids.slice(0, 3).join('、')}`,
      );
    }
    const required =
      table.id === 'returnee-indicators'
        ? manifest.indicators.map((indicator) => indicator.id)
        : ['total'];
    for (const id of required) {
      if (!ids.includes(id)) {
        throw new ManifestFieldError(
          field,
          `（表 ${table.id}）缺少 id 为 ${id} 的列`,
        );
      }
    }
  });
}

/** Checks the optional `deduplication` field. */
function deduplicationAt(value: unknown): Pick<Manifest, 'deduplication'> {
  if (value === undefined) return {};
  const deduplication = objectAt(value, 'deduplication');
  const matcher = deduplication.matcher;
  if (matcher !== 'linkage' && matcher !== 'resident-id') {
    throw new ManifestFieldError(
      'deduplication.matcher',
      `应为 "linkage" 或 "resident-id"，${describe(matcher)}`,
    );
  }
  return { deduplication: { matcher } };
}

/**
 * Checks a parsed `manifest.json` field by field and returns it typed.
 *
 * Throws a `ManifestFieldError` naming the first field that is missing or
 * has the wrong type or form, or the first required table or column that is
 * missing. Unknown extra fields are ignored.
 */
export function checkManifest(value: unknown): Manifest {
  const manifest = objectAt(value, '(根)');
  if (manifest.format !== 'yangui-bundle') {
    throw new ManifestFieldError(
      'format',
      `应为 "yangui-bundle"，${describe(manifest.format)}`,
    );
  }
  if (manifest.version !== 1) {
    throw new ManifestFieldError(
      'version',
      `应为 1（本站点只读第 1 版发布包），${describe(manifest.version)}`,
    );
  }

  const county = objectAt(manifest.county, 'county');
  const suppression = objectAt(manifest.suppression, 'suppression');
  const settings = objectAt(manifest.settings, 'settings');
  if (typeof settings.countIndividualHouseholds !== 'boolean') {
    throw new ManifestFieldError(
      'settings.countIndividualHouseholds',
      `应为 true 或 false，${describe(settings.countIndividualHouseholds)}`,
    );
  }
  const rows = objectAt(manifest.rows, 'rows');

  const checked: Manifest = {
    format: 'yangui-bundle',
    version: 1,
    asOf: stringAt(manifest.asOf, 'asOf', /^\d{4}-\d{2}-\d{2}$/),
    county: {
      code: stringAt(county.code, 'county.code', /^(\d{6})?$/),
      name: stringAt(county.name, 'county.name'),
    },
    suppression: {
      minimumCount: countAt(
        suppression.minimumCount,
        'suppression.minimumCount',
        1,
      ),
      marker: stringAt(suppression.marker, 'suppression.marker', /^\S+$/),
    },
    settings: { countIndividualHouseholds: settings.countIndividualHouseholds },
    rows: {
      returnee: rowCountsAt(rows.returnee, 'rows.returnee'),
      outMigrant: rowCountsAt(rows.outMigrant, 'rows.outMigrant'),
    },
    ...deduplicationAt(manifest.deduplication),
    indicators: arrayAt(manifest.indicators, 'indicators').map((item, index) =>
      indicatorAt(item, `indicators[${index}]`),
    ),
    tables: arrayAt(manifest.tables, 'tables').map((item, index) =>
      tableAt(item, `tables[${index}]`),
    ),
  };
  checkTableLayout(checked);
  return checked;
}
