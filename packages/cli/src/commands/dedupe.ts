import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  assignStableKeys,
  findBestLinks,
  linkNewRecords,
  linkRecords,
  MIN_RECORDS_TO_ESTIMATE,
  parametersToJson,
  toLinkRecord,
  toUnverifiedLinkRecord,
  writeCsv,
  writeKnownPersonsCsv,
  writeReviewCsv,
  type KeyEvent,
  type KnownPersonsReading,
  type LinkageParameters,
  type LinkedPerson,
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
import { checkOutputs } from '../files.js';
import type { CommandIO } from '../io.js';
import { loadRegistry, loadSurvey } from '../load.js';
import { formatRowCounts } from '../summary.js';
import {
  loadDecisions,
  loadKnown,
  loadParameters,
  loadPersons,
} from './dedupe-inputs.js';
import {
  carriedKeys,
  keysOf,
  recordAliases,
  repeatedRecordNumbers,
  resolveAlias,
  OUT_HEADER,
  outputRows,
  stateIdsOf,
  type UnverifiedCounts,
} from './dedupe-output.js';

export const dedupeHelp = `Usage: yangui dedupe --kind returnee|out-migrant --out FILE [options] FILE...

Validates the files and links the valid records that belong to the same
person by probabilistic record linkage (name, resident ID number, birth
date, place and dates compared), also when the ID is missing or a name is
written with a homophone. Writes one CSV row per input row with its person
key. Pairs that are neither clear links nor clear non-links go to a review
file for a clerk, whose decisions the next run applies.

A row rejected only because of its resident ID number (a wrong check
character, one digit typed wrong, two digits swapped, Excel damage) is
linked too: when it matches a person with valid records, --out gives that
person's key and the record that holds the right number. The row stays
rejected and is not counted twice.

Options:
  --kind KIND              record kind: returnee (回乡人员) or out-migrant (在外人员)
  --out FILE               write one row per input row: file, row, recordId,
                           personKey, status (valid / rejected), recordsInPerson,
                           bestLinkWeight, linkedTo, linkDetails (the weight of
                           each comparison) (CSV, UTF-8 with BOM)
  --registry FILE          county registry CSV (区划代码,名称) to check townships and villages
  --review FILE            write the pairs for clerical review as CSV, names and IDs masked
  --decisions FILE         a review file with the 判定 (decision) column filled in:
                           同一人 / same or 不同人 / different; empty cells are skipped
  --persons FILE           the --out file of the previous round, so that persons
                           keep their keys; merges and splits are reported
  --known FILE             the --save-known file of earlier rounds: link only the new
                           records to these persons, which keep their keys
  --save-known FILE        write every linked record (known and valid new ones) with
                           its person key and compared fields, for the next --known;
                           the file holds names and ID numbers in full
  --parameters FILE        model parameters (JSON) from --save-parameters; without
                           it the parameters are estimated from the records, or the
                           built-in defaults are used below ${MIN_RECORDS_TO_ESTIMATE} records
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
    known: { type: 'string' },
    'save-known': { type: 'string' },
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
      {
        'zh-CN': 'yangui dedupe：缺少 --out。',
        en: 'yangui dedupe: --out is missing.',
      },
      {
        'zh-CN': '请加上 --out 和文件名，例如 --out 人员.csv。',
        en: 'Add --out FILE, for example --out 人员.csv, to name the result file.',
      },
    );
  }
  if (values.known !== undefined && values.persons !== undefined) {
    throw new UsageError(
      {
        'zh-CN': 'yangui dedupe：--known 与 --persons 不能同时使用。',
        en: 'yangui dedupe: --known and --persons cannot be used together.',
      },
      {
        'zh-CN':
          '--known 已带有人员编号。只给新记录时用 --known；重新链接全部记录时用 --persons。',
        en: '--known already carries the person keys. Use --known to link new records only, or --persons to link every record again.',
      },
    );
  }
  const files = requireFiles('dedupe', positionals);
  await checkOutputs(
    'dedupe',
    io.cwd,
    [
      { option: '--out', file: out },
      { option: '--review', file: values.review },
      { option: '--save-known', file: values['save-known'] },
      { option: '--save-parameters', file: values['save-parameters'] },
    ],
    [
      ...files.map((file) => ({ option: file, file })),
      { option: '--known', file: values.known },
      { option: '--persons', file: values.persons },
      { option: '--decisions', file: values.decisions },
      { option: '--parameters', file: values.parameters },
      { option: '--registry', file: values.registry },
    ],
    new Map([
      ['--save-known', '--known'],
      ['--save-parameters', '--parameters'],
    ]),
  );

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
  const known =
    values.known === undefined
      ? undefined
      : await loadKnown(io, values.known, locale);
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
  // Rejected rows never change the identity of a valid record.
  const stateIds = stateIdsOf(validation.records);
  const allStateIds = [
    ...stateIds,
    ...stateIdsOf([...validation.records, ...validation.unverified]).slice(
      validation.records.length,
    ),
  ];
  const knownRecords = known?.known.records ?? [];
  const aliases = recordAliases(validation.records, records, io.cwd);
  const linkIds = new Set([
    ...records.map((record) => record.id),
    ...knownRecords.map((record) => record.id),
  ]);
  const linked = link(records, {
    parameters,
    decisions: (decisions?.decisions ?? []).map((decision) => ({
      ...decision,
      a: resolveAlias(aliases, linkIds, decision.a, io.cwd),
      b: resolveAlias(aliases, linkIds, decision.b, io.cwd),
    })),
    known,
    previous:
      previous === undefined
        ? undefined
        : { recordKey: carriedKeys(previous.recordKey, records, stateIds) },
  });
  if (previous !== undefined && previous.recordKey.size > 0) {
    const found = stateIds.filter((id) => previous.recordKey.has(id)).length;
    if (found === 0) {
      io.stderr(
        locale === 'en'
          ? `warning: no record of ${values.persons} is in this input, so every person gets a new key; records are matched by 记录编号, or by file name and row when it is empty.\n`
          : `警告：${values.persons} 中的记录在本次输入中一条也没有找到，所有人都将得到新的编号。记录按“记录编号”对应，没有记录编号时按文件名和行号对应。\n`,
      );
    }
    const repeated = repeatedRecordNumbers(
      previous.recordKey,
      validation.records,
    );
    if (repeated > 0) {
      io.stderr(
        locale === 'en'
          ? `warning: ${repeated} record number(s) (记录编号) of ${values.persons} repeat in this input, so their records are matched by file name and row and may get new keys; give every record a record number that no other file uses.\n`
          : `警告：${values.persons} 中有 ${repeated} 个记录编号在本次输入中重复出现，这些记录只能按文件名和行号对应，可能得到新的人员编号。请让各文件的记录编号互不相同。\n`,
      );
    }
  }
  if (known !== undefined) {
    // File name and row are no identity across rounds, because each round
    // may send files of the same names; only record numbers are compared.
    const knownIds = new Set(known.recordIds);
    const again = validation.records.filter((row, index) => {
      const recordId = row.record.recordId?.trim();
      return recordId === stateIds[index] && knownIds.has(recordId ?? '');
    }).length;
    if (again > 0) {
      io.stderr(
        locale === 'en'
          ? `warning: ${again} record(s) of this input have the record number (记录编号) of a record in ${values.known}; if these files were linked before, they are now counted again as new records.\n`
          : `警告：本次输入中有 ${again} 条记录的记录编号已在 ${values.known} 中出现。如果这些文件以前已经链接过，它们会被当作新记录再算一次。\n`,
      );
    }
  }

  // Rows rejected only for their ID number are linked to the persons found,
  // which stay as they are.
  const linkedRecords = [...knownRecords, ...records];
  const unverified = validation.unverified.map(toUnverifiedLinkRecord);
  const unverifiedIds = new Set(unverified.map((record) => record.id));
  const persons =
    unverified.length === 0
      ? linked.persons
      : linkNewRecords(
          {
            records: linkedRecords,
            keys: keysOf(linkedRecords, linked.persons),
          },
          unverified,
          { parameters: linked.result.parameters, estimate: false },
        ).persons;
  // A rejected row is pointed to a valid record with an ID number, the
  // one a clerk can copy the right number from.
  const withId = new Set(
    linkedRecords
      .filter((record) => record.residentId !== undefined)
      .map((record) => record.id),
  );
  const bestLinks = findBestLinks(
    [...linkedRecords, ...unverified],
    persons,
    linked.result.parameters,
    {
      isTarget: (target, from) =>
        unverifiedIds.has(from)
          ? withId.has(target)
          : !unverifiedIds.has(target),
    },
  );
  const output = outputRows({
    validation,
    records,
    unverified,
    stateIds: allStateIds,
    persons,
    unverifiedIds,
    bestLinks,
  });

  await writeOutput(io, out, writeCsv(OUT_HEADER, output.rows));
  if (values.review !== undefined) {
    await writeOutput(
      io,
      values.review,
      writeReviewCsv(linked.result.review, linkedRecords, { locale }),
    );
  }
  if (values['save-parameters'] !== undefined) {
    await writeOutput(
      io,
      values['save-parameters'],
      `${parametersToJson(linked.result.parameters)}\n`,
    );
  }
  if (values['save-known'] !== undefined) {
    const keys = keysOf(linkedRecords, linked.persons);
    const recordIds = [...(known?.recordIds ?? []), ...stateIds];
    await writeOutput(
      io,
      values['save-known'],
      writeKnownPersonsCsv(
        linkedRecords.map((record, index) => ({
          personKey: keys[index] ?? '',
          recordId: recordIds[index] ?? record.id,
          record,
        })),
      ),
    );
  }

  io.stdout(
    `${summarize(linked, {
      rows: formatRowCounts(validation.rows, locale),
      newRecords: records,
      unverified: output.unverified,
      decisions: decisions?.decisions,
      previous: previous !== undefined || known !== undefined,
      locale,
    }).join('\n')}\n`,
  );
  const badDecisions = decisions?.errors ?? 0;
  return validation.rows.rejected > 0 || badDecisions > 0
    ? EXIT_REJECTED
    : EXIT_OK;
}

/** The persons of a run with stable keys, and the changes of keys. */
interface LinkedRun {
  result: LinkResult;
  persons: LinkedPerson[];
  events: KeyEvent[];
}

function link(
  records: LinkRecord[],
  options: {
    parameters: LinkageParameters | undefined;
    decisions: readonly ReviewDecision[];
    known: KnownPersonsReading | undefined;
    previous: PreviousPersons | undefined;
  },
): LinkedRun {
  const linkOptions = {
    ...(options.parameters === undefined
      ? {}
      : { parameters: options.parameters }),
    decisions: options.decisions,
  };
  try {
    if (options.known !== undefined) {
      const result = linkNewRecords(options.known.known, records, linkOptions);
      return { result, persons: result.persons, events: result.events };
    }
    const result = linkRecords(records, linkOptions);
    const stable = assignStableKeys(result, options.previous);
    return { result, persons: stable.persons, events: stable.events };
  } catch (error) {
    // Record ids are file#row and unique, so the only expected failure is
    // parameters that name comparisons this version does not have.
    const reason = (error as Error).message;
    throw new UsageError(
      {
        'zh-CN': `yangui dedupe：记录链接失败：${reason}。`,
        en: `yangui dedupe: record linkage failed: ${reason}.`,
      },
      {
        'zh-CN':
          '请先不带 --parameters 运行一次，并用 --save-parameters 保存新参数。',
        en: 'Run once without --parameters and save new ones with --save-parameters.',
      },
    );
  }
}

interface SummaryOptions {
  rows: string;
  newRecords: readonly LinkRecord[];
  unverified: UnverifiedCounts;
  decisions: readonly ReviewDecision[] | undefined;
  previous: boolean;
  locale: Locale;
}

function summarize(run: LinkedRun, options: SummaryOptions): string[] {
  const { stats } = run.result;
  const en = options.locale === 'en';
  const newIds = new Set(options.newRecords.map((record) => record.id));
  const personsOfInput = run.persons.filter((person) =>
    person.recordIds.some((id) => newIds.has(id)),
  );
  const records = options.newRecords.length;
  const merged = records - personsOfInput.length;
  const lines = [
    options.rows,
    en
      ? `${records} valid record(s) form ${personsOfInput.length} person(s): ${merged} record(s) merged, ${stats.links} automatic link(s), ${stats.reviewPairs} pair(s) sent to review, ${stats.conflicts} conflict(s) between different resident ID numbers`
      : `有效记录 ${records} 条归为 ${personsOfInput.length} 人：合并重复记录 ${merged} 条，自动链接 ${stats.links} 对，待人工审核 ${stats.reviewPairs} 对，身份证号冲突 ${stats.conflicts} 对`,
    parameterLine(run.result, en),
  ];
  if (stats.knownRecords > 0) {
    const joined = personsOfInput.filter((person) =>
      person.recordIds.some((id) => !newIds.has(id)),
    ).length;
    const knownPersons = run.persons.length - personsOfInput.length + joined;
    lines.push(
      en
        ? `known persons: ${knownPersons} (${stats.knownRecords} record(s)); ${joined} of them found again, ${personsOfInput.length - joined} new person(s)`
        : `已知人员 ${knownPersons} 人（${stats.knownRecords} 条记录）：本次再次出现 ${joined} 人，新增 ${personsOfInput.length - joined} 人`,
    );
  }
  if (options.unverified.rows > 0) {
    const { rows, matched } = options.unverified;
    lines.push(
      en
        ? `${rows} rejected row(s) have errors only in the resident ID number; ${matched} of them match a person with valid records${matched > 0 ? ': correct the number from the record in the linkedTo column of --out' : ''}`
        : `被拒绝的行中有 ${rows} 行只有身份证号错误，其中 ${matched} 行与有效记录是同一人${matched > 0 ? '：请按 --out 中 linkedTo 列所指的记录核对并更正身份证号' : ''}`,
    );
  }
  if (options.decisions !== undefined) {
    const same = options.decisions.filter((decision) => decision.same).length;
    const different = options.decisions.length - same;
    const refused = run.result.conflicts.filter(
      (conflict) => conflict.source === 'decision',
    ).length;
    lines.push(
      en
        ? `clerk decisions: ${same} same, ${different} different, ${stats.unknownDecisions} naming records not in this run, ${refused} "same" not applied because the resident ID numbers differ`
        : `人工判定：同一人 ${same} 条，不同人 ${different} 条，记录不在本次输入中的 ${stats.unknownDecisions} 条，因身份证号不同未执行的“同一人” ${refused} 条`,
    );
  }
  if (options.previous) {
    const merges = run.events.filter((event) => event.type === 'merge').length;
    const splits = run.events.length - merges;
    lines.push(
      en
        ? `compared with the previous persons: ${merges} merge(s), ${splits} split(s)`
        : `与上一轮人员相比：合并 ${merges} 起，拆分 ${splits} 起`,
    );
    for (const event of run.events) {
      lines.push(`  ${describeEvent(event, en)}`);
    }
  }
  return lines;
}

/** Describes a merge or split of person keys on one line. */
function describeEvent(event: KeyEvent, en: boolean): string {
  const keys = event.keys.join(' ');
  const others = event.keys.length - 1;
  if (event.type === 'merge') {
    return en
      ? `merge ${keys}: records of ${event.keys.length} previous persons are now one person, kept as ${event.key}`
      : `合并 ${keys}：上一轮的 ${event.keys.length} 人现为同一人，沿用编号 ${event.key}`;
  }
  return en
    ? `split ${keys}: the records of previous person ${event.key} now fall in ${others + 1} persons`
    : `拆分 ${keys}：上一轮 ${event.key} 的记录现分属 ${others + 1} 人`;
}

function parameterLine(result: LinkResult, en: boolean): string {
  const { stats } = result;
  if (stats.estimationRejected) {
    return en
      ? `model parameters: built-in defaults, because the estimate from these records ${stats.emConverged ? 'was implausible' : 'did not converge'} (often when the records have almost no duplicates)`
      : `模型参数：使用内置默认参数，因为由本次记录估计${stats.emConverged ? '的结果不合理' : '未收敛'}（记录中几乎没有重复时常见）`;
  }
  switch (stats.parameterSource) {
    case 'estimated':
      return en
        ? `model parameters: estimated from these records (${stats.emIterations} EM iterations${stats.emConverged ? '' : ', not converged'})`
        : `模型参数：由本次记录估计（EM 迭代 ${stats.emIterations} 次${stats.emConverged ? '' : '，未收敛'}）`;
    case 'default':
      return en
        ? `model parameters: built-in defaults, because fewer than ${MIN_RECORDS_TO_ESTIMATE} ${stats.knownRecords > 0 ? 'new ' : ''}records are too few to estimate them`
        : `模型参数：使用内置默认参数，因为${stats.knownRecords > 0 ? '新' : ''}记录少于 ${MIN_RECORDS_TO_ESTIMATE} 条，不足以估计`;
    default:
      return en
        ? 'model parameters: from --parameters'
        : '模型参数：来自 --parameters 文件';
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
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      {
        'zh-CN': `yangui dedupe：无法写入 ${file}（${code}）。`,
        en: `yangui dedupe: ${file} cannot be written (${code}).`,
      },
      {
        'zh-CN': '请检查文件夹是否存在，以及该文件是否正在 Excel 中打开。',
        en: 'Check that the folder exists and that the file is not open in Excel.',
      },
    );
  }
}
