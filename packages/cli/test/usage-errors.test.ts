import { describe, expect, it } from 'vitest';
import { localeOfArgs } from '../src/args.js';
import { UsageError } from '../src/errors.js';
import { runCli } from './run-cli.js';

/**
 * A command line that fails with a usage error, and the lines expected on
 * standard error in each language: first the message, last the hint.
 */
interface UsageCase {
  name: string;
  args: string[];
  zh: string[];
  en: string[];
}

const cases: UsageCase[] = [
  {
    name: 'missing --kind',
    args: ['validate', 'returnee-valid.csv'],
    zh: [
      'yangui validate：缺少 --kind。\n',
      '提示：请加上 --kind returnee（回乡人员）或 --kind out-migrant（在外人员）。\n',
    ],
    en: [
      'yangui validate: --kind is missing.\n',
      'hint: Add --kind returnee (回乡人员) or --kind out-migrant (在外人员).\n',
    ],
  },
  {
    name: 'unknown option',
    args: ['validate', '--kinds', 'returnee', 'a.csv'],
    zh: [
      'yangui validate：无法识别选项 --kinds。\n',
      '提示：请运行 `yangui validate --help` 查看全部选项。\n',
    ],
    en: [
      "yangui validate: Unknown option '--kinds'.",
      'hint: Run `yangui validate --help` to see the options.\n',
    ],
  },
  {
    name: 'missing --as-of',
    args: ['aggregate', '--kind', 'returnee', 'returnee-valid.csv'],
    zh: [
      'yangui aggregate：缺少 --as-of。\n',
      '提示：请加上 --as-of YYYY-MM-DD（年-月-日），例如 --as-of 2026-09-30。\n',
    ],
    en: [
      'yangui aggregate: --as-of is missing.\n',
      'hint: Add --as-of YYYY-MM-DD, for example --as-of 2026-09-30.\n',
    ],
  },
  {
    name: 'missing file',
    args: ['validate', '--kind', 'returnee', 'no-such.csv'],
    zh: [
      'yangui validate：找不到文件 no-such.csv。\n',
      '提示：请检查路径是否正确，以及文件是否可以读取。\n',
    ],
    en: [
      'yangui validate: no-such.csv was not found.\n',
      'hint: Check the path and that the file is readable.\n',
    ],
  },
  {
    name: 'unusable header',
    args: [
      'validate',
      '--kind',
      'returnee',
      '--today',
      '2026-12-04',
      'returnee-duplicate-headers.csv',
    ],
    zh: [
      'yangui validate：文件有 7 处问题，无法继续处理：\n',
      '  returnee-duplicate-headers.csv 第 1 行 [身份证号码] 错误：',
      '提示：请改好上面所列文件的表头行，另存为 CSV 后再运行一次。\n',
    ],
    en: [
      'yangui validate: 7 file problem(s) stop the run:\n',
      '  returnee-duplicate-headers.csv row 1 [身份证号码] error: ',
      'hint: Fix the header row of the file named above, save it as CSV and run again.\n',
    ],
  },
  {
    name: 'no returnee file',
    args: [
      'returned',
      '--registry',
      'registry.csv',
      '--out',
      'none.csv',
      '--out-migrant',
      'out-migrant-round1.csv',
    ],
    zh: [
      'yangui returned：缺少回乡人员文件（--returnee）。\n',
      '提示：请加上 --returnee 和文件名。',
    ],
    en: [
      'yangui returned: no returnee (回乡人员) file was given.\n',
      'hint: Add --returnee FILE, once per file or followed by several files.\n',
    ],
  },
  {
    name: 'unexpected argument',
    args: ['publish', 'returnee-valid.csv'],
    zh: [
      'yangui publish：多出一个参数“returnee-valid.csv”。\n',
      '提示：请在每个输入文件前面加上 --returnee 或 --out-migrant。\n',
    ],
    en: [
      'yangui publish: unexpected argument "returnee-valid.csv".\n',
      'hint: Put --returnee or --out-migrant before each input file.\n',
    ],
  },
  {
    name: 'unknown command',
    args: ['check'],
    zh: [
      'yangui：没有“check”这个命令。\n',
      '提示：请使用 validate、aggregate、dedupe、publish、returned 中的一个。',
    ],
    en: [
      'yangui: "check" is not a command.\n',
      'hint: use one of validate, aggregate, dedupe, publish, returned;',
    ],
  },
];

