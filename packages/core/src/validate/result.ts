import type { Issue, Severity } from '../issues/issue.js';

/**
 * Outcome of parsing one raw value: the converted value with any warnings,
 * or the issues (at least one error) that prevent conversion. Issues carry
 * no field, column or row; the row validator adds them.
 */
export type ParseResult<T> =
  { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Creates an issue without location, for a parser to return. */
export function createIssue(
  code: string,
  severity: Severity,
  params?: Record<string, string | number>,
): Issue {
  return params === undefined ? { code, severity } : { code, severity, params };
}

/** Creates a successful result with optional warnings. */
export function accept<T>(value: T, issues: Issue[] = []): ParseResult<T> {
  return { ok: true, value, issues };
}

/** Creates a failed result from one error. */
export function reject<T>(
  code: string,
  params?: Record<string, string | number>,
): ParseResult<T> {
  return { ok: false, issues: [createIssue(code, 'error', params)] };
}
