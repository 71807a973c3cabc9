import { describe, expect, it } from 'vitest';
import type { ReviewPair } from './link.js';
import { formatIssue as formatLinkageIssue } from '../issues/messages.js';
import type { LinkRecord } from './record.js';
import { readDecisionsCsv, writeReviewCsv } from './review.js';

const records: LinkRecord[] = [
  {
    id: 'a.csv#2',
    name: '张晓明',
    residentId: '522299199001011234',
    birthDate: '1990-01-01',
    township: '龙泉镇',
    village: '青山村',
  },
  { id: 'b.csv#5', name: '章小明', birthDate: '1990-01', township: '龙泉镇' },
];

const pair: ReviewPair = {
  a: 'a.csv#2',
  b: 'b.csv#5',
  weight: 3.456,
  reason: 'between_thresholds',
  explanation: {
    weight: 3.456,
    prior: -9.5,
    contributions: [
      {
        comparison: 'name',
        level: 'pinyin',
        weight: 6.956,
        termFrequency: false,
      },
      {
        comparison: 'residentId',
        level: 'missing',
        weight: 0,
        termFrequency: false,
      },
      {
        comparison: 'birthDate',
        level: 'month',
        weight: 6,
        termFrequency: false,
      },
    ],
  },
};

/** Splits CSV text into rows of cells; the test data has no quoted commas. */
function cells(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

/** Fills the decision cell (column E) of data row `index`. */
function decide(text: string, index: number, value: string): string {
  const lines = text.split('\r\n');
  const row = (lines[index + 1] as string).split(',');
  row[4] = value;
  lines[index + 1] = row.join(',');
  return lines.join('\r\n');
}

describe('writeReviewCsv', () => {
  it('writes masked details', () => {
    const text = writeReviewCsv([pair], records);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = cells(text);
    expect(header?.slice(0, 5)).toEqual([
      '配对编号',
      '记录A',
      '记录B',
      '匹配权重',
      '判定',
    ]);
    expect(row).toEqual([
      '1',
      'a.csv#2',
      'b.csv#5',
      '3.46',
      '',
      '权重介于审核线和链接线之间',
      '张**',
      '章**',
      '5222**********1234',
      '',
      '1990',
      '1990',
      '龙泉镇',
      '龙泉镇',
      '青山村',
      '',
      'name=pinyin:+6.96; residentId=missing:0; birthDate=month:+6.00; prior=-9.50',
    ]);
  });

  it('never writes a full name or ID', () => {
    const text = writeReviewCsv([pair], records, { locale: 'en' });
    expect(text).not.toContain('张晓明');
    expect(text).not.toContain('522299199001011234');
    expect(cells(text)[0]?.[4]).toBe('decision');
    expect(cells(text)[1]?.[5]).toBe('between_thresholds');
  });
});

describe('readDecisionsCsv', () => {
  it('reads filled-in review file back', () => {
    const written = writeReviewCsv([pair, { ...pair, b: 'c.csv#9' }], records);
    const filled = decide(decide(written, 0, '不同人'), 1, ' Same ');
    const { decisions, issues, fatal } = readDecisionsCsv(filled);
    expect(fatal).toBe(false);
    expect(issues).toEqual([]);
    expect(decisions).toEqual([
      { a: 'a.csv#2', b: 'b.csv#5', same: false },
      { a: 'a.csv#2', b: 'c.csv#9', same: true },
    ]);
  });

  it('skips empty decisions', () => {
    const written = writeReviewCsv([pair], records, { locale: 'en' });
    const { decisions, issues } = readDecisionsCsv(written);
    expect(decisions).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('accepts bytes and English values', () => {
    const text =
      'recordA,recordB,decision\r\nx#2,y#3,different\r\nx#2,z#4,同一人\r\n';
    const { decisions } = readDecisionsCsv(new TextEncoder().encode(text));
    expect(decisions).toEqual([
      { a: 'x#2', b: 'y#3', same: false },
      { a: 'x#2', b: 'z#4', same: true },
    ]);
  });

  it('reports unknown decision with row', () => {
    const text = '记录A,记录B,判定\r\nx#2,y#3,可能\r\nx#2,z#4,不同人\r\n';
    const { decisions, issues } = readDecisionsCsv(text, { file: 'd.csv' });
    expect(decisions).toEqual([{ a: 'x#2', b: 'z#4', same: false }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'linkage_unknown_decision',
      severity: 'error',
      row: 2,
      file: 'd.csv',
    });
    expect(formatLinkageIssue(issues[0]!, 'en')).toContain('"可能"');
  });

  it('reports missing record id', () => {
    const text = 'recordA,recordB,decision\r\nx#2,,same\r\n';
    const { decisions, issues } = readDecisionsCsv(text);
    expect(decisions).toEqual([]);
    expect(issues[0]).toMatchObject({
      code: 'linkage_missing_record',
      field: 'recordB',
      row: 2,
    });
  });

  it('is fatal without decision column', () => {
    const { fatal, issues } = readDecisionsCsv(
      'recordA,recordB\r\nx#2,y#3\r\n',
    );
    expect(fatal).toBe(true);
    expect(issues.some((issue) => issue.code === 'csv_missing_column')).toBe(
      true,
    );
  });
});
