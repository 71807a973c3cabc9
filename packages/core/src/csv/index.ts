export { decodeCsvBytes, detectNonTextFile } from './decode.js';
export type { DecodedCsv, NonTextKind } from './decode.js';
export { columnLetter, normalizeHeader } from './headers.js';
export { csvMessages } from './messages.js';
export { readCsvTable } from './read.js';
export type { CsvInput } from './read.js';
export type {
  CsvColumn,
  CsvEncoding,
  CsvRow,
  CsvTable,
  HeaderSpec,
} from './types.js';
export { writeCsv } from './write.js';
export type { WriteCsvOptions } from './write.js';
