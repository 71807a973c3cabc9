import type { StandardSchemaV1 } from '@standard-schema/spec';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  arbitraryOptions,
  arbitraryRegistry,
  outMigrantInputArbitrary,
  returneeInputArbitrary,
} from '../../test/arbitraries.js';
import { dateMessages } from '../dates/messages.js';
import { idMessages } from '../id/messages.js';
import type { Issue } from '../issues/issue.js';
import type { RecordKind } from '../model/types.js';
import type { RecordValidation } from '../validate/engine.js';
import type { ExtraFields } from '../validate/extra-fields.js';
import { validationMessages } from '../validate/messages.js';
import { validateRecordObject } from '../validate/row.js';
import { getSurveyIssueCode } from './issue-code.js';
import { formatRecordIssue } from './messages.js';
import type { SchemaOptions } from './options.js';
import { createSurveyValibotSchema } from './valibot.js';
import { createSurveySchema } from './zod.js';

/** Seed used when `FC_SEED` is not set; fast-check prints it on failure. */
const DEFAULT_SEED = 20240701;

/** Runs per property and record kind when `FC_NUM_RUNS` is not set. */
const DEFAULT_NUM_RUNS = 2000;

/** Reads a whole-number setting from the environment. */
function readInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a whole number, got "${text}".`);
  }
  return value;
}

const seed = readInteger('FC_SEED', DEFAULT_SEED);
const numRuns = readInteger('FC_NUM_RUNS', DEFAULT_NUM_RUNS);

/** A Standard Schema validator that returns a promise. */
const asyncLookup: StandardSchemaV1<unknown, string> = {
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: (value) => Promise.resolve({ value: String(value) }),
  },
};

/** Extra fields of an embedding app, one validated by each library. */
const extraFields = {
  consent: v.optional(v.picklist(['是', '否'], '请选择是或否')),
  householdSize: z
    .string()
    .regex(/^[1-9]\d*$/, { error: '家庭人口须为正整数' })
    .optional(),
};

/** Settings that a property run validates with, and how often. */
const setups: readonly {
  weight: number;
  options: SchemaOptions<ExtraFields>;
}[] = [
  { weight: 6, options: arbitraryOptions },
  { weight: 6, options: { ...arbitraryOptions, registry: arbitraryRegistry } },
  {
    weight: 3,
    options: {
      ...arbitraryOptions,
      locale: 'en',
      messages: {
        field_required: 'Missing: {column}',
        number_negative: { 'zh-CN': '{column}为负数', en: '{column} < 0' },
      },
    },
  },
  {
    weight: 4,
    options: { ...arbitraryOptions, registry: arbitraryRegistry, extraFields },
  },
  { weight: 1, options: { ...arbitraryOptions, extraFields: { asyncLookup } } },
];

/**
 * Values of the extra fields, added to every input. Setups without extra
 * fields ignore these keys.
 */
const extraInputArbitrary = fc.record(
  {
    consent: fc.constantFrom('是', '否', '可能', ''),
    householdSize: fc.constantFrom('4', '0', 'x'),
    asyncLookup: fc.constant('x'),
  },
  { requiredKeys: [] },
);

/** A raw record, extra values and the index of its setup. */
interface Scenario {
  input: Record<string, string | undefined>;
  setup: number;
}

/** Scenarios of one record kind. */
function scenarioArbitrary(kind: RecordKind): fc.Arbitrary<Scenario> {
  const records =
    kind === 'returnee' ? returneeInputArbitrary : outMigrantInputArbitrary;
  return fc.record({
    input: fc
      .tuple(records, extraInputArbitrary)
      .map(([record, extra]) => ({ ...extra, ...record })),
    setup: fc.oneof(
      ...setups.map(({ weight }, index) => ({
        arbitrary: fc.constant(index),
        weight,
      })),
    ),
  });
}

/** Creates the zod and valibot schemas of each setup for a kind. */
function schemasOf(kind: RecordKind) {
  return setups.map(({ options }) => ({
    options,
    zod: createSurveySchema(kind, options),
    valibot: createSurveyValibotSchema(kind, options),
  }));
}

/** Outcomes of one scenario by zod, valibot and `validateRecordObject`. */
interface Outcomes {
  kind: RecordKind;
  zod: z.ZodSafeParseResult<unknown>;
  valibot: v.SafeParseResult<v.GenericSchema>;
  direct: RecordValidation;
  options: SchemaOptions<ExtraFields>;
}

/** Validates one scenario three ways. */
function validateThreeWays(
  kind: RecordKind,
  schemas: ReturnType<typeof schemasOf>,
  scenario: Scenario,
): Outcomes {
  const setup = schemas[scenario.setup];
  if (setup === undefined) {
    throw new RangeError(`No setup ${scenario.setup}.`);
  }
  return {
    kind,
    zod: setup.zod.safeParse(scenario.input),
    valibot: v.safeParse(setup.valibot, scenario.input),
    direct: validateRecordObject(kind, scenario.input, setup.options),
    options: setup.options,
  };
}

/** Errors of the direct validation, in engine order. */
function directErrors(outcomes: Outcomes): Issue[] {
  return outcomes.direct.issues.filter((issue) => issue.severity === 'error');
}

/** Keys a scenario by its content, telling `undefined` from an absent key. */
function scenarioKey(scenario: Scenario): string {
  return JSON.stringify(scenario, (_, value: unknown) =>
    value === undefined ? '\u0000undefined' : value,
  );
}

/**
 * Validates scenarios three ways and caches the outcomes. The four
 * properties of a kind draw the same scenarios from the same seed, so each
 * scenario is validated only once, which keeps the file within its time
 * budget. The validators are deterministic, so the cache changes no result.
 */
function createValidator(kind: RecordKind): (scenario: Scenario) => Outcomes {
  const schemas = schemasOf(kind);
  const cache = new Map<string, Outcomes>();
  return (scenario) => {
    const key = scenarioKey(scenario);
    let outcomes = cache.get(key);
    if (outcomes === undefined) {
      outcomes = validateThreeWays(kind, schemas, scenario);
      cache.set(key, outcomes);
    }
    return outcomes;
  };
}

const validators = {
  returnee: createValidator('returnee'),
  'out-migrant': createValidator('out-migrant'),
};

/** Time limit of one property: 2,000 runs take a few seconds. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** Checks a property over `numRuns` scenarios with the shared seed. */
function assertOver(
  kind: RecordKind,
  check: (outcomes: Outcomes) => void,
): void {
  const validate = validators[kind];
  fc.assert(
    fc.property(scenarioArbitrary(kind), (scenario) => {
      check(validate(scenario));
    }),
    { seed, numRuns },
  );
}

describe.each(['returnee', 'out-migrant'] as const)('%s parity', (kind) => {
  it(
    'agrees on accept or reject',
    () => {
      assertOver(kind, ({ zod, valibot, direct }) => {
        expect(valibot.success).toBe(zod.success);
        expect(zod.success).toBe(direct.record !== undefined);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'agrees on issue codes and fields',
    () => {
      assertOver(kind, (outcomes) => {
        const expected = directErrors(outcomes).map((issue) => [
          issue.code,
          issue.field,
        ]);
        const zodPairs = (outcomes.zod.error?.issues ?? []).map((issue) => [
          getSurveyIssueCode(issue),
          issue.path.join('.'),
        ]);
        const valibotPairs = (outcomes.valibot.issues ?? []).map((issue) => [
          getSurveyIssueCode(issue),
          v.getDotPath(issue),
        ]);
        expect(zodPairs).toEqual(expected);
        expect(valibotPairs).toEqual(expected);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'agrees on messages',
    () => {
      assertOver(kind, (outcomes) => {
        const { locale, messages } = outcomes.options;
        const expected = directErrors(outcomes).map((issue) =>
          formatRecordIssue(issue, kind, locale, messages),
        );
        const zodMessages = (outcomes.zod.error?.issues ?? []).map(
          (issue) => issue.message,
        );
        const valibotMessages = (outcomes.valibot.issues ?? []).map(
          (issue) => issue.message,
        );
        expect(zodMessages).toEqual(expected);
        expect(valibotMessages).toEqual(expected);
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'agrees on the normalised output',
    () => {
      assertOver(kind, ({ zod, valibot, direct }) => {
        expect(zod.data).toStrictEqual(direct.record);
        expect(valibot.success ? valibot.output : undefined).toStrictEqual(
          direct.record,
        );
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});

/**
 * Codes that no single record can produce: `record_id_duplicate` compares
 * the rows of a CSV file, so only `validateTable` emits it.
 */
const TABLE_ONLY_CODES = ['record_id_duplicate'];

describe('record arbitraries', () => {
  /** Validates a fixed-seed sample of each kind with `validateRecordObject`. */
  function sampleOutcomes(kind: RecordKind): RecordValidation[] {
    return fc
      .sample(scenarioArbitrary(kind), { seed, numRuns: DEFAULT_NUM_RUNS })
      .map((scenario) => validators[kind](scenario).direct);
  }

  it.each(['returnee', 'out-migrant'] as const)(
    'mix valid and invalid %s records',
    (kind) => {
      const outcomes = sampleOutcomes(kind);
      const valid = outcomes.filter((outcome) => outcome.record !== undefined);
      const validShare = valid.length / outcomes.length;
      expect(validShare).toBeGreaterThanOrEqual(0.2);
      expect(validShare).toBeLessThanOrEqual(0.8);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reach every issue code of the engine',
    () => {
      const seen = new Set<string>();
      for (const kind of ['returnee', 'out-migrant'] as const) {
        for (const outcome of sampleOutcomes(kind)) {
          for (const issue of outcome.issues) {
            seen.add(issue.code);
          }
        }
      }
      const engineCodes = Object.keys({
        ...idMessages,
        ...dateMessages,
        ...validationMessages,
      });
      const missed = engineCodes.filter(
        (code) => !seen.has(code) && !TABLE_ONLY_CODES.includes(code),
      );
      expect(missed).toEqual([]);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
