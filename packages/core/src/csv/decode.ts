import type { CsvEncoding } from './types.js';

/** Decoded text of a CSV file and the encoding it was read as. */
export interface DecodedCsv {
  /** Text without the byte order mark. */
  text: string;
  /** Encoding the bytes were decoded from. */
  encoding: CsvEncoding;
}

/**
 * Share of non-ASCII characters that may be invalid UTF-8 in a file still
 * read as UTF-8. A file joined from a UTF-8 export and a few GBK rows stays
 * UTF-8, so its header and most rows read correctly and only the GBK bytes
 * become U+FFFD; real GBK text is almost never valid UTF-8.
 */
const MAX_INVALID_UTF8_SHARE = 0.1;

/**
 * Decodes the bytes of a CSV file: UTF-8 when they start with a UTF-8 byte
 * order mark, else UTF-8 when they are valid UTF-8 (or nearly so, see
 * `MAX_INVALID_UTF8_SHARE`), else GB18030 (a superset of GBK and GB2312).
 * Bytes that are invalid in the chosen encoding become U+FFFD.
 *
 * NOTE: GB18030 decoding needs a runtime whose `TextDecoder` supports it: all
 * current browsers and Node.js builds with full ICU (the default builds).
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8-bom',
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    if (invalidShare(lenient) <= MAX_INVALID_UTF8_SHARE) {
      return { text: lenient, encoding: 'utf-8' };
    }
    return {
      text: new TextDecoder('gb18030').decode(bytes),
      encoding: 'gb18030',
    };
  }
}

/** Returns the share of U+FFFD among the non-ASCII characters of a text. */
function invalidShare(text: string): number {
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii += 1;
    if (code === 0xfffd) replaced += 1;
  }
  return nonAscii === 0 ? 1 : replaced / nonAscii;
}

/** Kind of file that cannot be read as CSV text. */
export type NonTextKind = 'excel_workbook' | 'utf16' | 'binary';

/**
 * Recognises files that are not CSV text: an Excel workbook (an .xlsx zip
 * archive or an .xls compound file), UTF-16 text with a byte order mark
 * (Excel's "Unicode text"), or any other file containing a NUL byte.
 * Returns `undefined` for text files.
 */
export function detectNonTextFile(bytes: Uint8Array): NonTextKind | undefined {
  const startsWith = (...prefix: number[]): boolean =>
    prefix.every((byte, i) => bytes[i] === byte);

  if (startsWith(0x50, 0x4b, 0x03, 0x04)) return 'excel_workbook';
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return 'excel_workbook';
  }
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) return 'utf16';
  if (bytes.indexOf(0) !== -1) return 'binary';
  return undefined;
}
