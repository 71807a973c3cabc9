import { aggregateOutMigrants } from '../aggregate/out-migrant.js';
import { aggregateReturnees } from '../aggregate/returnee.js';
import type { PersonMatcher } from '../pipeline/aggregate-survey.js';
import type { RegistryLike } from '../aggregate/townships.js';
import type { Person } from '../dedupe/types.js';
import {
  type LocalizedText,
  returneeIndicators,
} from '../indicators/definitions.js';
import {
  type IndicatorSettings,
  resolveIndicatorSettings,
} from '../indicators/settings.js';
import type {
  CalendarDate,
  OutMigrantRecord,
  ReturneeRecord,
} from '../model/types.js';
import { encodeCsv } from './csv.js';
import { sha256Hex } from './sha256.js';
import {
  buildOutMigrantTables,
  buildReturneeTable,
  type PublishedColumn,
  SUPPRESSION_MARKER,
} from './tables.js';

/** Version of the bundle format that `buildBundle` writes. */
export const BUNDLE_FORMAT_VERSION = 1;

/** Smallest count published when the caller gives no minimum. */
export const DEFAULT_MINIMUM_COUNT = 5;

/** Row counts of one database: files read and rows by outcome. */
export interface SurveyCounts {
  /** Files read. */
  files: number;
  /** Data rows read. */
  read: number;
  /** Rows that passed validation. */
  valid: number;
  /** Rows rejected by validation. */
  rejected: number;
}

/** Deduplicated persons of one database and the counts behind them. */
export interface BundleSurvey<R extends ReturneeRecord | OutMigrantRecord> {
  /** Persons from `dedupeByResidentId(recordsAsOf(rows, asOf))`. */
  persons: readonly Person<R>[];
  /** Row counts of the validation. */
  counts: SurveyCounts;
}

/** Input of `buildBundle`. */
export interface BundleInput {
  /** Reference date `YYYY-MM-DD`. */
  asOf: CalendarDate;
  /** County registry: county code and name, and every township. */
  registry?: RegistryLike;
  /** Returnees. */
  returnee: BundleSurvey<ReturneeRecord>;
  /** People working away. */
  outMigrant: BundleSurvey<OutMigrantRecord>;
  /** Indicator settings; missing ones take the defaults. */
  settings?: Partial<IndicatorSettings>;
  /** Smallest count published, default `DEFAULT_MINIMUM_COUNT`. */
  minimumCount?: number;
  /**
   * Rule that found the records of one person. The manifest states it, so
   * that the published method can name it, and leaves it out when absent.
   */
  matcher?: PersonMatcher;
}

/** One table entry of `manifest.json`. */
export interface ManifestTable {
  /** File name in the bundle. */
  file: string;
  /** Stable id. */
  id: string;
  /** Title in each language. */
  title: LocalizedText;
  /** Columns in file order. */
  columns: PublishedColumn[];
  /** Data rows, header excluded. */
  rows: number;
  /** SHA-256 of the file bytes, lower-case hexadecimal. */
  sha256: string;
}

/** Content of `manifest.json`, with keys in the order written. */
export interface BundleManifest {
  /** Always `yangui-bundle`. */
  format: 'yangui-bundle';
  /** Format version. */
  version: number;
  /** Reference date. */
  asOf: CalendarDate;
  /** County code and name from the registry ('' when absent). */
  county: { code: string; name: string };
  /** Suppression rule. */
  suppression: { minimumCount: number; marker: string };
  /** Indicator settings used. */
  settings: IndicatorSettings;
  /** Row counts and persons of each database. */
  rows: Record<'returnee' | 'outMigrant', SurveyCounts & { persons: number }>;
  /** Rule that found the records of one person, when the input named it. */
  deduplication?: { matcher: PersonMatcher };
  /** The six returnee indicators. */
  indicators: {
    id: string;
    label: LocalizedText;
    unit: LocalizedText;
    rule: LocalizedText;
  }[];
  /** Tables in the bundle. */
  tables: ManifestTable[];
}

/** Files of a publication bundle. */
export interface Bundle {
  /** File contents by file name: CSV files as bytes, the manifest as text. */
  files: Map<string, Uint8Array | string>;
  /** Parsed manifest, the same data as `manifest.json`. */
  manifest: BundleManifest;
}

function surveyRows(survey: BundleSurvey<ReturneeRecord | OutMigrantRecord>) {
  const { files, read, valid, rejected } = survey.counts;
  return { files, read, valid, rejected, persons: survey.persons.length };
}

/**
 * Builds the publication bundle: six aggregate CSV tables and
 * `manifest.json`, with small counts suppressed.
 *
 * The output contains aggregates only: no name, ID number, phone, record
 * number, enumerator, business name or credit code. The same input gives
 * byte-identical files: nothing depends on the clock, the locale or the
 * order of the persons.
 *
 * @throws {RangeError} When `minimumCount` is below 1.
 */
export function buildBundle(input: BundleInput): Bundle {
  const minimumCount = input.minimumCount ?? DEFAULT_MINIMUM_COUNT;
  if (!Number.isInteger(minimumCount) || minimumCount < 1) {
    throw new RangeError(
      `minimumCount must be a whole number of 1 or more: ${minimumCount}`,
    );
  }
  const settings = resolveIndicatorSettings(input.settings);
  const { asOf, registry } = input;

  const returnee = aggregateReturnees(input.returnee.persons, {
    asOf,
    registry,
    settings,
  });
  const outMigrant = aggregateOutMigrants(input.outMigrant.persons, {
    asOf,
    registry,
  });
  const tables = [
    buildReturneeTable(returnee, minimumCount),
    ...buildOutMigrantTables(outMigrant, minimumCount),
  ];

  const files = new Map<string, Uint8Array | string>();
  const manifestTables: ManifestTable[] = [];
  for (const table of tables) {
    const bytes = encodeCsv([
      table.columns.map((column) => column.header),
      ...table.rows,
    ]);
    files.set(table.file, bytes);
    manifestTables.push({
      file: table.file,
      id: table.id,
      title: table.title,
      columns: table.columns,
      rows: table.rows.length,
      sha256: sha256Hex(bytes),
    });
  }

  const manifest: BundleManifest = {
    format: 'yangui-bundle',
    version: BUNDLE_FORMAT_VERSION,
    asOf,
    county: {
      code: registry?.county?.code ?? '',
      name: registry?.county?.name ?? '',
    },
    suppression: { minimumCount, marker: SUPPRESSION_MARKER },
    settings,
    rows: {
      returnee: surveyRows(input.returnee),
      outMigrant: surveyRows(input.outMigrant),
    },
    ...(input.matcher === undefined
      ? {}
      : { deduplication: { matcher: input.matcher } }),
    indicators: returneeIndicators.map(({ id, label, unit, rule }) => ({
      id,
      label,
      unit,
      rule,
    })),
    tables: manifestTables,
  };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, manifest };
}
