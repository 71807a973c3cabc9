import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  type RawRecordOf,
} from '../fields/index.js';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import { validateRecordObject } from '../validate/index.js';
import { getSurveyIssueCode } from './issue-code.js';
import {
  createOutMigrantValibotSchema,
  createReturneeValibotSchema,
  outMigrantValibotSchema,
  returneeValibotSchema,
} from './valibot.js';
import {
  createOutMigrantSchema,
  createReturneeSchema,
  outMigrantSchema,
  returneeSchema,
} from './zod.js';

const options = { today: '2024-07-01' };

/** Validates through `~standard`, failing the test on an async result. */
function validateStandard(
  schema: StandardSchemaV1,
  value: unknown,
): StandardSchemaV1.Result<unknown> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    throw new TypeError('Expected a synchronous Standard Schema result.');
  }
  return result;
}

/** Joins the keys of a Standard Schema issue path with dots. */
function pathOf(issue: StandardSchemaV1.Issue): string {
  return (issue.path ?? [])
    .map((segment) =>
      String(typeof segment === 'object' ? segment.key : segment),
    )
    .join('.');
}

describe('Standard Schema types', () => {
  it('infer the record types', () => {
    expectTypeOf<
      StandardSchemaV1.InferOutput<typeof returneeSchema>
    >().toEqualTypeOf<ReturneeRecord>();
    expectTypeOf<
      StandardSchemaV1.InferOutput<typeof outMigrantValibotSchema>
    >().toEqualTypeOf<OutMigrantRecord>();
    expectTypeOf<
      StandardSchemaV1.InferInput<typeof returneeValibotSchema>
    >().toEqualTypeOf<RawRecordOf<'returnee'>>();
    expectTypeOf<
      StandardSchemaV1.InferInput<typeof outMigrantSchema>
    >().toEqualTypeOf<RawRecordOf<'out-migrant'>>();
  });
});

describe.each([
  ['zod', 'returnee', createReturneeSchema(options), exampleReturneeInput],
  [
    'zod',
    'out-migrant',
    createOutMigrantSchema(options),
    exampleOutMigrantInput,
  ],
  [
    'valibot',
    'returnee',
    createReturneeValibotSchema(options),
    exampleReturneeInput,
  ],
  [
    'valibot',
    'out-migrant',
    createOutMigrantValibotSchema(options),
    exampleOutMigrantInput,
  ],
] as const)('%s %s schema', (vendor, kind, schema, example) => {
  it('has Standard Schema v1 properties', () => {
    expect(schema['~standard'].version).toBe(1);
    expect(schema['~standard'].vendor).toBe(vendor);
  });

  it('validates the example to the record', () => {
    const result = validateStandard(schema, example);
    expect(result.issues).toBeUndefined();
    expect(result).toHaveProperty(
      'value',
      validateRecordObject(kind, example, options).record,
    );
  });

  it('reports errors with message and path', () => {
    const result = validateStandard(schema, {
      ...example,
      name: '',
      surveyedAt: '2024-07-02',
    });
    const issues = result.issues ?? [];
    expect(issues.map(pathOf)).toEqual(['name', 'surveyedAt']);
    expect(issues.map(getSurveyIssueCode)).toEqual([
      'field_required',
      'survey_date_in_future',
    ]);
    expect(issues[0]?.message).toBe('“姓名”是必填项，但没有填写。请补填。');
  });

  it('rejects a value that is not an object', () => {
    const result = validateStandard(schema, 'not a record');
    expect(result.issues?.length).toBe(1);
    expect(getSurveyIssueCode(result.issues?.[0] ?? {})).toBeUndefined();
  });
});

describe('default schemas', () => {
  it.each([
    ['zod returnee', returneeSchema, exampleReturneeInput],
    ['zod out-migrant', outMigrantSchema, exampleOutMigrantInput],
    ['valibot returnee', returneeValibotSchema, exampleReturneeInput],
    ['valibot out-migrant', outMigrantValibotSchema, exampleOutMigrantInput],
  ] as const)('accept the example: %s', (_, schema, example) => {
    const result = validateStandard(schema, example);
    expect(result.issues).toBeUndefined();
  });
});
