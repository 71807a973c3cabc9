import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale, PersonMatcher, RecordKind } from '@yangui/core';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments, turning Node's parse errors into a
 * `UsageError` that names the command and points to its help.
 */
export function parseCommandArgs<T extends Options>(
  command: string,
  args: string[],
  options: T,
): ReturnType<
  typeof parseArgs<{
    args: string[];
    options: T;
    allowPositionals: true;
    strict: true;
  }>
> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw argsParseError(command, error);
  }
}

/**
 * Converts an error thrown by Node's `parseArgs` into a `UsageError`. The
 * English message is Node's own. The Chinese message is built from the
 * error code and the option that Node's message names, and falls back to
 * Node's English text for a code it does not know.
 */
export function argsParseError(command: string, error: unknown): UsageError {
  const reason = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // Node's messages quote the option first, for example
  // "Unknown option '--foo'." or "Option '--kind <value>' argument missing".
  const option = /'(-[^'\s]*)/.exec(reason)?.[1];
  let chinese = `参数有误（${reason}）。`;
  if (option !== undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    chinese = `无法识别选项 ${option}。`;
  } else if (
    option !== undefined &&
    code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
  ) {
    chinese = reason.includes('does not take an argument')
      ? `${option} 后面不能带取值。`
      : `${option} 后面缺少取值。`;
  }
  return new UsageError(
    {
      'zh-CN': `yangui ${command}：${chinese}`,
      en: `yangui ${command}: ${reason}`,
    },
    {
      'zh-CN': `请运行 \`yangui ${command} --help\` 查看全部选项。`,
      en: `Run \`yangui ${command} --help\` to see the options.`,
    },
  );
}

/**
 * Returns the message language of a command line without parsing it:
 * English when the last `--lang` before any `--` is `--lang en` or
 * `--lang=en`, otherwise Chinese. For a command line that `parseLocale`
 * accepts, this is the locale it returns. A usage error thrown before or
 * while `--lang` is checked is printed in this language too, so an invalid
 * `--lang` value is reported in Chinese.
 */
export function localeOfArgs(args: readonly string[]): Locale {
  let value: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--') break;
    if (arg === '--lang') {
      value = args[index + 1];
      index += 1;
    } else if (arg?.startsWith('--lang=')) {
      value = arg.slice('--lang='.length);
    }
  }
  return value === 'en' ? 'en' : 'zh-CN';
}

/** Checks the value of `--kind`. */
export function parseKind(command: string, value: unknown): RecordKind {
  if (value === 'returnee' || value === 'out-migrant') return value;
  if (value === undefined) {
    throw new UsageError(
      {
        'zh-CN': `yangui ${command}：缺少 --kind。`,
        en: `yangui ${command}: --kind is missing.`,
      },
      {
        'zh-CN':
          '请加上 --kind returnee（回乡人员）或 --kind out-migrant（在外人员）。',
        en: 'Add --kind returnee (回乡人员) or --kind out-migrant (在外人员).',
      },
    );
  }
  throw new UsageError(
    {
      'zh-CN': `yangui ${command}：--kind 的取值“${String(value)}”无效。`,
      en: `yangui ${command}: --kind "${String(value)}" is not a record kind.`,
    },
    {
      'zh-CN':
        '请使用 --kind returnee（回乡人员）或 --kind out-migrant（在外人员）。',
      en: 'Use --kind returnee (回乡人员) or --kind out-migrant (在外人员).',
    },
  );
}

/** Checks a `YYYY-MM-DD` option value that must be a real calendar date. */
export function parseDateOption(
  command: string,
  name: string,
  value: unknown,
): string {
  if (typeof value !== 'string') {
    throw new UsageError(
      {
        'zh-CN': `yangui ${command}：缺少 --${name}。`,
        en: `yangui ${command}: --${name} is missing.`,
      },
      {
        'zh-CN': `请加上 --${name} YYYY-MM-DD（年-月-日），例如 --${name} 2026-09-30。`,
        en: `Add --${name} YYYY-MM-DD, for example --${name} 2026-09-30.`,
      },
    );
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  const isRealDate =
    year !== undefined &&
    month !== undefined &&
    day !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(year, month, 0).getDate();
  if (!isRealDate) {
    throw new UsageError(
      {
        'zh-CN': `yangui ${command}：--${name} 的取值“${value}”不是有效日期。`,
        en: `yangui ${command}: --${name} "${value}" is not a date.`,
      },
      {
        'zh-CN': `请按 YYYY-MM-DD（年-月-日）填写，例如 --${name} 2026-09-30。`,
        en: `Write it as YYYY-MM-DD, for example --${name} 2026-09-30.`,
      },
    );
  }
  return value;
}

/** Checks the value of `--lang`. */
export function parseLocale(command: string, value: unknown): 'zh-CN' | 'en' {
  if (value === undefined || value === 'zh-CN' || value === 'zh') {
    return 'zh-CN';
  }
  if (value === 'en') return 'en';
  throw new UsageError(
    {
      'zh-CN': `yangui ${command}：不支持 --lang 的取值“${String(value)}”。`,
      en: `yangui ${command}: --lang "${String(value)}" is not supported.`,
    },
    {
      'zh-CN': '请使用 --lang zh-CN（中文，默认）或 --lang en（英文）。',
      en: 'Use --lang zh-CN (default) or --lang en.',
    },
  );
}

/** Returns the positional file arguments, or fails when there are none. */
export function requireFiles(command: string, files: string[]): string[] {
  if (files.length === 0) {
    throw new UsageError(
      {
        'zh-CN': `yangui ${command}：缺少输入文件。`,
        en: `yangui ${command}: no input file was given.`,
      },
      {
        'zh-CN': `请在选项后面列出一个或多个 CSV 文件，例如 \`yangui ${command} --kind returnee 乡镇A.csv 乡镇B.csv\`。`,
        en: `List one or more CSV files after the options, for example \`yangui ${command} --kind returnee 乡镇A.csv 乡镇B.csv\`.`,
      },
    );
  }
  return files;
}

/** Checks the value of `--match`. */
export function parseMatcher(command: string, value: unknown): PersonMatcher {
  if (value === undefined || value === 'linkage') return 'linkage';
  if (value === 'resident-id') return value;
  throw new UsageError(
    {
      'zh-CN': `yangui ${command}：--match 的取值“${String(value)}”无效。`,
      en: `yangui ${command}: --match "${String(value)}" is not a matcher.`,
    },
    {
      'zh-CN':
        '请使用 --match linkage（默认，按身份证号、姓名、出生日期、电话和地点综合比对）或 --match resident-id（只按身份证号）。',
      en: 'Use --match linkage (default) or --match resident-id.',
    },
  );
}
