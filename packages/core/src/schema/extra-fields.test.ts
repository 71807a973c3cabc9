import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { exampleReturneeInput, type RawRecordOf } from '../fields/index.js';
import type { ReturneeRecord } from '../model/types.js';
import { getSurveyIssueCode } from './issue-code.js';
import { createReturneeValibotSchema } from './valibot.js';
import { createReturneeSchema } from './zod.js';

const options = { today: '2024-07-01' };

/** A zod and a valibot validator side by side, as an app would add them. */
const extraFields = {
  consent: z.literal('yes', { error: '请勾选同意' }),
  householdSize: v.optional(
    v.pipe(
      v.string(),
      v.toNumber(),
      v.integer('家庭人口须为整数'),
      v.minValue(1, '家庭人口至少为 1'),
    ),
  ),
};

/** Flattens an intersection, as zod and valibot print their object types. */
type Flatten<T> = { [K in keyof T]: T[K] };

/** Result of either front end, reduced to what the two share. */
interface Outcome {
  output?: unknown;
  issues: { code?: string; path: string; message: string }[];
}

/** Parses with the zod or valibot returnee schema created from `config`. */
function parseWith(
  library: 'zod' | 'valibot',
  config: Parameters<typeof createReturneeSchema>[0],
  input: Record<string, unknown>,
): Outcome {
  if (library === 'zod') {
    const result = createReturneeSchema(config).safeParse(input);
    return {
      ...(result.success ? { output: result.data } : {}),
      issues: (result.error?.issues ?? []).map((issue) => ({
        code: getSurveyIssueCode(issue),
        path: issue.path.join('.'),
        message: issue.message,
      })),
    };
  }
  const result = v.safeParse(createReturneeValibotSchema(config), input);
  return {
    ...(result.success ? { output: result.output } : {}),
    issues: (result.issues ?? []).map((issue) => ({
      code: getSurveyIssueCode(issue),
      path: v.getDotPath(issue) ?? '',
      message: issue.message,
    })),
  };
}

describe('extra field types', () => {
  it('extend the zod input and output', () => {
    type Schema = ReturnType<typeof createReturneeSchema<typeof extraFields>>;
    expectTypeOf<z.input<Schema>>().toEqualTypeOf<
      Flatten<
        RawRecordOf<'returnee'> & { consent: 'yes' } & {
          householdSize?: string | undefined;
        }
      >
    >();
    expectTypeOf<z.output<Schema>>().toEqualTypeOf<
      ReturneeRecord & { consent: 'yes' } & {
        householdSize?: number | undefined;
      }
    >();
  });

  it('extend the valibot input and output', () => {
    type Schema = ReturnType<
      typeof createReturneeValibotSchema<typeof extraFields>
    >;
    expectTypeOf<v.InferInput<Schema>>().toEqualTypeOf<
      Flatten<
        RawRecordOf<'returnee'> & { consent: 'yes' } & {
          householdSize?: string | undefined;
        }
      >
    >();
    expectTypeOf<v.InferOutput<Schema>>().toEqualTypeOf<
      ReturneeRecord & { consent: 'yes' } & {
        householdSize?: number | undefined;
      }
    >();
  });
});

describe.each(['zod', 'valibot'] as const)('%s extra fields', (library) => {
  const config = { ...options, extraFields };

  it('add their outputs to the record', () => {
    const result = parseWith(library, config, {
      ...exampleReturneeInput,
      consent: 'yes',
      householdSize: '4',
    });
    expect(result.issues).toEqual([]);
    expect(result.output).toMatchObject({
      kind: 'returnee',
      consent: 'yes',
      householdSize: 4,
    });
  });

  it('report the validator message', () => {
    const result = parseWith(library, config, {
      ...exampleReturneeInput,
      householdSize: '0',
    });
    expect(result.issues).toEqual([
      {
        code: 'extra_field_invalid',
        path: 'consent',
        message: '请勾选同意',
      },
      {
        code: 'extra_field_invalid',
        path: 'householdSize',
        message: '家庭人口至少为 1',
      },
    ]);
  });

  it('follow the record errors', () => {
    const result = parseWith(library, config, {
      ...exampleReturneeInput,
      consent: 'yes',
      name: '',
      householdSize: '2.5',
    });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['field_required', 'name'],
      ['extra_field_invalid', 'householdSize'],
    ]);
  });

  it('report an async validator', () => {
    const lookup: StandardSchemaV1<string> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: (value) => Promise.resolve({ value: String(value) }),
      },
    };
    const result = parseWith(
      library,
      { ...options, locale: 'en', extraFields: { lookup } },
      { ...exampleReturneeInput, lookup: 'x' },
    );
    expect(result.issues).toEqual([
      {
        code: 'extra_field_async',
        path: 'lookup',
        message:
          'The validator of "lookup" returned a Promise, but extra fields take synchronous validators only. Use a validator without asynchronous checks.',
      },
    ]);
  });

  it('reject a clashing name at creation', () => {
    expect(() =>
      parseWith(library, { extraFields: { status: z.string() } }, {}),
    ).toThrow(TypeError);
  });
});

describe.each(['zod', 'valibot'] as const)(
  '%s message overrides',
  (library) => {
    it('replace a template in every language', () => {
      const messages = { field_required: '请填写{column}' };
      for (const locale of ['zh-CN', 'en'] as const) {
        const result = parseWith(
          library,
          { ...options, locale, messages },
          { ...exampleReturneeInput, name: '' },
        );
        expect(result.issues[0]?.message).toBe('请填写姓名');
      }
    });

    it('replace a template per language', () => {
      const messages = {
        number_negative: {
          'zh-CN': '{column}不能为负：{value}',
          en: '{column} cannot be negative: {value}',
        },
      };
      const input = { ...exampleReturneeInput, investment: '-3' };
      const zh = parseWith(library, { ...options, messages }, input);
      const en = parseWith(
        library,
        { ...options, locale: 'en', messages },
        input,
      );
      expect(zh.issues[0]?.message).toBe('投资额(万元)不能为负：-3');
      expect(en.issues[0]?.message).toBe('投资额(万元) cannot be negative: -3');
    });

    it('leave other codes alone', () => {
      const messages = { field_required: '请填写{column}' };
      const result = parseWith(
        library,
        { ...options, messages },
        { ...exampleReturneeInput, investment: '-3' },
      );
      expect(result.issues[0]?.message).toBe(
        '“投资额(万元)”的值 -3 是负数，此项只能是 0 或正数。请改正。',
      );
    });

    it('win over an extra field message', () => {
      const messages = { extra_field_invalid: '{column}：{message}' };
      const result = parseWith(
        library,
        { ...options, messages, extraFields },
        { ...exampleReturneeInput, consent: 'no' },
      );
      expect(result.issues[0]?.message).toBe('consent：请勾选同意');
    });
  },
);
