import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { exampleReturneeInput } from '../fields/index.js';
import type { ReturneeRecord } from '../model/types.js';
import { validateExtraFields } from './extra-fields.js';
import { validateRecordObject } from './row.js';

const options = { today: '2024-07-01' };

/** A Standard Schema validator that always returns a promise. */
const asyncValidator: StandardSchemaV1<string> = {
  '~standard': {
    version: 1,
    vendor: 'test',
    validate: (value) => Promise.resolve({ value: String(value) }),
  },
};

describe('validateExtraFields', () => {
  it('keeps the outputs of passing validators', () => {
    const result = validateExtraFields(
      { consent: 'yes', householdSize: '4' },
      {
        consent: z.literal('yes'),
        householdSize: v.pipe(v.string(), v.toNumber()),
      },
    );
    expect(result).toEqual({
      values: { consent: 'yes', householdSize: 4 },
      issues: [],
    });
  });

  it('reports each validator issue with its message', () => {
    const result = validateExtraFields(
      { consent: 'no' },
      { consent: z.literal('yes', { error: '请勾选同意' }) },
    );
    expect(result.issues).toEqual([
      {
        code: 'extra_field_invalid',
        severity: 'error',
        field: 'consent',
        params: { message: '请勾选同意' },
      },
    ]);
  });

  it('adds the path inside the value', () => {
    const result = validateExtraFields(
      { contact: { person: '', relation: '母亲' } },
      {
        contact: v.object({
          person: v.pipe(v.string(), v.nonEmpty('请填写联系人')),
          relation: v.string(),
        }),
      },
    );
    expect(result.issues[0]?.params).toEqual({
      message: '请填写联系人',
      path: 'person',
    });
  });

  it('passes a missing value as undefined', () => {
    const seen: unknown[] = [];
    const spy: StandardSchemaV1 = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: (value) => {
          seen.push(value);
          return { value };
        },
      },
    };
    const result = validateExtraFields({}, { note: spy });
    expect(seen).toEqual([undefined]);
    expect(result.values).not.toHaveProperty('note');
  });

  it('rejects an async validator', async () => {
    const result = validateExtraFields({ note: 'x' }, { note: asyncValidator });
    expect(result.issues).toEqual([
      { code: 'extra_field_async', severity: 'error', field: 'note' },
    ]);
    expect(result.values).toEqual({});
  });

  it('handles a rejected async result', async () => {
    const failing: StandardSchemaV1 = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: () => Promise.reject(new Error('lookup failed')),
      },
    };
    const result = validateExtraFields({}, { note: failing });
    // An unhandled rejection would fail the test run after this tick.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(result.issues[0]?.code).toBe('extra_field_async');
  });
});

describe('validateRecordObject with extra fields', () => {
  const extraFields = {
    consent: z.literal('yes', { error: '请勾选同意' }),
    householdSize: v.optional(v.pipe(v.string(), v.toNumber())),
  };

  it('adds extra outputs to the record', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, consent: 'yes', householdSize: '4' },
      { ...options, extraFields },
    );
    expect(result.issues).toEqual([]);
    expect(result.record).toMatchObject({ consent: 'yes', householdSize: 4 });
    expect(result.record?.kind).toBe('returnee');
  });

  it('types the extra outputs', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, consent: 'yes' },
      { ...options, extraFields },
    );
    type Expected = ReturneeRecord & { consent: 'yes' } & {
      householdSize?: number | undefined;
    };
    expectTypeOf(result.record).toEqualTypeOf<Expected | undefined>();
  });

  it('rejects the record on an extra field error', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, consent: 'no' },
      { ...options, extraFields },
    );
    expect(result.record).toBeUndefined();
    expect(result.issues).toEqual([
      {
        code: 'extra_field_invalid',
        severity: 'error',
        field: 'consent',
        params: { message: '请勾选同意' },
      },
    ]);
  });

  it('reports extra issues after record issues', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, name: '' },
      { ...options, extraFields },
    );
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'field_required',
      'extra_field_invalid',
    ]);
  });

  it('rejects an extra field named like a record field', () => {
    expect(() =>
      validateRecordObject('returnee', exampleReturneeInput, {
        ...options,
        extraFields: { phone: z.string() },
      }),
    ).toThrow(TypeError);
    expect(() =>
      validateRecordObject('returnee', exampleReturneeInput, {
        ...options,
        extraFields: { townshipCode: z.string() },
      }),
    ).toThrow(
      'Extra field "townshipCode" clashes with a property of the returnee record',
    );
  });

  it('allows a name of the other kind', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, workCity: '宁波' },
      { ...options, extraFields: { workCity: z.string() } },
    );
    expect(result.record).toHaveProperty('workCity', '宁波');
  });
});
