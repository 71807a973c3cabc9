import fc from 'fast-check';
import { residentIdCheckCharacter } from '../../src/id/check.js';
import type { Sex } from '../../src/model/types.js';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
} from '../../src/validate/credit-code.js';
import { type Day, toFullWidth } from './dates.js';

/** GB/T 2260 province codes that a resident ID number may start with. */
export const ID_PROVINCE_CODES: readonly string[] = [
  ...['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33'],
  ...['34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50'],
  ...['51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81'],
  '82',
];

/** Two-digit starts that are neither a province nor a foreign ID. */
const UNKNOWN_PROVINCE_CODES = ['00', '10', '20', '39', '48', '80'];

/** A valid resident ID number, how it is written and what it encodes. */
export interface ResidentIdPlan {
  /** The raw value as a survey file writes it. */
  written: string;
  /** Birth date encoded in the number. */
  birth: Day;
  /** Sex encoded in the 17th digit. */
  sex: Sex;
}

/** Pads a number with leading zeros. */
function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** `YYYYMMDD` of a day. */
function compactDay(day: Day): string {
  return `${pad(day.year, 4)}${pad(day.month, 2)}${pad(day.day, 2)}`;
}

/** Appends the GB 11643 check character to 17 digits. */
function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

/**
 * Finds a sequence number near `start` whose check character is `X`, so
 * that the lower-case `x` form can be written. About one number in 11 has
 * it.
 */
function sequenceWithCheckX(prefix14: string, start: number): number {
  for (let offset = 0; offset < 1000; offset += 1) {
    const sequence = (start + offset) % 1000;
    const first17 = prefix14 + pad(sequence, 3);
    if (residentIdCheckCharacter(first17) === 'X') {
      return sequence;
    }
  }
  return start;
}

/** The six-digit region part: a province or a foreign `9x`, then 4 digits. */
const regionArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom(...ID_PROVINCE_CODES), weight: 9 },
      { arbitrary: fc.integer({ min: 90, max: 99 }).map(String), weight: 1 },
    ),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([province, county]) => province + pad(county, 4));

/** Ways of writing a valid 18-character number that the engine accepts. */
const idForms: readonly ((value: string) => string)[] = [
  (value) => value,
  (value) => value.toLowerCase(),
  (value) => toFullWidth(value),
  (value) => `${value.slice(0, 6)} ${value.slice(6, 14)} ${value.slice(14)}`,
  (value) => `'${value}`,
  (value) => `="${value}"`,
  (value) => `\t${value} `,
];

/** Builds the resident ID number of a person born on a given day. */
export type ResidentIdMaker = (birth: Day) => ResidentIdPlan;

/**
 * A maker of valid resident ID numbers, written in one of the accepted
 * forms, or in one case out of ten as a 15-digit legacy number when the
 * person was born in the 1900s.
 */
export const residentIdMakerArbitrary: fc.Arbitrary<ResidentIdMaker> = fc
  .record({
    region: regionArbitrary,
    sequence: fc.integer({ min: 0, max: 999 }),
    checkX: fc.boolean(),
    form: fc.constantFrom(...idForms),
    legacy: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .map(({ region, sequence, checkX, form, legacy }) => (birth: Day) => {
    if (legacy && birth.year < 2000) {
      const written = `${region}${compactDay(birth).slice(2)}${pad(sequence, 3)}`;
      return { written, birth, sex: sexOf(sequence) };
    }
    const prefix14 = region + compactDay(birth);
    const chosen = checkX ? sequenceWithCheckX(prefix14, sequence) : sequence;
    const value = withCheck(prefix14 + pad(chosen, 3));
    return { written: form(value), birth, sex: sexOf(chosen) };
  });

/** Sex encoded by a sequence number: odd is male. */
function sexOf(sequence: number): Sex {
  return sequence % 2 === 1 ? 'male' : 'female';
}

/** A valid 18-character number of someone born in 1990, to break. */
const validIdArbitrary: fc.Arbitrary<string> = fc
  .tuple(regionArbitrary, fc.integer({ min: 0, max: 999 }))
  .map(([region, sequence]) =>
    withCheck(`${region}19900315${pad(sequence, 3)}`),
  );

/**
 * Resident ID numbers the engine rejects: a wrong check character, Excel's
 * scientific notation and zeroed tail, an unknown province, a birth date
 * that does not exist, a wrong length and characters other than digits.
 */
export const invalidResidentIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  validIdArbitrary.map((value) => {
    const check = value.charAt(17);
    const wrong = check === '1' ? '2' : '1';
    return value.slice(0, 17) + wrong;
  }),
  validIdArbitrary.map(
    (value) => `${value.charAt(0)}.${value.slice(1, 6)}E+17`,
  ),
  validIdArbitrary.map((value) => `${value.slice(0, 15)}000`),
  fc
    .tuple(fc.constantFrom(...UNKNOWN_PROVINCE_CODES), fc.nat(999))
    .map(([province, sequence]) =>
      withCheck(`${province}222519900315${pad(sequence, 3)}`),
    ),
  fc
    .constantFrom('19900230', '20230229', '18991231', '19901301')
    .map((birth) => withCheck(`522225${birth}123`)),
  validIdArbitrary.map((value) => value.slice(0, 17)),
  validIdArbitrary.map((value) => `${value}1`),
  validIdArbitrary.map((value) => `${value.slice(0, 8)}X${value.slice(9)}`),
  validIdArbitrary.map((value) => `${value.slice(0, 14)}X`),
  validIdArbitrary.map((value) => `${value.slice(0, 10)}A${value.slice(11)}`),
  fc.constantFrom('1990031512', '身份证号', '-'),
);

/** Ways of writing a valid credit code that the engine accepts. */
const creditCodeForms: readonly ((value: string) => string)[] = [
  (value) => value,
  (value) => value.toLowerCase(),
  (value) => toFullWidth(value),
  (value) => `${value.slice(0, 9)} ${value.slice(9)}`,
];

/** The first 17 characters of a credit code. */
const creditCodeBodyArbitrary: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...CREDIT_CODE_ALPHABET), {
    minLength: 17,
    maxLength: 17,
  })
  .map((characters) => characters.join(''));

/** A valid unified social credit code in one of the accepted forms. */
export const creditCodeArbitrary: fc.Arbitrary<string> = fc
  .tuple(creditCodeBodyArbitrary, fc.constantFrom(...creditCodeForms))
  .map(([body, form]) => form(body + creditCodeCheckCharacter(body)));

/**
 * Credit codes the engine rejects: a wrong length, a letter the alphabet
 * leaves out (I, O, S, V, Z) and a wrong check character.
 */
export const invalidCreditCodeArbitrary: fc.Arbitrary<string> = fc.oneof(
  creditCodeBodyArbitrary,
  creditCodeBodyArbitrary.map((body) => `${body}00`),
  fc
    .tuple(creditCodeBodyArbitrary, fc.constantFrom('I', 'O', 'S', 'V', 'Z'))
    .map(([body, letter]) => `${body.slice(0, 5)}${letter}${body.slice(6)}0`),
  creditCodeBodyArbitrary.map((body) => {
    const check = creditCodeCheckCharacter(body);
    return body + (check === '0' ? '1' : '0');
  }),
);
