/**
 * Reading and writing CSV files: decoding the bytes (BOM, UTF-8, GB18030),
 * matching headers, splitting records with papaparse, reading and
 * validating a survey file, and writing CSV text that Excel opens.
 *
 * @packageDocumentation
 */
export type { Issue, Locale, Severity } from '../issues/issue.js';
export * from '../csv/index.js';
export { readSurveyCsv, validateSurveyCsv } from '../validate/table.js';
export type {
  TableValidation,
  ValidationCounts,
  ValidRow,
} from '../validate/table.js';
