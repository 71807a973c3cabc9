import type { Person } from '../dedupe/types.js';
import type { ReturneeRecord } from '../model/types.js';
import { type IndicatorId, returneeIndicators } from './definitions.js';
import type { IndicatorContext } from './rules.js';

/** A number for each returnee indicator. */
export type IndicatorValues = Record<IndicatorId, number>;

/** Values of all six indicators and the contributors behind each. */
export interface IndicatorCounts {
  /** Indicator values. */
  values: IndicatorValues;
  /** Persons or businesses behind each value (see `IndicatorResult`). */
  contributors: IndicatorValues;
}

/** Returns an `IndicatorValues` with every indicator at 0. */
export function zeroIndicatorValues(): IndicatorValues {
  return {
    returnees: 0,
    employedOrSelfEmployed: 0,
    selfEmployed: 0,
    inPark: 0,
    jobsCreated: 0,
    entitiesFounded: 0,
  };
}

/**
 * Computes the six indicators over deduplicated returnees. The persons must
 * come from `dedupeByResidentId` applied to `recordsAsOf(rows, asOf)`.
 */
export function computeIndicators(
  persons: readonly Person<ReturneeRecord>[],
  context: IndicatorContext,
): IndicatorCounts {
  const values = zeroIndicatorValues();
  const contributors = zeroIndicatorValues();
  for (const indicator of returneeIndicators) {
    const result = indicator.compute(persons, context);
    values[indicator.id] = result.value;
    contributors[indicator.id] = result.contributors;
  }
  return { values, contributors };
}
