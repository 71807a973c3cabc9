import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as z from 'zod';
import { fieldsOf } from '../fields/catalogue.js';
import type { FieldNameOf, RecordOf } from '../fields/names.js';
import type {
  OutMigrantRecord,
  RecordKind,
  ReturneeRecord,
} from '../model/types.js';
import type {
  ExtraFields,
  ExtraFieldsOutput,
  NoExtraFields,
  WithExtraFields,
} from '../validate/extra-fields.js';
import type { SchemaOptions } from './options.js';
import { createSchemaRun } from './run.js';

/** Input shape of a record kind: one optional string per field. */
type InputShape<K extends RecordKind> = {
  [F in FieldNameOf<K>]: z.ZodOptional<z.ZodString>;
};

/**
 * Input shape of extra fields in the object schema: any value passes that
 * stage, and the key is optional where the validator accepts `undefined`.
 * The validators themselves run in the transform.
 */
type ExtraShape<E extends ExtraFields> = {
  [N in keyof E]: undefined extends StandardSchemaV1.InferInput<E[N]>
    ? z.ZodOptional<
        z.ZodType<
          unknown,
          Exclude<StandardSchemaV1.InferInput<E[N]>, undefined>
        >
      >
    : z.ZodType<unknown, StandardSchemaV1.InferInput<E[N]>>;
};

/** Input object schema of a record kind with its extra fields. */
type InputObject<K extends RecordKind, E extends ExtraFields> = z.ZodObject<
  WithExtraFields<InputShape<K>, ExtraShape<E>>,
  z.core.$strip
>;

/**
 * A zod schema from raw strings keyed by field name to a typed record,
 * with the outputs of any extra fields.
 */
export type SurveySchema<
  K extends RecordKind,
  E extends ExtraFields = NoExtraFields,
> = z.ZodPipe<
  InputObject<K, E>,
  z.ZodTransform<
    WithExtraFields<RecordOf<K>, ExtraFieldsOutput<E>>,
    z.output<InputObject<K, E>>
  >
>;

/** Builds the input shape of a record kind and its extra fields. */
function inputShape(
  kind: RecordKind,
  extraFields: ExtraFields,
): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of fieldsOf(kind)) {
    shape[spec.name] = z.string().optional();
  }
  for (const name of Object.keys(extraFields)) {
    shape[name] = z.unknown().optional();
  }
  return shape;
}

/**
 * Creates a zod schema of a record kind that runs the same parsers and
 * rules as `validateRecordObject`. Each error becomes a zod issue with code
 * `custom`, path `[field]` and `params: { code, severity, values }`, where
 * `values` are the masked message parameters, and `getSurveyIssueCode`
 * reads the code back. Warnings do not fail the parse and are not reported; call
 * `validateRecordObject` to see them. `today` defaults to the local date at
 * each parse.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 * @throws {TypeError} When an extra field has the name of a record field.
 */
export function createSurveySchema<
  K extends RecordKind,
  E extends ExtraFields = NoExtraFields,
>(kind: K, options: SchemaOptions<E> = {}): SurveySchema<K, E> {
  const run = createSchemaRun(kind, options);
  const shape = inputShape(kind, options.extraFields ?? {});
  return z.object(shape).transform((input, context) => {
    const values = input as Readonly<Record<string, unknown>>;
    const { record, errors } = run(values);
    for (const { issue, message } of errors) {
      context.addIssue({
        code: 'custom',
        message,
        path: issue.field === undefined ? [] : [issue.field],
        input: issue.field === undefined ? values : values[issue.field],
        params: {
          code: issue.code,
          severity: issue.severity,
          ...(issue.params === undefined ? {} : { values: issue.params }),
        },
      });
    }
    return record ?? z.NEVER;
  }) as unknown as SurveySchema<K, E>;
}

/** Creates the returnee schema with the given options. */
export function createReturneeSchema<E extends ExtraFields = NoExtraFields>(
  options: SchemaOptions<E> = {},
): SurveySchema<'returnee', E> {
  return createSurveySchema('returnee', options);
}

/** Creates the out-migrant schema with the given options. */
export function createOutMigrantSchema<E extends ExtraFields = NoExtraFields>(
  options: SchemaOptions<E> = {},
): SurveySchema<'out-migrant', E> {
  return createSurveySchema('out-migrant', options);
}

/** Returnee schema without a registry, programme start 2020-01-01. */
export const returneeSchema: SurveySchema<'returnee'> =
  /* @__PURE__ */ createReturneeSchema();

/** Out-migrant schema without a registry, programme start 2020-01-01. */
export const outMigrantSchema: SurveySchema<'out-migrant'> =
  /* @__PURE__ */ createOutMigrantSchema();

export { getSurveyIssueCode } from './issue-code.js';
/** Record and option types re-exported beside their schemas. */
export type { OutMigrantRecord, ReturneeRecord, SchemaOptions };
