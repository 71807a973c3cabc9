import {
  formatIssue,
  readRegistry,
  validateSurveyFiles,
  type Issue,
  type Locale,
  type RecordKind,
  type Registry,
  type SurveyValidation,
} from '@yangui/core';
import { UsageError } from './errors.js';
import { readInputFile, readInputFiles } from './files.js';
import type { CommandIO } from './io.js';

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
    throw new UsageError(
      `yangui ${command}: the registry ${file} lists no township:\n` +
        issues
          .slice(0, 20)
          .map((issue) => `  ${describeIssue(issue, locale)}`)
          .join('\n'),
      'A registry has the header 区划代码,名称 and one row per township (9-digit code) and village (12-digit code).',
    );
  }
  // Rows with problems are left out of the registry and the run goes on.
  // Records that name a place from such a row are rejected as unknown.
  for (const issue of issues) {
    io.stderr(`${describeIssue(issue, locale)}\n`);
  }
  return registry;
}

/**
 * Reads, decodes and validates the survey files of one kind. A file that
 * cannot be read as a table (empty, not CSV, duplicate or missing required
 * columns) stops the command with exit code 2.
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
  const result = validateSurveyFiles(kind, inputs, {
    registry,
    today: io.today,
  });
  if (result.fatal.length > 0) {
    throw new UsageError(
      `yangui ${command}: ${result.fatal.length} file problem(s) stop the run:\n` +
        result.fatal
          .map((issue) => `  ${describeIssue(issue, locale)}`)
          .join('\n'),
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

/** File-level issue codes that mean the file is not CSV text at all. */
const notCsvCodes = new Set([
  'csv_excel_workbook',
  'csv_utf16_text',
  'csv_binary_file',
  'csv_empty_file',
  'csv_wrong_delimiter',
]);

function fatalHint(fatal: readonly Issue[]): string {
  if (fatal.every((issue) => notCsvCodes.has(issue.code))) {
    return 'In Excel use 文件 > 另存为 > CSV UTF-8（逗号分隔）(*.csv), then run again.';
  }
  return 'Fix the header row of the file named above, save it as CSV and run again.';
}
