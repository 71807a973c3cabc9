import { dateMessages } from '../dates/index.js';
import { findField } from '../fields/index.js';
import { idMessages } from '../id/index.js';
import type { Issue, Locale, MessageTemplates } from '../issues/issue.js';
import type { RecordKind } from '../model/types.js';
import { validationMessages } from '../validate/index.js';

/** Templates of every code a record validation can emit. */
const recordMessages: Readonly<Record<string, MessageTemplates>> = {
  ...idMessages,
  ...dateMessages,
  ...validationMessages,
};

/**
 * Fills the template of an issue code in the given language. `{column}`
 * falls back to the field's label, and a code without a template yields
 * the code itself.
 */
export function formatRecordIssue(
  issue: Issue,
  kind: RecordKind,
  locale: Locale = 'zh-CN',
): string {
  const template = recordMessages[issue.code]?.[locale];
  if (template === undefined) {
    return issue.code;
  }
  const field =
    issue.field === undefined ? undefined : findField(kind, issue.field);
  const values: Record<string, string | number | undefined> = {
    ...issue.params,
    column: issue.column ?? field?.label[locale],
    row: issue.row,
    file: issue.file,
  };
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
