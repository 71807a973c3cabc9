import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  arbitraryOptions,
  arbitraryRegistry,
  outMigrantInputArbitrary,
  returneeInputArbitrary,
} from '../../test/arbitraries.js';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
} from '../fields/examples.js';
import { fieldsOf } from '../fields/catalogue.js';
import type { RecordKind } from '../model/types.js';
import { createSurveySchema } from '../schema/zod.js';
import { inputJsonSchemaOf, recordJsonSchemaOf } from './index.js';

/** Number of generated inputs per kind and property. */
const RUNS = 2000;

/** Number of valid records per kind that each broken constraint is applied to. */
const MUTATION_RECORDS = 300;

/** Time limit of a property test, which runs thousands of zod parses. */
const PROPERTY_TIMEOUT = 120_000;

/** A `YYYY-MM` value. */
const MONTH = /^\d{4}-\d{2}$/;

/** Raw input of one record, as a form sends it. */
type RawInput = Record<string, string | undefined>;

/** A generated input and whether to validate it with the registry. */
interface InputCase {
  input: RawInput;
  withRegistry: boolean;
}

/**
 * Draws raw inputs of a kind from the shared arbitraries, about half of them
 * valid, each to be validated with or without the registry.
 */
function inputCase(kind: RecordKind): fc.Arbitrary<InputCase> {
  const input: fc.Arbitrary<RawInput> =
    kind === 'returnee' ? returneeInputArbitrary : outMigrantInputArbitrary;
  return fc
    .tuple(input, fc.boolean())
    .map(([values, withRegistry]) => ({ input: values, withRegistry }));
}

/**
 * Characters of generated text, with a combining mark, a private-use
 * character and one beyond the BMP.
 */
const textCharacter = fc.constantFrom(
  ...Array.from('龙泉镇青山村王李·abcXYZ019-_=#()（） 𠮷é'),
  'e\u0301',
  '\ue000',
);

/** Strings that break parsers: any code points, lone surrogates, Chinese text. */
const noise = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: textCharacter, minLength: 1 }),
);

