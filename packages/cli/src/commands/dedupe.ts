import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assignStableKeys,
  findBestLinks,
  formatLinkageIssue,
  linkRecords,
  parametersFromJson,
  parametersToJson,
  readDecisionsCsv,
  readPersonsCsv,
  toLinkRecord,
  writeCsv,
  writeReviewCsv,
  type Issue,
  type KeyEvent,
  type LinkageParameters,
  type LinkRecord,
  type LinkResult,
  type Locale,
  type PreviousPersons,
  type ReviewDecision,
} from '@yangui/core';
import {
  parseCommandArgs,
  parseDateOption,
  parseKind,
  parseLocale,
  requireFiles,
} from '../args.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../errors.js';
import { readInputFile } from '../files.js';
import type { CommandIO } from '../io.js';
import { loadRegistry, loadSurvey } from '../load.js';
import { formatRowCounts } from '../summary.js';

export const dedupeHelp = `Usage: yangui dedupe --kind returnee|out-migrant --out FILE [options] FILE...

Validates the files and links the valid records that belong to the same
person by probabilistic record linkage (name, resident ID number, birth
date, place and dates compared), also when the ID is missing or a name is
written with a homophone. Writes one CSV row per valid record with its
person key. Pairs that are neither clear links nor clear non-links go to a
review file for a clerk, whose decisions the next run applies.

Options:
  --kind KIND              record kind: returnee (回乡人员) or out-migrant (在外人员)
  --out FILE               write one row per valid record: file, row, recordId,
                           personKey, recordsInPerson, bestLinkWeight, linkedTo
                           (CSV, UTF-8 with BOM)
  --registry FILE          county registry CSV (区划代码,名称) to check townships and villages
  --review FILE            write the pairs for clerical review as CSV, names and IDs masked
  --decisions FILE         a review file with the 判定 (decision) column filled in:
                           同一人 / same or 不同人 / different; empty cells are skipped
  --persons FILE           the --out file of the previous round, so that persons
                           keep their keys; merges and splits are reported
  --parameters FILE        model parameters (JSON) from --save-parameters; without
                           it the parameters are estimated from the records
  --save-parameters FILE   write the model parameters used as JSON
  --lang LANG              message and review header language: zh-CN (default) or en
  --today DATE             date used by the "not in the future" rule (default: today in China, UTC+8)
  -h, --help               show this help

Exit codes: 0 no row rejected, 1 some rows rejected or a decision could not
be read, 2 the command could not run.`;

