export { formatRecordIssue } from './messages.js';
export {
  createOutMigrantSchema,
  createReturneeSchema,
  createSurveySchema,
  outMigrantSchema,
  returneeSchema,
} from './zod.js';
export type {
  OutMigrantRecord,
  ReturneeRecord,
  SchemaOptions,
  SurveySchema,
} from './zod.js';
