import type { StandardSchemaV1 } from '@standard-schema/spec';
import * as v from 'valibot';
import { fieldsOf } from '../fields/catalogue.js';
import type { FieldNameOf, RecordOf } from '../fields/names.js';
import type { Severity } from '../issues/issue.js';
import type {
  OutMigrantRecord,
  RecordKind,
  ReturneeRecord,
  SurveyRecord,
} from '../model/types.js';
import type {
  ExtraFields,
  ExtraFieldsOutput,
  NoExtraFields,
  WithExtraFields,
} from '../validate/extra-fields.js';
import { getSurveyIssueCode, SURVEY_RECORD_ISSUE_TYPE } from './issue-code.js';
import type { SchemaOptions } from './options.js';
import { createSchemaRun, type SchemaError } from './run.js';

/**
 * A valibot issue for one error of the engine. The engine's issue code is
 * in `code` (and `getSurveyIssueCode` reads it from any issue), the masked
 * message parameters in `params`, and the field in `path`. `input` is the
 * field's raw value, as in any valibot issue, while `received` names only
 * its type so that the issue does not repeat personal data.
 */
export interface SurveyRecordIssue extends v.BaseIssue<unknown> {
  /** Issue kind: the schema's last step transforms the input to a record. */
  readonly kind: 'transformation';
  /** Issue type, the same for every engine error. */
  readonly type: typeof SURVEY_RECORD_ISSUE_TYPE;
  /** Stable snake_case issue code of the engine, such as `number_negative`. */
  readonly code: string;
  /** Severity of the engine issue, always `error` because warnings pass. */
  readonly severity: Severity;
  /** Values the message template inserted, with personal data masked. */
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/** The schema step that runs the engine on the checked input object. */
export interface SurveyRecordAction<
  TInput,
  TOutput,
> extends v.BaseTransformation<TInput, TOutput, SurveyRecordIssue> {
  /** Action type. */
  readonly type: typeof SURVEY_RECORD_ISSUE_TYPE;
  /** Action reference. */
  readonly reference: typeof surveyRecord;
}

/** Input entries of a record kind: one optional string per field. */
type InputEntries<K extends RecordKind> = {
  [F in FieldNameOf<K>]: v.OptionalSchema<v.StringSchema<undefined>, undefined>;
};

/**
 * Input entries of extra fields in the object schema: any value passes
 * that stage, and the key is optional where the validator accepts
 * `undefined`. The validators themselves run in the last step.
 */
type ExtraEntries<E extends ExtraFields> = {
  [N in keyof E]: undefined extends StandardSchemaV1.InferInput<E[N]>
    ? v.OptionalSchema<
        v.GenericSchema<
          Exclude<StandardSchemaV1.InferInput<E[N]>, undefined>,
          unknown
        >,
        undefined
      >
    : v.GenericSchema<StandardSchemaV1.InferInput<E[N]>, unknown>;
};

/** Input object schema of a record kind with its extra fields. */
type InputObject<K extends RecordKind, E extends ExtraFields> = v.ObjectSchema<
  WithExtraFields<InputEntries<K>, ExtraEntries<E>>,
  undefined
>;

/**
 * A valibot schema from raw strings keyed by field name to a typed record,
 * with the outputs of any extra fields.
 */
export type SurveyValibotSchema<
  K extends RecordKind,
  E extends ExtraFields = NoExtraFields,
> = v.SchemaWithPipe<
  readonly [
    InputObject<K, E>,
    SurveyRecordAction<
      v.InferOutput<InputObject<K, E>>,
      WithExtraFields<RecordOf<K>, ExtraFieldsOutput<E>>
    >,
  ]
>;

/** Names a value's type for `received`, without quoting the value. */
function describeType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return typeof value === 'object' ? 'Object' : typeof value;
}

