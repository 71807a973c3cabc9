import type { RegistryLike } from '../aggregate/index.js';
import type { IndicatorSettings } from '../indicators/index.js';
import type { CalendarDate } from '../model/types.js';
import { buildBundle, type Bundle } from '../publish/index.js';
import { dedupeSurvey, type PersonMatcher } from './aggregate-survey.js';
import type { SurveyValidation } from './survey.js';

/** Input of `buildPublication`. */
export interface PublicationInput {
  /** Reference date `YYYY-MM-DD`. */
  asOf: CalendarDate;
  /** County registry. */
  registry: RegistryLike;
  /** Validated returnee exports. */
  returnee: SurveyValidation<'returnee'>;
  /** Validated exports of people working away. */
  outMigrant: SurveyValidation<'out-migrant'>;
  /** Indicator settings; missing ones take the defaults. */
  settings?: Partial<IndicatorSettings>;
  /** Smallest count published; smaller counts are suppressed. */
  minimumCount?: number;
  /** Rule that finds the records of one person. Default `linkage`. */
  matcher?: PersonMatcher;
}

/**
 * Builds the publication bundle from the validated exports of both
 * databases: deduplicates each as of the reference date and writes the
 * aggregate tables and the manifest.
 */
export function buildPublication(input: PublicationInput): Bundle {
  const returnee = dedupeSurvey(input.returnee, input.asOf, input.matcher);
  const outMigrant = dedupeSurvey(input.outMigrant, input.asOf, input.matcher);
  return buildBundle({
    asOf: input.asOf,
    registry: input.registry,
    returnee: {
      persons: returnee.deduped.persons,
      counts: { files: input.returnee.files.length, ...input.returnee.rows },
    },
    outMigrant: {
      persons: outMigrant.deduped.persons,
      counts: {
        files: input.outMigrant.files.length,
        ...input.outMigrant.rows,
      },
    },
    matcher: input.matcher ?? 'linkage',
    ...(input.settings === undefined ? {} : { settings: input.settings }),
    ...(input.minimumCount === undefined
      ? {}
      : { minimumCount: input.minimumCount }),
  });
}