/** Draws a shared input and replaces one to three of its fields with noise. */
function fuzzedCase(kind: RecordKind): fc.Arbitrary<InputCase> {
  const names = fieldsOf(kind).map((spec) => spec.name);
  return fc
    .tuple(
      inputCase(kind),
      fc.array(fc.tuple(fc.constantFrom(...names), noise), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([original, replacements]) => ({
      input: { ...original.input, ...Object.fromEntries(replacements) },
      withRegistry: original.withRegistry,
    }));
}

// ---------------------------------------------------------------------------
// Validators and the zod schemas under test.
// ---------------------------------------------------------------------------

const kinds: RecordKind[] = ['returnee', 'out-migrant'];

const exampleInputs = {
  returnee: exampleReturneeInput,
  'out-migrant': exampleOutMigrantInput,
};

const ajv = new Ajv2020({ strict: true });

const validators = {
  returnee: {
    record: ajv.compile(recordJsonSchemaOf('returnee')),
    input: ajv.compile(inputJsonSchemaOf('returnee')),
  },
  'out-migrant': {
    record: ajv.compile(recordJsonSchemaOf('out-migrant')),
    input: ajv.compile(inputJsonSchemaOf('out-migrant')),
  },
};

const zodSchemas = {
  returnee: {
    plain: createSurveySchema('returnee', arbitraryOptions),
    registry: createSurveySchema('returnee', {
      ...arbitraryOptions,
      registry: arbitraryRegistry,
    }),
  },
  'out-migrant': {
    plain: createSurveySchema('out-migrant', arbitraryOptions),
    registry: createSurveySchema('out-migrant', {
      ...arbitraryOptions,
      registry: arbitraryRegistry,
    }),
  },
};

/** A record as plain JSON data, which the mutations change. */
type JsonRecord = Record<string, unknown>;

/** Runs the zod schema of a kind on a generated input. */
function parseCase(kind: RecordKind, { input, withRegistry }: InputCase) {
  const schemas = zodSchemas[kind];
  return (withRegistry ? schemas.registry : schemas.plain).safeParse(input);
}

/** Asserts that a record validates, with Ajv's errors as the message. */
function expectValidRecord(kind: RecordKind, record: unknown): void {
  const validate = validators[kind].record;
  expect(
    validate(record),
    `${JSON.stringify(record)}: ${ajv.errorsText(validate.errors)}`,
  ).toBe(true);
}

/** Asserts that a raw input validates against the input schema. */
function expectValidInput(kind: RecordKind, input: unknown): void {
  const validate = validators[kind].input;
  expect(
    validate(input),
    `${JSON.stringify(input)}: ${ajv.errorsText(validate.errors)}`,
  ).toBe(true);
}

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

describe.each(kinds)('%s schemas against zod', (kind) => {
  it(
    'every input and every record validate',
    () => {
      const seen = { records: 0, registryCodes: 0, months: 0 };
      fc.assert(
        fc.property(inputCase(kind), (inputCase) => {
          expectValidInput(kind, inputCase.input);
          const result = parseCase(kind, inputCase);
          if (!result.success) {
            return;
          }
          const record: JsonRecord = { ...result.data };
          expectValidRecord(kind, record);
          seen.records += 1;
          if ('townshipCode' in record) seen.registryCodes += 1;
          if (
            Object.values(record).some((value) => MONTH.test(String(value)))
          ) {
            seen.months += 1;
          }
        }),
        { numRuns: RUNS },
      );
      // The inputs must reach valid records, registry codes and month
      // precision, or the property checks little.
      expect(seen.records).toBeGreaterThan(RUNS / 4);
      expect(seen.registryCodes).toBeGreaterThan(RUNS / 10);
      expect(seen.months).toBeGreaterThan(RUNS / 10);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'fuzzed input and any record validate',
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(fuzzedCase(kind), (inputCase) => {
          expectValidInput(kind, inputCase.input);
          const result = parseCase(kind, inputCase);
          if (result.success) {
            accepted += 1;
            expectValidRecord(kind, result.data);
          }
        }),
        { numRuns: RUNS },
      );
      // 5 to 8 % of fuzzed inputs passed in trial runs, so 1 % leaves room
      // for chance while still failing when none reach a record.
      expect(accepted).toBeGreaterThan(RUNS / 100);
    },
    PROPERTY_TIMEOUT,
  );

  it('input schema and zod agree on value types', () => {
    const names = fieldsOf(kind).map((spec) => spec.name);
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant(['x']),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), value), (input) => {
        const result = zodSchemas[kind].plain.safeParse(input);
        const shapeAccepted =
          result.success ||
          result.error.issues.every((issue) => issue.code === 'custom');
        expect(validators[kind].input(input)).toBe(shapeAccepted);
      }),
      { numRuns: RUNS },
    );
  });

  it('input schema rejects unknown properties', () => {
    const input = exampleInputs[kind];
    for (const name of ['remarks', '姓名', 'residentID', 'kind']) {
      expect(validators[kind].input({ ...input, [name]: 'x' }), name).toBe(
        false,
      );
    }
  });
});

// ---------------------------------------------------------------------------
// Records broken in one constraint each must be rejected.
// ---------------------------------------------------------------------------

/** Returns a copy of a record with one property set. */
function withValue(
  record: JsonRecord,
  name: string,
  value: unknown,
): JsonRecord {
  return { ...record, [name]: value };
}

/** Returns a copy of a record without the given properties. */
function without(record: JsonRecord, ...names: string[]): JsonRecord {
  const copy = { ...record };
  for (const name of names) {
    delete copy[name];
  }
  return copy;
}

/** Names of the fields of a kind whose parser type is one of `types`. */
function fieldsOfType(kind: RecordKind, ...types: string[]) {
  return fieldsOf(kind).filter((spec) => types.includes(spec.type));
}

/**
 * A way to break a record: returns every broken variant of the record that
 * applies, and the test picks one. `kinds` limits it to some record kinds.
 */
