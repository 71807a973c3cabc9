/** Issue severity: an error rejects the row, a warning does not. */
export type Severity = 'error' | 'warning';

/**
 * A problem found in a value, a row, a header or a file.
 *
 * Issues carry data, not text: the message is chosen late from a locale
 * table keyed by `code`, so the same issue can be shown in Chinese or
 * English. Values in `params` that identify a person are already masked.
 */
export interface Issue {
  /** Stable snake_case identifier, for example `id_bad_checksum`. */
  code: string;
  /** Whether the issue rejects the row. */
  severity: Severity;
  /** Field name in the data model, when the issue concerns one field. */
  field?: string;
  /** Column header as written in the file. */
  column?: string;
  /** Spreadsheet row as Excel shows it (the header is row 1). */
  row?: number;
  /** File name or path as the caller gave it. */
  file?: string;
  /** Values the message template inserts, with personal data masked. */
  params?: Record<string, string | number>;
}

/** Supported message languages. */
export type Locale = 'zh-CN' | 'en';

/** One message template per locale for an issue code. */
export interface MessageTemplates {
  'zh-CN': string;
  en: string;
}
