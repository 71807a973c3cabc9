export { parseBoolean, parseCode, parseCodes } from './codes.js';
export {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  parseCreditCode,
} from './credit-code.js';
export { validateValues } from './engine.js';
export type {
  RecordLocation,
  RecordValidation,
  UnverifiedRecord,
} from './engine.js';
export { isExcelError } from './excel-error.js';
export { assertExtraFieldNames, validateExtraFields } from './extra-fields.js';
export type {
  ExtraFields,
  ExtraFieldsInput,
  ExtraFieldsOutput,
  ExtraFieldsResult,
  NoExtraFields,
  WithExtraFields,
} from './extra-fields.js';
export { parseField } from './field.js';
export type { FieldParseContext, FieldValueByType } from './field.js';
export { validationMessages } from './messages.js';
export type { ValidationIssueCode } from './messages.js';
export { parseDecimal, parseInteger } from './numbers.js';
export { localToday, resolveOptions } from './options.js';
export { parsePhone } from './phone.js';
export {
  parseTownship,
  parseVillage,
  PLACE_SUGGESTION_COUNT,
} from './places.js';
export type { ParsedPlace, ParsedTownship } from './places.js';
export type { ParseResult } from './result.js';
export { validateRecordObject, validateRow } from './row.js';
export type { RowContext } from './row.js';
export {
  crossFieldRules,
  START_BEFORE_RETURN_TOLERANCE_DAYS,
} from './rules.js';
export {
  collectRowValidations,
  readSurveyCsv,
  validateRows,
  validateSurveyCsv,
  validateTable,
} from './table.js';
export type {
  RowValidation,
  TableValidation,
  UnverifiedRow,
  ValidationCounts,
  ValidRow,
} from './table.js';
export {
  countCodePoints,
  MAX_NAME_LENGTH,
  parseList,
  parseName,
  parseText,
} from './text.js';
export { DEFAULT_PROGRAMME_START } from './types.js';
export type {
  CrossFieldRule,
  ParsedRow,
  RecordObjectOptions,
  ResidentIdFacts,
  RuleContext,
  ValidationOptions,
} from './types.js';
