import {
  aggregateOutMigrants,
  aggregateReturnees,
  type OutMigrantAggregate,
  type RegistryLike,
  type ReturneeAggregate,
} from '../aggregate/index.js';
import {
  dedupeByResidentId,
  recordsAsOf,
  type DedupeResult,
} from '../dedupe/index.js';
import type { IndicatorSettings } from '../indicators/index.js';
import type {
  CalendarDate,
  OutMigrantRecord,
  RecordKind,
  ReturneeRecord,
} from '../model/types.js';
import { dedupeByLinkage } from './link-survey.js';
import type { SurveyValidation } from './survey.js';

/**
 * Rule that finds the records of one person. `linkage` (the default) links
 * records by resident ID number, name, birth date, phone and place with
 * `dedupeByLinkage`. `resident-id` merges only records with the same
 * resident ID number (`dedupeByResidentId`).
 */
export type PersonMatcher = 'linkage' | 'resident-id';

/** Options of `aggregateSurvey`. */
export interface AggregateSurveyOptions {
  /** Reference date `YYYY-MM-DD`: records surveyed later are ignored. */
  asOf: CalendarDate;
  /** County registry: lists townships without records and gives names. */
  registry?: RegistryLike;
  /** Indicator settings; missing ones take the defaults. */
  settings?: Partial<IndicatorSettings>;
  /** Rule that finds the records of one person. Default `linkage`. */
  matcher?: PersonMatcher;
}

/** Persons and indicators computed from a survey validation. */
export interface SurveyAggregation {
  /** Indicators of the kind that was validated. */
  aggregate: ReturneeAggregate | OutMigrantAggregate;
  /** Persons after deduplication. */
  persons: number;
  /** Records surveyed on or before the reference date. */
  records: number;
  /** Records merged into another record of the same person. */
  mergedRecords: number;
}

/**
 * Deduplicates the valid records of a survey as of a date and computes its
 * indicators. Rejected rows were already left out by the validation.
 */
export function aggregateSurvey(
  validation: SurveyValidation,
  options: AggregateSurveyOptions,
): SurveyAggregation {
  if (validation.kind === 'returnee') {
    const result = dedupeSurvey(
      validation as SurveyValidation<'returnee'>,
      options.asOf,
      options.matcher,
    );
    return {
      aggregate: aggregateReturnees(result.deduped.persons, options),
      ...summarize(result),
    };
  }
  const result = dedupeSurvey(
    validation as SurveyValidation<'out-migrant'>,
    options.asOf,
    options.matcher,
  );
  return {
    aggregate: aggregateOutMigrants(result.deduped.persons, options),
    ...summarize(result),
  };
}

/** Deduplicated persons of a validated survey as of a date. */
export interface DedupedSurvey<R extends ReturneeRecord | OutMigrantRecord> {
  /** Records surveyed on or before the reference date. */
  records: number;
  /** Persons and merge groups. */
  deduped: DedupeResult<R>;
}

/** Keeps the records surveyed by `asOf` and merges records of one person. */
export function dedupeSurvey<K extends RecordKind>(
  validation: SurveyValidation<K>,
  asOf: CalendarDate,
  matcher: PersonMatcher = 'linkage',
): DedupedSurvey<K extends 'returnee' ? ReturneeRecord : OutMigrantRecord> {
  type R = K extends 'returnee' ? ReturneeRecord : OutMigrantRecord;
  const rows = recordsAsOf(validation.records as never, asOf) as never[];
  const deduped =
    matcher === 'linkage' ? dedupeByLinkage(rows) : dedupeByResidentId(rows);
  return {
    records: rows.length,
    deduped: deduped as unknown as DedupeResult<R>,
  };
}

function summarize(result: DedupedSurvey<ReturneeRecord | OutMigrantRecord>) {
  return {
    persons: result.deduped.persons.length,
    records: result.records,
    mergedRecords: result.records - result.deduped.persons.length,
  };
}