interface Mutation {
  name: string;
  kinds?: RecordKind[];
  apply: (record: JsonRecord, kind: RecordKind) => JsonRecord[];
}

const mutations: Mutation[] = [
  {
    name: 'label in place of a code',
    apply: (record, kind) =>
      fieldsOfType(kind, 'code', 'sex').flatMap((spec) => [
        withValue(record, spec.name, spec.codeList?.entries[0]?.zh),
        withValue(record, spec.name, 'unknown'),
      ]),
  },
  {
    name: 'unknown code in a list',
    apply: (record, kind) =>
      fieldsOfType(kind, 'codes').flatMap((spec) => [
        withValue(record, spec.name, [
          ...(record[spec.name] as string[]),
          'unknown',
        ]),
        withValue(record, spec.name, [spec.codeList?.entries[0]?.zh]),
      ]),
  },
  {
    name: 'negative number',
    apply: (record, kind) =>
      fieldsOfType(kind, 'integer', 'decimal').flatMap((spec) => [
        withValue(record, spec.name, -1),
        withValue(record, spec.name, -0.01),
      ]),
  },
  {
    name: 'fraction in a whole number',
    apply: (record, kind) =>
      fieldsOfType(kind, 'integer').map((spec) =>
        withValue(record, spec.name, 2.5),
      ),
  },
  {
    name: 'number as text',
    apply: (record, kind) =>
      fieldsOfType(kind, 'integer', 'decimal').map((spec) =>
        withValue(record, spec.name, '12'),
      ),
  },
  {
    name: 'date in another form',
    apply: (record, kind) =>
      fieldsOfType(kind, 'date').flatMap((spec) => [
        withValue(record, spec.name, '2024/06/20'),
        withValue(record, spec.name, '20240620'),
        withValue(record, spec.name, '2024-6-20'),
        withValue(record, spec.name, '2024-06-20T00:00:00Z'),
        withValue(record, spec.name, '1899-12-31'),
        withValue(record, spec.name, '2024-13'),
        withValue(record, spec.name, '2024-06-32'),
        ...(spec.precision === 'day'
          ? [withValue(record, spec.name, '2024-06')]
          : []),
      ]),
  },
  {
    name: 'missing required property',
    apply: (record, kind) =>
      [
        'kind',
        ...fieldsOf(kind)
          .filter(
            (spec) =>
              spec.required === 'always' ||
              spec.type === 'list' ||
              spec.type === 'codes',
          )
          .map((spec) => spec.name),
      ].map((name) => without(record, name)),
  },
  {
    name: 'unknown property',
    apply: (record) => [
      withValue(record, 'remarks', 'x'),
      withValue(record, '姓名', record['name']),
      withValue(record, 'residentID', record['residentId']),
    ],
  },
  {
    name: 'self-employed without business details',
    kinds: ['returnee'],
    apply: (record) => {
      const selfEmployed = withValue(record, 'status', 'self_employed');
      return [
        without(selfEmployed, 'businessName'),
        without(selfEmployed, 'entityType'),
        without(selfEmployed, 'businessName', 'entityType'),
      ];
    },
  },
  {
    name: 'jobs created when not self-employed',
    kinds: ['returnee'],
    apply: (record) =>
      ['employed', 'unemployed', 'left_again'].map((status) => ({
        ...record,
        status,
        jobsCreated: 3,
      })),
  },
  {
    name: 'neither ID nor birth date',
    apply: (record) => [without(record, 'residentId', 'birthDate')],
  },
  {
    name: 'ID without birth date',
    apply: (record) =>
      'residentId' in record ? [without(record, 'birthDate')] : [],
  },
  {
    name: 'malformed ID',
    apply: (record) => {
      const id = '11010519491231002X';
      return [
        withValue(record, 'residentId', id.toLowerCase()),
        withValue(record, 'residentId', id.slice(0, 17)),
        withValue(record, 'residentId', '110105491231002'),
        withValue(record, 'residentId', `00${id.slice(2)}`),
        withValue(record, 'residentId', '110105189912310021'),
        withValue(record, 'residentId', `${id.slice(0, 6)} ${id.slice(6)}`),
      ];
    },
  },
  {
    name: 'malformed phone',
    apply: (record) =>
      ['+8613812345678', '12812345678', '1381234567', '138 1234 5678'].map(
        (phone) => withValue(record, 'phone', phone),
      ),
  },
  {
    name: 'untrimmed or empty text',
    apply: (record, kind) =>
      fieldsOfType(kind, 'text', 'name', 'township', 'village').flatMap(
        (spec) => [
          withValue(record, spec.name, ''),
          withValue(record, spec.name, ' 王'),
          withValue(record, spec.name, '王\n'),
        ],
      ),
  },
  {
    name: 'name the parser would reject',
    apply: (record) =>
      ['王2', '·王', '王·', '王··明', '王  明', '王\t明', 'a_b'].map((name) =>
        withValue(record, 'name', name),
      ),
  },
  {
    name: 'text over its maximum length',
    apply: (record, kind) =>
      fieldsOfType(kind, 'text', 'name').map((spec) =>
        withValue(record, spec.name, '𠮷'.repeat((spec.maxLength ?? 200) + 1)),
      ),
  },
  {
    name: 'repeated or unsplit list item',
    apply: (record, kind) =>
      fieldsOfType(kind, 'list', 'codes').flatMap((spec) => {
        const item =
          spec.codeList === undefined ? '电工' : spec.codeList.entries[0]?.code;
        return [
          withValue(record, spec.name, [item, item]),
          ...(spec.type === 'list'
            ? [
                withValue(record, spec.name, ['']),
                withValue(record, spec.name, ['电工、焊工']),
              ]
            : []),
        ];
      }),
  },
  {
    name: 'wrong kind',
    apply: (record, kind) => [
      withValue(
        record,
        'kind',
        kind === 'returnee' ? 'out-migrant' : 'returnee',
      ),
    ],
  },
  {
    name: 'malformed or unpaired place code',
    apply: (record) => [
      withValue(record, 'townshipCode', '52222510'),
      withValue(record, 'villageCode', '52222510020A'),
      'townshipCode' in record
        ? without(record, 'villageCode')
        : withValue(record, 'townshipCode', '522225100'),
    ],
  },
  {
    name: 'malformed credit code',
    kinds: ['returnee'],
    apply: (record) =>
      ['91350100M000100Y4', '91350100m000100y43', '9135010OM000100Y43'].map(
        (code) => withValue(record, 'creditCode', code),
      ),
  },
  {
    name: 'boolean as text',
    kinds: ['returnee'],
    apply: (record) =>
      ['是', 'yes', 1].map((value) => withValue(record, 'familyFarm', value)),
  },
];

