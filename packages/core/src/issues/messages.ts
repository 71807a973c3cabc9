import { csvMessages } from '../csv/messages.js';
import { dateMessages } from '../dates/messages.js';
import { dedupeMessages } from '../dedupe/messages.js';
import { idMessages } from '../id/messages.js';
import { linkageMessages } from '../linkage/messages.js';
import { registryMessages } from '../registry/messages.js';
import { validationMessages } from '../validate/messages.js';
import type { Issue, Locale, MessageTemplates } from './issue.js';
import { maskLongDigitRuns } from './mask-params.js';
import { fillTemplate } from './template.js';

/** Message templates of every issue code, keyed by code. */
export const issueMessages: Readonly<Record<string, MessageTemplates>> = {
  ...csvMessages,
  ...registryMessages,
  ...idMessages,
  ...dateMessages,
  ...validationMessages,
  ...dedupeMessages,
  ...linkageMessages,
};

/**
 * Formats an issue's message in the given language (zh-CN by default),
 * filling `{placeholders}` from the issue's params, column, row and file.
 * A code without a template yields the code itself, so a message is never
 * empty. Runs of 7 or more digits in the `value` param are masked even
 * when the issue's producer did not mask them, because a shifted column
 * can put an ID or phone number into any field.
 */
export function formatIssue(issue: Issue, locale: Locale = 'zh-CN'): string {
  const template = issueMessages[issue.code]?.[locale];
  if (template === undefined) return issue.code;
  const values: Record<string, string | number | undefined> = {
    ...maskLongDigitRuns(issue.params),
    column: issue.column ?? issue.field,
    row: issue.row,
    file: issue.file,
  };
  return fillTemplate(template, values);
}
