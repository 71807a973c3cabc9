import type { Issue, Locale, RowCounts } from '@yangui/core';

/** Formats the row accounting line that every report carries. */
export function formatRowCounts(rows: RowCounts, locale: Locale): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return locale === 'en'
    ? `rows read ${n(rows.read)} = valid ${n(rows.valid)} + rejected ${n(rows.rejected)}`
    : `读取 ${n(rows.read)} 行 = 有效 ${n(rows.valid)} 行 + 拒绝 ${n(rows.rejected)} 行`;
}

/** Counts issues by severity and by code, most frequent code first. */
export function countIssues(issues: readonly Issue[]) {
  let errors = 0;
  let warnings = 0;
  const byCode = new Map<string, number>();
  for (const issue of issues) {
    if (issue.severity === 'error') errors += 1;
    else warnings += 1;
    byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
  }
  const codes = [...byCode].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  return { errors, warnings, codes };
}

function cmp(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
