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
