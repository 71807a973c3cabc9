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
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw new UsageError(
      `yangui ${command}: the registry ${file} has ${errors.length} error(s):\n` +
        errors
          .slice(0, 20)
          .map((issue) => `  ${describeIssue(issue, locale)}`)
          .join('\n'),
      'Fix the registry (header 区划代码,名称; 9-digit township and 12-digit village codes) and run again.',
    );
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
      'Fix the header row of the file named above, save it as CSV and run again.',
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
