// Resident ID numbers (GB 11643) and unified social credit codes (GB 32100),
// written here independently of @yangui/core so that its tests can be
// checked against a second implementation.

import { compactDate } from './calendar.mjs';

/** GB 11643 weights of the first 17 characters: 2^(18-i) mod 11. */
const RESIDENT_ID_WEIGHTS = [
  7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
];

/** GB 11643 check characters, indexed by the weighted sum mod 11. */
const RESIDENT_ID_CHECK = '10X98765432';

/**
 * Computes the GB 11643 check character of the first 17 digits of a resident
 * ID number.
 * @param {string} first17
 * @returns {string} a digit or `X`
 */
export function residentIdCheckCharacter(first17) {
  if (!/^\d{17}$/.test(first17)) {
    throw new Error(`expected 17 digits, got ${first17}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * /** @type {number} */ (RESIDENT_ID_WEIGHTS[i]);
  }
  return /** @type {string} */ (RESIDENT_ID_CHECK[sum % 11]);
}

/**
 * Tells whether an 18-character resident ID number has a correct check
 * character.
 * @param {string} id
 * @returns {boolean}
 */
export function hasValidResidentIdCheck(id) {
  return (
    /^\d{17}[\dX]$/.test(id) &&
    residentIdCheckCharacter(id.slice(0, 17)) === id[17]
  );
}

/**
 * Builds an 18-character resident ID number: region code, birth date,
 * sequence number (odd for men, even for women) and check character.
 * @param {string} regionCode 6 digits
 * @param {number} birthDay day number of the birth date
 * @param {number} sequence 0 to 999
 * @returns {string}
 */
export function makeResidentId(regionCode, birthDay, sequence) {
  const first17 = `${regionCode}${compactDate(birthDay)}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/**
 * Returns the legacy 15-digit form of an 18-character ID number of a person
 * born in the 1900s: the century digits and the check character removed.
 * @param {string} id
 * @returns {string}
 */
export function toLegacyResidentId(id) {
  if (id.slice(6, 8) !== '19') throw new Error(`not born in the 1900s: ${id}`);
  return id.slice(0, 6) + id.slice(8, 17);
}

/** GB 32100 character set; I, O, S, V and Z are not used. */
const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100 weights of the first 17 characters: 3^(i-1) mod 31. */
const CREDIT_CODE_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/**
 * Computes the GB 32100 check character of the first 17 characters of a
 * unified social credit code.
 * @param {string} first17
 * @returns {string}
 */
export function creditCodeCheckCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(
      /** @type {string} */ (first17[i]),
    );
    if (value < 0 || first17.length !== 17) {
      throw new Error(`invalid credit code body: ${first17}`);
    }
    sum += value * /** @type {number} */ (CREDIT_CODE_WEIGHTS[i]);
  }
  return /** @type {string} */ (CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31]);
}

/** GB 11714 weights of the 8 body characters of an organization code. */
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Computes the GB 11714 check character of an 8-character organization code
 * body, which forms characters 9 to 17 of a credit code.
 * @param {string} body8 digits and upper-case letters
 * @returns {string} a digit or `X`
 */
export function organizationCodeCheckCharacter(body8) {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const code = body8.charCodeAt(i);
    // Digits count as their value and letters as A = 10 ... Z = 35.
    const value = code <= 57 ? code - 48 : code - 55;
    sum += value * /** @type {number} */ (ORGANIZATION_CODE_WEIGHTS[i]);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Registration categories of the market regulation authority (first
 * character 9): 1 enterprise, 2 individual household, 3 farmers'
 * cooperative.
 * @typedef {'1' | '2' | '3'} CreditCategory
 */

/**
 * Builds a unified social credit code issued by the market regulation
 * authority of a county.
 * @param {import('./random.mjs').Random} random
 * @param {CreditCategory} category
 * @param {string} regionCode 6 digits
 * @returns {string}
 */
export function makeCreditCode(random, category, regionCode) {
  let body = '';
  if (random.chance(0.85)) {
    // Many entities registered since the 2015 credit-code reform have an
    // organization code starting with MA. Older ones keep 8 digits.
    body = 'MA';
    for (let i = 0; i < 6; i++) body += random.pick(CREDIT_BODY_CHARACTERS);
  } else {
    for (let i = 0; i < 8; i++) body += String(random.int(0, 9));
  }
  const first17 = `9${category}${regionCode}${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** Characters of an organization code body that a credit code allows. */
const CREDIT_BODY_CHARACTERS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];

/**
 * Tells whether a credit code has a correct GB 32100 check character.
 * @param {string} code
 * @returns {boolean}
 */
export function hasValidCreditCodeCheck(code) {
  return (
    /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) &&
    creditCodeCheckCharacter(code.slice(0, 17)) === code[17]
  );
}
