import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from './read.js';
import type { CsvTable, HeaderSpec } from './types.js';

const fixtures = new URL('../../test-fixtures/csv/', import.meta.url);
const headerSpecs = JSON.parse(
  readFileSync(new URL('header-specs.json', fixtures), 'utf8'),
) as HeaderSpec[];

function readFixture(name: string): CsvTable {
  const bytes = readFileSync(new URL(name, fixtures));
  return readCsvTable({ file: name, bytes }, headerSpecs);
}

function rowNumbers(table: CsvTable): number[] {
  return table.rows.map((row) => row.row);
}

function issueSummary(table: CsvTable): Array<[string, number | undefined]> {
  return table.issues.map((issue) => [issue.code, issue.row]);
}

describe('readCsvTable encodings', () => {
  it('reads UTF-8 with BOM', () => {
    const table = readFixture('utf8-bom.csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.fatal).toBe(false);
    expect(table.issues).toEqual([]);
    expect(rowNumbers(table)).toEqual([2, 3, 4]);
    expect(table.columns[0]).toEqual({
      index: 0,
      header: '姓名',
      field: 'name',
    });
    expect(table.rows[2]?.values.name).toBe('阿依古丽·买买提');
  });

  it('reads UTF-8 without BOM', () => {
    const table = readFixture('utf8-no-bom.csv');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows).toEqual(readFixture('utf8-bom.csv').rows);
  });

  it('reads GB18030', () => {
    const table = readFixture('gb18030.csv');
    expect(table.encoding).toBe('gb18030');
    expect(table.issues).toEqual([]);
    expect(rowNumbers(table)).toEqual([2, 3, 4]);
    expect(table.rows[0]?.values.township).toBe('龙泉镇');
    expect(table.rows[1]?.values.name).toBe('阿依古丽·买买提');
    expect(table.rows[2]?.values.name).toBe('刘䶮');
    expect(table.rows[2]?.values.residentId).toBe('52222519850611539X');
  });

  it('warns about undecodable bytes', () => {
    const table = readFixture('invalid-bytes.csv');
    expect(table.encoding).toBe('gb18030');
    expect(table.fatal).toBe(false);
    expect(table.issues).toEqual([
      {
        code: 'csv_invalid_bytes',
        severity: 'warning',
        file: 'invalid-bytes.csv',
        params: { count: 1 },
      },
    ]);
    expect(table.rows[0]?.values.residentId).toBe('\uFFFD522225199507203177');
  });
});

describe('readCsvTable line ends', () => {
  it('reads CRLF and LF alike', () => {
    const crlf = readFixture('line-ends-crlf.csv');
    const lf = readFixture('line-ends-lf.csv');
    expect(rowNumbers(crlf)).toEqual([2, 3, 4]);
    expect(crlf.rows[1]?.values.skills).toBe('缝纫\n厨师');
    expect(lf.rows).toEqual(crlf.rows);
    expect(lf.issues).toEqual([]);
  });

  it('reads mixed line ends', () => {
    const table = readFixture('line-ends-mixed.csv');
    expect(table.issues).toEqual([]);
    expect(rowNumbers(table)).toEqual([2, 3, 4]);
    expect(table.rows.map((row) => row.values.name)).toEqual([
      '张三',
      '李四',
      '王五',
    ]);
    expect(table.rows[2]?.values.enumerator).toBe('赵红');
  });
});

describe('readCsvTable row numbers', () => {
  it('counts a multi-line record once', () => {
    const table = readFixture('quoted-newlines.csv');
    expect(table.issues).toEqual([]);
    expect(rowNumbers(table)).toEqual([2, 3, 4]);
    expect(table.rows[0]?.values.skills).toBe('电工\n焊工');
    expect(table.rows[1]?.values.skills).toBe('缝纫\n厨师\n电商, "直播"');
    expect(table.rows[2]?.values.name).toBe('王五');
  });

  it('skips but counts blank lines', () => {
    const table = readFixture('blank-lines.csv');
    expect(table.issues).toEqual([]);
    expect(rowNumbers(table)).toEqual([3, 6, 8, 9]);
    expect(table.rows.map((row) => row.values.name)).toEqual([
      '张三',
      '李四',
      '王五',
      '赵六',
    ]);
    expect(table.rows[2]?.values.skills).toBe('电工\n焊工');
  });

  it('skips title rows above header', () => {
    const table = readFixture('title-rows.csv');
    expect(issueSummary(table)).toEqual([['csv_rows_before_header', 3]]);
    expect(table.issues[0]?.params).toEqual({ count: 2 });
    expect(rowNumbers(table)).toEqual([4, 5]);
  });

  it('skips a repeated header row', () => {
    const table = readFixture('concatenated.csv');
    expect(issueSummary(table)).toEqual([['csv_repeated_header', 4]]);
    expect(rowNumbers(table)).toEqual([2, 3, 5]);
  });
});

