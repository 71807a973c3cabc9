import { describe, expect, it } from 'vitest';
import { readCsvTable } from './read.js';
import { writeCsv } from './write.js';

describe('writeCsv', () => {
  it('writes CRLF after every record', () => {
    expect(writeCsv(['姓名', '性别'], [['张三', '男']], { bom: false })).toBe(
      '姓名,性别\r\n张三,男\r\n',
    );
  });

  it('adds a byte order mark by default', () => {
    expect(writeCsv(['a'], [])).toBe('\uFEFFa\r\n');
    expect(writeCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n');
  });

  it('quotes cells that need it', () => {
    const text = writeCsv(
      ['a', 'b', 'c', 'd', 'e'],
      [['x,y', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']],
      { bom: false },
    );
    expect(text).toBe(
      'a,b,c,d,e\r\n"x,y","say ""hi""","two\nlines","cr\rhere",plain\r\n',
    );
  });

  it('escapes formula cells by default', () => {
    const text = writeCsv(
      ['v'],
      [['=1+1'], ['+SUM(A1)'], ['-A1'], ['@cmd'], ['\tx'], ['=a,b']],
      { bom: false },
    );
    expect(text.split('\r\n')).toEqual([
      'v',
      "'=1+1",
      "'+SUM(A1)",
      "'-A1",
      "'@cmd",
      "'\tx",
      `"'=a,b"`,
      '',
    ]);
  });

  it('leaves plain numbers unescaped', () => {
    const text = writeCsv(
      ['v'],
      [['-5'], ['+8613812345678'], ['-0.25'], ['1e5'], ['-']],
      { bom: false },
    );
    expect(text.split('\r\n')).toEqual([
      'v',
      '-5',
      '+8613812345678',
      '-0.25',
      '1e5',
      "'-",
      '',
    ]);
  });

  it('can turn formula escaping off', () => {
    expect(
      writeCsv(['v'], [['=1+1']], { bom: false, escapeFormulas: false }),
    ).toBe('v\r\n=1+1\r\n');
  });

  it('round-trips through readCsvTable', () => {
    const rows = [
      ['张三', '电工\n焊工', '说"好",行'],
      ['阿依古丽·买买提', '', ' 前后空格 '],
    ];
    const text = writeCsv(['姓名', '技能特长', '备注'], rows);
    const table = readCsvTable(
      { file: 'out.csv', bytes: new TextEncoder().encode(text) },
      [
        { field: 'name', headers: ['姓名'], required: true },
        { field: 'skills', headers: ['技能特长'], required: false },
        { field: 'note', headers: ['备注'], required: false },
      ],
    );
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.issues).toEqual([]);
    expect(table.rows.map((row) => row.row)).toEqual([2, 3]);
    expect(
      table.rows.map((row) => [
        row.values.name,
        row.values.skills,
        row.values.note,
      ]),
    ).toEqual(rows);
  });
});
