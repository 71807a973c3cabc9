import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, runCli } from './run-cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'yangui-rounds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const round1 = path.join(fixtures, 'out-migrant-round1.csv');
const round2 = path.join(fixtures, 'out-migrant-round2.csv');

/** Reads an output CSV into objects keyed by header (no quoted cells). */
function readRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  return lines.map((cells) =>
    Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])),
  );
}

function dedupe(...args: string[]) {
  return runCli(
    ['dedupe', '--kind', 'out-migrant', '--today', '2026-12-04', ...args],
    work,
  );
}

describe('yangui dedupe with an ID number typed wrong', () => {
  // 张晓明 of round 1 again, surveyed later, with two digits of the ID
  // number swapped, so that its check character fails.
  const typo = path.join(work, 'typo.csv');
  const [header, zhang] = readFileSync(round1, 'utf8').split('\r\n');
  const swapped = (zhang ?? '')
    .replace('522299199003151216', '522299199003151126')
    .replace('2026-03-10', '2026-09-10');
  writeFileSync(typo, `${header}\r\n${swapped}\r\n`);
  const out = path.join(work, 'typo-out.csv');
  const run = dedupe('--out', out, round1, typo);
  const rows = readRows(out);

  it('rejects the row and still finds its person', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('拒绝 1 行');
    const typoRow = rows.find((row) => row.file === typo);
    const first = rows.find((row) => row.file === round1 && row.row === '2');
    expect(typoRow?.status).toBe('rejected');
    expect(typoRow?.personKey).toBe(first?.personKey);
    expect(typoRow?.linkedTo).toBe(`${round1}#2`);
    expect(typoRow?.linkDetails).toContain(
      'residentId=adjacent_transposition:+',
    );
    expect(run.stdout).toContain(
      '只有身份证号错误，其中 1 行与有效记录是同一人',
    );
  });

  it('counts the person once', () => {
    expect(first(rows)?.recordsInPerson).toBe('1');
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => row.personKey)).size).toBe(4);
  });

  it('prints no ID number', () => {
    expect(run.stdout + run.stderr).not.toMatch(/\d{15}/);
  });

  function first(list: Record<string, string>[]) {
    return list.find((row) => row.file === round1 && row.row === '2');
  }
});

describe('yangui dedupe --known', () => {
  const known1 = path.join(work, 'known1.csv');
  const out1 = path.join(work, 'out1.csv');
  const first = dedupe('--out', out1, '--save-known', known1, round1);
  const known2 = path.join(work, 'known2.csv');
  const out2 = path.join(work, 'out2.csv');
  const second = dedupe(
    '--out',
    out2,
    '--known',
    known1,
    '--save-known',
    known2,
    round2,
  );

  it('uses the built-in parameters on a small file', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('使用内置默认参数');
  });

  it('keeps known keys in round two', () => {
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('已知人员 4 人（4 条记录）');
    const zhang = readRows(out1).find((row) => row.row === '2');
    const homophone = readRows(out2).find((row) => row.row === '2');
    expect(homophone?.personKey).toBe(zhang?.personKey);
    expect(homophone?.linkedTo).toBe('known:out-migrant-round1.csv#2');
  });

  it('writes every record to the next known file', () => {
    const text = readFileSync(known2, 'utf8');
    expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(
      1 + readRows(out1).length + readRows(out2).length,
    );
  });

  it('rejects --known together with --persons', () => {
    const run = dedupe(
      '--out',
      path.join(work, 'x.csv'),
      '--known',
      known1,
      '--persons',
      out1,
      round2,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--known 与 --persons 不能同时使用');
  });

  it('stops on a known file without its key columns', () => {
    const bad = path.join(work, 'bad-known.csv');
    writeFileSync(bad, 'name,sex\r\n王芳,female\r\n');
    const run = dedupe(
      '--out',
      path.join(work, 'y.csv'),
      '--known',
      bad,
      round2,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法读取已知人员文件');
  });
});

describe('yangui dedupe guards its inputs and outputs', () => {
  it('stops when a file is given twice', () => {
    const again = path.join(
      fixtures,
      '..',
      'fixtures',
      'out-migrant-round1.csv',
    );
    const out = path.join(work, 'twice.csv');
    const run = dedupe('--out', out, round1, again);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('给了两次');
  });

  it('never overwrites an input file with --out', () => {
    const input = path.join(work, 'input.csv');
    writeFileSync(input, readFileSync(round1));
    const run = dedupe('--out', input, input);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('会被覆盖');
    expect(readFileSync(input)).toEqual(readFileSync(round1));
  });

  it('writes nothing when an output folder is missing', () => {
    const out = path.join(work, 'not-written.csv');
    const run = dedupe(
      '--out',
      out,
      '--review',
      path.join(work, 'no-such-folder', 'review.csv'),
      round1,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('所在的文件夹不存在');
    expect(() => readFileSync(out)).toThrow();
  });

  it('links rejected row to ID record', () => {
    // The same person is in b.csv once without an ID number and once with
    // two digits swapped. Only a.csv has the right number.
    const [header, zhang] = readFileSync(round1, 'utf8').split('\r\n');
    const a = path.join(work, 'a.csv');
    const b = path.join(work, 'b.csv');
    writeFileSync(a, `${header}\r\n${zhang}\r\n`);
    const noId = (zhang ?? '').replace('522299199003151216', '');
    const swapped = (zhang ?? '').replace(
      '522299199003151216',
      '522299199003151261',
    );
    writeFileSync(b, `${header}\r\n${noId}\r\n${swapped}\r\n`);
    const out = path.join(work, 'ab.csv');
    const run = dedupe('--out', out, a, b);
    expect(run.status).toBe(1);
    const rejected = readRows(out).find((row) => row.status === 'rejected');
    expect(rejected?.linkedTo).toBe(`${a}#2`);
  });

  it('warns on invalid YANGUI_THREADS', () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(fixtures, '..', '..', 'dist', 'bin.js'),
        'validate',
        '--kind',
        'out-migrant',
        '--today',
        '2026-12-04',
        round1,
      ],
      { encoding: 'utf8', env: { ...process.env, YANGUI_THREADS: 'abc' } },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('YANGUI_THREADS=abc 无效');
  });
});

