import { describe, expect, it } from 'vitest';
import { readKnownPersonsCsv, writeKnownPersonsCsv } from './known-file.js';

describe('known persons file', () => {
  const rows = [
    {
      personKey: 'P1',
      recordId: 'A.csv#2',
      record: {
        id: 'A.csv#2',
        name: '张伟',
        residentId: '11010519491231002X',
        sex: 'male' as const,
        birthDate: '1949-12-31' as const,
        township: '城关镇',
        village: '东村',
        surveyedAt: '2026-03-01' as const,
      },
    },
    {
      personKey: 'P2',
      recordId: 'A.csv#2',
      record: { id: 'B.csv#2', name: '李娜', departedAt: '2020-05' as const },
    },
  ];

  it('reads back what it writes, with known: ids', () => {
    const text = writeKnownPersonsCsv(rows);
    expect(text.startsWith('\uFEFFpersonKey,recordId,name,residentId')).toBe(
      true,
    );
    const reading = readKnownPersonsCsv(text);
    expect(reading.fatal).toBe(false);
    expect(reading.issues).toEqual([]);
    expect(reading.known.keys).toEqual(['P1', 'P2']);
    expect(reading.recordIds).toEqual(['A.csv#2', 'A.csv#2']);
    expect(reading.known.records).toEqual([
      { ...rows[0]?.record, id: 'known:A.csv#2', residentIdValid: true },
      { ...rows[1]?.record, id: 'known:A.csv#2#2' },
    ]);
  });

  it('skips a row without a person key and says so', () => {
    const text = '人员编号,记录编号,name\r\n,X1,王芳\r\nP3,X2,李明\r\n';
    const reading = readKnownPersonsCsv(text, { file: 'k.csv' });
    expect(reading.known.keys).toEqual(['P3']);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        code: 'linkage_known_row_incomplete',
        row: 2,
        file: 'k.csv',
      }),
    ]);
  });

  it('is fatal without the key columns', () => {
    const reading = readKnownPersonsCsv('name,sex\r\n王芳,female\r\n');
    expect(reading.fatal).toBe(true);
    expect(reading.known.records).toEqual([]);
  });
});
