import { describe, expect, it } from 'vitest';
import { readCsvTable } from './read.js';
import type { CsvTable, HeaderSpec } from './types.js';

const headerSpecs: HeaderSpec[] = [
  { field: 'name', headers: ['姓名', '名字'], required: true },
  { field: 'sex', headers: ['性别'], required: true },
  { field: 'skills', headers: ['技能特长'], required: false },
];

function read(text: string): CsvTable {
  const bytes = new TextEncoder().encode(text);
  return readCsvTable({ file: 'test.csv', bytes }, headerSpecs);
}

function codes(table: CsvTable): string[] {
  return table.issues.map((issue) => issue.code);
}

describe('readCsvTable on text', () => {
  it('reads an empty file as empty', () => {
    const table = read('');
    expect(table.fatal).toBe(true);
    expect(codes(table)).toEqual(['csv_empty_file']);
  });

  it('treats an optional column as optional', () => {
    const table = read('姓名,性别\n张三,男\n');
    expect(table.fatal).toBe(false);
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([
      { row: 2, values: { name: '张三', sex: '男' }, extra: {}, issues: [] },
    ]);
  });

  it('keeps cell text untrimmed', () => {
    const table = read('姓名,性别\n 张三 ,0012\n');
    expect(table.rows[0]?.values).toEqual({ name: ' 张三 ', sex: '0012' });
  });

  it('accepts empty cells past the header', () => {
    const table = read('姓名,性别\n张三,男,,\n李四,女, \n');
    expect(table.issues).toEqual([]);
    expect(table.rows.map((row) => row.row)).toEqual([2, 3]);
  });

  it('reads old Mac line ends', () => {
    const table = read('姓名,性别\r张三,男\r\r李四,女\r');
    expect(table.rows.map((row) => row.row)).toEqual([2, 4]);
  });

  it('takes the first row when no header matches', () => {
    const table = read('甲,乙\n张三,男\n');
    expect(table.fatal).toBe(true);
    expect(codes(table)).toEqual([
      'csv_unknown_column',
      'csv_unknown_column',
      'csv_missing_column',
      'csv_missing_column',
    ]);
    expect(table.issues.every((issue) => issue.row === 1)).toBe(true);
  });

  it('searches ten rows for the header', () => {
    const titles = Array.from({ length: 10 }, (_, i) => `标题${i + 1}\n`);
    const atLimit = read(`${titles.slice(1).join('')}姓名,性别\n张三,男\n`);
    expect(codes(atLimit)).toEqual(['csv_rows_before_header']);
    expect(atLimit.rows.map((row) => row.row)).toEqual([11]);

    const pastLimit = read(`${titles.join('')}姓名,性别\n张三,男\n`);
    expect(pastLimit.fatal).toBe(true);
    expect(pastLimit.columns.map((column) => column.header)).toEqual(['标题1']);
  });

  it('recognises semicolon-separated text', () => {
    const table = read('姓名;性别\n张三;男\n');
    expect(table.fatal).toBe(true);
    expect(table.issues).toEqual([
      {
        code: 'csv_wrong_delimiter',
        severity: 'error',
        row: 1,
        file: 'test.csv',
        params: { delimiter: ';' },
      },
    ]);
  });

  it('recognises binary content', () => {
    const bytes = new Uint8Array([0x61, 0x2c, 0x62, 0x00, 0x0a]);
    const table = readCsvTable({ file: 'x.csv', bytes }, headerSpecs);
    expect(table.fatal).toBe(true);
    expect(codes(table)).toEqual(['csv_binary_file']);
  });

  it('throws on ambiguous header specs', () => {
    const bytes = new TextEncoder().encode('姓名\n');
    expect(() =>
      readCsvTable({ file: 'x.csv', bytes }, [
        { field: 'name', headers: ['姓名'], required: true },
        { field: 'alias', headers: ['姓名'], required: false },
      ]),
    ).toThrow();
  });
});
