/** Byte order mark that makes Excel read a CSV file as UTF-8. */
const BOM = '\uFEFF';

/** Quotes a CSV field when it contains a comma, a quote or a line break. */
function formatField(value: string): string {
  if (/[",\r\n]/u.test(value)) {
    return `"${value.replace(/"/gu, '""')}"`;
  }
  return value;
}

/**
 * Formats rows as CSV bytes for Excel: UTF-8 with a byte order mark, fields
 * quoted only when needed (RFC 4180), every line ended by CRLF.
 */
export function encodeCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const text = rows
    .map((row) => `${row.map(formatField).join(',')}\r\n`)
    .join('');
  return new TextEncoder().encode(BOM + text);
}
