import Papa from 'papaparse';

/** CSV records and the quote errors papaparse found, by record index. */
export interface ParsedRecords {
  records: string[][];
  quoteErrors: Map<number, 'csv_unclosed_quote' | 'csv_bad_quotes'>;
}

/** Splits CSV text into records of raw cells with papaparse. */
export function parseRecords(text: string): ParsedRecords {
  // A file may mix CRLF, LF and old Mac CR line ends, so all become LF.
  const result = Papa.parse<string[]>(text.replace(/\r\n?/gu, '\n'), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
  });

  const quoteErrors: ParsedRecords['quoteErrors'] = new Map();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    // An unclosed quote takes the rest of the file, so it outranks others.
    if (error.code === 'MissingQuotes') {
      quoteErrors.set(error.row, 'csv_unclosed_quote');
    } else if (!quoteErrors.has(error.row)) {
      quoteErrors.set(error.row, 'csv_bad_quotes');
    }
  }
  return { records: result.data, quoteErrors };
}

/** Tells whether every cell of a record is empty or white space. */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