/** Converts an engine error to a valibot issue about its field. */
function toValibotIssue(
  error: SchemaError,
  values: Readonly<Record<string, unknown>>,
  config: v.Config<v.BaseIssue<unknown>>,
): SurveyRecordIssue {
  const { issue, message } = error;
  const field = issue.field;
  const input = field === undefined ? values : values[field];
  return {
    kind: 'transformation',
    type: SURVEY_RECORD_ISSUE_TYPE,
    code: issue.code,
    severity: issue.severity,
    ...(issue.params === undefined ? {} : { params: issue.params }),
    input,
    expected: null,
    received: describeType(input),
    message,
    path:
      field === undefined
        ? undefined
        : [
            {
              type: 'object',
              origin: 'value',
              input: values,
              key: field,
              value: input,
            },
          ],
    lang: config.lang,
    abortEarly: config.abortEarly,
    abortPipeEarly: config.abortPipeEarly,
  };
}

/**
 * Creates the schema step that validates a checked input object with the
 * engine and outputs the typed record. With `abortEarly` in the parse
 * config, only the first error is reported.
 */
function surveyRecord(
  kind: RecordKind,
  options: SchemaOptions<ExtraFields>,
): SurveyRecordAction<Record<string, unknown>, SurveyRecord> {
  const run = createSchemaRun(kind, options);
  return {
    kind: 'transformation',
    type: SURVEY_RECORD_ISSUE_TYPE,
    reference: surveyRecord,
    async: false,
    '~run'(dataset, config) {
      const values = dataset.value;
      const { record, errors } = run(values);
      const [first, ...rest] = errors.map((error) =>
        toValibotIssue(error, values, config),
      );
      if (first === undefined) {
        return { typed: true, value: record as SurveyRecord };
      }
      return {
        typed: false,
        value: values,
        issues: config.abortEarly ? [first] : [first, ...rest],
      };
    },
  };
}

/** Builds the input entries of a record kind and its extra fields. */
function inputEntries(
  kind: RecordKind,
  extraFields: ExtraFields,
): v.ObjectEntries {
  const optionalString = v.optional(v.string());
  const anyValue = v.optional(v.unknown());
  const entries: v.ObjectEntries = {};
  for (const spec of fieldsOf(kind)) {
    entries[spec.name] = optionalString;
  }
  for (const name of Object.keys(extraFields)) {
    entries[name] = anyValue;
  }
  return entries;
}

/**
 * Creates a valibot schema of a record kind that runs the same parsers and
 * rules as `validateRecordObject` and the zod schema. Each error becomes a
 * `SurveyRecordIssue` with the engine's code in `code` and path `[field]`.
 * Warnings do not fail the parse and are not reported, so call
 * `validateRecordObject` to see them. Messages follow `options.locale`,
 * not the `lang` of valibot's config. `today` defaults to the local date at
 * each parse.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 * @throws {TypeError} When an extra field has the name of a record field.
 */
export function createSurveyValibotSchema<
  K extends RecordKind,
  E extends ExtraFields = NoExtraFields,
>(kind: K, options: SchemaOptions<E> = {}): SurveyValibotSchema<K, E> {
  const entries = inputEntries(kind, options.extraFields ?? {});
  return v.pipe(
    v.object(entries),
    surveyRecord(kind, options),
  ) as unknown as SurveyValibotSchema<K, E>;
}

/** Creates the returnee valibot schema with the given options. */
export function createReturneeValibotSchema<
  E extends ExtraFields = NoExtraFields,
>(options: SchemaOptions<E> = {}): SurveyValibotSchema<'returnee', E> {
  return createSurveyValibotSchema('returnee', options);
}

/** Creates the out-migrant valibot schema with the given options. */
export function createOutMigrantValibotSchema<
  E extends ExtraFields = NoExtraFields,
>(options: SchemaOptions<E> = {}): SurveyValibotSchema<'out-migrant', E> {
  return createSurveyValibotSchema('out-migrant', options);
}

/** Returnee valibot schema without a registry, programme start 2020-01-01. */
export const returneeValibotSchema: SurveyValibotSchema<'returnee'> =
  /* @__PURE__ */ createReturneeValibotSchema();

/** Out-migrant valibot schema without a registry, programme start 2020-01-01. */
export const outMigrantValibotSchema: SurveyValibotSchema<'out-migrant'> =
  /* @__PURE__ */ createOutMigrantValibotSchema();

export { getSurveyIssueCode };
/** Record and option types re-exported beside their schemas. */
export type { OutMigrantRecord, ReturneeRecord, SchemaOptions };
