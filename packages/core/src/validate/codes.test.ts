import { describe, expect, it } from 'vitest';
import {
  educationCodes,
  provinceCodes,
  sexCodes,
  supportCodes,
  yesNoCodes,
} from '../codes/index.js';
import { parseBoolean, parseCode, parseCodes } from './codes.js';

describe('parseCode', () => {
  it('accepts the Chinese label', () => {
    expect(parseCode('男', sexCodes)).toEqual({
      ok: true,
      value: 'male',
      issues: [],
    });
  });

  it('accepts the numeric code', () => {
    const result = parseCode(' 20 ', educationCodes);
    expect(result).toEqual({ ok: true, value: '20', issues: [] });
  });

  it('accepts a short province name', () => {
    const result = parseCode('广东', provinceCodes);
    expect(result).toEqual({ ok: true, value: '44', issues: [] });
  });

  it('rejects an unknown value listing labels', () => {
    const result = parseCode('未知', sexCodes);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'code_unknown',
        severity: 'error',
        params: { value: '未知', allowed: '男、女' },
      },
    ]);
  });

  it('masks an ID number in a shifted column', () => {
    const result = parseCode('522225199003151234', sexCodes);
    expect(result.issues[0]?.params?.['value']).toBe('5****************4');
  });
});

describe('parseCodes', () => {
  it('splits and maps several labels', () => {
    const result = parseCodes(
      '创业担保贷款、创业培训；创业担保贷款',
      supportCodes,
    );
    expect(result).toEqual({
      ok: true,
      value: ['guaranteed_loan', 'business_training'],
      issues: [],
    });
  });

  it('returns an empty list for separators only', () => {
    const result = parseCodes('、', supportCodes);
    expect(result).toEqual({ ok: true, value: [], issues: [] });
  });

  it('names every unknown item', () => {
    const result = parseCodes('创业培训、低保、救济', supportCodes);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('code_unknown');
    expect(result.issues[0]?.params?.['value']).toBe('低保、救济');
  });
});

describe('parseBoolean', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['0', false],
  ])('reads %j', (raw, expected) => {
    const result = parseBoolean(raw, yesNoCodes);
    expect(result).toEqual({ ok: true, value: expected, issues: [] });
  });

  it('rejects other text', () => {
    const result = parseBoolean('可能', yesNoCodes);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.params).toEqual({
      value: '可能',
      allowed: '是、否',
    });
  });
});
