/**
 * Escapes text for a Markdown table cell: a `|` would end the cell and a
 * line break the row.
 */
export function markdownCell(text: string): string {
  return text.replace(/\r?\n/gu, ' ').replaceAll('|', '\\|');
}

/** Renders a Markdown table whose columns are not padded to equal widths. */
export function markdownTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const lines = [
    formatRow(header),
    formatRow(header.map(() => '---')),
    ...rows.map(formatRow),
  ];
  return lines.join('\n');
}

function formatRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
