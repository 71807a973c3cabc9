import { describe, expect, it } from 'vitest';
import { excelSerialToCalendarDate } from './excel.js';

describe('excelSerialToCalendarDate', () => {
  it('converts modern serials', () => {
    expect(excelSerialToCalendarDate(45356)).toBe('2024-03-05');
    expect(excelSerialToCalendarDate(45382)).toBe('2024-03-31');
    expect(excelSerialToCalendarDate(45383)).toBe('2024-04-01');
    expect(excelSerialToCalendarDate(36526)).toBe('2000-01-01');
  });

  it('converts serials before the leap bug', () => {
    expect(excelSerialToCalendarDate(1)).toBe('1900-01-01');
    expect(excelSerialToCalendarDate(31)).toBe('1900-01-31');
    expect(excelSerialToCalendarDate(59)).toBe('1900-02-28');
  });

  it('rejects the phantom 1900-02-29', () => {
    expect(excelSerialToCalendarDate(60)).toBeUndefined();
    expect(excelSerialToCalendarDate(60.5)).toBeUndefined();
  });

  it('shifts serials after 60', () => {
    expect(excelSerialToCalendarDate(61)).toBe('1900-03-01');
  });

  it('drops the time of day', () => {
    expect(excelSerialToCalendarDate(45356.99)).toBe('2024-03-05');
    expect(excelSerialToCalendarDate(45356.5)).toBe('2024-03-05');
  });

  it('accepts the last serial', () => {
    expect(excelSerialToCalendarDate(2958465)).toBe('9999-12-31');
  });

  it('rejects out-of-range serials', () => {
    expect(excelSerialToCalendarDate(0)).toBeUndefined();
    expect(excelSerialToCalendarDate(0.5)).toBeUndefined();
    expect(excelSerialToCalendarDate(-1)).toBeUndefined();
    expect(excelSerialToCalendarDate(2958466)).toBeUndefined();
    expect(excelSerialToCalendarDate(Number.NaN)).toBeUndefined();
    expect(excelSerialToCalendarDate(Infinity)).toBeUndefined();
  });

  it('matches a plain day count', () => {
    // Days from 1900-03-01 with a UTC reference that never uses local time.
    const base = Date.UTC(1900, 2, 1);
    for (let serial = 61; serial < 2958465; serial += 9973) {
      const expected = new Date(base + (serial - 61) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(excelSerialToCalendarDate(serial)).toBe(expected);
    }
  });
});
