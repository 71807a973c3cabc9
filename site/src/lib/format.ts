import type { Count } from './bundle.js';

const integerFormat = new Intl.NumberFormat('zh-CN', {
  maximumFractionDigits: 0,
});

/** Formats a count with thousands separators, or returns the marker. */
export function formatCount(count: Count, marker: string): string {
  return count === null ? marker : integerFormat.format(count);
}

/** Formats a `YYYY-MM-DD` date as 2026年9月30日. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Describes the suppressed small counts, such as `1 至 4`, or `1`. */
export function formatSmallCountRange(minimumCount: number): string {
  return minimumCount <= 2 ? '1' : `1 至 ${minimumCount - 1}`;
}
