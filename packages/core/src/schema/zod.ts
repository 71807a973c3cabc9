import * as z from 'zod';
import type { FieldNameOf, RecordOf } from '../fields/index.js';
import { fieldsOf } from '../fields/index.js';
import type { Locale } from '../issues/issue.js';
import type {
  OutMigrantRecord,
  RecordKind,
  ReturneeRecord,
} from '../model/types.js';
import {
  resolveOptions,
  validateValues,
  type ValidationOptions,
} from '../validate/index.js';
import { formatRecordIssue } from './messages.js';

/** Settings of a schema: the validation options and the message language. */
export interface SchemaOptions extends ValidationOptions {
  /** Language of the zod issue messages; default `zh-CN`. */
  locale?: Locale;
}

/** Input shape of a record kind: one optional string per field. */
type InputShape<K extends RecordKind> = {
  [F in FieldNameOf<K>]: z.ZodOptional<z.ZodString>;
};

/** A zod schema from raw strings keyed by field name to a typed record. */
export type SurveySchema<K extends RecordKind> = z.ZodPipe<
  z.ZodObject<InputShape<K>, z.core.$strip>,
  z.ZodTransform<RecordOf<K>, z.output<z.ZodObject<InputShape<K>>>>
>;

/** Builds the input shape of a record kind from the field catalogue. */
function inputShape<K extends RecordKind>(kind: K): InputShape<K> {
  const entries = fieldsOf(kind).map((spec) => [
    spec.name,
    z.string().optional(),
  ]);
  return Object.fromEntries(entries) as InputShape<K>;
}

/**
 * Creates a zod schema of a record kind that runs the same parsers and
 * rules as `validateRecordObject`. Each error becomes a zod issue with code
 * `custom`, path `[field]` and `params: { code, severity, values }`, where
 * `values` are the masked message parameters. Warnings do not fail the
 * parse and are not reported; call `validateRecordObject` to see them.
 * `today` defaults to the local date at each parse.
 */
export function createSurveySchema<K extends RecordKind>(
  kind: K,
  options: SchemaOptions = {},
): SurveySchema<K> {
  const { locale = 'zh-CN', ...validation } = options;
  return z.object(inputShape(kind)).transform((input, context) => {
    const values = input as Readonly<Record<string, string | undefined>>;
    const result = validateValues(kind, values, resolveOptions(validation));
    for (const issue of result.issues) {
      if (issue.severity !== 'error') {
        continue;
      }
      context.addIssue({
        code: 'custom',
        message: formatRecordIssue(issue, kind, locale),
        path: issue.field === undefined ? [] : [issue.field],
        input: issue.field === undefined ? values : values[issue.field],
        params: {
          code: issue.code,
          severity: issue.severity,
          ...(issue.params === undefined ? {} : { values: issue.params }),
        },
      });
    }
    if (result.record === undefined) {
      return z.NEVER;
    }
    return result.record as RecordOf<K>;
  }) as SurveySchema<K>;
}

/** Creates the returnee schema with the given options. */
export function createReturneeSchema(
  options: SchemaOptions = {},
): SurveySchema<'returnee'> {
  return createSurveySchema('returnee', options);
}

/** Creates the out-migrant schema with the given options. */
export function createOutMigrantSchema(
  options: SchemaOptions = {},
): SurveySchema<'out-migrant'> {
  return createSurveySchema('out-migrant', options);
}

/** Returnee schema without a registry, programme start 2020-01-01. */
export const returneeSchema: SurveySchema<'returnee'> =
  /* @__PURE__ */ createReturneeSchema();

/** Out-migrant schema without a registry, programme start 2020-01-01. */
export const outMigrantSchema: SurveySchema<'out-migrant'> =
  /* @__PURE__ */ createOutMigrantSchema();

/** Record types re-exported beside their schemas. */
export type { OutMigrantRecord, ReturneeRecord };
