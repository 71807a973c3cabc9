import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskResidentId, maskValue } from './mask.js';

describe('maskResidentId', () => {
  it('keeps first and last four', () => {
    expect(maskResidentId('522225199003151234')).toBe('5222**********1234');
  });

  it('masks 15-digit legacy numbers', () => {
    expect(maskResidentId('522225900315123')).toBe('5222*******5123');
  });

  it('hides the birth date', () => {
    expect(maskResidentId('52222519900315123X')).not.toContain('19900315');
  });

  it('trims before masking', () => {
    expect(maskResidentId('  522225199003151234 ')).toBe('5222**********1234');
  });

  it('shows little of short values', () => {
    expect(maskResidentId('5.22225E+17')).toBe('5*********7');
    expect(maskResidentId('12345')).toBe('*****');
  });

  it('never shows more than eight characters', () => {
    for (let length = 0; length <= 40; length += 1) {
      const value = '7'.repeat(length);
      const visible = Array.from(maskResidentId(value)).filter(
        (c) => c !== '*',
      );
      expect(visible.length).toBeLessThanOrEqual(8);
      expect(maskResidentId(value)).toHaveLength(length);
    }
  });
});

describe('maskPhone', () => {
  it('keeps first three and last four', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks numbers with a prefix', () => {
    expect(maskPhone('+86 13812345678')).toBe('+86********5678');
  });

  it('masks short values like maskValue', () => {
    expect(maskPhone('1381234')).toBe('1*****4');
    expect(maskPhone('110')).toBe('***');
  });
});

describe('maskName', () => {
  it('keeps the first character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });

  it('stars a one-character name', () => {
    expect(maskName('张')).toBe('*');
  });

  it('counts characters beyond the BMP once', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
    expect(maskName('王𠮷')).toBe('王*');
  });

  it('masks names with a middle dot', () => {
    expect(maskName('阿依古丽·买买提')).toBe('阿*******');
  });

  it('returns empty for blank input', () => {
    expect(maskName('  ')).toBe('');
  });
});

describe('maskValue', () => {
  it('keeps ends of long values', () => {
    expect(maskValue('abcdefg')).toBe('a*****g');
  });

  it('stars short values completely', () => {
    expect(maskValue('abcde')).toBe('*****');
    expect(maskValue('')).toBe('');
  });

  it('counts code points not code units', () => {
    expect(maskValue('𠮷𠮷𠮷𠮷𠮷𠮷')).toBe('𠮷****𠮷');
  });
});
