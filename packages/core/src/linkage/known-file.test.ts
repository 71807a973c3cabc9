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
    const text =
      '人员编号,记录编号,name,residentId,sex,birthDate,phone,township,village,returnedAt,departedAt,surveyedAt\r\n,X1,王芳,,,,,,,,,\r\nP3,X2,李明,,,,,,,,,\r\n';
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

describe('known persons file damaged by Excel', () => {
  const text = [
    'personKey,recordId,name,residentId,birthDate,phone,sex,township,village,returnedAt,departedAt,surveyedAt',
    'P1,A.csv#2,张伟,5.22299E+17,1990/3/15,1.38123E+10,,,,,,',
    "P2,'=1+1,李娜,11010519491231002X,1949-12-31,13800000000,,,,,,",
    'P3,A.csv#4,王芳,110105194912310021,1949-12,,,,,,,',
  ].join('\r\n');
  const reading = readKnownPersonsCsv(text, { file: 'k.csv' });

  it('treats unreadable values as missing and warns once per column', () => {
    expect(reading.known.records[0]).toEqual({
      id: 'known:A.csv#2',
      name: '张伟',
    });
    const damaged = reading.issues.filter(
      (issue) => issue.code === 'linkage_known_damaged',
    );
    expect(
      damaged.map((issue) => [issue.field, issue.row, issue.params]),
    ).toEqual([
      ['residentId', 2, { count: 2 }],
      ['birthDate', 2, { count: 1 }],
      ['phone', 2, { count: 1 }],
    ]);
  });

  it('removes the formula guard of writeCsv', () => {
    expect(reading.recordIds[1]).toBe('=1+1');
  });

  it('needs the name column, so that a keys-only file is refused', () => {
    const keysOnly = readKnownPersonsCsv(
      'personKey,recordId\r\nP1,A.csv#2\r\n',
    );
    expect(keysOnly.fatal).toBe(true);
  });
});
