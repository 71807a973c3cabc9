import type { Person } from '../dedupe/types.js';
import type { ReturneeRecord } from '../model/types.js';
import { businessKeyOf, type IndicatorContext } from './rules.js';

/** Value of an indicator and the number of units behind it. */
export interface IndicatorResult {
  /** Indicator value. */
  value: number;
  /**
   * Persons counted, for a person indicator, or businesses with a value
   * above 0, for a business indicator. Suppression reads it.
   */
  contributors: number;
}

/** Reducer from deduplicated persons to an indicator result. */
export type IndicatorReducer = (
  persons: readonly Person<ReturneeRecord>[],
  context: IndicatorContext,
) => IndicatorResult;

/**
 * Creates a reducer that counts the persons whose surviving record matches
 * the predicate. Empty input gives 0.
 */
export function countPersons(
  predicate: (record: ReturneeRecord, context: IndicatorContext) => boolean,
): IndicatorReducer {
  return (persons, context) => {
    let count = 0;
    for (const person of persons) {
      if (predicate(person.record, context)) {
        count += 1;
      }
    }
    return { value: count, contributors: count };
  };
}

/**
 * Creates a reducer that sums a value over businesses. Each person for whom
 * `valueOf` returns a number contributes to their business (see
 * `businessKeyOf`). A business reported by several co-founders takes the
 * maximum of their values, so it counts once. Empty input gives 0.
 */
export function sumOverBusinesses(
  valueOf: (
    record: ReturneeRecord,
    context: IndicatorContext,
  ) => number | undefined,
): IndicatorReducer {
  return (persons, context) => {
    const businesses = new Map<string, number>();
    for (const person of persons) {
      const value = valueOf(person.record, context);
      if (value === undefined) {
        continue;
      }
      const key = businessKeyOf(person);
      businesses.set(key, Math.max(businesses.get(key) ?? 0, value));
    }

    let sum = 0;
    let contributors = 0;
    for (const value of businesses.values()) {
      sum += value;
      if (value > 0) {
        contributors += 1;
      }
    }
    return { value: sum, contributors };
  };
}