/** Runs `yangui dedupe`. */
export async function runDedupe(
  args: string[],
  io: CommandIO,
): Promise<number> {
  const { values, positionals } = parseCommandArgs('dedupe', args, {
    kind: { type: 'string' },
    out: { type: 'string' },
    registry: { type: 'string' },
    review: { type: 'string' },
    decisions: { type: 'string' },
    persons: { type: 'string' },
    parameters: { type: 'string' },
    'save-parameters': { type: 'string' },
    lang: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`${dedupeHelp}\n`);
    return EXIT_OK;
  }
  const kind = parseKind('dedupe', values.kind);
  const locale = parseLocale('dedupe', values.lang);
  const today =
    values.today === undefined
      ? io.today
      : parseDateOption('dedupe', 'today', values.today);
  const out = values.out;
  if (out === undefined) {
    throw new UsageError(
      'yangui dedupe: --out is missing.',
      'Add --out FILE, for example --out 人员.csv, to name the result file.',
    );
  }
  const files = requireFiles('dedupe', positionals);

  // Inputs besides the survey files are read first, so that a bad one
  // stops the run before the slower validation and linkage.
  const parameters =
    values.parameters === undefined
      ? undefined
      : await loadParameters(io, values.parameters);
  const decisions =
    values.decisions === undefined
      ? undefined
      : await loadDecisions(io, values.decisions, locale);
  const previous =
    values.persons === undefined
      ? undefined
      : await loadPersons(io, values.persons, locale);
  const registry =
    values.registry === undefined
      ? undefined
      : await loadRegistry('dedupe', io, values.registry, locale);

  const validation = await loadSurvey(
    'dedupe',
    { ...io, today },
    kind,
    files,
    registry,
    locale,
  );
  const records = validation.records.map(toLinkRecord);
  const result = link(records, parameters, decisions?.decisions ?? []);
  const stateIds = stateIdsOf(validation.records);
  const stable = assignStableKeys(
    result,
    previous === undefined
      ? undefined
      : { recordKey: carriedKeys(previous.recordKey, records, stateIds) },
  );
  if (previous !== undefined && previous.recordKey.size > 0) {
    const found = stateIds.filter((id) => previous.recordKey.has(id)).length;
    if (found === 0) {
      io.stderr(
        locale === 'en'
          ? `warning: no record of ${values.persons} is in this input, so every person gets a new key; records are matched by 记录编号, or by file name and row when it is empty.\n`
          : `警告：${values.persons} 中的记录在本次输入中一条也没有找到，所有人都将得到新的编号。记录按“记录编号”对应，没有记录编号时按文件名和行号对应。\n`,
      );
    }
  }
  const bestLinks =
    result.persons.length > 0
      ? findBestLinks(records, stable.persons, result.parameters)
      : new Map();

  // Output rows follow the input order of the records.
  const personOf = new Map<string, { key: string; size: number }>();
  for (const person of stable.persons) {
    for (const id of person.recordIds) {
      personOf.set(id, { key: person.key, size: person.recordIds.length });
    }
  }
  const rows = validation.records.map((row, index) => {
    const id = (records[index] as LinkRecord).id;
    const person = personOf.get(id);
    const best = bestLinks.get(id);
    return [
      row.file,
      String(row.row),
      stateIds[index] ?? id,
      person?.key ?? '',
      String(person?.size ?? 1),
      best === undefined ? '' : best.weight.toFixed(2),
      best?.recordId ?? '',
    ];
  });
  await writeOutput(
    io,
    out,
    writeCsv(
      [
        'file',
        'row',
        'recordId',
        'personKey',
        'recordsInPerson',
        'bestLinkWeight',
        'linkedTo',
      ],
      rows,
    ),
  );
  if (values.review !== undefined) {
    await writeOutput(
      io,
      values.review,
      writeReviewCsv(result.review, records, { locale }),
    );
  }
  if (values['save-parameters'] !== undefined) {
    await writeOutput(
      io,
      values['save-parameters'],
      `${parametersToJson(result.parameters)}\n`,
    );
  }

  io.stdout(
    `${summarize(result, stable.events, {
      rows: formatRowCounts(validation.rows, locale),
      decisions: decisions?.decisions,
      previous: previous !== undefined,
      locale,
    }).join('\n')}\n`,
  );
  const badDecisions = decisions?.errors ?? 0;
  return validation.rows.rejected > 0 || badDecisions > 0
    ? EXIT_REJECTED
    : EXIT_OK;
}

function link(
  records: LinkRecord[],
  parameters: LinkageParameters | undefined,
  decisions: readonly ReviewDecision[],
): LinkResult {
  try {
    return linkRecords(records, {
      ...(parameters === undefined ? {} : { parameters }),
      decisions,
    });
  } catch (error) {
    // Record ids are file#row and unique, so the only expected failure is
    // parameters that name comparisons this version does not have.
    throw new UsageError(
      `yangui dedupe: record linkage failed: ${(error as Error).message}.`,
      'Run once without --parameters and save new ones with --save-parameters.',
    );
  }
}

interface SummaryOptions {
  rows: string;
  decisions: readonly ReviewDecision[] | undefined;
  previous: boolean;
  locale: Locale;
}

function summarize(
  result: LinkResult,
  events: readonly KeyEvent[],
  options: SummaryOptions,
): string[] {
  const { stats } = result;
  const en = options.locale === 'en';
  const merged = stats.records - stats.persons;
  const lines = [
    options.rows,
    en
      ? `${stats.records} record(s) form ${stats.persons} person(s): ${merged} record(s) merged, ${stats.links} automatic link(s), ${stats.reviewPairs} pair(s) sent to review, ${stats.conflicts} conflict(s) between different resident ID numbers`
      : `有效记录 ${stats.records} 条归为 ${stats.persons} 人：合并重复记录 ${merged} 条，自动链接 ${stats.links} 对，待人工审核 ${stats.reviewPairs} 对，身份证号冲突 ${stats.conflicts} 对`,
  ];
  if (options.decisions !== undefined) {
    const same = options.decisions.filter((decision) => decision.same).length;
    const different = options.decisions.length - same;
    lines.push(
      en
        ? `clerk decisions: ${same} same, ${different} different, ${stats.unknownDecisions} naming records not in this run`
        : `人工判定：同一人 ${same} 条，不同人 ${different} 条，记录不在本次输入中的 ${stats.unknownDecisions} 条`,
    );
  }
  if (options.previous) {
    const merges = events.filter((event) => event.type === 'merge').length;
    const splits = events.length - merges;
    lines.push(
      en
        ? `compared with the previous persons file: ${merges} merge(s), ${splits} split(s)`
        : `与上一轮人员文件相比：合并 ${merges} 起，拆分 ${splits} 起`,
    );
    for (const event of events) {
      lines.push(`  ${event.type} ${event.keys.join(' ')}: ${event.reason}`);
    }
  }
  return lines;
}

