/** Options of `writeCsv`. */
export interface WriteCsvOptions {
  /**
   * Whether the text starts with a UTF-8 byte order mark. Defaults to true,
   * because Excel reads UTF-8 without one in the local code page and garbles
   * Chinese text.
   */
  bom?: boolean;
  /**
   * Whether to prefix cells that Excel or another spreadsheet would run as a
   * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
   * with a single quote, which blocks CSV formula injection. Plain numbers
   * such as `-5` or `+8613812345678` are left alone. Defaults to true.
   */
  escapeFormulas?: boolean;
}

const formulaStart = /^[=+\-@\t\r]/u;
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;
const needsQuotes = /[",\r\n]/u;

/**
 * Writes a CSV text as RFC 4180 describes it: CRLF after every record
 * including the last, and cells quoted when they contain a comma, a double
 * quote or a line break, with double quotes doubled.
 */
export function writeCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: WriteCsvOptions = {},
): string {
  const { bom = true, escapeFormulas = true } = options;
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => formatCell(cell, escapeFormulas)).join(','),
  );
  const body = lines.map((line) => `${line}\r\n`).join('');
  return bom ? `\uFEFF${body}` : body;
}

function formatCell(cell: string, escapeFormulas: boolean): string {
  let text = cell;
  if (escapeFormulas && formulaStart.test(text) && !plainNumber.test(text)) {
    text = `'${text}`;
  }
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
