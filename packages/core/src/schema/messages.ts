// Modules are imported directly, not through their folder's index, so that
// the schema front ends do not load the CSV reader that `validate/index.ts`
// re-exports.
import { dateMessages } from '../dates/messages.js';
import type { DateIssueCode } from '../dates/parse.js';
import { findField } from '../fields/catalogue.js';
import { idMessages } from '../id/messages.js';
import type { ResidentIdIssueCode } from '../id/parse.js';
import type { Issue, Locale, MessageTemplates } from '../issues/issue.js';
import { fillTemplate } from '../issues/template.js';
import type { RecordKind } from '../model/types.js';
import {
  validationMessages,
  type ValidationIssueCode,
} from '../validate/messages.js';

/** Issue codes that validating one record can emit. */
export type RecordIssueCode =
  ValidationIssueCode | ResidentIdIssueCode | DateIssueCode;

/**
 * Message templates that replace ours, by issue code: one template for
 * every language, or templates for some languages (the others keep ours).
 * Templates take the same `{placeholders}` as ours.
 */
export type MessageOverrides = Partial<
  Record<RecordIssueCode, string | Partial<MessageTemplates>>
>;

/** Templates of every code a record validation can emit. */
const recordMessages: Readonly<Record<string, MessageTemplates>> = {
  ...idMessages,
  ...dateMessages,
  ...validationMessages,
};

/** Picks the template of a code: an override first, then ours. */
function templateOf(
  code: string,
  locale: Locale,
  overrides: MessageOverrides | undefined,
): string | undefined {
  const override = overrides?.[code as RecordIssueCode];
  if (typeof override === 'string') {
    return override;
  }
  return override?.[locale] ?? recordMessages[code]?.[locale];
}

/**
 * Fills the template of an issue code in the given language, taking the
 * template from `overrides` when it has the code. `{column}` falls back to
 * the field's label, or to the field name for a field outside the
 * catalogue, and a code without a template yields the code itself.
 */
export function formatRecordIssue(
  issue: Issue,
  kind: RecordKind,
  locale: Locale = 'zh-CN',
  overrides?: MessageOverrides,
): string {
  const template = templateOf(issue.code, locale, overrides);
  if (template === undefined) {
    return issue.code;
  }
  const field =
    issue.field === undefined ? undefined : findField(kind, issue.field);
  const values: Record<string, string | number | undefined> = {
    ...issue.params,
    column: issue.column ?? field?.label[locale] ?? issue.field,
    row: issue.row,
    file: issue.file,
  };
  return fillTemplate(template, values);
}
