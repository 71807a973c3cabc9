import { compareCalendarDates } from '../dates/index.js';
import type { Person } from '../dedupe/types.js';
import type {
  CalendarDate,
  EntityType,
  ReturneeRecord,
} from '../model/types.js';
import type { IndicatorSettings } from './settings.js';

/** Reference date and settings that every indicator rule reads. */
export interface IndicatorContext {
  /** Reference date `YYYY-MM-DD`. */
  asOf: CalendarDate;
  /** Indicator settings. */
  settings: IndicatorSettings;
}

/** Entity types that are registered entities whatever the settings. */
export const REGISTERED_ENTITY_TYPES: ReadonlySet<EntityType> = new Set([
  'farmers_cooperative',
  'sole_proprietorship',
  'partnership',
  'limited_company',
  'joint_stock_company',
  'other_enterprise',
]);

/**
 * Checks that a returnee is at home on the reference date: status employed,
 * self-employed or not yet employed, and returned on or before `asOf` (a
 * `YYYY-MM` return date counts when its month is not after the month of
 * `asOf`).
 */
export function isReturneeAtHome(
  record: ReturneeRecord,
  context: IndicatorContext,
): boolean {
  if (record.status === 'left_again') {
    return false;
  }
  return compareCalendarDates(record.returnedAt, context.asOf) <= 0;
}

/** Checks that a returnee at home is employed or self-employed. */
export function isEmployedOrSelfEmployed(
  record: ReturneeRecord,
  context: IndicatorContext,
): boolean {
  return (
    (record.status === 'employed' || record.status === 'self_employed') &&
    isReturneeAtHome(record, context)
  );
}

/** Checks that a returnee at home is self-employed, the founder of a business. */
export function isSelfEmployed(
  record: ReturneeRecord,
  context: IndicatorContext,
): boolean {
  return record.status === 'self_employed' && isReturneeAtHome(record, context);
}

/** Checks that a self-employed returnee runs the business in a park. */
export function isInPark(
  record: ReturneeRecord,
  context: IndicatorContext,
): boolean {
  return (
    (record.park === 'incubation_park' || record.park === 'startup_park') &&
    isSelfEmployed(record, context)
  );
}

/**
 * Normalises a unified social credit code for matching: NFKC, no white
 * space, upper case. Returns `undefined` for a missing or blank value.
 */
export function creditCodeKey(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  const key = value.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  return key === '' ? undefined : key;
}

/**
 * Returns the identity of a person's business: `credit:<code>` when the
 * record gives a unified social credit code, otherwise `person:<key>`, so
 * that co-founders sharing a code share one business.
 */
export function businessKeyOf(person: Person<ReturneeRecord>): string {
  const code = creditCodeKey(person.record.creditCode);
  return code === undefined ? `person:${person.key}` : `credit:${code}`;
}

/**
 * Checks that a self-employed returnee's business counts as an economic
 * entity: it has a credit code and is a registered entity, a family farm
 * (unless unregistered), or an individual business when the settings count
 * those.
 */
export function isCountedEntity(
  record: ReturneeRecord,
  context: IndicatorContext,
): boolean {
  if (!isSelfEmployed(record, context)) {
    return false;
  }
  if (creditCodeKey(record.creditCode) === undefined) {
    return false;
  }
  const type = record.entityType;
  if (type === 'unregistered') {
    return false;
  }
  if (type !== undefined && REGISTERED_ENTITY_TYPES.has(type)) {
    return true;
  }
  if (record.familyFarm === true) {
    return true;
  }
  return (
    type === 'individual_household' &&
    context.settings.countIndividualHouseholds
  );
}
