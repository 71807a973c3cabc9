/**
 * The valibot front end: schemas that validate a raw survey record (one
 * string per field) and return the typed record, with the record types.
 * Importing this subpath does not load zod or the CSV reader.
 *
 * @packageDocumentation
 */
export type { Issue, Locale, Severity } from '../issues/issue.js';
export type * from '../model/types.js';
export type { MessageOverrides, RecordIssueCode } from '../schema/messages.js';
export * from '../schema/valibot.js';
export type {
  ExtraFields,
  ExtraFieldsInput,
  ExtraFieldsOutput,
  NoExtraFields,
} from '../validate/extra-fields.js';
