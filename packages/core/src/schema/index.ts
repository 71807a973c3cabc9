export { getSurveyIssueCode } from './issue-code.js';
export { formatRecordIssue } from './messages.js';
export type { MessageOverrides, RecordIssueCode } from './messages.js';
export type { SchemaOptions } from './options.js';
export {
  createOutMigrantValibotSchema,
  createReturneeValibotSchema,
  createSurveyValibotSchema,
  outMigrantValibotSchema,
  returneeValibotSchema,
} from './valibot.js';
export type {
  SurveyRecordAction,
  SurveyRecordIssue,
  SurveyValibotSchema,
} from './valibot.js';
export {
  createOutMigrantSchema,
  createReturneeSchema,
  createSurveySchema,
  outMigrantSchema,
  returneeSchema,
} from './zod.js';
export type { OutMigrantRecord, ReturneeRecord, SurveySchema } from './zod.js';
