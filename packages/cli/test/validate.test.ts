import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtures, runCli } from './run-cli.js';

const today = ['--today', '2026-12-04'];

interface JsonReport {
  kind: string;
  rows: { read: number; valid: number; rejected: number };
  issues: {
    file: string;
    row: number | null;
    column: string | null;
    field: string | null;
    code: string;
    severity: string;
    message: string;
  }[];
}

describe('yangui validate', () => {
  it('exits 0 when every row is valid', () => {
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--registry',
      'registry.csv',
      ...today,
      'returnee-valid.csv',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('读取 3 行 = 有效 3 行 + 拒绝 0 行');
  });

  it('exits 1 and lists rejected rows', () => {
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--registry',
      'registry.csv',
      ...today,
      'returnee-mixed.csv',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('读取 5 行 = 有效 3 行 + 拒绝 2 行');
    expect(run.stdout).toContain('returnee-mixed.csv 第 4 行 [身份证号]');
    expect(run.stdout).toContain('returnee-mixed.csv 第 7 行 [身份证号]');
  });

  it('prints only JSON with --json', () => {
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--json',
      ...today,
      'returnee-mixed.csv',
      'returnee-valid.csv',
    ]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.kind).toBe('returnee');
    expect(report.rows).toEqual({ read: 8, valid: 6, rejected: 2 });
    expect(report.rows.read).toBe(report.rows.valid + report.rows.rejected);
    const checksum = report.issues.find((i) => i.code === 'id_bad_checksum');
    expect(checksum).toMatchObject({
      file: 'returnee-mixed.csv',
      row: 4,
      column: '身份证号',
      field: 'residentId',
      severity: 'error',
    });
    const excel = report.issues.find((i) => i.code === 'id_excel_scientific');
    expect(excel?.row).toBe(7);
    expect(excel?.message).toContain('文本');
  });

  it('writes English messages with --lang en', () => {
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--json',
      '--lang',
      'en',
      ...today,
      'returnee-mixed.csv',
    ]);
    const report = JSON.parse(run.stdout) as JsonReport;
    const excel = report.issues.find((i) => i.code === 'id_excel_scientific');
    expect(excel?.message).toMatch(/text/i);
  });

  it('never prints a full ID number', () => {
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--json',
      ...today,
      'returnee-mixed.csv',
    ]);
    expect(run.stdout).not.toMatch(/\d{15}/);
  });

  it('accepts out-migrants without ID numbers', () => {
    const run = runCli([
      'validate',
      '--kind',
      'out-migrant',
      '--registry',
      'registry.csv',
      '--json',
      ...today,
      'out-migrant.csv',
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.rows).toEqual({ read: 2, valid: 2, rejected: 0 });
    expect(report.issues.map((issue) => issue.code)).toEqual([
      'resident_id_missing_with_birth_date',
    ]);
  });

  it('writes the report with a summary row', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yangui-cli-'));
    const report = path.join(dir, 'issues.csv');
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--report',
      report,
      ...today,
      'returnee-mixed.csv',
    ]);
    expect(run.status).toBe(1);
    const text = readFileSync(report, 'utf8');
    expect(text.startsWith('\uFEFF文件,行号,列,字段,代码,级别,说明')).toBe(
      true,
    );
    expect(text).toContain('id_bad_checksum');
    expect(text).toContain('rows_summary');
    expect(text).toContain('读取 5 行 = 有效 3 行 + 拒绝 2 行');
    expect(text).not.toMatch(/\d{15}/);
  });

  it('masks an ID typed in a date column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yangui-cli-'));
    const file = path.join(dir, 'shifted.csv');
    const source = readFileSync(
      path.join(fixtures, 'returnee-valid.csv'),
      'utf8',
    );
    const [header = '', first = ''] = source.split('\r\n');
    const cells = first.split(',');
    cells[7] = cells[1] ?? '';
    writeFileSync(file, `${header}\r\n${cells.join(',')}\r\n`);
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      '--json',
      ...today,
      file,
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('date_invalid');
    expect(run.stdout).not.toContain((cells[1] ?? '').slice(4, 14));
  });

  it('exits 2 on duplicate headers', () => {
    const run = runCli([
      'validate',
      '--kind',
      'returnee',
      ...today,
      'returnee-duplicate-headers.csv',
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('returnee-duplicate-headers.csv');
    expect(run.stderr).toContain('身份证号码');
    expect(run.stderr).toContain('提示：');
  });

  it('exits 2 on a missing file', () => {
    const run = runCli(['validate', '--kind', 'returnee', 'no-such.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('找不到文件 no-such.csv');
  });

  it('exits 2 on an empty file', () => {
    const run = runCli(['validate', '--kind', 'returnee', '/dev/null']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('/dev/null 是空文件');
  });

  it('exits 2 on a bad kind', () => {
    const run = runCli(['validate', '--kind', 'people', 'returnee-valid.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--kind 的取值“people”无效');
  });

  it('exits 2 without input files', () => {
    const run = runCli(['validate', '--kind', 'returnee']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少输入文件');
  });

  it('exits 2 on an unknown option', () => {
    const run = runCli(['validate', '--kinds', 'returnee', 'a.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--help');
  });
});
