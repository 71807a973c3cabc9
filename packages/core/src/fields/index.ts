export { fieldsOf, findField, headerSpecsOf } from './catalogue.js';
export { renderDataDictionary } from './dictionary.js';
export type {
  FieldNameOf,
  OutMigrantFieldName,
  PersonFieldName,
  RawRecordOf,
  RecordOf,
  ReturneeFieldName,
} from './names.js';
export { outMigrantFields } from './out-migrant.js';
export { returneeFields } from './returnee.js';
export { recordKinds } from './spec.js';
export { renderTemplateCsv, templateFileName } from './template.js';
export type {
  DatePrecision,
  FieldSpec,
  FieldType,
  LocalizedText,
  Requirement,
  RequirementCondition,
  RequirementRule,
} from './spec.js';
export { exampleOutMigrantInput, exampleReturneeInput } from './examples.js';
