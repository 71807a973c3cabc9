import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'yangui-returned-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const header =
  '姓名,身份证号,性别,出生日期,联系电话,乡镇,村,调查日期,调查员,返乡时间,就业创业状态,就业单位,经营主体名称,经营主体类型,统一社会信用代码,入园情况,带动就业人数';

// 张晓明 is in out-migrant-round1.csv with his ID and in round 2 as 章小明
// without one. This 陈军 has an ID one digit away from the 陈军 of round 1,
// so he is a different person.
const returnees = [
  header,
  '张晓明,522299199003151216,男,1990-03-15,13812345678,龙泉镇,青山村,2026-11-20,李调查,2026-10,未就业,,,,,,',
  '陈军,522299199212031333,男,1992-12-03,13712345671,白岩乡,坪上村,2026-11-21,陈调查,2026-08,未就业,,,,,,',
  '赵强,522299199507203016,男,1995-07-20,,白岩乡,坪上村,2026-11-22,陈调查,2024-11,未就业,,,,,,',
];
const validFile = path.join(work, 'returnee.csv');
writeFileSync(validFile, `\uFEFF${returnees.join('\r\n')}\r\n`);

// The same rows and one row whose ID has a wrong check digit.
const rejectedFile = path.join(work, 'returnee-rejected.csv');
writeFileSync(
  rejectedFile,
  `\uFEFF${[
    ...returnees,
    '孙兰,522299199507203017,女,1995-07-20,,白岩乡,坪上村,2026-11-22,陈调查,2024-11,未就业,,,,,,',
  ].join('\r\n')}\r\n`,
);

/** Reads an output CSV into objects keyed by header (no quoted cells). */
function readRows(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [head, ...lines] = text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  return lines.map((cells) =>
    Object.fromEntries((head ?? []).map((name, i) => [name, cells[i] ?? ''])),
  );
}

function returned(out: string, returneeFile: string, ...args: string[]) {
  return runCli([
    'returned',
    '--registry',
    'registry.csv',
    '--today',
    '2026-12-04',
    '--out',
    out,
    '--out-migrant',
    'out-migrant-round1.csv',
    'out-migrant-round2.csv',
    '--returnee',
    returneeFile,
    ...args,
  ]);
}

describe('yangui returned', () => {
  it('finds person in both databases', () => {
    const out = path.join(work, 'both.csv');
    const run = returned(out, validFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('在外人员：读取 7 行 = 有效 7 行 + 拒绝 0 行');
    expect(run.stdout).toContain('回乡人员：读取 3 行 = 有效 3 行 + 拒绝 0 行');
    expect(run.stdout).toContain('两库共有 1 人');
    const rows = readRows(out);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'personKey',
      'outMigrantRecords',
      'returneeRecords',
      'outMigrantSurveyedAt',
      'returnedAt',
      'weight',
    ]);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.personKey).toMatch(/^P[0-9a-z]{11}$/);
    expect(row?.outMigrantRecords).toBe(
      'out-migrant-round1.csv#2;out-migrant-round2.csv#2',
    );
    expect(row?.returneeRecords).toBe(`${validFile}#2`);
    expect(row?.outMigrantSurveyedAt).toBe('2026-09-15');
    expect(row?.returnedAt).toBe('2026-10');
    expect(Number(row?.weight)).toBeGreaterThan(6);
  });

  it('writes no names, IDs or phones', () => {
    const out = path.join(work, 'private.csv');
    const run = returned(out, validFile);
    const text = readFileSync(out, 'utf8');
    for (const output of [text, run.stdout]) {
      expect(output).not.toMatch(/张晓明|章小明|陈军|\d{15}|138\d{8}/);
    }
  });

  it('prints English summary', () => {
    const run = returned(path.join(work, 'en.csv'), validFile, '--lang', 'en');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'returnee: rows read 3 = valid 3 + rejected 0',
    );
    expect(run.stdout).toContain('1 person(s) found in both databases');
  });

  it('ignores records after --as-of', () => {
    const out = path.join(work, 'as-of.csv');
    const run = returned(out, validFile, '--as-of', '2026-09-30');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '截至 2026-09-30：不计调查日期更晚的有效记录 3 条',
    );
    expect(run.stdout).toContain('两库共有 0 人');
    expect(readRows(out)).toEqual([]);
  });

  it('exits 1 on rejected rows', () => {
    const out = path.join(work, 'rejected.csv');
    const run = returned(out, rejectedFile);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('回乡人员：读取 4 行 = 有效 3 行 + 拒绝 1 行');
    expect(readRows(out)).toHaveLength(1);
  });

  it('accepts repeated file options', () => {
    const out = path.join(work, 'repeated.csv');
    const run = runCli([
      'returned',
      '--registry',
      'registry.csv',
      '--today',
      '2026-12-04',
      '--out-migrant',
      'out-migrant-round1.csv',
      '--returnee',
      validFile,
      '--out-migrant',
      'out-migrant-round2.csv',
      '--out',
      out,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('在外人员：读取 7 行');
  });

  it('exits 2 without returnee files', () => {
    const run = runCli([
      'returned',
      '--registry',
      'registry.csv',
      '--out',
      path.join(work, 'none.csv'),
      '--out-migrant',
      'out-migrant-round1.csv',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少回乡人员文件（--returnee）');
    expect(run.stderr).toContain('提示：请加上 --returnee 和文件名');
  });

  it('exits 2 on file without kind', () => {
    const run = runCli([
      'returned',
      'out-migrant-round1.csv',
      '--registry',
      'registry.csv',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '文件 out-migrant-round1.csv 前面没有 --out-migrant 或 --returnee',
    );
  });

  it('exits 2 without --registry', () => {
    const run = runCli([
      'returned',
      '--out',
      path.join(work, 'none.csv'),
      '--out-migrant',
      'out-migrant-round1.csv',
      '--returnee',
      validFile,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少 --registry。');
  });

  it('prints help', () => {
    const run = runCli(['returned', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: yangui returned');
    expect(runCli(['--help']).stdout).toContain('returned    list persons');
  });
});
