import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  phoneDigits,
  prepareRecord,
  prepareRecords,
} from './record.js';

// Valid numbers from the resident ID parser tests; the 15-digit number
// upgrades to MALE_1990.
const MALE_1990 = '522225199003151238';
const LEGACY_1990 = '522225900315123';
const CHECK_X = '52222519900315106X';

describe('prepareRecord resident ID', () => {
  it('keeps a valid number', () => {
    const prepared = prepareRecord({ id: 'a', residentId: MALE_1990 });
    expect(prepared.residentId).toBe(MALE_1990);
    expect(prepared.residentId18).toBe(MALE_1990);
    expect(prepared.residentIdLegacy).toBe(false);
    expect(prepared.residentIdCheckPasses).toBe(true);
    expect(prepared.residentIdValid).toBe(true);
    expect(prepared.residentIdUnusable).toBe(false);
  });

  it('normalises how it is written', () => {
    const prepared = prepareRecord({
      id: 'a',
      residentId: ' ５２２２２５ 19900315106x',
    });
    expect(prepared.residentId).toBe(CHECK_X);
    expect(prepared.residentId18).toBe(CHECK_X);
    expect(prepared.residentIdCheckPasses).toBe(true);
  });

  it('upgrades a 15-digit number', () => {
    const prepared = prepareRecord({ id: 'a', residentId: LEGACY_1990 });
    expect(prepared.residentId).toBe(LEGACY_1990);
    expect(prepared.residentId18).toBe(MALE_1990);
    expect(prepared.residentIdLegacy).toBe(true);
    expect(prepared.residentIdCheckPasses).toBe(false);
    expect(prepared.residentIdValid).toBe(true);
  });

  it('keeps a number that fails the check', () => {
    const prepared = prepareRecord({
      id: 'a',
      residentId: '522225199003151239',
    });
    expect(prepared.residentId18).toBe('522225199003151239');
    expect(prepared.residentIdCheckPasses).toBe(false);
    expect(prepared.residentIdValid).toBe(false);
    expect(prepared.residentIdUnusable).toBe(false);
  });

  it.each([
    ['scientific notation', '5.22225E+17'],
    // The check character of 52222519900315200 is 3, so 000 is Excel's.
    ['zeroed tail', '522225199003152000'],
    ['17 digits', '52222519900315123'],
    ['inner X', '5222251990031X1238'],
    ['letters', 'unknown'],
  ])('marks %s unusable', (_case, raw) => {
    const prepared = prepareRecord({ id: 'a', residentId: raw });
    expect(prepared.residentIdUnusable).toBe(true);
    expect(prepared.residentId18).toBe('');
    expect(prepared.residentIdValid).toBe(false);
  });

  it('uses the given validity', () => {
    const prepared = prepareRecord({
      id: 'a',
      residentId: MALE_1990,
      residentIdValid: false,
    });
    expect(prepared.residentIdValid).toBe(false);
    expect(prepared.residentIdCheckPasses).toBe(true);
  });

  it('treats a blank as missing', () => {
    const prepared = prepareRecord({ id: 'a', residentId: ' \u3000' });
    expect(prepared.residentId).toBe('');
    expect(prepared.residentIdUnusable).toBe(false);
    expect(prepared.residentIdValid).toBe(false);
  });
});

describe('prepareRecord dates', () => {
  it('splits a birth date', () => {
    const prepared = prepareRecord({ id: 'a', birthDate: '1990-03-05' });
    expect(prepared.birthDate).toBe('1990-03-05');
    expect(prepared.birthYear).toBe(1990);
    expect(prepared.birthMonth).toBe(3);
    expect(prepared.birthDay).toBe(5);
  });

  it('reads a month-only birth date', () => {
    const prepared = prepareRecord({ id: 'a', birthDate: '1990-03' });
    expect(prepared.birthYear).toBe(1990);
    expect(prepared.birthMonth).toBe(3);
    expect(prepared.birthDay).toBe(0);
  });

  it.each(['1990-02-30', '1990/03/05', '1990', '1899-12-31', 'unknown'])(
    'treats %s as missing',
    (value) => {
      const prepared = prepareRecord({ id: 'a', birthDate: value });
      expect(prepared.birthDate).toBe('');
      expect(prepared.birthYear).toBe(0);
    },
  );

  it('covers a whole month', () => {
    const prepared = prepareRecord({ id: 'a', returnedAt: '2024-02' });
    expect(prepared.returnedFrom).toBe(dayNumber(2024, 2, 1));
    expect(prepared.returnedTo).toBe(dayNumber(2024, 2, 29));
  });

  it('covers one day', () => {
    const prepared = prepareRecord({ id: 'a', departedAt: '2023-12-31' });
    expect(prepared.departedFrom).toBe(dayNumber(2023, 12, 31));
    expect(prepared.departedTo).toBe(prepared.departedFrom);
  });
});

describe('dayNumber', () => {
  it('starts at 1900-01-01', () => {
    expect(dayNumber(1900, 1, 1)).toBe(1);
    expect(dayNumber(1900, 3, 1)).toBe(60);
  });

  it('counts leap days', () => {
    expect(dayNumber(2024, 3, 1) - dayNumber(2024, 2, 28)).toBe(2);
    expect(dayNumber(2023, 3, 1) - dayNumber(2023, 2, 28)).toBe(1);
  });
});

describe('phoneDigits', () => {
  it.each([
    ['plain', '13812345678', '13812345678'],
    ['spaces and dashes', '138-1234 5678', '13812345678'],
    ['full-width digits', '１３８１２３４５６７８', '13812345678'],
    ['+86', '+86 138 1234 5678', '13812345678'],
    ['0086', '0086-13812345678', '13812345678'],
    ['landline', '0851-1234567', '08511234567'],
    ['no digits', '无', ''],
  ])('handles %s', (_case, raw, expected) => {
    expect(phoneDigits(raw)).toBe(expected);
  });
});

describe('prepareRecord other fields', () => {
  it('reads name, sex, phone and places', () => {
    const prepared = prepareRecord({
      id: 'r1',
      name: '單雄信',
      sex: 'male',
      phone: '+86 13812345678',
      township: ' 城关 镇',
      village: '红星村 ',
    });
    expect(prepared.id).toBe('r1');
    expect(prepared.name.simplified).toBe('单雄信');
    expect(prepared.sex).toBe('male');
    expect(prepared.phone).toBe('13812345678');
    expect(prepared.township).toBe('城关镇');
    expect(prepared.village).toBe('红星村');
  });

  it('marks absent values missing', () => {
    const prepared = prepareRecord({ id: 'r1' });
    expect(prepared.name.normalized).toBe('');
    expect(prepared.residentId).toBe('');
    expect(prepared.sex).toBe('');
    expect(prepared.birthYear).toBe(0);
    expect(prepared.phone).toBe('');
    expect(prepared.township).toBe('');
    expect(prepared.village).toBe('');
    expect(prepared.returnedFrom).toBe(0);
    expect(prepared.departedFrom).toBe(0);
  });
});

describe('prepareRecords', () => {
  it('shares name forms between equal names', () => {
    const [first, second, third] = prepareRecords([
      { id: 'a', name: '王小明' },
      { id: 'b', name: '王小明' },
      { id: 'c', name: '王晓明' },
    ]);
    expect(first?.name).toBe(second?.name);
    expect(third?.name.pinyinKey).toBe('wang2 xiao3 ming2');
  });

  it('matches prepareRecord', () => {
    const record = { id: 'a', name: '曾小明', residentId: MALE_1990 };
    expect(prepareRecords([record])).toEqual([prepareRecord(record)]);
  });
});
