import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  formatIssue,
  writeCsv,
  type Locale,
  type SurveyValidation,
} from '@yangui/core';
import {
  parseCommandArgs,
  parseDateOption,
  parseKind,
  parseLocale,
  requireFiles,
} from '../args.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../errors.js';
import { checkOutputs } from '../files.js';
import type { CommandIO } from '../io.js';
import { describeIssue, loadRegistry, loadSurvey } from '../load.js';
import { countIssues, formatRowCounts } from '../summary.js';

export const validateHelp = `Usage: yangui validate --kind returnee|out-migrant [options] FILE...

Reads survey CSV exports, checks every row against the data dictionary and
reports each problem with its file, spreadsheet row and column.

Options:
  --kind KIND         record kind: returnee (回乡人员) or out-migrant (在外人员)
  --registry FILE     county registry CSV (区划代码,名称) to check townships and villages
  --json              print only a JSON report on standard output
  --report FILE       also write every issue to FILE as CSV (UTF-8 with BOM, for Excel)
  --lang LANG         message language: zh-CN (default) or en
  --max-issues N      issues listed in the readable summary (default 30; JSON lists all)
  --today DATE        date used by the "not in the future" rule (default: today in China, UTC+8)
  -h, --help          show this help

Exit codes: 0 no row rejected, 1 some rows rejected, 2 the command could not run.`;

/** Runs `yangui validate`. */
export async function runValidate(
  args: string[],
  io: CommandIO,
): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    kind: { type: 'string' },
    registry: { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
    lang: { type: 'string' },
    'max-issues': { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`${validateHelp}\n`);
    return EXIT_OK;
  }
  const kind = parseKind('validate', values.kind);
  const locale = parseLocale('validate', values.lang);
  const maxIssues = parseMaxIssues(values['max-issues']);
  const today =
    values.today === undefined
      ? io.today
      : parseDateOption('validate', 'today', values.today);
  const files = requireFiles('validate', positionals);
  await checkOutputs(
    'validate',
    io.cwd,
    [{ option: '--report', file: values.report }],
    [
      ...files.map((file) => ({ option: file, file })),
      { option: '--registry', file: values.registry },
    ],
  );

  const registry =
    values.registry === undefined
      ? undefined
      : await loadRegistry('validate', io, values.registry, locale);
  const result = await loadSurvey(
    'validate',
    { ...io, today },
    kind,
    files,
    registry,
    locale,
  );

  if (values.report !== undefined) {
    await writeIssueReport(io, values.report, result, locale);
  }

  if (values.json) {
    const report = {
      kind,
      rows: result.rows,
      issues: result.issues.map((issue) => ({
        file: issue.file ?? null,
        row: issue.row ?? null,
        column: issue.column ?? null,
        field: issue.field ?? null,
        code: issue.code,
        severity: issue.severity,
        message: formatIssue(issue, locale),
      })),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    const { errors, warnings, codes } = countIssues(result.issues);
    const chineseKind = kind === 'returnee' ? '回乡人员' : '在外人员';
    const kindLabel = locale === 'en' ? kind : chineseKind;
    lines.push(
      locale === 'en'
        ? `${kindLabel}: ${files.length} file(s), ${formatRowCounts(result.rows, locale)}`
        : `${kindLabel}：${files.length} 个文件，${formatRowCounts(result.rows, locale)}`,
    );
    lines.push(
      locale === 'en'
        ? `${errors} error(s), ${warnings} warning(s)`
        : `错误 ${errors} 条，警告 ${warnings} 条`,
    );
    if (codes.length > 0) {
      lines.push(
        (locale === 'en' ? 'by code: ' : '按类型：') +
          codes.map(([code, count]) => `${code} ${count}`).join(', '),
      );
    }
    for (const issue of result.issues.slice(0, maxIssues)) {
      lines.push(`  ${describeIssue(issue, locale)}`);
    }
    if (result.issues.length > maxIssues) {
      const rest = result.issues.length - maxIssues;
      lines.push(
        locale === 'en'
          ? `  ... and ${rest} more (use --report FILE or --json to see all)`
          : `  …… 另有 ${rest} 条（用 --report 文件 或 --json 查看全部）`,
      );
    }
    io.stdout(`${lines.join('\n')}\n`);
  }
  return result.rows.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}

function parseMaxIssues(value: string | undefined): number {
  if (value === undefined) return 30;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      {
        'zh-CN': `yangui validate：--max-issues 的取值“${value}”不是 0 或正整数。`,
        en: `yangui validate: --max-issues "${value}" is not a whole number of 0 or more.`,
      },
      {
        'zh-CN': '请填写要列出的问题条数，例如 --max-issues 100。',
        en: 'Give a number of issues to list, for example --max-issues 100.',
      },
    );
  }
  return Number(value);
}

/**
 * Writes every issue as a CSV row for Excel, then one last row that
 * states the row accounting (code `rows_summary`).
 */
async function writeIssueReport(
  io: CommandIO,
  file: string,
  result: SurveyValidation,
  locale: Locale,
): Promise<void> {
  const { issues } = result;
  const header =
    locale === 'en'
      ? ['file', 'row', 'column', 'field', 'code', 'severity', 'message']
      : ['文件', '行号', '列', '字段', '代码', '级别', '说明'];
  const rows = issues.map((issue) => [
    issue.file ?? '',
    issue.row === undefined ? '' : String(issue.row),
    issue.column ?? '',
    issue.field ?? '',
    issue.code,
    issue.severity,
    formatIssue(issue, locale),
  ]);
  rows.push([
    '',
    '',
    '',
    '',
    'rows_summary',
    'info',
    formatRowCounts(result.rows, locale),
  ]);
  try {
    await writeFile(
      path.resolve(io.cwd, file),
      writeCsv(header, rows, { bom: true }),
    );
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      {
        'zh-CN': `yangui validate：问题清单 ${file} 无法写入（${reason}）。`,
        en: `yangui validate: the report ${file} cannot be written (${reason}).`,
      },
      {
        'zh-CN': '请选择一个已经存在、并且可以写入的文件夹。',
        en: 'Choose a path in a folder that exists and is writable.',
      },
    );
  }
}
