import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from './check.js';

/**
 * Computes the check character independently of check.ts, by trying each
 * candidate. ISO 7064 MOD 11-2 requires the weighted sum of all 18
 * characters to be 1 mod 11. X counts as 10, and the character at 0-based
 * index i has weight 2^(17 - i).
 */
function referenceCheckCharacter(first17: string): string {
  for (const candidate of '0123456789X') {
    let sum = 0;
    [...first17, candidate].forEach((character, index) => {
      const digit = character === 'X' ? 10 : Number(character);
      sum += digit * 2 ** (17 - index);
    });
    if (sum % 11 === 1) {
      return candidate;
    }
  }
  throw new Error(`no check character for ${first17}`);
}

describe('residentIdCheckCharacter', () => {
  it('matches the GB 11643 example', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(referenceCheckCharacter('11010519491231002')).toBe('X');
  });

  it('validates the parse test numbers', () => {
    // Numbers used as valid in parse.test.ts, checked by the reference.
    const numbers = [
      '522225199003151238',
      '522225199003151246',
      '440304200002290014',
      '810000198512310027',
      '912345198001010019',
      '931100197006150031',
      '650102190001010016',
      '522225199003151000',
      '52222519900315106X',
    ];
    for (const number of numbers) {
      expect(referenceCheckCharacter(number.slice(0, 17))).toBe(
        number.charAt(17),
      );
    }
  });

  it('matches the reference implementation', () => {
    const digits17 = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 })
      .map((digits) => digits.join(''));
    fc.assert(
      fc.property(digits17, (first17) => {
        expect(residentIdCheckCharacter(first17)).toBe(
          referenceCheckCharacter(first17),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('yields every check character', () => {
    const seen = new Set<string>();
    for (let sequence = 0; sequence < 200; sequence += 1) {
      const first17 = `52222519900315${String(sequence).padStart(3, '0')}`;
      seen.add(residentIdCheckCharacter(first17));
    }
    expect([...seen].sort().join('')).toBe('0123456789X');
  });

  it('throws on misuse', () => {
    expect(() => residentIdCheckCharacter('1234')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100X')).toThrow(
      RangeError,
    );
    expect(() =>
      residentIdCheckCharacter('１１０１０５１９４９１２３１００２'),
    ).toThrow(RangeError);
  });
});
