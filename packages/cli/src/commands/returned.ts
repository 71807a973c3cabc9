import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareRecency,
  linkAcrossDatabases,
  recordsAsOf,
  writeCsv,
  type CrossDatabaseLinks,
  type Locale,
  type OutMigrantRecord,
  type PersonInBothDatabases,
  type ReturneeRecord,
  type SourceRow,
  type ValidRecord,
} from '@yangui/core';
import { argsParseError, parseDateOption, parseLocale } from '../args.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../errors.js';
import { checkOutputs } from '../files.js';
import type { CommandIO } from '../io.js';
import { loadRegistry, loadSurvey } from '../load.js';
import { formatRowCounts } from '../summary.js';

export const returnedHelp = `Usage: yangui returned --registry FILE --out-migrant FILE... --returnee FILE... --out FILE [options]

Validates the out-migrant (在外人员) and the returnee (回乡人员) files and
links the valid records of both databases by probabilistic record linkage
(name, resident ID number, birth date, place and dates compared), also when
the ID is missing or a name is written with a homophone. Writes one CSV row
per person found in both databases, such as a person recorded as away in
one round who later came back. Two different valid resident ID numbers are
never linked, and the same number always is.

Options:
  --registry FILE          county registry CSV (区划代码,名称) to check townships and villages
  --out-migrant FILE...    out-migrant survey files; repeat the option or list
                           several files after it
  --returnee FILE...       returnee survey files; repeat the option or list
                           several files after it
  --out FILE               write one row per person in both databases: personKey,
                           outMigrantRecords, returneeRecords (file#row, separated
                           by ";"), outMigrantSurveyedAt (latest), returnedAt,
                           weight (CSV, UTF-8 with BOM, no names, IDs or phones)
  --as-of DATE             reference date YYYY-MM-DD: records surveyed later are ignored
  --lang LANG              message language: zh-CN (default) or en
  --today DATE             date used by the "not in the future" rule (default: today in China, UTC+8)
  -h, --help               show this help

Exit codes: 0 no row rejected, 1 some rows rejected, 2 the command could
not run.`;

const options = {
  registry: { type: 'string' },
  'out-migrant': { type: 'string', multiple: true },
  returnee: { type: 'string', multiple: true },
  out: { type: 'string' },
  'as-of': { type: 'string' },
  lang: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `yangui returned`. */
export async function runReturned(
  args: string[],
  io: CommandIO,
): Promise<number> {
  const { values, files } = parseReturnedArgs(args);
  if (values.help) {
    io.stdout(`${returnedHelp}\n`);
    return EXIT_OK;
  }
  const locale = parseLocale('returned', values.lang);
  const today =
    values.today === undefined
      ? io.today
      : parseDateOption('returned', 'today', values.today);
  const asOf =
    values['as-of'] === undefined
      ? undefined
      : parseDateOption('returned', 'as-of', values['as-of']);
  const out = requireOption(values.out, 'out', '--out 两库共有人员.csv');
  const registryFile = requireOption(
    values.registry,
    'registry',
    '--registry 区划.csv',
  );
  const outMigrantFiles = requireKindFiles(files['out-migrant'], 'out-migrant');
  const returneeFiles = requireKindFiles(files.returnee, 'returnee');
  await checkOutputs(
    'returned',
    io.cwd,
    [{ option: '--out', file: out }],
    [
      ...[...outMigrantFiles, ...returneeFiles].map((file) => ({
        option: file,
        file,
      })),
      { option: '--registry', file: registryFile },
    ],
  );

  const registry = await loadRegistry('returned', io, registryFile, locale);
  const surveyIo = { ...io, today };
  const outMigrants = await loadSurvey(
    'returned',
    surveyIo,
    'out-migrant',
    outMigrantFiles,
    registry,
    locale,
  );
  const returnees = await loadSurvey(
    'returned',
    surveyIo,
    'returnee',
    returneeFiles,
    registry,
    locale,
  );

  const outMigrantRows = filterAsOf(outMigrants.records, asOf);
  const returneeRows = filterAsOf(returnees.records, asOf);
  const links = linkAcrossDatabases(outMigrantRows, returneeRows);

  const outMigrantById = indexRows(outMigrantRows);
  const returneeById = indexRows(returneeRows);
  const rows = links.persons.map((person) =>
    toOutputRow(person, outMigrantById, returneeById),
  );
  await writeOutput(
    io,
    out,
    writeCsv(
      [
        'personKey',
        'outMigrantRecords',
        'returneeRecords',
        'outMigrantSurveyedAt',
        'returnedAt',
        'weight',
      ],
      rows,
    ),
  );

  const en = locale === 'en';
  const lines = [
    `${en ? 'out-migrant: ' : '在外人员：'}${formatRowCounts(outMigrants.rows, locale)}`,
    `${en ? 'returnee: ' : '回乡人员：'}${formatRowCounts(returnees.rows, locale)}`,
  ];
  if (asOf !== undefined) {
    const later =
      outMigrants.records.length +
      returnees.records.length -
      outMigrantRows.length -
      returneeRows.length;
    lines.push(
      en
        ? `as of ${asOf}: ${later} valid record(s) surveyed later are ignored`
        : `截至 ${asOf}：不计调查日期更晚的有效记录 ${later} 条`,
    );
  }
  lines.push(summarizeLinks(links, locale));
  io.stdout(`${lines.join('\n')}\n`);
  return outMigrants.rows.rejected > 0 || returnees.rows.rejected > 0
    ? EXIT_REJECTED
    : EXIT_OK;
}

/**
 * Parses the arguments. A file given without an option belongs to the
 * nearest `--out-migrant` or `--returnee` before it, so that a shell glob
 * such as `--returnee 回乡/*.csv` works.
 */
function parseReturnedArgs(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw argsParseError('returned', error);
  }
  const files: Record<'out-migrant' | 'returnee', string[]> = {
    'out-migrant': [],
    returnee: [],
  };
  let current: 'out-migrant' | 'returnee' | undefined;
  for (const token of parsed.tokens) {
    if (token.kind === 'option') {
      const isKind = token.name === 'out-migrant' || token.name === 'returnee';
      current = isKind ? (token.name as 'out-migrant' | 'returnee') : undefined;
      if (isKind && token.value !== undefined) {
        files[token.name as 'out-migrant' | 'returnee'].push(token.value);
      }
    } else if (token.kind === 'positional') {
      if (current === undefined) {
        throw new UsageError(
          {
            'zh-CN': `yangui returned：文件 ${token.value} 前面没有 --out-migrant 或 --returnee。`,
            en: `yangui returned: the file ${token.value} follows no --out-migrant or --returnee.`,
          },
          {
            'zh-CN':
              '请把每个调查文件放在 --out-migrant 或 --returnee 后面，例如 --returnee 回乡.csv。',
            en: 'Put each survey file after --out-migrant or --returnee, for example --returnee 回乡.csv.',
          },
        );
      }
      files[current].push(token.value);
    }
  }
  return { values: parsed.values, files };
}

