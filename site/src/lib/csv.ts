/** A CSV syntax error with the 1-based line where the bad field starts. */
export class CsvSyntaxError extends Error {
  /** Line of the file where the offending field starts. */
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

/**
 * Splits RFC 4180 CSV text into records of string fields.
 *
 * Records end with CRLF or LF, and a final line ending adds no empty record.
 * A quoted field may contain commas, line endings and `""` for one quote.
 * Throws a `CsvSyntaxError` on an unterminated quoted field or on text
 * between a closing quote and the next delimiter.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  // True once the current record has any character, so that a last record
  // without a line ending, even one empty quoted field, is kept.
  let recordStarted = false;
  let line = 1;
  let i = 0;

  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
    recordStarted = false;
  };

  while (i < text.length) {
    const char = text[i];
    recordStarted = true;

    if (char === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled.
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) {
          throw new CsvSyntaxError('unterminated quoted field', startLine);
        }
        const quoted = text[i];
        if (quoted === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (quoted === '"') {
          i += 1;
          break;
        } else {
          if (quoted === '\n') line += 1;
          field += quoted;
          i += 1;
        }
      }
      const next = text[i];
      if (
        next !== undefined &&
        next !== ',' &&
        next !== '\r' &&
        next !== '\n'
      ) {
        throw new CsvSyntaxError('text after a closing quote', startLine);
      }
      continue;
    }

    if (char === ',') {
      endField();
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRecord();
      line += 1;
      i += 1;
    } else if (char === '\n') {
      endRecord();
      line += 1;
    } else {
      field += char;
    }
    i += 1;
  }

  if (recordStarted) endRecord();
  return records;
}
