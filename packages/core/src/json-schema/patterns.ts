/**
 * Regular expressions of normalised record values, as JSON Schema `pattern`
 * strings. They are ECMA-262 expressions for the `u` flag, which Ajv sets by
 * default. The name and text patterns use Unicode property escapes
 * (`\p{L}`) and lookaheads, which some validators outside JavaScript do not
 * support.
 */
import { provinceCodes } from '../codes/index.js';
import type { DatePrecision } from '../fields/spec.js';
import { CREDIT_CODE_ALPHABET } from '../validate/credit-code.js';

/** Years 1900 to 9999, the range `parseCalendarDate` accepts. */
const YEAR = '(?:19\\d{2}|[2-9]\\d{3})';

/** Months 01 to 12. */
const MONTH = '(?:0[1-9]|1[0-2])';

/**
 * Days 01 to 31. The pattern does not know month lengths, so it accepts
 * 2023-02-30, which the validator never outputs.
 */
const DAY = '(?:0[1-9]|[12]\\d|3[01])';

/** A `YYYY-MM-DD` day. */
export const DAY_PATTERN = `^${YEAR}-${MONTH}-${DAY}$`;

/** A `YYYY-MM-DD` day or a `YYYY-MM` month. */
export const DAY_OR_MONTH_PATTERN = `^${YEAR}-${MONTH}(?:-${DAY})?$`;

/** Returns the pattern of a date field of the given precision. */
export function datePatternOf(precision: DatePrecision): string {
  return precision === 'day' ? DAY_PATTERN : DAY_OR_MONTH_PATTERN;
}

/**
 * First two digits of a resident ID number: a GB/T 2260 province code, or 9
 * and any digit for a foreign permanent residence ID.
 */
const ID_PROVINCE = `(?:${provinceCodes.entries
  .map((entry) => entry.code)
  .join('|')}|9\\d)`;

/**
 * A resident ID number in its normalised form: province, four more region
 * digits, the birth date `YYYYMMDD`, a three-digit sequence number and the
 * check character `0` to `9` or `X`. The pattern does not verify the check
 * character.
 */
export const RESIDENT_ID_PATTERN = `^${ID_PROVINCE}\\d{4}${YEAR}${MONTH}${DAY}\\d{3}[\\dX]$`;

/** A mainland mobile number: 1, then 3 to 9, then 9 more digits. */
export const PHONE_PATTERN = '^1[3-9]\\d{9}$';

/**
 * A unified social credit code: 18 characters of the GB 32100 alphabet. The
 * pattern does not verify the check character.
 */
export const CREDIT_CODE_PATTERN = `^[${CREDIT_CODE_ALPHABET}]{18}$`;

/**
 * Text without white space at either end, which is what trimming leaves.
 * It also rules out the empty string, which the validator treats as a
 * missing value.
 */
export const TRIMMED_PATTERN = '^\\S(?:[\\s\\S]*\\S)?$';

/** Characters a name may contain besides the space and the middle dot. */
const NAME_LETTER = '\\p{L}\\p{M}\\p{Co}';

/**
 * A normalised name: letters, combining marks, private-use characters,
 * single spaces and middle dots (U+00B7), neither starting nor ending with a
 * space or a middle dot, and without two middle dots in a row. Private-use
 * characters are allowed because the validator accepts them with a warning.
 */
export const NAME_PATTERN = `^(?![ \\u00b7])(?!.*[ \\u00b7]$)(?!.*\\u00b7\\u00b7)(?!.*  )[${NAME_LETTER} \\u00b7]+$`;
