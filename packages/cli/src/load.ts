import {
  formatIssue,
  readRegistry,
  type Issue,
  type Locale,
  type RecordKind,
  type Registry,
  type SurveyValidation,
} from '@yangui/core';
import { UsageError, type LocalizedText } from './errors.js';
import { readInputFile, readInputFiles } from './files.js';
import { availableParallelism } from 'node:os';
import type { CommandIO } from './io.js';
import { threadCount, validateInParallel } from './parallel-validation.js';

/**
 * Reads and checks a registry file. A registry with errors stops the
 * command, because every township check would be wrong.
 */
export async function loadRegistry(
  command: string,
  io: CommandIO,
  file: string,
  locale: Locale,
): Promise<Registry> {
  const input = await readInputFile(command, io.cwd, file);
  const { registry, issues } = readRegistry(input);
  if (registry.townships.length === 0) {
    const listed = issues.slice(0, 20);
    throw new UsageError(
      {
        'zh-CN':
          `yangui ${command}：区划文件 ${file} 中没有乡镇：\n` +
          describeIssues(listed, 'zh-CN'),
        en:
          `yangui ${command}: the registry ${file} lists no township:\n` +
          describeIssues(listed, 'en'),
      },
      {
        'zh-CN':
          '区划文件的表头是“区划代码,名称”，每个乡镇（9 位代码）和每个村（12 位代码）各占一行。',
        en: 'A registry has the header 区划代码,名称 and one row per township (9-digit code) and village (12-digit code).',
      },
    );
  }
  // Rows with problems are left out of the registry and the run goes on.
  // Records that name a place from such a row are rejected as unknown.
  for (const issue of issues) {
    io.stderr(`${describeIssue(issue, locale)}\n`);
  }
  return registry;
}

/** Commands already warned about `YANGUI_THREADS`, which read it once each. */
const warnedThreads = new WeakSet<object>();

/**
 * Reads, decodes and validates the survey files of one kind. A file that
 * cannot be read as a table (empty, not CSV, duplicate or missing required
 * columns) stops the command with exit code 2. Large inputs are validated
 * on worker threads (see `threadCount`); `locale` is the language of the
 * warning about an invalid `YANGUI_THREADS`.
 */
export async function loadSurvey<K extends RecordKind>(
  command: string,
  io: CommandIO,
  kind: K,
  files: string[],
  registry: Registry | undefined,
  locale: Locale,
): Promise<SurveyValidation<K>> {
  const inputs = await readInputFiles(command, io.cwd, files);
  const setting = threadCount();
  if (setting.ignored !== undefined && !warnedThreads.has(io)) {
    warnedThreads.add(io);
    const cores = availableParallelism();
    io.stderr(
      locale === 'en'
        ? `warning: YANGUI_THREADS=${setting.ignored} is invalid (expected a whole number from 1 to ${cores}); using ${setting.threads} thread(s).\n`
        : `警告：YANGUI_THREADS=${setting.ignored} 无效（应为 1 到 ${cores} 的整数），改用 ${setting.threads} 个线程。\n`,
    );
  }
  const result = await validateInParallel(
    kind,
    inputs,
    { registry, today: io.today },
    setting.threads,
  );
  if (result.fatal.length > 0) {
    const count = result.fatal.length;
    throw new UsageError(
      {
        'zh-CN':
          `yangui ${command}：文件有 ${count} 处问题，无法继续处理：\n` +
          describeIssues(result.fatal, 'zh-CN'),
        en:
          `yangui ${command}: ${count} file problem(s) stop the run:\n` +
          describeIssues(result.fatal, 'en'),
      },
      fatalHint(result.fatal),
    );
  }
  return result;
}

/** Formats an issue on one line: file, row, column, severity, message. */
export function describeIssue(issue: Issue, locale: Locale): string {
  const where: string[] = [];
  if (issue.file !== undefined) where.push(issue.file);
  if (issue.row !== undefined) {
    where.push(locale === 'en' ? `row ${issue.row}` : `第 ${issue.row} 行`);
  }
  if (issue.column !== undefined) where.push(`[${issue.column}]`);
  const severity =
    issue.severity === 'error'
      ? locale === 'en'
        ? 'error'
        : '错误'
      : locale === 'en'
        ? 'warning'
        : '警告';
  const prefix = where.length > 0 ? `${where.join(' ')} ` : '';
  return `${prefix}${severity}${locale === 'en' ? ': ' : '：'}${formatIssue(issue, locale)}`;
}

/** Formats issues one per line, each indented by two spaces. */
function describeIssues(issues: readonly Issue[], locale: Locale): string {
  return issues.map((issue) => `  ${describeIssue(issue, locale)}`).join('\n');
}

/** File-level issue codes that mean the file is not CSV text at all. */
const notCsvCodes = new Set([
  'csv_excel_workbook',
  'csv_utf16_text',
  'csv_binary_file',
  'csv_empty_file',
  'csv_wrong_delimiter',
]);

function fatalHint(fatal: readonly Issue[]): LocalizedText {
  if (fatal.every((issue) => notCsvCodes.has(issue.code))) {
    return {
      'zh-CN':
        '请在 Excel 中点 文件 > 另存为，选择 CSV UTF-8（逗号分隔）(*.csv) 保存，然后再运行一次。',
      en: 'In Excel use 文件 > 另存为 > CSV UTF-8（逗号分隔）(*.csv), then run again.',
    };
  }
  return {
    'zh-CN': '请改好上面所列文件的表头行，另存为 CSV 后再运行一次。',
    en: 'Fix the header row of the file named above, save it as CSV and run again.',
  };
}
