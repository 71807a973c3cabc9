import type { RecordKind } from '../model/types.js';
import { createInputJsonSchema } from './input.js';
import { createRecordJsonSchema } from './record.js';
import type { JsonSchema } from './types.js';

/** Freezes a schema and every object and array inside it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
    Object.freeze(value);
  }
  return value;
}

/**
 * JSON Schema (draft 2020-12) of a normalised returnee record
 * (`ReturneeRecord`), as the validator and the zod and valibot schemas
 * output it. It checks codes, date and number forms, required and
 * conditionally required fields (`businessName` and `entityType` when the
 * status is `self_employed`), jobs created only when self-employed, and it
 * rejects unknown properties.
 *
 * It cannot check the following, which its `$comment` lists: the check
 * characters of the resident ID number and the credit code, and that a
 * date is a real day. Nor can it check that sex and birth date agree with
 * the ID number, that dates are not after the survey date, the survey date
 * range, the registry match of township and village, Unicode NFC, or rules
 * of warning severity.
 */
export const returneeRecordJsonSchema: JsonSchema = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ createRecordJsonSchema('returnee'),
);

/**
 * JSON Schema (draft 2020-12) of a normalised record of a person working
 * away (`OutMigrantRecord`), as the validator and the zod and valibot
 * schemas output it. A record without `residentId` must have `birthDate`.
 * The rules it cannot check are those of `returneeRecordJsonSchema` that
 * concern fields of this kind, listed in `$comment`.
 */
export const outMigrantRecordJsonSchema: JsonSchema =
  /* @__PURE__ */ deepFreeze(
    /* @__PURE__ */ createRecordJsonSchema('out-migrant'),
  );

/**
 * JSON Schema (draft 2020-12) of the raw input of a returnee record: an
 * object of optional strings keyed by field name, with a description per
 * field and the accepted labels of coded fields as `examples`. It checks
 * the shape only, and rejects unknown property names.
 */
export const returneeInputJsonSchema: JsonSchema = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ createInputJsonSchema('returnee'),
);

/**
 * JSON Schema (draft 2020-12) of the raw input of a record of a person
 * working away, loose in the same way as `returneeInputJsonSchema`.
 */
export const outMigrantInputJsonSchema: JsonSchema = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ createInputJsonSchema('out-migrant'),
);

/** Returns the frozen JSON Schema of the normalised record of a kind. */
export function recordJsonSchemaOf(kind: RecordKind): JsonSchema {
  return kind === 'returnee'
    ? returneeRecordJsonSchema
    : outMigrantRecordJsonSchema;
}

/** Returns the frozen JSON Schema of the raw input of a kind. */
export function inputJsonSchemaOf(kind: RecordKind): JsonSchema {
  return kind === 'returnee'
    ? returneeInputJsonSchema
    : outMigrantInputJsonSchema;
}
