import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

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
    expect(run.stderr).toContain('hint:');
  });

  it('exits 2 on a missing file', () => {
    const run = runCli(['validate', '--kind', 'returnee', 'no-such.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such.csv was not found');
  });

  it('exits 2 on an empty file', () => {
    const run = runCli(['validate', '--kind', 'returnee', '/dev/null']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is empty');
  });

  it('exits 2 on a bad kind', () => {
    const run = runCli(['validate', '--kind', 'people', 'returnee-valid.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--kind "people"');
  });

  it('exits 2 without input files', () => {
    const run = runCli(['validate', '--kind', 'returnee']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no input file');
  });

  it('exits 2 on an unknown option', () => {
    const run = runCli(['validate', '--kinds', 'returnee', 'a.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--help');
  });
});
