import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { PersonMatcher, RecordKind } from '@yangui/core';
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
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `yangui ${command}: ${reason}`,
      `Run \`yangui ${command} --help\` to see the options.`,
    );
  }
}

/** Checks the value of `--kind`. */
export function parseKind(command: string, value: unknown): RecordKind {
  if (value === 'returnee' || value === 'out-migrant') return value;
  if (value === undefined) {
    throw new UsageError(
      `yangui ${command}: --kind is missing.`,
      'Add --kind returnee (回乡人员) or --kind out-migrant (在外人员).',
    );
  }
  throw new UsageError(
    `yangui ${command}: --kind "${String(value)}" is not a record kind.`,
    'Use --kind returnee (回乡人员) or --kind out-migrant (在外人员).',
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
      `yangui ${command}: --${name} is missing.`,
      `Add --${name} YYYY-MM-DD, for example --${name} 2026-09-30.`,
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
      `yangui ${command}: --${name} "${value}" is not a date.`,
      `Write it as YYYY-MM-DD, for example --${name} 2026-09-30.`,
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
    `yangui ${command}: --lang "${String(value)}" is not supported.`,
    'Use --lang zh-CN (default) or --lang en.',
  );
}

/** Returns the positional file arguments, or fails when there are none. */
export function requireFiles(command: string, files: string[]): string[] {
  if (files.length === 0) {
    throw new UsageError(
      `yangui ${command}: no input file was given.`,
      `List one or more CSV files after the options, for example \`yangui ${command} --kind returnee 乡镇A.csv 乡镇B.csv\`.`,
    );
  }
  return files;
}

/** Checks the value of `--match`. */
export function parseMatcher(command: string, value: unknown): PersonMatcher {
  if (value === undefined || value === 'linkage') return 'linkage';
  if (value === 'resident-id') return value;
  throw new UsageError(
    `yangui ${command}: --match "${String(value)}" is not a matcher.`,
    'Use --match linkage (default) or --match resident-id.',
  );
}
