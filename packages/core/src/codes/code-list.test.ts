import { describe, expect, it } from 'vitest';
import { codeLists } from './all.js';
import {
  labelOf,
  lookupCode,
  normalizeCodeInput,
  spellingsOf,
  type CodeList,
} from './code-list.js';
import {
  educationCodes,
  ethnicityCodes,
  industryCodes,
  parkCodes,
  provinceCodes,
  returneeStatusCodes,
  sexCodes,
  supportCodes,
  yesNoCodes,
} from './index.js';

const lists: CodeList[] = Object.values(codeLists);

describe('code lists', () => {
  it('are keyed by their id', () => {
    for (const [key, list] of Object.entries(codeLists)) {
      expect(list.id).toBe(key);
    }
  });

  it.each(lists.map((list) => [list.id, list] as const))(
    '%s has unique codes and labels',
    (_id, list) => {
      const codes = list.entries.map((entry) => entry.code);
      const zh = list.entries.map((entry) => entry.zh);
      const en = list.entries.map((entry) => entry.en);
      expect(new Set(codes).size).toBe(codes.length);
      expect(new Set(zh).size).toBe(zh.length);
      expect(new Set(en).size).toBe(en.length);
    },
  );

  it.each(lists.map((list) => [list.id, list] as const))(
    '%s spellings map to one entry',
    (_id, list) => {
      const owners = new Map<string, string>();
      for (const entry of list.entries) {
        for (const spelling of spellingsOf(entry)) {
          const key = normalizeCodeInput(spelling);
          const owner = owners.get(key);
          if (owner !== undefined) expect(owner).toBe(entry.code);
          owners.set(key, entry.code);
        }
      }
    },
  );

  it.each(lists.map((list) => [list.id, list] as const))(
    '%s finds every entry by each spelling',
    (_id, list) => {
      for (const entry of list.entries) {
        for (const spelling of spellingsOf(entry)) {
          expect(lookupCode(list, spelling)?.code).toBe(entry.code);
        }
      }
    },
  );
});

describe('lookupCode', () => {
  it('matches code, label and alias', () => {
    expect(lookupCode(returneeStatusCodes, 'self_employed')?.zh).toBe(
      '自主创业',
    );
    expect(lookupCode(returneeStatusCodes, '自主创业')?.code).toBe(
      'self_employed',
    );
    expect(lookupCode(supportCodes, '小额担保贷款')?.code).toBe(
      'guaranteed_loan',
    );
  });

  it('ignores spaces and full-width forms', () => {
    expect(lookupCode(sexCodes, ' 男 ')?.code).toBe('male');
    expect(lookupCode(ethnicityCodes, '汉　族')?.code).toBe('01');
    expect(lookupCode(educationCodes, '２０')?.code).toBe('20');
    expect(lookupCode(industryCodes, 'ｃ')?.code).toBe('C');
    expect(lookupCode(industryCodes, 'c')?.code).toBe('C');
  });

  it('returns undefined for unknown input', () => {
    expect(lookupCode(sexCodes, '未知')).toBeUndefined();
    expect(lookupCode(sexCodes, '')).toBeUndefined();
    expect(lookupCode(sexCodes, '   ')).toBeUndefined();
  });

  it('accepts sex codes of GB/T 2261.1', () => {
    expect(lookupCode(sexCodes, '1')?.code).toBe('male');
    expect(lookupCode(sexCodes, '2')?.code).toBe('female');
    expect(lookupCode(sexCodes, '女')?.code).toBe('female');
  });

  it('accepts park and yes/no labels', () => {
    expect(lookupCode(parkCodes, '创业孵化园')?.code).toBe('incubation_park');
    expect(lookupCode(parkCodes, '创业园')?.code).toBe('startup_park');
    expect(lookupCode(parkCodes, '否')?.code).toBe('none');
    expect(lookupCode(yesNoCodes, '是')?.code).toBe('yes');
    expect(lookupCode(yesNoCodes, '否')?.code).toBe('no');
  });
});