describe.each(kinds)('%s record schema rejects', (kind) => {
  // All mutations share one sample of records, because generating and
  // parsing cost far more than validating. Every variant of every record is
  // tried.
  const seed = Date.now();
  const records: JsonRecord[] = [];
  beforeAll(() => {
    // About half of the shared inputs are valid, so draw until enough are.
    const sample = fc.sample(inputCase(kind), {
      numRuns: MUTATION_RECORDS * 4,
      seed,
    });
    for (const inputCase of sample) {
      const result = parseCase(kind, inputCase);
      if (result.success && records.length < MUTATION_RECORDS) {
        records.push({ ...structuredClone(result.data) });
      }
    }
    expect(records).toHaveLength(MUTATION_RECORDS);
  }, PROPERTY_TIMEOUT);

  const applicable = mutations.filter(
    (mutation) => mutation.kinds === undefined || mutation.kinds.includes(kind),
  );

  it.each(applicable.map((mutation) => [mutation.name, mutation] as const))(
    '%s',
    (_, mutation) => {
      let variantCount = 0;
      for (const record of records) {
        for (const variant of mutation.apply(record, kind)) {
          variantCount += 1;
          expect(
            validators[kind].record(variant),
            `seed ${seed}: accepted ${JSON.stringify(variant)}`,
          ).toBe(false);
        }
      }
      expect(variantCount).toBeGreaterThan(0);
    },
  );
});
