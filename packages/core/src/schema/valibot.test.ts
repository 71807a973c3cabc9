import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  type RawRecordOf,
} from '../fields/index.js';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import { validateRecordObject } from '../validate/index.js';
import {
  createOutMigrantValibotSchema,
  createReturneeValibotSchema,
  getSurveyIssueCode,
  outMigrantValibotSchema,
  returneeValibotSchema,
  type SurveyRecordIssue,
} from './valibot.js';

const options = { today: '2024-07-01' };

describe('valibot schema types', () => {
  it('output the record types', () => {
    expectTypeOf<
      v.InferOutput<typeof returneeValibotSchema>
    >().toEqualTypeOf<ReturneeRecord>();
    expectTypeOf<
      v.InferOutput<typeof outMigrantValibotSchema>
    >().toEqualTypeOf<OutMigrantRecord>();
  });

  it('take raw strings by field name', () => {
    expectTypeOf<v.InferInput<typeof returneeValibotSchema>>().toEqualTypeOf<
      RawRecordOf<'returnee'>
    >();
    expectTypeOf<v.InferInput<typeof outMigrantValibotSchema>>().toEqualTypeOf<
      RawRecordOf<'out-migrant'>
    >();
  });

  it('include the survey issue', () => {
    expectTypeOf<SurveyRecordIssue>().toExtend<
      v.InferIssue<typeof returneeValibotSchema>
    >();
  });
});

describe('valibot schema', () => {
  it('outputs the same record as the validator', () => {
    const result = v.safeParse(
      createReturneeValibotSchema(options),
      exampleReturneeInput,
    );
    const direct = validateRecordObject(
      'returnee',
      exampleReturneeInput,
      options,
    );
    expect(result.success).toBe(true);
    expect(result.output).toEqual(direct.record);
  });

  it('reports an error as a survey issue', () => {
    const input = { ...exampleReturneeInput, investment: '-3' };
    const result = v.safeParse(createReturneeValibotSchema(options), input);
    expect(result.success).toBe(false);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues?.[0] as SurveyRecordIssue;
    expect(issue).toMatchObject({
      kind: 'transformation',
      type: 'survey_record',
      code: 'number_negative',
      severity: 'error',
      params: { value: '-3' },
      input: '-3',
      expected: null,
      received: 'string',
      message: '“投资额(万元)”的值 -3 是负数，此项只能是 0 或正数。请改正。',
    });
    expect(issue.path).toEqual([
      {
        type: 'object',
        origin: 'value',
        input: expect.objectContaining({ investment: '-3' }),
        key: 'investment',
        value: '-3',
      },
    ]);
    expect(v.getDotPath(issue)).toBe('investment');
  });

  it('gives the code back through getSurveyIssueCode', () => {
    const input = { ...exampleOutMigrantInput, monthlyIncome: '3500.5' };
    const result = v.safeParse(createOutMigrantValibotSchema(options), input);
    expect(result.issues?.map(getSurveyIssueCode)).toEqual([
      'number_not_whole',
    ]);
  });

  it('reports every error in engine order', () => {
    const input = { ...exampleReturneeInput, sex: '女', phone: '123' };
    const result = v.safeParse(createReturneeValibotSchema(options), input);
    expect(
      result.issues?.map((issue) => [
        getSurveyIssueCode(issue),
        v.getDotPath(issue),
      ]),
    ).toEqual([
      ['phone_invalid', 'phone'],
      ['sex_mismatch_id', 'sex'],
    ]);
  });

  it('stops at the first error with abortEarly', () => {
    const input = { ...exampleReturneeInput, sex: '女', phone: '123' };
    const schema = createReturneeValibotSchema(options);
    const result = v.safeParse(schema, input, { abortEarly: true });
    expect(result.issues?.map(getSurveyIssueCode)).toEqual(['phone_invalid']);
  });

  it('uses English when asked', () => {
    const schema = createOutMigrantValibotSchema({ ...options, locale: 'en' });
    const result = v.safeParse(schema, { ...exampleOutMigrantInput, name: '' });
    expect(result.issues?.[0]?.message).toBe(
      '"姓名" is required but empty. Fill it in.',
    );
  });

  it('masks personal values in message and params', () => {
    const input = { ...exampleReturneeInput, phone: '12812345678' };
    const result = v.safeParse(createReturneeValibotSchema(options), input);
    const issue = result.issues?.[0] as SurveyRecordIssue;
    expect(issue.message).toContain('128****5678');
    expect(issue.message).not.toContain('12812345678');
    expect(JSON.stringify(issue.params)).not.toContain('12812345678');
    expect(issue.received).toBe('string');
  });

  it('ignores warnings', () => {
    const input = { ...exampleOutMigrantInput, residentId: '' };
    const result = v.safeParse(createOutMigrantValibotSchema(options), input);
    expect(result.success).toBe(true);
    expect(result.output).not.toHaveProperty('residentId');
  });

  it('accepts an empty string as missing', () => {
    const result = v.safeParse(createReturneeValibotSchema(options), {
      ...exampleReturneeInput,
      ethnicity: '',
      skills: undefined,
    });
    expect(result.output).not.toHaveProperty('ethnicity');
    expect(result.output).toHaveProperty('skills', []);
  });

  it('strips unknown keys', () => {
    const result = v.safeParse(createReturneeValibotSchema(options), {
      ...exampleReturneeInput,
      note: 'x',
    });
    expect(result.output).not.toHaveProperty('note');
  });

  it('rejects non-string values before the engine runs', () => {
    const result = v.safeParse(returneeValibotSchema, {
      ...exampleReturneeInput,
      jobsCreated: 6,
    });
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.type).toBe('string');
    expect(result.issues?.map(getSurveyIssueCode)).toEqual([undefined]);
  });

  it('rejects a bad today at creation', () => {
    expect(() => createReturneeValibotSchema({ today: '2024/7/1' })).toThrow(
      RangeError,
    );
  });

  it('throws from parse on errors', () => {
    const schema = createReturneeValibotSchema(options);
    expect(() =>
      v.parse(schema, { ...exampleReturneeInput, name: '' }),
    ).toThrow(v.ValiError);
  });
});