describe('ethnicity codes', () => {
  it('has 56 groups coded 01 to 56', () => {
    const codes = ethnicityCodes.entries.map((entry) => entry.code);
    expect(codes).toHaveLength(56);
    expect(codes[0]).toBe('01');
    expect(codes[55]).toBe('56');
    expect(codes).toEqual(
      Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('accepts names with and without 族', () => {
    expect(lookupCode(ethnicityCodes, '汉')?.code).toBe('01');
    expect(lookupCode(ethnicityCodes, '汉族')?.code).toBe('01');
    expect(lookupCode(ethnicityCodes, '苗族')?.code).toBe('06');
    expect(lookupCode(ethnicityCodes, '土家')?.code).toBe('15');
    expect(lookupCode(ethnicityCodes, '土')?.code).toBe('30');
    expect(lookupCode(ethnicityCodes, '基诺族')?.code).toBe('56');
  });

  it('accepts codes without leading zero', () => {
    expect(lookupCode(ethnicityCodes, '6')?.code).toBe('06');
    expect(lookupCode(ethnicityCodes, '06')?.code).toBe('06');
    expect(lookupCode(ethnicityCodes, '10')?.code).toBe('10');
  });
});

describe('education codes', () => {
  it('has the eight GB/T 4658 bands', () => {
    expect(educationCodes.entries.map((entry) => entry.code)).toEqual([
      '10',
      '20',
      '30',
      '40',
      '60',
      '70',
      '80',
      '90',
    ]);
  });

  it('accepts band labels and sub-codes', () => {
    expect(lookupCode(educationCodes, '大专')?.code).toBe('30');
    expect(lookupCode(educationCodes, '未上过学')?.code).toBe('90');
    expect(lookupCode(educationCodes, '硕士')?.code).toBe('10');
    expect(lookupCode(educationCodes, '47')?.code).toBe('40');
  });
});

describe('province codes', () => {
  it('has 34 provincial divisions', () => {
    expect(provinceCodes.entries).toHaveLength(34);
    expect(provinceCodes.entries.at(-1)?.code).toBe('82');
  });

  it('accepts full and short names', () => {
    expect(lookupCode(provinceCodes, '广东省')?.code).toBe('44');
    expect(lookupCode(provinceCodes, '广东')?.code).toBe('44');
    expect(lookupCode(provinceCodes, '广西壮族自治区')?.code).toBe('45');
    expect(lookupCode(provinceCodes, '广西')?.code).toBe('45');
    expect(lookupCode(provinceCodes, '71')?.zh).toBe('台湾省');
    expect(lookupCode(provinceCodes, '香港')?.code).toBe('81');
    expect(lookupCode(provinceCodes, 'shaanxi')?.code).toBe('61');
    expect(lookupCode(provinceCodes, 'Shanxi')?.code).toBe('14');
  });
});

describe('industry codes', () => {
  it('has sections A to T', () => {
    expect(industryCodes.entries.map((entry) => entry.code).join('')).toBe(
      'ABCDEFGHIJKLMNOPQRST',
    );
  });

  it('accepts section names', () => {
    expect(lookupCode(industryCodes, '制造业')?.code).toBe('C');
    expect(lookupCode(industryCodes, '农、林、牧、渔业')?.code).toBe('A');
    expect(lookupCode(industryCodes, '住宿和餐饮业')?.code).toBe('H');
  });
});

describe('labelOf', () => {
  it('returns the label per locale', () => {
    expect(labelOf(returneeStatusCodes, 'left_again')).toBe('再次外出');
    expect(labelOf(returneeStatusCodes, 'left_again', 'zh-CN')).toBe(
      '再次外出',
    );
    expect(labelOf(returneeStatusCodes, 'left_again', 'en')).toBe('Left again');
  });

  it('returns undefined for unknown code', () => {
    expect(labelOf(returneeStatusCodes, '再次外出')).toBeUndefined();
  });
});