describe('yangui usage errors', () => {
  describe.each(cases)('$name', ({ args, zh, en }) => {
    it('prints Chinese by default', () => {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      for (const text of zh) expect(run.stderr).toContain(text);
      expect(run.stderr).not.toContain('hint:');
    });

    it('prints English with --lang en', () => {
      const run = runCli([...args, '--lang', 'en']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      for (const text of en) expect(run.stderr).toContain(text);
      expect(run.stderr).not.toContain('提示：');
    });
  });

  it('prints English with --lang=en', () => {
    const run = runCli(['validate', '--lang=en', 'returnee-valid.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('yangui validate: --kind is missing.\n');
  });

  it('reports a bad --lang in Chinese', () => {
    const run = runCli(['validate', '--kind', 'returnee', '--lang', 'fr']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'yangui validate：不支持 --lang 的取值“fr”。\n',
    );
    expect(run.stderr).toContain(
      '提示：请使用 --lang zh-CN（中文，默认）或 --lang en（英文）。\n',
    );
  });

  it('reports a bad option before --lang en in English', () => {
    const run = runCli(['validate', '--json=yes', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "yangui validate: Option '--json' does not take an argument\n",
    );
  });

  it('reports a missing option value in Chinese', () => {
    const run = runCli(['validate', '--kind', 'returnee', '--report']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('yangui validate：--report 后面缺少取值。\n');
  });
});

describe('localeOfArgs', () => {
  it.each([
    { args: [], locale: 'zh-CN' },
    { args: ['--kind', 'returnee'], locale: 'zh-CN' },
    { args: ['--lang', 'en'], locale: 'en' },
    { args: ['--lang=en'], locale: 'en' },
    { args: ['--lang', 'zh'], locale: 'zh-CN' },
    { args: ['--lang', 'EN'], locale: 'zh-CN' },
    { args: ['--lang'], locale: 'zh-CN' },
    { args: ['--lang', 'en', '--lang', 'zh-CN'], locale: 'zh-CN' },
    { args: ['--lang', 'fr', '--lang=en'], locale: 'en' },
    { args: ['--', '--lang', 'en'], locale: 'zh-CN' },
  ])('returns $locale for $args', ({ args, locale }) => {
    expect(localeOfArgs(args)).toBe(locale);
  });
});

describe('UsageError', () => {
  it('prints a plain message in every language', () => {
    const error = new UsageError('yangui x: failed.', 'Try again.');
    expect(error.message).toBe('yangui x: failed.');
    expect(error.hint).toBe('Try again.');
    expect(error.format('en')).toBe('yangui x: failed.\nhint: Try again.\n');
    expect(error.format('zh-CN')).toBe('yangui x: failed.\n提示：Try again.\n');
  });

  it('keeps Chinese as the message', () => {
    const error = new UsageError(
      { 'zh-CN': '缺少 --out。', en: '--out is missing.' },
      { 'zh-CN': '请加上 --out。', en: 'Add --out.' },
    );
    expect(error.message).toBe('缺少 --out。');
    expect(error.hint).toBe('请加上 --out。');
    expect(error.format('en')).toBe('--out is missing.\nhint: Add --out.\n');
  });

  it('prints no hint line without a hint', () => {
    const error = new UsageError({ 'zh-CN': '失败。', en: 'Failed.' });
    expect(error.hint).toBeUndefined();
    expect(error.format('zh-CN')).toBe('失败。\n');
    expect(error.format('en')).toBe('Failed.\n');
  });
});
