import type { Person } from '../dedupe/types.js';
import type { CalendarDate, OutMigrantRecord } from '../model/types.js';
import {
  compareTownships,
  groupByTownship,
  type RegistryLike,
  type TownshipKey,
  townshipId,
  townshipOf,
} from './townships.js';

/** Fields of people working away that the cross tables count by. */
export type OutMigrantDimension =
  'workProvince' | 'industry' | 'education' | 'returnIntention';

/** The cross table dimensions, in publication order. */
export const outMigrantDimensions: readonly OutMigrantDimension[] = [
  'workProvince',
  'industry',
  'education',
  'returnIntention',
];

/** Category of a record without a value for a dimension. */
export const UNKNOWN_CATEGORY = 'unknown';

/** Counts of people working away in one township or in the county. */
export interface OutMigrantRow extends TownshipKey {
  /** Persons. */
  total: number;
  /**
   * Persons by category code for each dimension, `unknown` for a missing
   * value. Only categories with at least one person appear; each
   * dimension's counts add up to `total`.
   */
  categories: Record<OutMigrantDimension, Record<string, number>>;
}

/** Counts of people working away for the county and each township. */
export interface OutMigrantAggregate {
  /** Record kind. */
  kind: 'out-migrant';
  /** Reference date. */
  asOf: CalendarDate;
  /** County row: code and name from the registry ('' without one). */
  county: OutMigrantRow;
  /** One row per township, in `compareTownships` order. */
  townships: OutMigrantRow[];
}

/** Options of `aggregateOutMigrants`. */
export interface OutMigrantAggregateOptions {
  /** Reference date `YYYY-MM-DD`. */
  asOf: CalendarDate;
  /** County registry: lists townships without records and gives names. */
  registry?: RegistryLike;
}

function emptyCategories(): OutMigrantRow['categories'] {
  return { workProvince: {}, industry: {}, education: {}, returnIntention: {} };
}

/** Sorts category codes in code unit order with `unknown` last. */
function sortCategories(
  counts: Record<string, number>,
): Record<string, number> {
  const codes = Object.keys(counts).sort((a, b) => {
    if (a === UNKNOWN_CATEGORY || b === UNKNOWN_CATEGORY) {
      return Number(a === UNKNOWN_CATEGORY) - Number(b === UNKNOWN_CATEGORY);
    }
    if (a === b) {
      return 0;
    }
    return a < b ? -1 : 1;
  });
  return Object.fromEntries(
    codes.map((code) => [code, counts[code] as number]),
  );
}

function countRow(
  township: TownshipKey,
  persons: readonly Person<OutMigrantRecord>[],
): OutMigrantRow {
  const categories = emptyCategories();
  for (const { record } of persons) {
    for (const dimension of outMigrantDimensions) {
      const value = record[dimension];
      const code =
        value === undefined || value === '' ? UNKNOWN_CATEGORY : value;
      const counts = categories[dimension];
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  for (const dimension of outMigrantDimensions) {
    categories[dimension] = sortCategories(categories[dimension]);
  }
  return { ...township, total: persons.length, categories };
}

/**
 * Counts people working away for the county and per township, in total and
 * by work province, industry, education and return intention.
 *
 * The persons must come from `dedupeByResidentId` applied to
 * `recordsAsOf(rows, asOf)`. Each person counts once, in the township of the
 * surviving record. Registry townships without records appear with zeros.
 */
export function aggregateOutMigrants(
  persons: readonly Person<OutMigrantRecord>[],
  options: OutMigrantAggregateOptions,
): OutMigrantAggregate {
  const { registry } = options;
  const groups = groupByTownship(
    persons,
    (person) => townshipOf(person.record, registry),
    registry,
  );
  return {
    kind: 'out-migrant',
    asOf: options.asOf,
    county: countRow(
      {
        code: registry?.county?.code ?? '',
        name: registry?.county?.name ?? '',
      },
      persons,
    ),
    townships: groups.map(({ township, items }) => countRow(township, items)),
  };
}

function addRows(
  a: OutMigrantRow | undefined,
  b: OutMigrantRow,
): OutMigrantRow {
  const categories = emptyCategories();
  for (const dimension of outMigrantDimensions) {
    const counts: Record<string, number> = { ...a?.categories[dimension] };
    for (const [code, count] of Object.entries(b.categories[dimension])) {
      counts[code] = (counts[code] ?? 0) + count;
    }
    categories[dimension] = sortCategories(counts);
  }
  return {
    code: a?.code || b.code,
    name: a?.name || b.name,
    total: (a?.total ?? 0) + b.total,
    categories,
  };
}

/**
 * Adds two aggregates of people working away of the same reference date,
 * township row by township row. The result equals `aggregateOutMigrants`
 * over both sets of persons when no person appears in both.
 *
 * @throws {RangeError} When the reference dates differ.
 */
export function mergeOutMigrantAggregates(
  a: OutMigrantAggregate,
  b: OutMigrantAggregate,
): OutMigrantAggregate {
  if (a.asOf !== b.asOf) {
    throw new RangeError(
      `Cannot merge aggregates as of ${a.asOf} and ${b.asOf}: aggregate both parts as of the same date.`,
    );
  }
  const rows = new Map<string, OutMigrantRow>();
  for (const row of [...a.townships, ...b.townships]) {
    const id = townshipId(row);
    rows.set(id, addRows(rows.get(id), row));
  }
  const county = addRows(a.county, b.county);
  // Two different counties merge into a row without code or name.
  if (a.county.code !== b.county.code || a.county.name !== b.county.name) {
    county.code = '';
    county.name = '';
  }
  return {
    kind: 'out-migrant',
    asOf: a.asOf,
    county,
    townships: [...rows.values()].sort(compareTownships),
  };
}
