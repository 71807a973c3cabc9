import { describe, expect, it } from 'vitest';
import { isExcelError } from './excel-error.js';
import { quoteValue } from './safe-value.js';

describe('isExcelError', () => {
  it.each(['#VALUE!', '#N/A', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#n/a'])(
    'recognises %j',
    (value) => {
      expect(isExcelError(value)).toBe(true);
    },
  );

  it.each(['#1', 'N/A', '#', '#VALUE', '无'])('ignores %j', (value) => {
    expect(isExcelError(value)).toBe(false);
  });
});

describe('quoteValue', () => {
  it('keeps short ordinary values', () => {
    expect(quoteValue(' 外星 ')).toBe('外星');
  });

  it('masks runs of seven or more digits', () => {
    expect(quoteValue('电话13812345678')).toBe('电话1*********8');
    expect(quoteValue('123456')).toBe('123456');
  });

  it('cuts values over 30 characters', () => {
    expect(quoteValue('字'.repeat(40))).toBe('字'.repeat(30) + '…');
  });
});
