/**
 * JSON Schema (draft 2020-12) documents of the survey records, derived from
 * the field catalogue: the normalised record that validation outputs and
 * the raw input that a survey app sends. The documents are plain frozen
 * data, ready for `JSON.stringify`, and this entry point imports neither
 * zod, valibot nor papaparse.
 *
 * @packageDocumentation
 */
export {
  inputJsonSchemaOf,
  outMigrantInputJsonSchema,
  outMigrantRecordJsonSchema,
  recordJsonSchemaOf,
  returneeInputJsonSchema,
  returneeRecordJsonSchema,
} from './documents.js';
export { createInputJsonSchema } from './input.js';
export { JSON_SCHEMA_DIALECT } from './document.js';
export { createRecordJsonSchema } from './record.js';
export type { JsonSchema, JsonSchemaOptions, JsonSchemaType } from './types.js';
