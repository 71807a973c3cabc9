import { fromLocalDate } from '../dates/calendar.js';
import type { CalendarDate } from '../model/types.js';
import {
  DEFAULT_PROGRAMME_START,
  type RuleContext,
  type ValidationOptions,
} from './types.js';

/** A `YYYY-MM-DD` calendar date, the form `today` and `programmeStart` take. */
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Returns the local date of the machine as `YYYY-MM-DD`. */
export function localToday(): CalendarDate {
  return fromLocalDate(new Date());
}

/** Throws a RangeError when a date setting is not `YYYY-MM-DD`. */
function assertDay(name: string, value: CalendarDate): void {
  if (!DAY_PATTERN.test(value)) {
    throw new RangeError(`${name} must be a YYYY-MM-DD date, got "${value}".`);
  }
}

/**
 * Applies the defaults of the validation options: today's local date and
 * the programme start 2020-01-01.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 */
export function resolveOptions(options: ValidationOptions = {}): RuleContext {
  const today = options.today ?? localToday();
  const programmeStart = options.programmeStart ?? DEFAULT_PROGRAMME_START;
  assertDay('today', today);
  assertDay('programmeStart', programmeStart);
  return {
    ...(options.registry === undefined ? {} : { registry: options.registry }),
    today,
    programmeStart,
  };
}
