import { accept, reject, type ParseResult } from './result.js';

/**
 * The 31 characters of a GB 32100 unified social credit code: digits and
 * upper-case letters without I, O, S, V and Z. A character's position in
 * this string is its numeric value.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100 weights of the first 17 characters (3 to the power i, mod 31). */
const WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

/** Length of a unified social credit code. */
const CREDIT_CODE_LENGTH = 18;

/**
 * Computes the GB 32100 check character of the first 17 characters of a
 * unified social credit code: 31 minus the weighted sum mod 31, where a
 * result of 31 becomes 0. Throws on characters outside the alphabet.
 */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== WEIGHTS.length) {
    throw new RangeError('A credit code body has exactly 17 characters.');
  }
  let sum = 0;
  for (const [index, weight] of WEIGHTS.entries()) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(index));
    if (value < 0) {
      throw new RangeError(
        `"${first17.charAt(index)}" is not a credit code character.`,
      );
    }
    sum += value * weight;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET.charAt(check);
}

/**
 * Parses a unified social credit code (统一社会信用代码, GB 32100).
 * Full-width characters, lower-case letters and spaces are accepted and
 * normalised; the result has 18 characters of the code alphabet and a
 * matching check character.
 */
export function parseCreditCode(raw: string): ParseResult<string> {
  const code = raw.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();

  const length = Array.from(code).length;
  if (length !== CREDIT_CODE_LENGTH) {
    return reject('credit_code_bad_length', { length });
  }

  const invalid = new Set(
    Array.from(code).filter((char) => !CREDIT_CODE_ALPHABET.includes(char)),
  );
  if (invalid.size > 0) {
    return reject('credit_code_bad_characters', {
      characters: [...invalid].join(' '),
    });
  }

  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return reject('credit_code_bad_checksum');
  }
  return accept(code);
}
