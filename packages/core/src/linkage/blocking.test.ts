import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../id/check.js';
import {
  blockingRules,
  defaultBlockingRules,
  namePinyinBirthYearKey,
  phoneKey,
  residentIdKey,
  residentIdTypoKeys,
  villageBirthDateKey,
} from './blocking.js';
import { prepareRecord } from './record.js';

const MALE_1990 = '522225199003151238';
const LEGACY_1990 = '522225900315123';

function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

function prepareId(residentId: string) {
  return prepareRecord({ id: residentId, residentId });
}

function sharesKey(a: string[] | undefined, b: string[] | undefined): boolean {
  const keys = new Set(a ?? []);
  return (b ?? []).some((key) => keys.has(key));
}

describe('residentIdKey', () => {
  it('uses the first 17 characters', () => {
    expect(residentIdKey(prepareId(MALE_1990))).toBe(MALE_1990.slice(0, 17));
  });

  it('gives a legacy number its upgrade', () => {
    expect(residentIdKey(prepareId(LEGACY_1990))).toBe(MALE_1990.slice(0, 17));
  });

  it('ignores the check character', () => {
    expect(residentIdKey(prepareId('522225199003151239'))).toBe(
      MALE_1990.slice(0, 17),
    );
  });

  it('skips unusable and missing numbers', () => {
    expect(residentIdKey(prepareId('5.22225E+17'))).toBeUndefined();
    expect(residentIdKey(prepareId(''))).toBeUndefined();
  });
});

describe('residentIdTypoKeys', () => {
  it('gives a valid number one key', () => {
    expect(residentIdTypoKeys(prepareId(MALE_1990))).toEqual([
      MALE_1990.slice(0, 17),
    ]);
  });

  it('gives a failing number its neighbours', () => {
    const typo = '522225199004151238';
    const keys = residentIdTypoKeys(prepareId(typo)) ?? [];
    expect(keys[0]).toBe(typo.slice(0, 17));
    // 17 × 9 substitutions and one swap per pair of unequal neighbours.
    let swaps = 0;
    for (let i = 0; i < 16; i += 1) {
      swaps += typo[i] === typo[i + 1] ? 0 : 1;
    }
    expect(keys).toHaveLength(1 + 17 * 9 + swaps);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(MALE_1990.slice(0, 17));
  });

  it('gives a legacy number its neighbours', () => {
    const keys = residentIdTypoKeys(prepareId(LEGACY_1990)) ?? [];
    expect(keys.length).toBeGreaterThan(1);
    expect(keys).toContain('52222519900315223');
  });

  it('skips unusable numbers', () => {
    expect(residentIdTypoKeys(prepareId('522225199003152000'))).toBeUndefined();
  });

  it.each([
    ['one wrong digit', MALE_1990, '522225199004151238'],
    ['wrong check character', MALE_1990, '522225199003151239'],
    ['adjacent swap', MALE_1990, '522225199030151238'],
    ['swap into the check', MALE_1990, '522225199003151283'],
    ['15 vs 18', LEGACY_1990, MALE_1990],
    ['legacy typo vs 18', '522225900316123', MALE_1990],
  ])('meets on %s', (_case, a, b) => {
    const aKeys = residentIdTypoKeys(prepareId(a));
    const bKeys = residentIdTypoKeys(prepareId(b));
    expect(sharesKey(aKeys, bKeys)).toBe(true);
  });

  it('keeps two wrong digits apart', () => {
    const aKeys = residentIdTypoKeys(prepareId(MALE_1990));
    const bKeys = residentIdTypoKeys(prepareId('522225199004161238'));
    expect(sharesKey(aKeys, bKeys)).toBe(false);
  });

  it('meets on any one error', () => {
    const digits17 = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 })
      .map((digits) => digits.join(''));
    // The original may fail the check too, as a number typed wrong twice.
    const original = fc.oneof(
      digits17.map(withCheck),
      fc
        .tuple(digits17, fc.constantFrom(...'0123456789X'))
        .map(([first17, check]) => first17 + check),
    );
    fc.assert(
      fc.property(
        original,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 0, max: 9 }),
        fc.boolean(),
        (id, position, digit, swap) => {
          let typo: string;
          if (swap && position < 17 && id[position + 1] !== 'X') {
            typo =
              id.slice(0, position) +
              id.charAt(position + 1) +
              id.charAt(position) +
              id.slice(position + 2);
          } else {
            typo =
              id.slice(0, position) + String(digit) + id.slice(position + 1);
          }
          // A failing number ending in 000 is taken as Excel damage.
          const a = prepareId(id);
          const b = prepareId(typo);
          fc.pre(!a.residentIdUnusable && !b.residentIdUnusable);
          expect(sharesKey(residentIdTypoKeys(a), residentIdTypoKeys(b))).toBe(
            true,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('other keys', () => {
  it('keys long phones only', () => {
    expect(
      phoneKey(prepareRecord({ id: 'a', phone: '+86 138 1234 5678' })),
    ).toBe('13812345678');
    expect(
      phoneKey(prepareRecord({ id: 'a', phone: '12345' })),
    ).toBeUndefined();
  });

  it('joins homophones with the birth year', () => {
    const a = prepareRecord({
      id: 'a',
      name: '张晓明',
      birthDate: '1990-03-05',
    });
    const b = prepareRecord({ id: 'b', name: '章小明', birthDate: '1990-11' });
    expect(namePinyinBirthYearKey(a)).toBe('zhang xiao ming|1990');
    expect(namePinyinBirthYearKey(b)).toBe(namePinyinBirthYearKey(a));
    expect(
      namePinyinBirthYearKey(prepareRecord({ id: 'c', name: '张三' })),
    ).toBe(undefined);
  });

  it('joins village and birth date', () => {
    const record = prepareRecord({
      id: 'a',
      township: '城关镇',
      village: '红星村',
      birthDate: '1990-03-05',
    });
    expect(villageBirthDateKey(record)).toBe('红星村|1990-03-05');
    expect(
      villageBirthDateKey(prepareRecord({ id: 'b', village: '红星村' })),
    ).toBe(undefined);
  });

  it('lists the default rules', () => {
    expect(defaultBlockingRules.map((rule) => rule.name)).toEqual([
      'residentIdTypos',
      'phone',
      'namePinyinBirthYear',
      'villageBirthDate',
    ]);
    expect(blockingRules.residentId.keys).toBe(residentIdKey);
  });
});
