/**
 * Data model, validation, CSV reading, deduplication, indicators and the
 * publication bundle of the county survey of people working away and
 * returnees.
 *
 * @packageDocumentation
 */
export * from './aggregate/index.js';
export * from './codes/index.js';
export * from './csv/index.js';
export * from './dates/index.js';
export * from './dedupe/index.js';
export * from './fields/index.js';
export * from './id/index.js';
export * from './indicators/index.js';
export * from './linkage/index.js';
// Both modules export `residentIdKey`; the deduplication key keeps the
// name and the blocking key of record linkage is renamed.
export { residentIdKey } from './dedupe/index.js';
export { residentIdKey as residentIdBlockingKey } from './linkage/index.js';
export type {
  Issue,
  Locale,
  MessageTemplates,
  Severity,
} from './issues/issue.js';
export { formatIssue, issueMessages } from './issues/messages.js';
export type * from './model/types.js';
export * from './pipeline/index.js';
export * from './privacy/index.js';
export * from './publish/index.js';
export * from './registry/index.js';
export * from './schema/index.js';
export * from './suppress/index.js';
export * from './validate/index.js';
