import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, runCli } from './run-cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'yangui-dedupe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outMigrantFiles = ['out-migrant-round1.csv', 'out-migrant-round2.csv'];
const zhang = 'out-migrant-round1.csv#2';
const zhangHomophone = 'out-migrant-round2.csv#2';

/** Reads an output CSV into objects keyed by header (no quoted cells). */
function readRows(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  return lines.map((cells) =>
    Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])),
  );
}

function dedupe(out: string, ...args: string[]) {
  return runCli([
    'dedupe',
    '--kind',
    'out-migrant',
    '--today',
    '2026-12-04',
    '--out',
    out,
    ...args,
  ]);
}

describe('yangui dedupe', () => {
  it('links homophone without ID', () => {
    const out = path.join(work, 'linked.csv');
    const run = dedupe(out, ...outMigrantFiles);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('读取 7 行 = 有效 7 行 + 拒绝 0 行');
    expect(run.stdout).toContain('有效记录 7 条归为 6 人');
    const rows = readRows(out);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'file',
      'row',
      'recordId',
      'personKey',
      'status',
      'recordsInPerson',
      'bestLinkWeight',
      'linkedTo',
      'linkDetails',
    ]);
    expect(rows).toHaveLength(7);
    const a = rows.find((row) => row.recordId === zhang);
    const b = rows.find((row) => row.recordId === zhangHomophone);
    expect(a?.personKey).toMatch(/^P[0-9a-z]{11}$/);
    expect(b?.personKey).toBe(a?.personKey);
    expect(a?.recordsInPerson).toBe('2');
    expect(a?.linkedTo).toBe(zhangHomophone);
    expect(Number(a?.bestLinkWeight)).toBeGreaterThan(6);
    expect(a?.status).toBe('valid');
    expect(a?.linkDetails).toMatch(/^residentId=missing:0; name=\w+:\+/);
    expect(a?.linkDetails).toContain('; prior=-');
    const keys = new Set(rows.map((row) => row.personKey));
    expect(keys.size).toBe(6);
  });

  it('never prints names or IDs', () => {
    const run = dedupe(path.join(work, 'private.csv'), ...outMigrantFiles);
    expect(run.stdout).not.toMatch(/张晓明|章小明|\d{15}|138\d{8}/);
  });

  it('applies clerk decision different', () => {
    const out = path.join(work, 'decided.csv');
    const run = dedupe(
      out,
      '--decisions',
      'out-migrant-decisions.csv',
      ...outMigrantFiles,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('有效记录 7 条归为 7 人');
    expect(run.stdout).toContain('不同人 1 条');
    const rows = readRows(out);
    const a = rows.find((row) => row.recordId === zhang);
    const b = rows.find((row) => row.recordId === zhangHomophone);
    expect(b?.personKey).not.toBe(a?.personKey);
    expect(a?.recordsInPerson).toBe('1');
    expect(a?.linkedTo).toBe('');
  });

  it('exits 1 on unknown decision', () => {
    const run = dedupe(
      path.join(work, 'invalid.csv'),
      '--decisions',
      'out-migrant-decisions-invalid.csv',
      ...outMigrantFiles,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('out-migrant-decisions-invalid.csv 第 2 行');
    expect(run.stderr).toContain('可能');
  });

  it('keeps keys and reports merge', () => {
    const first = path.join(work, 'round1.csv');
    dedupe(
      first,
      '--decisions',
      'out-migrant-decisions.csv',
      ...outMigrantFiles,
    );
    const before = readRows(first);
    const second = path.join(work, 'round2.csv');
    const run = dedupe(second, '--persons', first, ...outMigrantFiles);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('合并 1 起，拆分 0 起');
    const after = readRows(second);
    const keyOf = (rows: Record<string, string>[], id: string) =>
      rows.find((row) => row.recordId === id)?.personKey;
    // The merged person keeps the key of its record listed first before.
    expect(keyOf(after, zhangHomophone)).toBe(keyOf(before, zhang));
    for (const row of before) {
      if (row.recordId !== zhangHomophone) {
        expect(keyOf(after, row.recordId as string)).toBe(row.personKey);
      }
    }
  });

  it('writes review file and reads it back', () => {
    // Parameters with a match threshold no pair reaches send the
    // homophone pair to review.
    const saved = path.join(work, 'parameters.json');
    dedupe(
      path.join(work, 'p.csv'),
      '--save-parameters',
      saved,
      ...outMigrantFiles,
    );
    const parameters = JSON.parse(readFileSync(saved, 'utf8'));
    parameters.thresholds = { match: 100, review: 0 };
    const strict = path.join(work, 'strict.json');
    writeFileSync(strict, JSON.stringify(parameters));

    const review = path.join(work, 'review.csv');
    const run = dedupe(
      path.join(work, 'r.csv'),
      '--parameters',
      strict,
      '--review',
      review,
      ...outMigrantFiles,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('待人工审核 1 对');
    const text = readFileSync(review, 'utf8');
    expect(text).not.toMatch(/张晓明|章小明|\d{15}/);
    const [pair] = readRows(review);
    expect(pair?.['记录A']).toBe(zhang);
    expect(pair?.['记录B']).toBe(zhangHomophone);
    expect(pair?.['姓名A']).toBe('张**');

    const filled = path.join(work, 'filled.csv');
    writeFileSync(
      filled,
      text.replace(
        `${zhangHomophone},${pair?.['匹配权重']},`,
        (cell) => `${cell}同一人`,
      ),
    );
    const out = path.join(work, 'after-review.csv');
    const decided = dedupe(
      out,
      '--parameters',
      strict,
      '--decisions',
      filled,
      ...outMigrantFiles,
    );
    expect(decided.status).toBe(0);
    expect(decided.stdout).toContain('待人工审核 0 对');
    const rows = readRows(out);
    const keyOf = (id: string) =>
      rows.find((row) => row.recordId === id)?.personKey;
    expect(keyOf(zhangHomophone)).toBe(keyOf(zhang));
  });

  it('merges returnees with same ID', () => {
    const out = path.join(work, 'returnees.csv');
    const run = runCli([
      'dedupe',
      '--kind',
      'returnee',
      '--today',
      '2026-12-04',
      '--out',
      out,
      'returnee-valid.csv',
      'returnee-mixed.csv',
    ]);
    // Two rows of returnee-mixed.csv are rejected.
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('读取 8 行 = 有效 6 行 + 拒绝 2 行');
    const rows = readRows(out);
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => row.status === 'rejected')).toHaveLength(2);
    const wang = rows.filter((row) => row.recordsInPerson === '3');
    expect(wang.map((row) => row.recordId)).toEqual([
      'returnee-valid.csv#2',
      'returnee-mixed.csv#2',
      'returnee-mixed.csv#3',
    ]);
    expect(new Set(wang.map((row) => row.personKey)).size).toBe(1);
  });

  it('exits 2 without --out', () => {
    const run = runCli(['dedupe', '--kind', 'returnee', 'returnee-valid.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少 --out');
  });

  it('exits 2 on invalid parameters', () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(bad, '{"version": 99}');
    const run = dedupe(
      path.join(work, 'x.csv'),
      '--parameters',
      bad,
      ...outMigrantFiles,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('参数文件');
  });
});

