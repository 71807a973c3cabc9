import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from './run-cli.js';

function publish(out: string, extra: string[] = []) {
  return runCli([
    'publish',
    '--registry',
    'registry.csv',
    '--returnee',
    'returnee-valid.csv',
    '--returnee',
    'returnee-mixed.csv',
    '--out-migrant',
    'out-migrant.csv',
    '--as-of',
    '2026-09-30',
    '--today',
    '2026-12-04',
    '--out',
    out,
    ...extra,
  ]);
}

describe('yangui publish', () => {
  it('writes the bundle files', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'yangui-cli-')), 'b');
    const run = publish(out);
    // Two rows of returnee-mixed.csv are rejected; the bundle is written.
    expect(run.status).toBe(1);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'manifest.json',
      'out-migrant-by-township.csv',
      'out-migrant-education.csv',
      'out-migrant-industry.csv',
      'out-migrant-province.csv',
      'out-migrant-return-intention.csv',
      'returnee-indicators.csv',
    ]);
    const table = readFileSync(path.join(out, 'returnee-indicators.csv'));
    expect([...table.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const manifest = JSON.parse(
      readFileSync(path.join(out, 'manifest.json'), 'utf8'),
    );
    expect(manifest.rows.returnee).toMatchObject({
      read: 8,
      valid: 6,
      rejected: 2,
    });
    expect(run.stdout).toContain('读取 8 行 = 有效 6 行 + 拒绝 2 行');
  });

  it('publishes no personal data', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'yangui-cli-')), 'b');
    expect(publish(out).status).toBe(1);
    const inputs = ['returnee-valid.csv', 'out-migrant.csv']
      .map((file) => readFileSync(path.join(fixtures, file), 'utf8'))
      .join('\n');
    const ids = inputs.match(/\d{17}[\dX]/g) ?? [];
    expect(ids.length).toBeGreaterThan(3);
    for (const file of readdirSync(out)) {
      const text = readFileSync(path.join(out, file), 'utf8');
      for (const id of ids) expect(text).not.toContain(id);
      for (const name of ['王小明', '李红', '赵强', '张丽', '陈明']) {
        expect(text).not.toContain(name);
      }
    }
  });

  it('refuses a folder with other files', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'yangui-cli-'));
    writeFileSync(path.join(out, 'notes.txt'), 'keep me');
    const run = publish(out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不是空文件夹');
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('replaces an earlier bundle', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'yangui-cli-'));
    expect(publish(out).status).toBe(1);
    const manifestFile = path.join(out, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.tables.push({ file: 'old-table.csv' });
    writeFileSync(manifestFile, JSON.stringify(manifest));
    writeFileSync(path.join(out, 'old-table.csv'), 'stale');
    expect(publish(out).status).toBe(1);
    expect(readdirSync(out)).not.toContain('old-table.csv');
  });

  it('exits 2 when the folder is not writable', () => {
    const blocker = path.join(
      mkdtempSync(path.join(tmpdir(), 'yangui-cli-')),
      'file',
    );
    writeFileSync(blocker, 'not a folder');
    const run = publish(path.join(blocker, 'bundle'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(blocker);
    expect(run.stderr).toContain('提示：');
    expect(run.stderr).not.toContain('    at ');
  });

  it('needs both databases', () => {
    const run = runCli([
      'publish',
      '--registry',
      'registry.csv',
      '--returnee',
      'returnee-valid.csv',
      '--as-of',
      '2026-09-30',
      '--out',
      '/tmp/x',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('两个库的文件都要有');
  });
});
