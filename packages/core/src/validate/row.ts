import type { CsvColumn, CsvRow } from '../csv/index.js';
import type { RawRecordOf, RecordOf } from '../fields/index.js';
import type { CalendarDate, RecordKind } from '../model/types.js';
import type { Registry } from '../registry/index.js';
import { validateValues, type RecordValidation } from './engine.js';
import {
  assertExtraFieldNames,
  type ExtraFields,
  type ExtraFieldsInput,
  type ExtraFieldsOutput,
  type NoExtraFields,
  type WithExtraFields,
} from './extra-fields.js';
import { resolveOptions } from './options.js';
import type { RecordObjectOptions } from './types.js';

/** File, columns and settings that `validateRow` reads besides the row. */
export interface RowContext {
  /** File name or path, copied into every issue. */
  file: string;
  /** Columns of the file, for the header of each field. */
  columns: readonly CsvColumn[];
  /** County registry; without it township and village are only checked for presence. */
  registry?: Registry;
  /** Date treated as today (`YYYY-MM-DD`). */
  today: CalendarDate;
  /** First day on which a survey may have taken place (`YYYY-MM-DD`). */
  programmeStart: CalendarDate;
}

/** Maps each field to the header it had in the file. */
export function headersByField(
  columns: readonly CsvColumn[],
): Map<string, string> {
  const headers = new Map<string, string>();
  for (const column of columns) {
    if (column.field !== undefined && !headers.has(column.field)) {
      headers.set(column.field, column.header);
    }
  }
  return headers;
}

/**
 * Validates one CSV row. A row with a CSV error of its own (a wrong cell
 * count) is rejected with that error and its fields are not checked, since
 * they would only repeat the same cause.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 */
export function validateRow<K extends RecordKind>(
  kind: K,
  row: CsvRow,
  context: RowContext,
): RecordValidation<RecordOf<K>> {
  if (row.issues.some((issue) => issue.severity === 'error')) {
    return { issues: [...row.issues] };
  }
  const resolved = resolveOptions(context);
  const result = validateValues(kind, row.values, resolved, {
    file: context.file,
    row: row.row,
    headers: headersByField(context.columns),
  });
  return {
    ...(result.record === undefined
      ? {}
      : { record: result.record as RecordOf<K> }),
    ...(result.unverified === undefined
      ? {}
      : {
          unverified: {
            record: result.unverified.record as RecordOf<K>,
            residentId: result.unverified.residentId,
          },
        }),
    issues: [...row.issues, ...result.issues],
  };
}

/**
 * Any object keyed by field name: with string values only, unless extra
 * fields are given, whose validators may take values of any type.
 */
type RecordObjectInput<E extends ExtraFields> = [keyof E] extends [never]
  ? Readonly<Record<string, string | undefined>>
  : Readonly<Record<string, unknown>>;

/**
 * Validates a record given as an object keyed by field name, such as a
 * form submission. An empty string counts as a missing value. Issues carry
 * the field and its standard header as `column`, but no row or file.
 * Validators in `options.extraFields` check the fields an embedding app
 * adds, and their outputs are added to the record.
 *
 * @throws {RangeError} When `today` or `programmeStart` is not `YYYY-MM-DD`.
 * @throws {TypeError} When an extra field has the name of a record field.
 */
export function validateRecordObject<
  K extends RecordKind,
  E extends ExtraFields = NoExtraFields,
>(
  kind: K,
  values:
    WithExtraFields<RawRecordOf<K>, ExtraFieldsInput<E>> | RecordObjectInput<E>,
  options: RecordObjectOptions<E> = {},
): RecordValidation<WithExtraFields<RecordOf<K>, ExtraFieldsOutput<E>>> {
  const { extraFields, ...validation } = options;
  const context = resolveOptions(validation);
  if (extraFields !== undefined) {
    assertExtraFieldNames(kind, extraFields);
    context.extraFields = extraFields;
  }
  const input = values as Readonly<Record<string, unknown>>;
  const result = validateValues(kind, input, context);
  return result as RecordValidation<
    WithExtraFields<RecordOf<K>, ExtraFieldsOutput<E>>
  >;
}
