/**
 * JSON Schema (draft 2020-12) documents of the survey records: the raw
 * input a survey app sends and the normalised record that validation
 * outputs. Importing this subpath loads neither zod, valibot nor papaparse.
 *
 * @packageDocumentation
 */
export * from '../json-schema/index.js';
