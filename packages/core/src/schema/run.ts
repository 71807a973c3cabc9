import type { Issue } from '../issues/issue.js';
import type { RecordKind, SurveyRecord } from '../model/types.js';
import { validateValues } from '../validate/engine.js';
import {
  assertExtraFieldNames,
  type ExtraFields,
} from '../validate/extra-fields.js';
import { resolveOptions } from '../validate/options.js';
import { formatRecordIssue } from './messages.js';
import type { SchemaOptions } from './options.js';

/** An error of a record with its formatted message. */
export interface SchemaError {
  /** The engine's issue, located and with personal values masked. */
  issue: Issue;
  /** Message in the schema's language. */
  message: string;
}

/** Outcome of validating one input object for a schema front end. */
export interface SchemaRun {
  /** The typed record with any extra field outputs, absent on errors. */
  record?: SurveyRecord;
  /** Errors only: warnings do not fail a schema and are dropped. */
  errors: SchemaError[];
}

/**
 * Creates the validation that the zod and valibot schemas share. It runs
 * `validateValues` on the input object and formats each error's message.
 * `today` defaults to the local date at each call, not at creation.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 * @throws {TypeError} When an extra field has the name of a record field.
 */
export function createSchemaRun<E extends ExtraFields>(
  kind: RecordKind,
  options: SchemaOptions<E>,
): (input: Readonly<Record<string, unknown>>) => SchemaRun {
  const { locale = 'zh-CN', messages, extraFields, ...validation } = options;
  // Checks the settings once at creation, so that misuse fails early.
  resolveOptions(validation);
  if (extraFields !== undefined) {
    assertExtraFieldNames(kind, extraFields);
  }
  return (input) => {
    const context = resolveOptions(validation);
    if (extraFields !== undefined) {
      context.extraFields = extraFields;
    }
    const result = validateValues(kind, input, context);
    const errors = result.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => ({
        issue,
        message: formatRecordIssue(issue, kind, locale, messages),
      }));
    return result.record === undefined
      ? { errors }
      : { record: result.record, errors };
  };
}
