import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvSyntaxError, parseCsv } from './csv.js';
import {
  checkManifest,
  ManifestFieldError,
  type Manifest,
  type RequiredTableId,
  type TableEntry,
} from './manifest.js';

export { REQUIRED_TABLE_IDS } from './manifest.js';
export type {
  RequiredTableId,
  Indicator,
  LocalizedText,
  Manifest,
  TableColumn,
  TableEntry,
} from './manifest.js';

/** Ids of the out-migrant cross tables, in the order the site shows them. */
export const CROSS_TABLE_IDS = [
  'out-migrant-province',
  'out-migrant-industry',
  'out-migrant-education',
  'out-migrant-return-intention',
] as const satisfies readonly RequiredTableId[];

/** A published count, or `null` where the bundle shows the marker. */
export type Count = number | null;

/** A data line of a bundle table: the county or one township. */
export interface AreaRow {
  /** Division code: 6 digits for the county (may be empty), 9 for a township. */
  code: string;
  /** Division name. */
  name: string;
  /** `县` for the county row, `乡镇` for a township row. */
  level: '县' | '乡镇';
  /** Counts keyed by column id, for every column after `level`. */
  counts: Record<string, Count>;
}

/** A checked bundle table: its manifest entry and its data lines. */
export interface BundleTable {
  /** Manifest entry of the table. */
  entry: TableEntry;
  /** File bytes as checked against the manifest's SHA-256. */
  bytes: Uint8Array;
  /** Data lines in file order, the county row first. */
  rows: AreaRow[];
}

/** A township that appears in at least one table. */
export interface Township {
  /** 9-digit statistical code, also the page slug. */
  code: string;
  /** Township name. */
  name: string;
}

/** A publication bundle whose manifest and files passed every check. */
export interface Bundle {
  /** Absolute path of the bundle folder. */
  dir: string;
  /** Checked manifest. */
  manifest: Manifest;
  /** Every table of the manifest, keyed by table id. */
  tables: Map<string, BundleTable>;
  /** Townships of all tables, by code. */
  townships: Township[];
}

const GENERATE_HINT =
  '请先运行 `pnpm demo`（示例县）或 `yangui publish --out <目录>` 生成发布包，' +
  '或用环境变量 YANGUI_BUNDLE 指向发布包文件夹。';
const REGENERATE_HINT =
  '发布包的文件不能手工修改：请用 `yangui publish`（示例县用 `pnpm demo`）重新生成。';

/** A bundle that cannot be read, naming the file, the problem and the fix. */
export class BundleError extends Error {
  /** Absolute path of the file or folder at fault. */
  readonly file: string;

  constructor(file: string, problem: string, hint = REGENERATE_HINT) {
    super(`发布包文件 ${file}：${problem}。${hint}`);
    this.name = 'BundleError';
    this.file = file;
  }
}

const COUNT_PATTERN = /^(0|[1-9][0-9]*)$/;
const BOM = '\uFEFF';

async function readBytes(file: string, hint?: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? '文件不存在' : `无法读取（${code}）`;
    throw new BundleError(file, problem, hint);
  }
}

function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    throw new BundleError(file, '不是有效的 UTF-8 文本');
  }
}

async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, 'manifest.json');
  const text = decodeUtf8(file, await readBytes(file, GENERATE_HINT));

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BundleError(file, `不是有效的 JSON（${String(error)}）`);
  }

  let manifest: Manifest;
  try {
    manifest = checkManifest(value);
  } catch (error) {
    if (error instanceof ManifestFieldError) {
      throw new BundleError(file, error.message);
    }
    throw error;
  }

  return manifest;
}

function parseAreaRow(
  file: string,
  entry: TableEntry,
  cells: string[],
  line: number,
  marker: string,
): AreaRow {
  const [code = '', name = '', level = ''] = cells;
  if (level !== '县' && level !== '乡镇') {
    throw new BundleError(
      file,
      `第 ${line} 行的层级应为“县”或“乡镇”，实际为 "${level}"`,
    );
  }
  if (level === '乡镇' && !/^\d{9}$/.test(code)) {
    throw new BundleError(
      file,
      `第 ${line} 行的乡镇区划代码应为 9 位数字，实际为 "${code}"`,
    );
  }

  const counts: Record<string, Count> = {};
  entry.columns.slice(3).forEach((column, index) => {
    const cell = cells[index + 3] ?? '';
    if (cell === marker) {
      counts[column.id] = null;
    } else if (COUNT_PATTERN.test(cell) && Number.isSafeInteger(Number(cell))) {
      counts[column.id] = Number(cell);
    } else {
      throw new BundleError(
        file,
        `第 ${line} 行“${column.header}”列的值 "${cell}" 既不是不带分隔符的非负整数，也不是隐藏标记 "${marker}"`,
      );
    }
  });
  return { code, name, level, counts };
}

