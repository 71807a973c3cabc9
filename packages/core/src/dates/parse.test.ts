import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './parse.js';

function valueOf(raw: string, precision?: 'day' | 'day-or-month') {
  const result = parseCalendarDate(raw, precision ? { precision } : {});
  return result.ok ? `${result.value} ${result.precision}` : undefined;
}

function codesOf(raw: string, precision?: 'day' | 'day-or-month') {
  const result = parseCalendarDate(raw, precision ? { precision } : {});
  return result.ok ? [] : result.issues.map((issue) => issue.code);
}

describe('parseCalendarDate day forms', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年03月05日', '2024-03-05'],
    ['2024年3月5', '2024-03-05'],
    ['2024 年 3 月 5 日', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['45356', '2024-03-05'],
    ['45356.75', '2024-03-05'],
    ['  2024-03-05 ', '2024-03-05'],
  ])('reads %s', (raw, expected) => {
    expect(valueOf(raw)).toBe(`${expected} day`);
  });

  it('reads full-width characters', () => {
    expect(valueOf('２０２４／３／５')).toBe('2024-03-05 day');
    expect(valueOf('２０２４年３月５日')).toBe('2024-03-05 day');
  });

  it('drops a time of day', () => {
    expect(valueOf('2024/3/5 0:00')).toBe('2024-03-05 day');
    expect(valueOf('2024-03-05 13:45:10')).toBe('2024-03-05 day');
    expect(valueOf('2024-03-05T08:00')).toBe('2024-03-05 day');
  });

  it('rejects a time on months', () => {
    expect(codesOf('2024-03 0:00')).toEqual(['date_invalid']);
  });

  it('rejects invalid times', () => {
    expect(codesOf('2024-03-05 25:00')).toEqual(['date_invalid']);
  });
});

describe('parseCalendarDate month forms', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['2024/3', '2024-03'],
    ['2024.3', '2024-03'],
    ['2024.12', '2024-12'],
    ['2024年3月', '2024-03'],
    ['202403', '2024-03'],
  ])('reads %s', (raw, expected) => {
    expect(valueOf(raw)).toBe(`${expected} month`);
  });

  it('rejects months when day required', () => {
    expect(codesOf('2024-03', 'day')).toEqual(['date_month_only']);
    expect(codesOf('202403', 'day')).toEqual(['date_month_only']);
    expect(codesOf('2024年3月', 'day')).toEqual(['date_month_only']);
  });

  it('accepts days when day required', () => {
    expect(valueOf('2024-03-05', 'day')).toBe('2024-03-05 day');
  });
});

describe('parseCalendarDate invalid input', () => {
  it.each([
    '',
    '   ',
    '2024-02-30',
    '1990-02-29',
    '2023-02-29',
    '2024-13-01',
    '2024-00',
    '2024-3/5',
    '202413',
    '20240230',
    '1899-12-31',
    '24-03-05',
    '2024',
    'abc',
    '60',
    '0',
    '2958466',
    '-45356',
    '2024年13月',
  ])('rejects %j', (raw) => {
    expect(codesOf(raw)).toEqual(['date_invalid']);
  });

  it('puts the input in params', () => {
    const result = parseCalendarDate(' 2024-02-30 ');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'date_invalid',
          severity: 'error',
          params: { value: '2024-02-30' },
        },
      ],
    });
  });

  it('shortens long input in params', () => {
    const result = parseCalendarDate('x'.repeat(100));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.params?.value).toBe('x'.repeat(40));
    }
  });

  it('reads leap days correctly', () => {
    expect(valueOf('2024-02-29')).toBe('2024-02-29 day');
    expect(valueOf('2000/2/29')).toBe('2000-02-29 day');
  });
});

describe('parseCalendarDate Excel serials', () => {
  it('reads serials around the leap bug', () => {
    expect(valueOf('59')).toBe('1900-02-28 day');
    expect(valueOf('61')).toBe('1900-03-01 day');
    expect(codesOf('60')).toEqual(['date_invalid']);
  });

  it('reads serials at quarter edges', () => {
    expect(valueOf('45382')).toBe('2024-03-31 day');
    expect(valueOf('45383')).toBe('2024-04-01 day');
  });
});

describe('parseCalendarDate arbitrary input', () => {
  it('never throws', () => {
    const dateLike = fc.stringMatching(/^[0-9年月日./\- :T]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateLike), (raw) => {
        const result = parseCalendarDate(raw, { precision: 'day' });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
