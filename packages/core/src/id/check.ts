/**
 * Weights of the first 17 digits in the GB 11643 check (ISO 7064 MOD 11-2):
 * the digit at position i (1-based from the left) has weight 2^(18 - i)
 * mod 11.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check character by weighted sum mod 11. */
const CHECK_CHARACTERS = '10X98765432';

const FIRST_17_PATTERN = /^\d{17}$/;

/**
 * Computes the GB 11643 check character (`0` to `9` or `X`) of the first 17
 * digits of a resident ID number.
 *
 * @example residentIdCheckCharacter('11010519491231002') // 'X'
 * @throws {RangeError} When the input is not exactly 17 ASCII digits.
 */
export function residentIdCheckCharacter(first17: string): string {
  if (!FIRST_17_PATTERN.test(first17)) {
    throw new RangeError(
      `Expected the first 17 digits of a resident ID number, got ${first17.length} characters`,
    );
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}
