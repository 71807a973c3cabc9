/**
 * Calendar dates as survey files write them: parsing the common Chinese and
 * Excel forms to `YYYY-MM-DD` or `YYYY-MM`, comparing them and computing
 * calendar quarters, independent of the time zone.
 *
 * @packageDocumentation
 */
export type {
  Issue,
  Locale,
  MessageTemplates,
  Severity,
} from '../issues/issue.js';
export * from '../dates/index.js';
