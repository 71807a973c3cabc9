import fc from 'fast-check';
import { assert, describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import {
  parseResidentId,
  type ResidentIdResult,
  type ValidResidentId,
} from './parse.js';

// Valid numbers below were built with an independent check-character
// implementation; check.test.ts verifies each one against it.
const MALE_1990 = '522225199003151238';
const FEMALE_1990 = '522225199003151246';
const CHECK_X = '52222519900315106X';

function codesOf(result: ResidentIdResult): string[] {
  return result.issues.map((issue) => issue.code);
}

function parseValid(raw: string): ValidResidentId {
  const result = parseResidentId(raw);
  assert(result.ok, `expected ${raw} to be valid, got ${codesOf(result)}`);
  return result;
}

function expectValid(raw: string, value: string): void {
  const result = parseValid(raw);
  expect(result.issues).toEqual([]);
  expect(result.value).toBe(value);
}

function onlyIssue(raw: string): Issue | undefined {
  const result = parseResidentId(raw);
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(1);
  return result.issues[0];
}

describe('parseResidentId valid numbers', () => {
  it('reads a male number', () => {
    expect(parseResidentId(MALE_1990)).toEqual({
      ok: true,
      value: MALE_1990,
      birthDate: '1990-03-15',
      sex: 'male',
      provinceCode: '52',
      foreignPermanent: false,
      issues: [],
    });
  });

  it('reads a female number', () => {
    expect(parseValid(FEMALE_1990).sex).toBe('female');
  });

  it('reads check character X', () => {
    expectValid(CHECK_X, CHECK_X);
    expect(parseValid(CHECK_X).sex).toBe('female');
  });

  it('reads the GB 11643 example', () => {
    const result = parseValid('11010519491231002X');
    expect(result.birthDate).toBe('1949-12-31');
    expect(result.sex).toBe('female');
    expect(result.provinceCode).toBe('11');
  });

  it('reads leap days and 1900', () => {
    expect(parseValid('440304200002290014').birthDate).toBe('2000-02-29');
    expect(parseValid('650102190001010016').birthDate).toBe('1900-01-01');
  });

  it('accepts Hong Kong codes', () => {
    expect(parseValid('810000198512310027').provinceCode).toBe('81');
  });

  it('accepts a valid 000 tail', () => {
    expectValid('522225199003151000', '522225199003151000');
  });

  it('ignores unknown county codes', () => {
    // 529999 is no county, but the province 52 exists.
    expectValid('529999199003151237', '529999199003151237');
  });
});

describe('parseResidentId normalisation', () => {
  it('accepts lower-case x', () => {
    expectValid('52222519900315106x', CHECK_X);
  });

  it('accepts full-width characters', () => {
    expectValid('５２２２２５１９９００３１５１０６ｘ', CHECK_X);
  });

  it('accepts inner spaces', () => {
    expectValid('522225 1990 0315 1238', MALE_1990);
    expectValid('522225\u300019900315\u30001238', MALE_1990);
  });

  it('accepts spreadsheet wrappers', () => {
    expectValid(`'${MALE_1990}`, MALE_1990);
    expectValid(`\t${MALE_1990}`, MALE_1990);
    expectValid(`="${MALE_1990}"`, MALE_1990);
  });
});

describe('parseResidentId foreign permanent', () => {
  it('accepts numbers starting with 9', () => {
    const result = parseValid('912345198001010019');
    expect(result.foreignPermanent).toBe(true);
    expect(result.provinceCode).toBe('91');
    expect(result.birthDate).toBe('1980-01-01');
    expect(parseValid('931100197006150031').foreignPermanent).toBe(true);
  });
});

describe('parseResidentId 15-digit upgrade', () => {
  it('upgrades with a warning', () => {
    const result = parseResidentId('522225900315123');
    expect(result).toEqual({
      ok: true,
      value: MALE_1990,
      birthDate: '1990-03-15',
      sex: 'male',
      provinceCode: '52',
      foreignPermanent: false,
      issues: [
        {
          code: 'id_upgraded_15',
          severity: 'warning',
          params: { value: '5222*******5123', upgraded: '5222**********1238' },
        },
      ],
    });
  });

  it('upgrades to check X', () => {
    expect(parseValid('110105491231002').value).toBe('11010519491231002X');
  });

  it('rejects a bad legacy date', () => {
    const result = parseResidentId('522225900230123');
    expect(result.ok).toBe(false);
    expect(codesOf(result)).toEqual(['id_bad_birth_date']);
  });

  it('rejects a legacy X', () => {
    expect(onlyIssue('52222590031512X')?.code).toBe('id_bad_characters');
  });
});

describe('parseResidentId Excel damage', () => {
  it.each(['5.22225E+17', '5.22225e17', '5,22225E+17', '5.22225E17', '5E+17'])(
    'detects scientific notation %s',
    (raw) => {
      expect(onlyIssue(raw)).toEqual({
        code: 'id_excel_scientific',
        severity: 'error',
        params: { value: expect.not.stringContaining('22225') },
      });
    },
  );

  it('detects a zeroed tail', () => {
    expect(onlyIssue('522225199003152000')).toEqual({
      code: 'id_excel_zeroed',
      severity: 'error',
      params: { value: '5222**********2000' },
    });
  });
});

describe('parseResidentId errors', () => {
  it('rejects a bad checksum', () => {
    expect(onlyIssue('522225199003151239')).toEqual({
      code: 'id_bad_checksum',
      severity: 'error',
      params: { value: '5222**********1239' },
    });
  });

  it('rejects X in the middle', () => {
    expect(onlyIssue('5222251990X3151238')?.code).toBe('id_bad_characters');
  });

  it('rejects letters and symbols', () => {
    expect(onlyIssue('522225-19900315-1238')?.code).toBe('id_bad_characters');
    expect(onlyIssue('张三')?.code).toBe('id_bad_characters');
  });

  it('rejects wrong lengths', () => {
    expect(onlyIssue('52222519900315123')).toEqual({
      code: 'id_bad_length',
      severity: 'error',
      params: { value: '5222*********5123', length: 17 },
    });
    expect(onlyIssue('5222251990031512388')?.code).toBe('id_bad_length');
    expect(onlyIssue('')).toEqual({
      code: 'id_bad_length',
      severity: 'error',
      params: { value: '', length: 0 },
    });
  });

  it('rejects 19900230 birth dates', () => {
    // The check character 0 is correct, so only the date fails.
    expect(onlyIssue('522225199002301230')).toEqual({
      code: 'id_bad_birth_date',
      severity: 'error',
      params: { value: '5222**********1230' },
    });
  });

  it('rejects other impossible dates', () => {
    // Correct check characters, so only the date fails.
    expect(onlyIssue('522225199013011239')?.code).toBe('id_bad_birth_date');
    expect(onlyIssue('522225189912311236')?.code).toBe('id_bad_birth_date');
  });

  it('rejects unknown provinces', () => {
    expect(onlyIssue('202225199003151233')).toEqual({
      code: 'id_unknown_province',
      severity: 'error',
      params: { value: '2022**********1233', province: '20' },
    });
    expect(onlyIssue('100101198001010019')?.code).toBe('id_unknown_province');
  });

  it('reports every failed part', () => {
    const result = parseResidentId('202225199002301239');
    expect(codesOf(result)).toEqual([
      'id_unknown_province',
      'id_bad_birth_date',
      'id_bad_checksum',
    ]);
  });
});

describe('parseResidentId issue shape', () => {
  const failing = [
    '5.22225E+17',
    '522225199003152000',
    '522225199003151239',
    '52222519900315',
    'abc',
    '522225199002301230',
    '202225199003151233',
    '522225900315123',
  ];

  it('leaves location to callers', () => {
    for (const raw of failing) {
      for (const issue of parseResidentId(raw).issues) {
        expect(issue.field).toBeUndefined();
        expect(issue.column).toBeUndefined();
        expect(issue.row).toBeUndefined();
        expect(issue.file).toBeUndefined();
      }
    }
  });

  it('never reveals the birth date', () => {
    for (const raw of failing) {
      for (const issue of parseResidentId(raw).issues) {
        for (const param of Object.values(issue.params ?? {})) {
          expect(String(param)).not.toMatch(/19900[23]/);
          expect(String(param)).not.toMatch(/900[23]/);
        }
      }
    }
  });

  it('shows at most eight characters', () => {
    const raws = [...failing, 'x'.repeat(30), '1234567', '12345678901'];
    for (const raw of raws) {
      for (const issue of parseResidentId(raw).issues) {
        const visible = String(issue.params?.value ?? '').replace(/\*/g, '');
        expect(visible.length).toBeLessThanOrEqual(8);
      }
    }
  });

  it('emits only errors when invalid', () => {
    for (const raw of failing) {
      const result = parseResidentId(raw);
      if (!result.ok) {
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.severity).toBe('error');
        }
      }
    }
  });
});

describe('parseResidentId arbitrary input', () => {
  it('never throws', () => {
    const idLike = fc.stringMatching(/^[0-9xX '=".,E+\u3000]{0,22}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), idLike), (raw) => {
        const result = parseResidentId(raw);
        expect(result.ok || result.issues.length > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
