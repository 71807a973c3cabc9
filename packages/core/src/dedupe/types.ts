import type { SurveyRecord } from '../model/types.js';

/** A record that passed validation, with the place it was read from. */
export interface ValidRecord<R extends SurveyRecord> {
  /** File name or path as the caller gave it. */
  file: string;
  /** Spreadsheet row as Excel shows it (the header is row 1). */
  row: number;
  /** Validated record. */
  record: R;
}

/** Place of one record in the input files. */
export interface SourceRow {
  /** File name or path as the caller gave it. */
  file: string;
  /** Spreadsheet row as Excel shows it. */
  row: number;
}

/** One person after deduplication, with the record that represents them. */
export interface Person<R extends SurveyRecord> {
  /**
   * Identity of the person, unique among the persons of one deduplication:
   * `<kind>:id:<resident ID>` for a person with a resident ID number,
   * otherwise `<kind>:row:<row>:<file>` for the single record. It contains
   * the resident ID number, so it must not be published.
   */
  key: string;
  /** Surviving record: the latest survey of this person. */
  record: R;
  /** Places of all merged records, the surviving record first. */
  sources: SourceRow[];
}

/** Field on which the merged records of one person disagree. */
export interface FieldConflict {
  /** Field name in the data model. */
  field: string;
  /**
   * Distinct values, the surviving record's value first (when it has one),
   * with names, resident ID numbers and phone numbers masked.
   */
  values: string[];
}

/** Records merged into one person because they share a resident ID number. */
export interface MergeGroup {
  /** Shared resident ID number, masked. */
  residentId: string;
  /** Surviving record. */
  survivor: SourceRow;
  /** Records dropped in favour of the surviving one, latest first. */
  merged: SourceRow[];
  /** Fields on which the records disagree, in field name order. */
  conflicts: FieldConflict[];
}

/** Result of `dedupeByResidentId`. */
export interface DedupeResult<R extends SurveyRecord> {
  /** Persons, ordered by the file and row of their surviving record. */
  persons: Person<R>[];
  /** Groups of two or more records, ordered like `persons`. */
  merges: MergeGroup[];
}