describe('yangui dedupe decisions from another folder', () => {
  // Twins without ID numbers go to review. The clerk decides 同一人 for
  // the test's sake, and the next run names the file with another path.
  const [header, zhang] = readFileSync(round1, 'utf8').split('\r\n');
  const twins = path.join(work, 'twins.csv');
  const noId = (zhang ?? '').replace('522299199003151216', '');
  writeFileSync(
    twins,
    `${header}\r\n${noId.replace('张晓明', '李亮')}\r\n${noId.replace('张晓明', '李明')}\r\n`,
  );
  const review = path.join(work, 'twins-review.csv');
  const first = dedupe(
    '--out',
    path.join(work, 't1.csv'),
    '--review',
    review,
    twins,
  );

  it('sends the twins to review', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('有效记录 2 条归为 2 人');
    expect(readFileSync(review, 'utf8')).toContain('身份证号和姓名都没有一致');
  });

  it('applies decisions under another path', () => {
    const lines = readFileSync(review, 'utf8').split('\r\n');
    const cells = (lines[1] ?? '').split(',');
    cells[4] = '同一人';
    lines[1] = cells.join(',');
    const decided = path.join(work, 'twins-decided.csv');
    writeFileSync(decided, lines.join('\r\n'));
    const run = runCli(
      [
        'dedupe',
        '--kind',
        'out-migrant',
        '--today',
        '2026-12-04',
        '--out',
        'twins-out.csv',
        '--decisions',
        'twins-decided.csv',
        `./${path.basename(twins)}`,
      ],
      work,
    );
    expect(run.stdout).toContain('记录不在本次输入中的 0 条');
    expect(run.stdout).toContain('有效记录 2 条归为 1 人');
  });
});

describe('yangui guards with links and other folders', () => {
  it('rejects --report over an input', () => {
    const input = path.join(work, 'v.csv');
    writeFileSync(input, readFileSync(round1));
    const link = path.join(work, 'v-link.csv');
    symlinkSync(input, link);
    for (const report of [input, link]) {
      const run = runCli(
        ['validate', '--kind', 'out-migrant', '--report', report, input],
        work,
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('会被覆盖');
    }
    expect(readFileSync(input)).toEqual(readFileSync(round1));
  });

  it('ignores decisions for same-named files', () => {
    const lines = readFileSync(path.join(work, 'twins-decided.csv'), 'utf8');
    const other = path.join(work, 'other');
    mkdirSync(other);
    writeFileSync(
      path.join(other, 'twins.csv'),
      readFileSync(path.join(work, 'twins.csv')),
    );
    writeFileSync(path.join(other, 'decided.csv'), lines);
    const run = runCli(
      [
        'dedupe',
        '--kind',
        'out-migrant',
        '--today',
        '2026-12-04',
        '--out',
        'o.csv',
        '--decisions',
        'decided.csv',
        'twins.csv',
      ],
      other,
    );
    expect(run.stdout).toContain('记录不在本次输入中的 1 条');
    expect(run.stdout).toContain('有效记录 2 条归为 2 人');
  });
});
