import { describe, expect, it } from 'vitest';
import { maskLongDigitRuns } from './mask-params.js';
import { formatIssue } from './messages.js';

describe('maskLongDigitRuns', () => {
  it('masks an ID number in a date value', () => {
    const masked = maskLongDigitRuns({ value: '522299198506120011' });
    expect(masked.value).not.toContain('198506120');
    expect(String(masked.value)).toMatch(/^5\*+1$/);
  });

  it('masks a phone number inside text', () => {
    const masked = maskLongDigitRuns({ value: 'tel 13812345678 ok' });
    expect(masked.value).not.toContain('13812345678');
    expect(String(masked.value)).toContain('tel ');
  });

  it('keeps registry codes in suggestions', () => {
    const suggestions = '龙泉镇 (522225100)';
    expect(maskLongDigitRuns({ suggestions }).suggestions).toBe(suggestions);
  });

  it('keeps short numbers and non-strings', () => {
    expect(maskLongDigitRuns({ value: '2024-03-05', firstRow: 12 })).toEqual({
      value: '2024-03-05',
      firstRow: 12,
    });
  });
});

describe('formatIssue masking', () => {
  it('never prints an unmasked ID in a date message', () => {
    const message = formatIssue({
      code: 'date_invalid',
      severity: 'error',
      column: '返乡时间',
      params: { value: '522299198506120011' },
    });
    expect(message).not.toContain('1985061200');
    expect(message).toContain('5****************1');
  });
});
