/**
 * Records as record linkage reads them, and their prepared form.
 *
 * `prepareRecord` does the costly work (OpenCC, pinyin, ID and date
 * parsing) once per record, so that comparing a pair only reads strings
 * and numbers.
 */
import { isValidCalendarDay } from '../dates/calendar.js';
import { residentIdCheckCharacter } from '../id/check.js';
import { normalizeResidentId } from '../id/normalize.js';
import { parseResidentId } from '../id/parse.js';
import type { CalendarDate, Sex } from '../model/types.js';
import { nameForms, type NameForms } from './name.js';

/** A person record as input to record linkage. */
export interface LinkRecord {
  /** Identifier of the record, unique within the linkage run. */
  id: string;
  /** Name as written. */
  name?: string;
  /** Resident ID number as given, normalised if possible. */
  residentId?: string;
  /**
   * Whether validation accepted the resident ID number. When absent,
   * `prepareRecord` decides with `parseResidentId`.
   */
  residentIdValid?: boolean;
  /** Sex. */
  sex?: Sex;
  /** Birth date, `YYYY-MM-DD` or `YYYY-MM`. */
  birthDate?: CalendarDate;
  /** Phone number as written. */
  phone?: string;
  /** Township name. */
  township?: string;
  /** Village name. */
  village?: string;
  /** Return date, `YYYY-MM-DD` or `YYYY-MM`. */
  returnedAt?: CalendarDate;
  /** Departure date, `YYYY-MM-DD` or `YYYY-MM`. */
  departedAt?: CalendarDate;
  /** Survey date, `YYYY-MM-DD` or `YYYY-MM`. */
  surveyedAt?: CalendarDate;
}

/**
 * A record with every value the comparisons and blocking rules read.
 *
 * Missing values are `''` for strings and `0` for numbers, so every prepared
 * record has the same shape. A value that cannot be read (a date that is
 * not `YYYY-MM-DD` or `YYYY-MM`) counts as missing.
 */
export interface PreparedRecord {
  /** Identifier of the record. */
  id: string;
  /** Record the values were computed from. */
  source: LinkRecord;
  /** Name forms, with `normalized` empty when the name is missing. */
  name: NameForms;
  /** Resident ID number after `normalizeResidentId`. */
  residentId: string;
  /**
   * 18-character form: the number itself, or a 15-digit number upgraded by
   * inserting `19` and computing the check character. Empty when unusable.
   */
  residentId18: string;
  /** Whether the number was given with 15 digits. */
  residentIdLegacy: boolean;
  /** Whether an 18-character number was given and its check character fits. */
  residentIdCheckPasses: boolean;
  /** Whether the number is valid, by `LinkRecord.residentIdValid` or parsing. */
  residentIdValid: boolean;
  /**
   * Whether a number was given but cannot be compared digit by digit: Excel
   * scientific notation, 000 written by Excel over the last 3 digits, or a
   * length other than 15 or 18 digits (with `X` only as the 18th).
   */
  residentIdUnusable: boolean;
  /** Sex, or `''`. */
  sex: Sex | '';
  /** Birth date as read, `YYYY-MM-DD` or `YYYY-MM`. */
  birthDate: string;
  /** Birth year. */
  birthYear: number;
  /** Birth month, 1 to 12. */
  birthMonth: number;
  /** Birth day of the month, `0` for a `YYYY-MM` date. */
  birthDay: number;
  /** Phone digits, without a +86 or 0086 prefix. */
  phone: string;
  /** Township name after NFKC, without whitespace. */
  township: string;
  /** Village name after NFKC, without whitespace. */
  village: string;
  /** First day of the return date, as a day number (see `dayNumber`). */
  returnedFrom: number;
  /** Last day of the return date: the month's last day for `YYYY-MM`. */
  returnedTo: number;
  /** First day of the departure date, as a day number. */
  departedFrom: number;
  /** Last day of the departure date. */
  departedTo: number;
}

/** Issue codes of resident ID numbers whose last digits Excel lost. */
const EXCEL_DAMAGE_CODES: ReadonlySet<string> = new Set([
  'id_excel_scientific',
  'id_excel_zeroed',
]);

const ID_18 = /^\d{17}[\dX]$/;
const ID_15 = /^\d{15}$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Milliseconds per day. */
const DAY_MS = 86_400_000;

/** Day before the earliest calendar date, so that day numbers start at 1. */
const DAY_ZERO = Date.UTC(1899, 11, 31);

/**
 * Counts days from 1899-12-31, so 1900-01-01 is day 1 and `0` can mean
 * missing. Month is 1 to 12, and day 0 gives the last day of the month
 * before.
 */
export function dayNumber(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - DAY_ZERO) / DAY_MS;
}