async function readTable(
  dir: string,
  entry: TableEntry,
  manifest: Manifest,
): Promise<BundleTable> {
  const file = path.join(dir, entry.file);
  const bytes = await readBytes(file);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== entry.sha256) {
    throw new BundleError(
      file,
      `SHA-256 为 ${sha256}，与 manifest.json 记录的 ${entry.sha256} 不一致，文件在发布后被改动或截断`,
    );
  }

  let records: string[][];
  try {
    records = parseCsv(decodeUtf8(file, bytes));
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new BundleError(
        file,
        `第 ${error.line} 行 CSV 格式错误（${error.message}）`,
      );
    }
    throw error;
  }

  const [header, ...lines] = records;
  if (!header) throw new BundleError(file, '文件为空，没有表头');
  const expected = entry.columns.map((column) => column.header);
  const sameHeader =
    header.length === expected.length &&
    header.every((cell, index) => cell === expected[index]);
  if (!sameHeader) {
    throw new BundleError(
      file,
      `表头为 ${header.join(',')}，与 manifest.json 的列 ${expected.join(',')} 不一致`,
    );
  }
  if (lines.length !== entry.rows) {
    throw new BundleError(
      file,
      `有 ${lines.length} 行数据，manifest.json 记录为 ${entry.rows} 行`,
    );
  }
  if (lines.length === 0) {
    throw new BundleError(file, '没有数据行，至少应有全县合计行');
  }

  const seen = new Set<string>();
  const rows = lines.map((cells, index) => {
    const line = index + 2;
    if (cells.length !== expected.length) {
      throw new BundleError(
        file,
        `第 ${line} 行有 ${cells.length} 个单元格，表头有 ${expected.length} 列`,
      );
    }
    const row = parseAreaRow(
      file,
      entry,
      cells,
      line,
      manifest.suppression.marker,
    );
    if ((row.level === '县') !== (index === 0)) {
      throw new BundleError(
        file,
        `第 ${line} 行：只有第一行数据是全县合计（层级“县”），其余行应为乡镇`,
      );
    }
    if (row.level === '县' && row.code !== manifest.county.code) {
      throw new BundleError(
        file,
        `全县合计行的区划代码为 "${row.code}"，与 manifest.json 的 county.code "${manifest.county.code}" 不一致`,
      );
    }
    if (seen.has(row.code)) {
      throw new BundleError(
        file,
        `第 ${line} 行的区划代码 ${row.code} 重复出现`,
      );
    }
    seen.add(row.code);
    return row;
  });
  return { entry, bytes, rows };
}

/** Collects the townships of all tables, ordered by code. */
function collectTownships(tables: Iterable<BundleTable>): Township[] {
  const byCode = new Map<string, Township>();
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.level === '乡镇' && !byCode.has(row.code)) {
        byCode.set(row.code, { code: row.code, name: row.name });
      }
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Reads the bundle folder and checks its manifest and every table file.
 *
 * Throws a `BundleError` naming the file on the first problem found. The
 * checks cover missing files and manifest fields, a SHA-256 or header line
 * that differs from the manifest, and wrong numbers of lines or cells. A
 * count must be a plain integer or the suppression marker.
 */
export async function loadBundle(dir: string): Promise<Bundle> {
  const folder = path.resolve(dir);
  const manifest = await readManifest(folder);

  const tables = new Map<string, BundleTable>();
  for (const entry of manifest.tables) {
    tables.set(entry.id, await readTable(folder, entry, manifest));
  }
  return {
    dir: folder,
    manifest,
    tables,
    townships: collectTownships(tables.values()),
  };
}

let configured: Promise<Bundle> | undefined;

/** Loads the bundle chosen in astro.config.mjs once per build and caches it. */
export function getBundle(): Promise<Bundle> {
  configured ??= loadBundle(__YANGUI_BUNDLE_DIR__);
  return configured;
}

/** Returns a table that the manifest check guarantees to be present. */
export function getTable(bundle: Bundle, id: RequiredTableId): BundleTable {
  const table = bundle.tables.get(id);
  if (!table) throw new Error(`table ${id} missing after manifest check`);
  return table;
}

/** Returns the row of a division code, or undefined when the table has none. */
export function findRow(table: BundleTable, code: string): AreaRow | undefined {
  return table.rows.find((row) => row.code === code);
}
