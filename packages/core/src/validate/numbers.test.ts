import { describe, expect, it } from 'vitest';
import { parseDecimal, parseInteger } from './numbers.js';

describe('parseInteger', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    [' 3500 ', 3500],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['１２', 12],
    ['12.00', 12],
    ['-0', 0],
  ])('accepts %j', (raw, expected) => {
    expect(parseInteger(raw)).toEqual({
      ok: true,
      value: expected,
      issues: [],
    });
  });

  it.each([
    '12a',
    '1,23',
    '12,34,567',
    '1e3',
    '',
    '.5',
    '3 500',
    '¥3500',
    '3500元',
  ])('rejects %j as invalid', (raw) => {
    const result = parseInteger(raw);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('number_invalid');
  });

  it('rejects a fraction', () => {
    const result = parseInteger('2.5');
    expect(result.issues).toEqual([
      { code: 'number_not_whole', severity: 'error', params: { value: '2.5' } },
    ]);
  });

  it('rejects a negative number', () => {
    const result = parseInteger('-3');
    expect(result.issues).toEqual([
      { code: 'number_negative', severity: 'error', params: { value: '-3' } },
    ]);
  });

  it('rejects numbers beyond safe integers', () => {
    const result = parseInteger('9007199254740993');
    expect(result.issues[0]?.code).toBe('number_invalid');
  });

  it('masks long digit runs in parameters', () => {
    const result = parseInteger('522225199003151234x');
    expect(result.issues[0]?.params?.['value']).toBe('5****************4x');
  });
});

describe('parseDecimal', () => {
  it.each([
    ['0', 0],
    ['5', 5],
    ['2.5', 2.5],
    ['0.35', 0.35],
    ['1,200.75', 1200.75],
    ['１２．５', 12.5],
  ])('accepts %j', (raw, expected) => {
    expect(parseDecimal(raw)).toEqual({
      ok: true,
      value: expected,
      issues: [],
    });
  });

  it.each(['5万', '2..5', '1,2', 'abc', '1.5e2'])(
    'rejects %j as invalid',
    (raw) => {
      const result = parseDecimal(raw);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.code).toBe('number_invalid');
    },
  );

  it('rejects a negative amount', () => {
    const result = parseDecimal('-0.5');
    expect(result.issues[0]?.code).toBe('number_negative');
  });
});
