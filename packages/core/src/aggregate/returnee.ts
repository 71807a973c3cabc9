import type { Person } from '../dedupe/types.js';
import {
  computeIndicators,
  type IndicatorCounts,
  zeroIndicatorValues,
} from '../indicators/compute.js';
import { returneeIndicators } from '../indicators/definitions.js';
import { businessKeyOf, isSelfEmployed } from '../indicators/rules.js';
import {
  type IndicatorSettings,
  resolveIndicatorSettings,
} from '../indicators/settings.js';
import type { CalendarDate, ReturneeRecord } from '../model/types.js';
import {
  compareTownships,
  groupByTownship,
  type RegistryLike,
  type TownshipKey,
  townshipId,
  townshipOf,
} from './townships.js';

/** Indicator values and contributors of one township or of the county. */
export interface ReturneeRow extends IndicatorCounts, TownshipKey {}

/** The six returnee indicators for the county and each township. */
export interface ReturneeAggregate {
  /** Record kind. */
  kind: 'returnee';
  /** Reference date. */
  asOf: CalendarDate;
  /** Settings the indicators were computed with. */
  settings: IndicatorSettings;
  /** County row: code and name from the registry ('' without one). */
  county: ReturneeRow;
  /** One row per township, in `compareTownships` order. */
  townships: ReturneeRow[];
}

/** Options of `aggregateReturnees`. */
export interface ReturneeAggregateOptions {
  /** Reference date `YYYY-MM-DD`. */
  asOf: CalendarDate;
  /** County registry: lists townships without records and gives names. */
  registry?: RegistryLike;
  /** Indicator settings; missing ones take the defaults. */
  settings?: Partial<IndicatorSettings>;
}

/**
 * Computes the six returnee indicators for the county and per township.
 *
 * The persons must come from `dedupeByResidentId` applied to
 * `recordsAsOf(rows, asOf)`. A person counts in the township of their
 * surviving record. A business whose founders are recorded in several
 * townships counts, for jobs created and entities founded, only in the
 * first of those townships in `compareTownships` order (lowest code), so
 * the township rows add up to the county row. Registry townships without
 * records appear with zeros.
 */
export function aggregateReturnees(
  persons: readonly Person<ReturneeRecord>[],
  options: ReturneeAggregateOptions,
): ReturneeAggregate {
  const settings = resolveIndicatorSettings(options.settings);
  const context = { asOf: options.asOf, settings };
  const { registry } = options;
  const ownTownship = (person: Person<ReturneeRecord>) =>
    townshipOf(person.record, registry);

  // The township of each business: the first township of its founders.
  const businessTownships = new Map<string, TownshipKey>();
  for (const person of persons) {
    if (!isSelfEmployed(person.record, context)) continue;
    const key = businessKeyOf(person);
    const township = ownTownship(person);
    const current = businessTownships.get(key);
    if (current === undefined || compareTownships(township, current) < 0) {
      businessTownships.set(key, township);
    }
  }
  const businessTownship = (person: Person<ReturneeRecord>) =>
    businessTownships.get(businessKeyOf(person)) ?? ownTownship(person);

  const byPerson = groupByTownship(persons, ownTownship, registry);
  const byBusiness = new Map(
    groupByTownship(persons, businessTownship, registry).map((group) => [
      townshipId(group.township),
      group.items,
    ]),
  );

  const townships = byPerson.map(({ township, items }) => {
    const row: ReturneeRow = {
      ...township,
      values: zeroIndicatorValues(),
      contributors: zeroIndicatorValues(),
    };
    for (const indicator of returneeIndicators) {
      const group =
        indicator.scope === 'business'
          ? (byBusiness.get(townshipId(township)) ?? [])
          : items;
      const result = indicator.compute(group, context);
      row.values[indicator.id] = result.value;
      row.contributors[indicator.id] = result.contributors;
    }
    return row;
  });

  return {
    kind: 'returnee',
    asOf: options.asOf,
    settings,
    county: {
      code: registry?.county?.code ?? '',
      name: registry?.county?.name ?? '',
      ...computeIndicators(persons, context),
    },
    townships,
  };
}

function addRows(a: ReturneeRow | undefined, b: ReturneeRow): ReturneeRow {
  const values = zeroIndicatorValues();
  const contributors = zeroIndicatorValues();
  for (const { id } of returneeIndicators) {
    values[id] = (a?.values[id] ?? 0) + b.values[id];
    contributors[id] = (a?.contributors[id] ?? 0) + b.contributors[id];
  }
  return {
    code: a?.code || b.code,
    name: a?.name || b.name,
    values,
    contributors,
  };
}

/**
 * Adds two returnee aggregates of the same reference date and settings,
 * township row by township row.
 *
 * The result equals `aggregateReturnees` over both sets of persons when no
 * person and no business appears in both, for example for two counties or
 * two sets of townships without shared credit codes.
 * NOTE: counts alone cannot deduplicate across the parts: a person in both
 * parts counts twice, and a business whose co-founders fall in different
 * parts counts once per part in jobs created and entities founded.
 *
 * @throws {RangeError} When the reference dates or settings differ.
 */
export function mergeReturneeAggregates(
  a: ReturneeAggregate,
  b: ReturneeAggregate,
): ReturneeAggregate {
  if (a.asOf !== b.asOf) {
    throw new RangeError(
      `Cannot merge aggregates as of ${a.asOf} and ${b.asOf}: aggregate both parts as of the same date.`,
    );
  }
  if (
    a.settings.countIndividualHouseholds !==
    b.settings.countIndividualHouseholds
  ) {
    throw new RangeError(
      'Cannot merge aggregates computed with different indicator settings: aggregate both parts with the same settings.',
    );
  }
  const rows = new Map<string, ReturneeRow>();
  for (const row of [...a.townships, ...b.townships]) {
    const id = townshipId(row);
    rows.set(id, addRows(rows.get(id), row));
  }
  // Two different counties merge into a row without code or name.
  const sameCounty =
    a.county.code === b.county.code && a.county.name === b.county.name;
  const county = addRows(a.county, b.county);
  if (!sameCounty) {
    county.code = '';
    county.name = '';
  }
  return {
    kind: 'returnee',
    asOf: a.asOf,
    settings: a.settings,
    county,
    townships: [...rows.values()].sort(compareTownships),
  };
}
