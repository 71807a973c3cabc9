import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  parseCreditCode,
} from './credit-code.js';

/** The worked example printed in GB 32100-2015. */
const STANDARD_EXAMPLE = '91350100M000100Y43';

describe('creditCodeCheckCharacter', () => {
  it('computes the standard example', () => {
    expect(creditCodeCheckCharacter(STANDARD_EXAMPLE.slice(0, 17))).toBe('3');
  });

  it('maps a remainder of 0 to 0', () => {
    // 17 zeros sum to 0, so 31 - 0 = 31 wraps to 0.
    expect(creditCodeCheckCharacter('0'.repeat(17))).toBe('0');
  });

  it('uses 31 characters without I O S V Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    expect(CREDIT_CODE_ALPHABET).not.toMatch(/[IOSVZ]/);
  });

  it('throws on a short body', () => {
    expect(() => creditCodeCheckCharacter('123')).toThrow(RangeError);
  });
});

describe('parseCreditCode', () => {
  it('accepts the standard example', () => {
    expect(parseCreditCode(STANDARD_EXAMPLE)).toEqual({
      ok: true,
      value: STANDARD_EXAMPLE,
      issues: [],
    });
  });

  it('normalises case, width and spaces', () => {
    const result = parseCreditCode(' ９１３５０１００m０００ 100y43 ');
    expect(result).toEqual({ ok: true, value: STANDARD_EXAMPLE, issues: [] });
  });

  it('accepts a letter check character', () => {
    const body = '92520302MA6DN3LR1';
    const code = body + creditCodeCheckCharacter(body);
    expect(parseCreditCode(code).ok).toBe(true);
  });

  it('rejects a wrong length', () => {
    const result = parseCreditCode('91350100M000100Y4');
    expect(result.issues).toEqual([
      {
        code: 'credit_code_bad_length',
        severity: 'error',
        params: { length: 17 },
      },
    ]);
  });

  it('rejects letters outside the alphabet', () => {
    const result = parseCreditCode('91350100I000100O43');
    expect(result.issues).toEqual([
      {
        code: 'credit_code_bad_characters',
        severity: 'error',
        params: { characters: 'I O' },
      },
    ]);
  });

  it('rejects a wrong check character', () => {
    const result = parseCreditCode('91350100M000100Y44');
    expect(result.issues).toEqual([
      { code: 'credit_code_bad_checksum', severity: 'error' },
    ]);
  });

  it('detects a single changed digit', () => {
    const result = parseCreditCode('91350100M000200Y43');
    expect(result.issues[0]?.code).toBe('credit_code_bad_checksum');
  });
});
