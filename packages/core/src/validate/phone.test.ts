import { describe, expect, it } from 'vitest';
import { parsePhone } from './phone.js';

describe('parsePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
    ["'13812345678", '13812345678'],
  ])('accepts %j', (raw, expected) => {
    expect(parsePhone(raw)).toEqual({ ok: true, value: expected, issues: [] });
  });

  it.each([
    '12812345678',
    '1381234567',
    '138123456789',
    '0851-12345678',
    '13812345678/13912345678',
    '(138)12345678',
    '+85213812345678',
  ])('rejects %j', (raw) => {
    const result = parsePhone(raw);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('phone_invalid');
  });

  it('masks the number in parameters', () => {
    const result = parsePhone('12812345678');
    expect(result.issues[0]?.params).toEqual({ value: '128****5678' });
  });

  it('reports scientific notation', () => {
    const result = parsePhone('1.38123E+10');
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('phone_excel_scientific');
  });
});