async function loadParameters(
  io: CommandIO,
  file: string,
): Promise<LinkageParameters> {
  const input = await readInputFile('dedupe', io.cwd, file);
  try {
    return parametersFromJson(new TextDecoder().decode(input.bytes));
  } catch (error) {
    throw new UsageError(
      `yangui dedupe: the parameters file ${file} is invalid: ${(error as Error).message}.`,
      'Use a file written by --save-parameters, or leave out --parameters to estimate them.',
    );
  }
}

async function loadDecisions(
  io: CommandIO,
  file: string,
  locale: Locale,
): Promise<{ decisions: ReviewDecision[]; errors: number }> {
  const input = await readInputFile('dedupe', io.cwd, file);
  const reading = readDecisionsCsv(input.bytes, { file });
  stopOnFatal(file, reading.fatal, reading.issues, locale, 'decisions');
  printIssues(io, reading.issues, locale);
  const errors = reading.issues.filter(
    (issue) => issue.severity === 'error',
  ).length;
  return { decisions: reading.decisions, errors };
}

async function loadPersons(
  io: CommandIO,
  file: string,
  locale: Locale,
): Promise<PreviousPersons> {
  const input = await readInputFile('dedupe', io.cwd, file);
  const reading = readPersonsCsv(input.bytes, { file });
  stopOnFatal(file, reading.fatal, reading.issues, locale, 'persons');
  printIssues(io, reading.issues, locale);
  return { recordKey: reading.recordKey };
}

function stopOnFatal(
  file: string,
  fatal: boolean,
  issues: readonly Issue[],
  locale: Locale,
  kind: 'decisions' | 'persons',
): void {
  if (!fatal) return;
  throw new UsageError(
    `yangui dedupe: the ${kind} file ${file} cannot be read:\n` +
      issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => `  ${formatLinkageIssue(issue, locale)}`)
        .join('\n'),
    kind === 'decisions'
      ? 'Give the review file written by --review, with the 判定 (decision) column filled in.'
      : 'Give the --out file of the previous run; it needs the columns recordId and personKey.',
  );
}

function printIssues(
  io: CommandIO,
  issues: readonly Issue[],
  locale: Locale,
): void {
  for (const issue of issues) {
    const where =
      issue.row === undefined
        ? `${issue.file ?? ''} `
        : locale === 'en'
          ? `${issue.file ?? ''} row ${issue.row} `
          : `${issue.file ?? ''} 第 ${issue.row} 行 `;
    const severity =
      issue.severity === 'error'
        ? locale === 'en'
          ? 'error: '
          : '错误：'
        : locale === 'en'
          ? 'warning: '
          : '警告：';
    io.stderr(`${where}${severity}${formatLinkageIssue(issue, locale)}\n`);
  }
}

async function writeOutput(
  io: CommandIO,
  file: string,
  text: string,
): Promise<void> {
  try {
    await writeFile(path.resolve(io.cwd, file), text);
  } catch (error) {
    throw new UsageError(
      `yangui dedupe: ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      'Check that the folder exists and that the file is not open in Excel.',
    );
  }
}

/**
 * Returns the identity of each record between rounds: its record number
 * (记录编号) when it has one that no other record of the input shares,
 * otherwise the file name without folders and the row. A record keeps its
 * person key when a re-exported file moves it to another row or folder, as
 * long as it has a record number.
 */
function stateIdsOf(
  rows: readonly { file: string; row: number; record: { recordId?: string } }[],
): string[] {
  const counts = new Map<string, number>();
  for (const { record } of rows) {
    const recordId = record.recordId?.trim();
    if (recordId) counts.set(recordId, (counts.get(recordId) ?? 0) + 1);
  }
  return rows.map(({ file, row, record }) => {
    const recordId = record.recordId?.trim();
    return recordId && counts.get(recordId) === 1
      ? recordId
      : `${path.basename(file)}#${row}`;
  });
}

/** Maps the previous keys from record identities to this run's record ids. */
function carriedKeys(
  previous: ReadonlyMap<string, string>,
  records: readonly LinkRecord[],
  stateIds: readonly string[],
): Map<string, string> {
  const carried = new Map<string, string>();
  records.forEach((record, index) => {
    const key = previous.get(stateIds[index] ?? '');
    if (key !== undefined) carried.set(record.id, key);
  });
  return carried;
}
