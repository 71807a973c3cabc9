import {
  formatLinkageIssue,
  parametersFromJson,
  readDecisionsCsv,
  readKnownPersonsCsv,
  readPersonsCsv,
  type Issue,
  type KnownPersonsReading,
  type LinkageParameters,
  type Locale,
  type PreviousPersons,
  type ReviewDecision,
} from '@yangui/core';
import { UsageError } from '../errors.js';
import { readInputFile } from '../files.js';
import type { CommandIO } from '../io.js';

/** Reads the `--parameters` file. */
export async function loadParameters(
  io: CommandIO,
  file: string,
): Promise<LinkageParameters> {
  const input = await readInputFile('dedupe', io.cwd, file);
  try {
    return parametersFromJson(new TextDecoder().decode(input.bytes));
  } catch (error) {
    const reason = (error as Error).message;
    throw new UsageError(
      {
        'zh-CN': `yangui dedupe：参数文件 ${file} 无效：${reason}。`,
        en: `yangui dedupe: the parameters file ${file} is invalid: ${reason}.`,
      },
      {
        'zh-CN':
          '请使用 --save-parameters 写出的文件，或去掉 --parameters，由记录估计参数。',
        en: 'Use a file written by --save-parameters, or leave out --parameters to estimate them.',
      },
    );
  }
}

/** Reads the `--decisions` file; rows with errors are reported and skipped. */
export async function loadDecisions(
  io: CommandIO,
  file: string,
  locale: Locale,
): Promise<{ decisions: ReviewDecision[]; errors: number }> {
  const input = await readInputFile('dedupe', io.cwd, file);
  const reading = readDecisionsCsv(input.bytes, { file });
  stopOnFatal(file, reading.fatal, reading.issues, 'decisions');
  printIssues(io, reading.issues, locale);
  const errors = reading.issues.filter(
    (issue) => issue.severity === 'error',
  ).length;
  return { decisions: reading.decisions, errors };
}

/** Reads the `--persons` file of the previous round. */
export async function loadPersons(
  io: CommandIO,
  file: string,
  locale: Locale,
): Promise<PreviousPersons> {
  const input = await readInputFile('dedupe', io.cwd, file);
  const reading = readPersonsCsv(input.bytes, { file });
  stopOnFatal(file, reading.fatal, reading.issues, 'persons');
  printIssues(io, reading.issues, locale);
  return { recordKey: reading.recordKey };
}

/** Reads the `--known` file written by `--save-known`. */
export async function loadKnown(
  io: CommandIO,
  file: string,
  locale: Locale,
): Promise<KnownPersonsReading> {
  const input = await readInputFile('dedupe', io.cwd, file);
  const reading = readKnownPersonsCsv(input.bytes, { file });
  stopOnFatal(file, reading.fatal, reading.issues, 'known');
  printIssues(io, reading.issues, locale);
  return reading;
}

const fileNames = {
  decisions: { 'zh-CN': '审核判定文件', en: 'decisions file' },
  persons: { 'zh-CN': '人员文件', en: 'persons file' },
  known: { 'zh-CN': '已知人员文件', en: 'known persons file' },
} as const;

const fatalHints = {
  decisions: {
    'zh-CN': '请提供 --review 写出的审核表，并填写“判定”列。',
    en: 'Give the review file written by --review, with the 判定 (decision) column filled in.',
  },
  persons: {
    'zh-CN':
      '请提供上一轮 --out 写出的文件，它需要 recordId 和 personKey 两列。',
    en: 'Give the --out file of the previous run; it needs the columns recordId and personKey.',
  },
  known: {
    'zh-CN':
      '请提供上一轮 --save-known 写出的文件（有 personKey、recordId、name、residentId 等列），不要用 --out 写出的文件。',
    en: 'Give the file written by --save-known in the previous run (columns personKey, recordId, name, residentId and so on), not the --out file.',
  },
} as const;

function stopOnFatal(
  file: string,
  fatal: boolean,
  issues: readonly Issue[],
  kind: keyof typeof fileNames,
): void {
  if (!fatal) return;
  const list = (locale: Locale) =>
    issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `  ${formatLinkageIssue(issue, locale)}`)
      .join('\n');
  throw new UsageError(
    {
      'zh-CN': `yangui dedupe：无法读取${fileNames[kind]['zh-CN']} ${file}：\n${list('zh-CN')}`,
      en: `yangui dedupe: the ${fileNames[kind].en} ${file} cannot be read:\n${list('en')}`,
    },
    fatalHints[kind],
  );
}

/** Prints the issues of a side file, one per line, on standard error. */
function printIssues(
  io: CommandIO,
  issues: readonly Issue[],
  locale: Locale,
): void {
  const en = locale === 'en';
  for (const issue of issues) {
    const where =
      issue.row === undefined
        ? `${issue.file ?? ''} `
        : en
          ? `${issue.file ?? ''} row ${issue.row} `
          : `${issue.file ?? ''} 第 ${issue.row} 行 `;
    const severity =
      issue.severity === 'error'
        ? en
          ? 'error: '
          : '错误：'
        : en
          ? 'warning: '
          : '警告：';
    io.stderr(`${where}${severity}${formatLinkageIssue(issue, locale)}\n`);
  }
}
