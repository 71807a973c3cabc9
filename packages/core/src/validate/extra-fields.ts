import type { StandardSchemaV1 } from '@standard-schema/spec';
import { fieldsOf } from '../fields/catalogue.js';
import type { Issue } from '../issues/issue.js';
import type { RecordKind } from '../model/types.js';

/**
 * Validators of the fields that an embedding app adds to a record, keyed by
 * field name. Any Standard Schema v1 validator works, such as a zod 4 or
 * valibot 1 schema, as long as it validates synchronously.
 */
export type ExtraFields = Readonly<Record<string, StandardSchemaV1>>;

/** Extra fields of a call that passes none. */
export type NoExtraFields = Record<never, never>;

/** Names of the extra fields whose validator accepts `undefined`. */
type OptionalExtraFieldName<E extends ExtraFields> = {
  [N in keyof E]: undefined extends StandardSchemaV1.InferInput<E[N]>
    ? N
    : never;
}[keyof E];

/**
 * Input of the extra fields: each validator's input type, optional where
 * the validator accepts `undefined`.
 */
export type ExtraFieldsInput<E extends ExtraFields> = {
  [
    N in Exclude<keyof E, OptionalExtraFieldName<E>>
  ]: StandardSchemaV1.InferInput<E[N]>;
} & {
  [N in OptionalExtraFieldName<E>]?: StandardSchemaV1.InferInput<E[N]>;
};

/** Names of the extra fields whose validator may output `undefined`. */
type OptionalExtraOutputName<E extends ExtraFields> = {
  [N in keyof E]: undefined extends StandardSchemaV1.InferOutput<E[N]>
    ? N
    : never;
}[keyof E];

/**
 * Output of the extra fields: each validator's output type, optional where
 * it may be `undefined`, because the record leaves such a value out.
 */
export type ExtraFieldsOutput<E extends ExtraFields> = {
  [
    N in Exclude<keyof E, OptionalExtraOutputName<E>>
  ]: StandardSchemaV1.InferOutput<E[N]>;
} & {
  [N in OptionalExtraOutputName<E>]?: StandardSchemaV1.InferOutput<E[N]>;
};

/**
 * A type with the extra fields added, or the type itself when there are
 * none, so that the types of a call without extra fields stay unchanged.
 */
export type WithExtraFields<T, X> = [keyof X] extends [never] ? T : T & X;

/** Record properties that the engine sets besides the catalogue fields. */
const DERIVED_PROPERTIES: readonly string[] = [
  'kind',
  'townshipCode',
  'villageCode',
];

/**
 * Throws a TypeError when an extra field has the name of a catalogue field
 * or of a property the engine derives, since its value would overwrite or
 * be overwritten by the record's own.
 */
export function assertExtraFieldNames(
  kind: RecordKind,
  extraFields: ExtraFields,
): void {
  const reservedNames = new Set([
    ...fieldsOf(kind).map((spec) => spec.name),
    ...DERIVED_PROPERTIES,
  ]);
  for (const name of Object.keys(extraFields)) {
    if (reservedNames.has(name)) {
      throw new TypeError(
        `Extra field "${name}" clashes with a property of the ${kind} record. Give the extra field another name.`,
      );
    }
  }
}

/** Values and issues of the extra fields of one record. */
export interface ExtraFieldsResult {
  /** Output of each validator that succeeded, when not `undefined`. */
  values: Record<string, unknown>;
  /** `extra_field_invalid` and `extra_field_async` errors. */
  issues: Issue[];
}

/** Returns whether a validation result is a promise or another thenable. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** Joins the keys of a Standard Schema issue path with dots. */
function formatPath(path: StandardSchemaV1.Issue['path']): string | undefined {
  if (path === undefined || path.length === 0) {
    return undefined;
  }
  return path
    .map((segment) =>
      String(typeof segment === 'object' ? segment.key : segment),
    )
    .join('.');
}

/**
 * Runs the validator of each extra field on the field's value as given,
 * without the trimming and the empty-string rule of the catalogue fields:
 * a missing value is passed as `undefined` and the validator decides.
 *
 * Each issue of a failing validator becomes an `extra_field_invalid`
 * error. Its `message` parameter is the validator's message, and its
 * `path` parameter is the dotted path inside the value, when there is one. A validator that returns
 * a promise gives `extra_field_async`, since the engine validates
 * synchronously.
 *
 * NOTE: the validator's message is copied unmasked, so a validator of a
 * personal value should not quote the value in its messages.
 */
export function validateExtraFields(
  input: Readonly<Record<string, unknown>>,
  extraFields: ExtraFields,
): ExtraFieldsResult {
  const result: ExtraFieldsResult = { values: {}, issues: [] };
  for (const [field, validator] of Object.entries(extraFields)) {
    const outcome = validator['~standard'].validate(input[field]);
    if (isThenable(outcome)) {
      // The result is never awaited, so a rejection would otherwise be
      // unhandled. The issue below already reports the misuse.
      Promise.resolve(outcome).catch(() => undefined);
      result.issues.push({
        code: 'extra_field_async',
        severity: 'error',
        field,
      });
      continue;
    }
    if (outcome.issues) {
      for (const issue of outcome.issues) {
        const path = formatPath(issue.path);
        result.issues.push({
          code: 'extra_field_invalid',
          severity: 'error',
          field,
          params: {
            message: issue.message,
            ...(path === undefined ? {} : { path }),
          },
        });
      }
      continue;
    }
    if (outcome.value !== undefined) {
      result.values[field] = outcome.value;
    }
  }
  return result;
}