function requireOption(
  value: string | undefined,
  name: string,
  example: string,
): string {
  if (value === undefined) {
    throw new UsageError(
      {
        'zh-CN': `yangui returned：缺少 --${name}。`,
        en: `yangui returned: --${name} is missing.`,
      },
      {
        'zh-CN': `请加上 --${name} 和文件名，例如 ${example}。`,
        en: `Add --${name} FILE, for example ${example}.`,
      },
    );
  }
  return value;
}

function requireKindFiles(
  files: string[],
  kind: 'out-migrant' | 'returnee',
): string[] {
  if (files.length === 0) {
    const label = kind === 'out-migrant' ? '在外人员' : '回乡人员';
    throw new UsageError(
      {
        'zh-CN': `yangui returned：缺少${label}文件（--${kind}）。`,
        en: `yangui returned: no ${kind} (${label}) file was given.`,
      },
      {
        'zh-CN': `请加上 --${kind} 和文件名。可以在每个文件前面各加一次 --${kind}，也可以在一个 --${kind} 后面列出多个文件。`,
        en: `Add --${kind} FILE, once per file or followed by several files.`,
      },
    );
  }
  return files;
}

function filterAsOf<R extends OutMigrantRecord | ReturneeRecord>(
  rows: ValidRecord<R>[],
  asOf: string | undefined,
): ValidRecord<R>[] {
  return asOf === undefined ? rows : recordsAsOf(rows, asOf);
}

function sourceId(source: SourceRow): string {
  return `${source.file}#${source.row}`;
}

function indexRows<R extends OutMigrantRecord | ReturneeRecord>(
  rows: readonly ValidRecord<R>[],
): Map<string, ValidRecord<R>> {
  return new Map(rows.map((row) => [sourceId(row), row]));
}

/** Finds the most recent of the rows by `compareRecency`. */
function latest<R extends OutMigrantRecord | ReturneeRecord>(
  sources: readonly SourceRow[],
  byId: Map<string, ValidRecord<R>>,
): ValidRecord<R> {
  const rows = sources.map((source) => byId.get(sourceId(source))!);
  return rows.reduce((best, row) =>
    compareRecency(row, best) > 0 ? row : best,
  );
}

function toOutputRow(
  person: PersonInBothDatabases,
  outMigrantById: Map<string, ValidRecord<OutMigrantRecord>>,
  returneeById: Map<string, ValidRecord<ReturneeRecord>>,
): string[] {
  // The returnee record surveyed last carries the current return date.
  const outMigrant = latest(person.outMigrant, outMigrantById);
  const returnee = latest(person.returnee, returneeById);
  return [
    person.key,
    person.outMigrant.map(sourceId).join(';'),
    person.returnee.map(sourceId).join(';'),
    outMigrant.record.surveyedAt,
    returnee.record.returnedAt,
    person.weight.toFixed(2),
  ];
}

function summarizeLinks(links: CrossDatabaseLinks, locale: Locale): string {
  const { counts } = links;
  return locale === 'en'
    ? `${counts.outMigrantRecords} out-migrant and ${counts.returneeRecords} returnee record(s) form ${counts.persons} person(s): ${counts.personsInBoth} person(s) found in both databases, ${counts.conflicts} conflict(s) between different resident ID numbers`
    : `在外人员有效记录 ${counts.outMigrantRecords} 条与回乡人员有效记录 ${counts.returneeRecords} 条归为 ${counts.persons} 人：两库共有 ${counts.personsInBoth} 人，身份证号冲突 ${counts.conflicts} 对`;
}

async function writeOutput(
  io: CommandIO,
  file: string,
  text: string,
): Promise<void> {
  try {
    await writeFile(path.resolve(io.cwd, file), text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      {
        'zh-CN': `yangui returned：${file} 无法写入（${reason}）。`,
        en: `yangui returned: ${file} cannot be written (${reason}).`,
      },
      {
        'zh-CN': '请检查文件夹是否存在，以及这个文件是否正在 Excel 中打开。',
        en: 'Check that the folder exists and that the file is not open in Excel.',
      },
    );
  }
}
