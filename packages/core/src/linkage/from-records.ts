/**
 * Conversion of validated survey records into the records that record
 * linkage reads.
 */
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import type { LinkRecord } from './record.js';

/** A validated survey record with the file and row it was read from. */
export interface SurveyRow {
  /** File name or path as the caller gave it. */
  file: string;
  /** Spreadsheet row as Excel shows it (the header is row 1). */
  row: number;
  /** Validated record. */
  record: ReturneeRecord | OutMigrantRecord;
}

/** A survey row rejected only for its resident ID number. */
export interface UnverifiedSurveyRow extends SurveyRow {
  /** The resident ID number as written, not validated. */
  residentId: string;
}

/** Builds the record id `file#row` that linkage output refers to. */
export function linkRecordId(file: string, row: number): string {
  return `${file}#${row}`;
}

/**
 * Maps a validated survey record to a linkage record with the id
 * `file#row`. Validation has already normalised the resident ID number and
 * rejected invalid ones, so a number that is present counts as valid.
 */
export function toLinkRecord(row: SurveyRow): LinkRecord {
  const { record } = row;
  const link: LinkRecord = {
    id: linkRecordId(row.file, row.row),
    name: record.name,
    sex: record.sex,
    township: record.township,
    village: record.village,
    surveyedAt: record.surveyedAt,
  };
  if (record.residentId !== undefined && record.residentId !== '') {
    link.residentId = record.residentId;
    link.residentIdValid = true;
  }
  if (record.birthDate !== undefined) link.birthDate = record.birthDate;
  if (record.phone !== undefined) link.phone = record.phone;
  if (record.kind === 'returnee') {
    link.returnedAt = record.returnedAt;
  } else if (record.departedAt !== undefined) {
    link.departedAt = record.departedAt;
  }
  return link;
}

/**
 * Maps a row rejected only for its resident ID number to a linkage record
 * with the id `file#row`. The number is passed as written and marked not
 * valid, so that linkage compares it digit by digit (one wrong digit, two
 * swapped) where it can, and never uses it to keep persons apart.
 */
export function toUnverifiedLinkRecord(row: UnverifiedSurveyRow): LinkRecord {
  const link = toLinkRecord(row);
  link.residentId = row.residentId;
  link.residentIdValid = false;
  return link;
}
