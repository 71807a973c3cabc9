import { isValidCalendarDay } from '../dates/calendar.js';
import type { Issue } from '../issues/issue.js';
import type { CalendarDate, Sex } from '../model/types.js';
import { maskResidentId } from '../privacy/mask.js';
import { residentIdCheckCharacter } from './check.js';
import { normalizeResidentId } from './normalize.js';

/** Issue codes that `parseResidentId` emits. */
export type ResidentIdIssueCode =
  | 'id_excel_scientific'
  | 'id_excel_zeroed'
  | 'id_bad_length'
  | 'id_bad_characters'
  | 'id_bad_checksum'
  | 'id_bad_birth_date'
  | 'id_unknown_province'
  | 'id_upgraded_15';

/** A resident ID number that passed every check, with what it encodes. */
export interface ValidResidentId {
  ok: true;
  /** Normalised 18-character number with upper-case `X`. */
  value: string;
  /** Birth date encoded in characters 7 to 14. */
  birthDate: CalendarDate;
  /** Sex from the parity of the 17th digit: odd is male. */
  sex: Sex;
  /**
   * First two digits: the GB/T 2260 province code, or `9` and a digit for a
   * foreign permanent residence ID.
   */
  provinceCode: string;
  /** Whether the number is a foreign permanent residence ID (starts with 9). */
  foreignPermanent: boolean;
  /** Warnings only, such as `id_upgraded_15`. */
  issues: Issue[];
}

/** A resident ID number that failed, with at least one error. */
export interface InvalidResidentId {
  ok: false;
  /** Errors, and no warnings. */
  issues: Issue[];
}

/** Outcome of `parseResidentId`. */
export type ResidentIdResult = ValidResidentId | InvalidResidentId;

/** GB/T 2260 province-level codes: mainland, Taiwan, Hong Kong and Macao. */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65', '71', '81', '82'],
]);

/** Leading digit of a foreign permanent residence ID number. */
const FOREIGN_PERMANENT_PREFIX = '9';

/**
 * A number as Excel writes it in scientific notation, with a point or a
 * comma as decimal mark: `5.22225E+17`, `5.22225e17`, `5,22225E+17`.
 * The input is upper-cased before the test.
 */
const SCIENTIFIC_NOTATION = /^\d(?:[.,]\d*)?E\+?\d{1,3}$/;

/** Digits with an optional check character `X` at the end. */
const ID_CHARACTERS = /^\d+X?$/;

/**
 * Tail that Excel leaves on an 18-digit number: it keeps 15 significant
 * digits and writes the last 3 as zeros.
 */
const EXCEL_ZEROED_TAIL = '000';

/**
 * Parses and validates a resident ID number (GB 11643) as written in a
 * survey file.
 *
 * The value is first normalised with `normalizeResidentId`. A 15-digit legacy
 * number is upgraded to 18 digits by inserting `19` before the year and
 * computing the check character, with the warning `id_upgraded_15`. The
 * first two digits must be a GB/T 2260 province code or start with 9 (foreign
 * permanent residence ID). The county part is not checked, because people
 * keep the codes of abolished counties. The birth date must be a real day
 * from 1900 on and is not compared with today.
 *
 * Never throws. Issues have no field, column or row, so the caller adds them,
 * and their `value` parameter is masked with `maskResidentId`. A blank value
 * gives `id_bad_length`, so callers check for missing values first.
 */
export function parseResidentId(raw: string): ResidentIdResult {
  const value = normalizeResidentId(raw);
  const masked = maskResidentId(value);

  if (SCIENTIFIC_NOTATION.test(value)) {
    return invalid([error('id_excel_scientific', { value: masked })]);
  }

  // Only the check character of an 18-character number may be X.
  const legacy = value.length === 15;
  if (
    value !== '' &&
    (!ID_CHARACTERS.test(value) || (legacy && value.endsWith('X')))
  ) {
    return invalid([error('id_bad_characters', { value: masked })]);
  }
  if (legacy) {
    return parseLegacyNumber(value);
  }
  if (value.length !== 18) {
    const length = Array.from(value).length;
    return invalid([error('id_bad_length', { value: masked, length })]);
  }

  const { birthDate, issues } = checkEncodedParts(value);
  const first17 = value.slice(0, 17);
  if (residentIdCheckCharacter(first17) !== value.charAt(17)) {
    // Excel stores numbers with 15 significant digits, so an ID number it
    // stored as a number ends in 000 and its last 3 digits are lost.
    const code = value.endsWith(EXCEL_ZEROED_TAIL)
      ? 'id_excel_zeroed'
      : 'id_bad_checksum';
    issues.push(error(code, { value: masked }));
  }
  if (birthDate === undefined || issues.length > 0) {
    return invalid(issues);
  }
  return valid(value, birthDate, []);
}

/** Upgrades a 15-digit number and validates the result. */
function parseLegacyNumber(legacy: string): ResidentIdResult {
  const first17 = `${legacy.slice(0, 6)}19${legacy.slice(6)}`;
  const value = first17 + residentIdCheckCharacter(first17);
  const { birthDate, issues } = checkEncodedParts(value);
  if (birthDate === undefined || issues.length > 0) {
    return invalid(issues);
  }
  const warning: Issue = {
    code: 'id_upgraded_15',
    severity: 'warning',
    params: {
      value: maskResidentId(legacy),
      upgraded: maskResidentId(value),
    },
  };
  return valid(value, birthDate, [warning]);
}

/**
 * Checks the province code and the birth date of an 18-character number and
 * returns the birth date when it is a real day.
 */
function checkEncodedParts(value: string): {
  birthDate: CalendarDate | undefined;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const province = value.slice(0, 2);
  if (
    !province.startsWith(FOREIGN_PERMANENT_PREFIX) &&
    !PROVINCE_CODES.has(province)
  ) {
    issues.push(
      error('id_unknown_province', { value: maskResidentId(value), province }),
    );
  }
  const birthDate = birthDateOf(value);
  if (birthDate === undefined) {
    issues.push(error('id_bad_birth_date', { value: maskResidentId(value) }));
  }
  return { birthDate, issues };
}

/** Reads characters 7 to 14 as a birth date, if they are a real day. */
function birthDateOf(value: string): CalendarDate | undefined {
  const year = value.slice(6, 10);
  const month = value.slice(10, 12);
  const day = value.slice(12, 14);
  if (!isValidCalendarDay(Number(year), Number(month), Number(day))) {
    return undefined;
  }
  return `${year}-${month}-${day}`;
}

function valid(
  value: string,
  birthDate: CalendarDate,
  warnings: Issue[],
): ValidResidentId {
  const provinceCode = value.slice(0, 2);
  return {
    ok: true,
    value,
    birthDate,
    sex: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female',
    provinceCode,
    foreignPermanent: provinceCode.startsWith(FOREIGN_PERMANENT_PREFIX),
    issues: warnings,
  };
}

function invalid(issues: Issue[]): InvalidResidentId {
  return { ok: false, issues };
}

function error(
  code: ResidentIdIssueCode,
  params: Record<string, string | number>,
): Issue {
  return { code, severity: 'error', params };
}