describe('readCsvTable headers', () => {
  it('matches aliases in any order', () => {
    const table = readFixture('aliased-headers.csv');
    expect(table.issues).toEqual([]);
    expect(table.columns.map((column) => column.field)).toEqual([
      'enumerator',
      'status',
      'residentId',
      'name',
      'village',
      'township',
      'returnedAt',
      'surveyedAt',
      'sex',
      'skills',
    ]);
    expect(table.columns[4]?.header).toBe('村（社区）');
    expect(table.columns[8]?.header).toBe('性别');
    expect(rowNumbers(table)).toEqual([2, 3]);
    expect(table.rows[0]?.values).toEqual({
      enumerator: '李明',
      status: '自主创业',
      residentId: '522225199003151238',
      name: '张三',
      village: '龙泉村',
      township: '龙泉镇',
      returnedAt: '2023-03-01',
      surveyedAt: '2024-03-05',
      sex: '男',
      skills: '电工、焊工',
    });
  });

  it('rejects duplicate columns', () => {
    const table = readFixture('duplicate-headers.csv');
    expect(table.fatal).toBe(true);
    expect(table.rows).toEqual([]);
    const duplicates = table.issues.filter(
      (issue) => issue.code === 'csv_duplicate_column',
    );
    expect(duplicates).toEqual([
      {
        code: 'csv_duplicate_column',
        severity: 'error',
        field: 'residentId',
        column: '公民身份号码',
        row: 1,
        file: 'duplicate-headers.csv',
        params: { letter: 'L', firstColumn: '身份证号', firstLetter: 'B' },
      },
      {
        code: 'csv_duplicate_column',
        severity: 'error',
        column: '备注',
        row: 1,
        file: 'duplicate-headers.csv',
        params: { letter: 'N', firstColumn: '备注', firstLetter: 'M' },
      },
    ]);
  });

  it('rejects missing required columns', () => {
    const table = readFixture('missing-column.csv');
    expect(table.fatal).toBe(true);
    expect(table.rows).toEqual([]);
    expect(table.issues).toEqual([
      {
        code: 'csv_missing_column',
        severity: 'error',
        field: 'name',
        column: '姓名',
        row: 1,
        file: 'missing-column.csv',
        params: { headers: '姓名 / 名字' },
      },
      {
        code: 'csv_missing_column',
        severity: 'error',
        field: 'status',
        column: '就业创业状态',
        row: 1,
        file: 'missing-column.csv',
        params: { headers: '就业创业状态 / 目前状态' },
      },
    ]);
  });

  it('keeps unknown columns in extra', () => {
    const table = readFixture('unknown-column.csv');
    expect(table.fatal).toBe(false);
    expect(issueSummary(table)).toEqual([
      ['csv_unknown_column', 1],
      ['csv_unknown_column', 1],
      ['csv_unnamed_column', 3],
    ]);
    expect(table.issues[0]?.column).toBe('家庭住址');
    expect(table.issues[0]?.params).toEqual({ letter: 'B' });
    expect(table.issues[1]?.column).toBe('备注');
    expect(table.issues[1]?.params).toEqual({ letter: 'N' });
    expect(table.issues[2]?.params).toEqual({ letter: 'M' });
    expect(rowNumbers(table)).toEqual([2, 3]);
    expect(table.rows[0]?.extra).toEqual({
      家庭住址: '龙泉村3组',
      备注: '已核实',
    });
    expect(table.rows[1]?.extra).toEqual({
      家庭住址: '石桥村1组',
      M: '电话未接通',
      备注: '',
    });
    expect(table.rows[0]?.values.name).toBe('张三');
  });

  it('ignores trailing empty header cells', () => {
    const table = readFixture('trailing-columns.csv');
    expect(table.columns).toHaveLength(11);
    expect(rowNumbers(table)).toEqual([2, 3, 4, 5]);
    expect(issueSummary(table)).toEqual([
      ['csv_row_too_long', 3],
      ['csv_row_too_short', 4],
    ]);
    expect(table.issues[0]?.params).toEqual({ cells: 13, columns: 11 });
    expect(table.issues[1]?.params).toEqual({ cells: 9, columns: 11 });
    expect(table.rows[0]?.issues).toEqual([]);
    expect(table.rows[1]?.issues).toEqual([table.issues[0]]);
    expect(table.rows[2]?.issues).toEqual([table.issues[1]]);
    expect(table.rows[2]?.values.surveyedAt).toBeUndefined();
    expect(table.rows[3]?.issues).toEqual([]);
  });
});

describe('readCsvTable cell values', () => {
  it('keeps Excel-damaged IDs verbatim', () => {
    const table = readFixture('excel-damaged-ids.csv');
    expect(table.issues).toEqual([]);
    expect(rowNumbers(table)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(table.rows.map((row) => row.values.residentId)).toEqual([
      '5.22225E+17',
      '522225199003150000',
      '52222519700101015x',
      '５２２２２５１９８８１１０２２４６４',
      '522225 19950720 3177',
      "'522225199202084285",
      '="522225197912306517"',
    ]);
  });

  it('reports broken quotes per row', () => {
    const table = readFixture('bad-quotes.csv');
    expect(table.fatal).toBe(false);
    expect(issueSummary(table)).toEqual([
      ['csv_bad_quotes', 3],
      ['csv_unclosed_quote', 5],
    ]);
    expect(rowNumbers(table)).toEqual([2, 3, 4, 5]);
    expect(table.rows[1]?.values.skills).toBe('缝纫"厨师');
    expect(table.rows[1]?.issues).toHaveLength(1);
    expect(table.rows[3]?.issues).toHaveLength(1);
    expect(table.rows[3]?.values.skills).toContain('阿依古丽');
  });
});

describe('readCsvTable unusable files', () => {
  it.each([
    ['empty.csv', 'csv_empty_file'],
    ['tab-separated.csv', 'csv_wrong_delimiter'],
    ['utf16-text.csv', 'csv_utf16_text'],
    ['excel-workbook.csv', 'csv_excel_workbook'],
  ])('rejects %s', (name, code) => {
    const table = readFixture(name);
    expect(table.fatal).toBe(true);
    expect(table.rows).toEqual([]);
    expect(table.issues.map((issue) => issue.code)).toEqual([code]);
    expect(table.issues[0]?.severity).toBe('error');
    expect(table.issues[0]?.file).toBe(name);
  });

  it('warns about a header-only file', () => {
    const table = readFixture('header-only.csv');
    expect(table.fatal).toBe(false);
    expect(table.rows).toEqual([]);
    expect(issueSummary(table)).toEqual([['csv_no_data_rows', undefined]]);
  });
});
