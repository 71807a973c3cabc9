import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('yangui aggregate', () => {
  it('prints the six indicators as JSON', () => {
    const run = runCli([
      'aggregate',
      '--kind',
      'returnee',
      '--registry',
      'registry.csv',
      '--as-of',
      '2026-09-30',
      '--today',
      '2026-12-04',
      '--json',
      'returnee-valid.csv',
      'returnee-mixed.csv',
    ]);
    // Two rows of returnee-mixed.csv are rejected.
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe('2026-09-30');
    // 王小明 appears three times and counts once; 李红, 赵强 and 周平
    // count once each; the two rejected rows do not count.
    expect(report.county).toEqual({
      returnees: 4,
      employedOrSelfEmployed: 3,
      selfEmployed: 1,
      inPark: 1,
      jobsCreated: 6,
      entitiesFounded: 1,
    });
    expect(report.townships.map((t: { code: string }) => t.code)).toEqual([
      '522299100',
      '522299200',
    ]);
    expect(report.townships[0]).toMatchObject({
      name: '龙泉镇',
      returnees: 2,
    });
    expect(report.rows).toEqual({ read: 8, valid: 6, rejected: 2 });
  });

  it('ignores records surveyed after the date', () => {
    const run = runCli([
      'aggregate',
      '--kind',
      'returnee',
      '--as-of',
      '2026-06-01',
      '--today',
      '2026-12-04',
      '--json',
      'returnee-mixed.csv',
    ]);
    const report = JSON.parse(run.stdout);
    // Only the May survey of 王小明 (not yet employed) is on or before June 1.
    expect(report.county.returnees).toBe(1);
    expect(report.county.employedOrSelfEmployed).toBe(0);
  });

  it('prints a readable table', () => {
    const run = runCli([
      'aggregate',
      '--kind',
      'out-migrant',
      '--registry',
      'registry.csv',
      '--as-of',
      '2026-09-30',
      '--today',
      '2026-12-04',
      'out-migrant.csv',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('读取 2 行 = 有效 2 行 + 拒绝 0 行');
    expect(run.stdout).toMatch(/全县\s+2/);
  });

  it('exits 2 without --as-of', () => {
    const run = runCli([
      'aggregate',
      '--kind',
      'returnee',
      'returnee-valid.csv',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少 --as-of。');
  });

  it('exits 2 on an impossible date', () => {
    const run = runCli([
      'aggregate',
      '--kind',
      'returnee',
      '--as-of',
      '2026-02-30',
      'returnee-valid.csv',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--as-of 的取值“2026-02-30”不是有效日期');
  });
});
