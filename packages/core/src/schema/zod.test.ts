import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  type RawRecordOf,
} from '../fields/index.js';
import type {
  OutMigrantRecord,
  RecordKind,
  ReturneeRecord,
} from '../model/types.js';
import { validateRecordObject } from '../validate/index.js';
import {
  createOutMigrantSchema,
  createReturneeSchema,
  createSurveySchema,
  outMigrantSchema,
  returneeSchema,
} from './zod.js';

const options = { today: '2024-07-01' };

describe('schema types', () => {
  it('output the record types', () => {
    expectTypeOf<
      z.output<typeof returneeSchema>
    >().toEqualTypeOf<ReturneeRecord>();
    expectTypeOf<
      z.output<typeof outMigrantSchema>
    >().toEqualTypeOf<OutMigrantRecord>();
  });

  it('take raw strings by field name', () => {
    expectTypeOf<z.input<typeof returneeSchema>>().toEqualTypeOf<
      RawRecordOf<'returnee'>
    >();
    expectTypeOf<z.input<typeof outMigrantSchema>>().toEqualTypeOf<
      RawRecordOf<'out-migrant'>
    >();
  });
});

/** Whether both engines accept or reject a case. */
type Outcome = 'accept' | 'reject';

/** Changes to the example inputs, each accepted or rejected by both engines. */
const returneeCases: [string, RawRecordOf<'returnee'>, Outcome][] = [
  ['example', {}, 'accept'],
  [
    'full-width ID',
    { residentId: '５２２２２５１９９００３１５１２３８' },
    'accept',
  ],
  ['ID ending in lower-case x', { residentId: '52222519900315181x' }, 'accept'],
  [
    '15-digit legacy ID',
    { residentId: '522225900315123', birthDate: '' },
    'accept',
  ],
  ['bad ID checksum', { residentId: '522225199003151239' }, 'reject'],
  ['ID in scientific notation', { residentId: '5.22225E+17' }, 'reject'],
  ['sex against ID', { sex: '女' }, 'reject'],
  ['Excel serial survey date', { surveyedAt: '45463' }, 'accept'],
  ['month-only survey date', { surveyedAt: '2024-06' }, 'reject'],
  ['survey in the future', { surveyedAt: '2024-07-02' }, 'reject'],
  ['unknown status', { status: '退休' }, 'reject'],
  ['missing business name', { businessName: '' }, 'reject'],
  [
    'employer missing when employed',
    { status: '就业', jobsCreated: '0' },
    'accept',
  ],
  ['Excel error in investment', { investment: '#VALUE!' }, 'reject'],
  ['thousands separator', { investment: '1,250.5' }, 'accept'],
  ['bad credit code', { creditCode: '91350100M000100Y44' }, 'reject'],
  ['name with digits', { name: '王小明2' }, 'reject'],
  ['missing name', { name: undefined }, 'reject'],
  ['landline phone', { phone: '0851-8888888' }, 'reject'],
  ['unknown support', { support: '低保' }, 'reject'],
  [
    'park for employed',
    { status: '就业', employer: '厂', park: '创业园', jobsCreated: '' },
    'accept',
  ],
];

const outMigrantCases: [string, RawRecordOf<'out-migrant'>, Outcome][] = [
  ['example', {}, 'accept'],
  ['no ID with birth date', { residentId: '' }, 'accept'],
  ['no ID and no birth date', { residentId: '', birthDate: '' }, 'reject'],
  ['province code', { workProvince: '44' }, 'accept'],
  ['unknown province', { workProvince: '火星' }, 'reject'],
  ['negative income', { monthlyIncome: '-100' }, 'reject'],
  ['fractional income', { monthlyIncome: '3500.5' }, 'reject'],
  ['departure after survey', { departedAt: '2024-08' }, 'reject'],
  ['unknown need', { needs: '技能培训、发红包' }, 'reject'],
];

/** Parses with the schema and with `validateRecordObject`, for comparison. */
function parseBoth<K extends RecordKind>(kind: K, input: RawRecordOf<K>) {
  const schema = createSurveySchema(kind, options);
  return {
    zod: schema.safeParse(input),
    direct: validateRecordObject(kind, input, options),
  };
}

describe.each([
  ['returnee', exampleReturneeInput, returneeCases],
  ['out-migrant', exampleOutMigrantInput, outMigrantCases],
] as const)('%s schema', (kind, example, cases) => {
  it.each(cases)('agrees with validator: %s', (_, changes, outcome) => {
    const input = { ...example, ...changes };
    const { zod, direct } = parseBoth(kind, input);

    expect(zod.success).toBe(outcome === 'accept');
    expect(zod.success).toBe(direct.record !== undefined);
    if (zod.success) {
      expect(zod.data).toEqual(direct.record);
      return;
    }
    const errors = direct.issues.filter((issue) => issue.severity === 'error');
    expect(zod.error.issues.map((issue) => issue.path)).toEqual(
      errors.map((issue) => [issue.field]),
    );
    expect(
      zod.error.issues.map((issue) =>
        issue.code === 'custom' ? issue.params?.['code'] : undefined,
      ),
    ).toEqual(errors.map((issue) => issue.code));
  });
});

describe('schema issues', () => {
  it('carry code, severity and a message', () => {
    const result = createReturneeSchema(options).safeParse({
      ...exampleReturneeInput,
      investment: '-3',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        path: ['investment'],
        message: '“投资额(万元)”的值 -3 是负数，此项只能是 0 或正数。请改正。',
        params: {
          code: 'number_negative',
          severity: 'error',
          values: { value: '-3' },
        },
      },
    ]);
  });

  it('use English when asked', () => {
    const schema = createOutMigrantSchema({ ...options, locale: 'en' });
    const result = schema.safeParse({ ...exampleOutMigrantInput, name: '' });
    expect(result.error?.issues[0]?.message).toBe(
      '"姓名" is required but empty. Fill it in.',
    );
  });

  it('mask personal values', () => {
    const result = createReturneeSchema(options).safeParse({
      ...exampleReturneeInput,
      phone: '12812345678',
    });
    const text = JSON.stringify(result.error?.issues);
    expect(text).toContain('128****5678');
    expect(text).not.toContain('12812345678');
  });

  it('ignore warnings', () => {
    const input = { ...exampleOutMigrantInput, residentId: '' };
    const result = createOutMigrantSchema(options).safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data?.residentId).toBeUndefined();
  });

  it('accept an empty string as missing', () => {
    const result = createReturneeSchema(options).safeParse({
      ...exampleReturneeInput,
      ethnicity: '',
      skills: undefined,
    });
    expect(result.data?.ethnicity).toBeUndefined();
    expect(result.data?.skills).toEqual([]);
  });

  it('reject non-string values', () => {
    const result = returneeSchema.safeParse({
      ...exampleReturneeInput,
      jobsCreated: 6,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });
});