/** Prepares one record. See `prepareRecords` for many. */
export function prepareRecord(record: LinkRecord): PreparedRecord {
  return prepareWithNames(record, nameForms(record.name ?? ''));
}

/**
 * Prepares records in order, computing the name forms once per distinct
 * name, because names repeat across survey rounds.
 */
export function prepareRecords(
  records: readonly LinkRecord[],
): PreparedRecord[] {
  const names = new Map<string, NameForms>();
  return records.map((record) => {
    const name = record.name ?? '';
    let forms = names.get(name);
    if (forms === undefined) {
      forms = nameForms(name);
      names.set(name, forms);
    }
    return prepareWithNames(record, forms);
  });
}

function prepareWithNames(record: LinkRecord, name: NameForms): PreparedRecord {
  const id = readResidentId(record);
  const birth = readDate(record.birthDate);
  const returned = readDate(record.returnedAt);
  const departed = readDate(record.departedAt);
  return {
    id: record.id,
    source: record,
    name,
    residentId: id.residentId,
    residentId18: id.residentId18,
    residentIdLegacy: id.residentIdLegacy,
    residentIdCheckPasses: id.residentIdCheckPasses,
    residentIdValid: id.residentIdValid,
    residentIdUnusable: id.residentIdUnusable,
    sex: record.sex ?? '',
    birthDate: birth.text,
    birthYear: birth.year,
    birthMonth: birth.month,
    birthDay: birth.day,
    phone: phoneDigits(record.phone ?? ''),
    township: normalizePlace(record.township ?? ''),
    village: normalizePlace(record.village ?? ''),
    returnedFrom: returned.from,
    returnedTo: returned.to,
    departedFrom: departed.from,
    departedTo: departed.to,
  };
}

type ResidentIdFields = Pick<
  PreparedRecord,
  | 'residentId'
  | 'residentId18'
  | 'residentIdLegacy'
  | 'residentIdCheckPasses'
  | 'residentIdValid'
  | 'residentIdUnusable'
>;

function readResidentId(record: LinkRecord): ResidentIdFields {
  const residentId = normalizeResidentId(record.residentId ?? '');
  const fields: ResidentIdFields = {
    residentId,
    residentId18: '',
    residentIdLegacy: false,
    residentIdCheckPasses: false,
    residentIdValid: false,
    residentIdUnusable: false,
  };
  if (residentId === '') {
    return fields;
  }

  const parsed = parseResidentId(residentId);
  fields.residentIdValid = record.residentIdValid ?? parsed.ok;
  const excelDamaged = parsed.issues.some((issue) =>
    EXCEL_DAMAGE_CODES.has(issue.code),
  );
  if (ID_18.test(residentId) && !excelDamaged) {
    fields.residentId18 = residentId;
    fields.residentIdCheckPasses =
      residentIdCheckCharacter(residentId.slice(0, 17)) ===
      residentId.charAt(17);
  } else if (ID_15.test(residentId)) {
    const first17 = `${residentId.slice(0, 6)}19${residentId.slice(6)}`;
    fields.residentId18 = first17 + residentIdCheckCharacter(first17);
    fields.residentIdLegacy = true;
  } else {
    fields.residentIdUnusable = true;
  }
  return fields;
}

interface DateFields {
  text: string;
  year: number;
  month: number;
  day: number;
  from: number;
  to: number;
}

const NO_DATE: DateFields = {
  text: '',
  year: 0,
  month: 0,
  day: 0,
  from: 0,
  to: 0,
};

/** Reads a `YYYY-MM-DD` or `YYYY-MM` date, or returns zeros. */
function readDate(value: string | undefined): DateFields {
  const match = CALENDAR_DATE.exec(value?.trim() ?? '');
  if (match === null) {
    return NO_DATE;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (match[3] === undefined) {
    if (!isValidCalendarDay(year, month, 1)) {
      return NO_DATE;
    }
    return {
      text: match[0],
      year,
      month,
      day: 0,
      from: dayNumber(year, month, 1),
      to: dayNumber(year, month + 1, 0),
    };
  }
  const day = Number(match[3]);
  if (!isValidCalendarDay(year, month, day)) {
    return NO_DATE;
  }
  const number = dayNumber(year, month, day);
  return { text: match[0], year, month, day, from: number, to: number };
}

/**
 * Keeps the digits of a phone number and removes the country code of a
 * mainland mobile number written as +86, 86 or 0086.
 */
export function phoneDigits(raw: string): string {
  const digits = raw.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('861')) {
    return digits.slice(2);
  }
  if (digits.length === 15 && digits.startsWith('00861')) {
    return digits.slice(4);
  }
  return digits;
}

/** Normalises a township or village name: NFKC, no whitespace. */
function normalizePlace(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, '');
}