describe('yangui dedupe record numbers', () => {
  it('keeps keys when rows move', () => {
    const source = readFileSync(
      path.join(fixtures, 'out-migrant-round1.csv'),
      'utf8',
    )
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((line) => line !== '');
    const [header = '', ...lines] = source;
    const numbered = lines.map((line, i) => `W${i + 1},${line}`);
    const first = path.join(work, 'numbered-1.csv');
    writeFileSync(first, `编号,${header}\r\n${numbered.join('\r\n')}\r\n`);
    const firstOut = path.join(work, 'numbered-1-out.csv');
    expect(dedupe(firstOut, first).status).toBe(0);

    // The next round's export starts with a new person and sits elsewhere.
    const folder = mkdtempSync(path.join(work, 'round2-'));
    const second = path.join(folder, 'numbered-1.csv');
    const newcomer =
      'W0,黄磊,,男,1992-02-02,13700000000,龙泉镇,青山村,2026-03-10,李调查,2020-01,广东';
    writeFileSync(
      second,
      `编号,${header}\r\n${[newcomer, ...numbered].join('\r\n')}\r\n`,
    );
    const secondOut = path.join(work, 'numbered-2-out.csv');
    const run = dedupe(secondOut, '--persons', firstOut, second);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('警告');

    const before = readRows(firstOut);
    const after = readRows(secondOut);
    for (const row of before) {
      const moved = after.find((entry) => entry.recordId === row.recordId);
      expect(moved?.personKey, row.recordId).toBe(row.personKey);
    }
    const keys = new Set(before.map((row) => row.personKey));
    const newKey = after.find((row) => row.recordId === 'W0')?.personKey;
    expect(keys.has(newKey as string)).toBe(false);
  });

  it('warns when no earlier record is found', () => {
    const firstOut = path.join(work, 'numbered-1-out.csv');
    const out = path.join(work, 'unrelated-out.csv');
    const run = dedupe(out, '--persons', firstOut, 'out-migrant.csv');
    expect(run.stderr).toContain('一条也没有找到');
  });
});
