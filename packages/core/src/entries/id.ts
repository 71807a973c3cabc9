/**
 * Resident ID numbers (GB 11643): normalising what spreadsheets make of
 * them, checking and parsing them, and masking them for display.
 *
 * @packageDocumentation
 */
export type {
  Issue,
  Locale,
  MessageTemplates,
  Severity,
} from '../issues/issue.js';
export * from '../id/index.js';
export { maskResidentId } from '../privacy/mask.js';
