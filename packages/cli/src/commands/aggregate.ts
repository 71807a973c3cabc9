import {
  aggregateSurvey,
  returneeIndicators,
  type Locale,
  type OutMigrantAggregate,
  type ReturneeAggregate,
} from '@yangui/core';
import {
  parseCommandArgs,
  parseMatcher,
  parseDateOption,
  parseKind,
  parseLocale,
  requireFiles,
} from '../args.js';
import { EXIT_OK, EXIT_REJECTED } from '../errors.js';
import type { CommandIO } from '../io.js';
import { loadRegistry, loadSurvey } from '../load.js';
import { formatRowCounts } from '../summary.js';

export const aggregateHelp = `Usage: yangui aggregate --kind returnee|out-migrant --as-of DATE [options] FILE...

Validates the files, keeps the valid rows, merges records of the same person
(same resident ID number; the latest survey wins) and prints the indicators
per township and for the county as of DATE. Rejected rows are left out and
counted. Exit codes: 0 no row rejected, 1 some rows rejected (the indicators
are still printed), 2 the command could not run.

Options:
  --kind KIND            record kind: returnee (回乡人员) or out-migrant (在外人员)
  --as-of DATE           reference date YYYY-MM-DD: records surveyed later are ignored
  --registry FILE        county registry CSV (区划代码,名称); lists townships without records
  --match MATCHER        how records of one person are found: linkage (default:
                         ID number, name with pinyin, birth date, phone, place)
                         or resident-id (same ID number only)
  --count-individual-households
                         count 个体工商户 as economic entities (default: not counted)
  --json                 print only JSON on standard output
  --lang LANG            label language: zh-CN (default) or en
  --today DATE           date used by the "not in the future" rule (default: today in China, UTC+8)
  -h, --help             show this help`;

/** Runs `yangui aggregate`. */
export async function runAggregate(
  args: string[],
  io: CommandIO,
): Promise<number> {
  const { values, positionals } = parseCommandArgs('aggregate', args, {
    kind: { type: 'string' },
    'as-of': { type: 'string' },
    registry: { type: 'string' },
    'count-individual-households': { type: 'boolean' },
    match: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`${aggregateHelp}\n`);
    return EXIT_OK;
  }
  const kind = parseKind('aggregate', values.kind);
  const asOf = parseDateOption('aggregate', 'as-of', values['as-of']);
  const locale = parseLocale('aggregate', values.lang);
  const today =
    values.today === undefined
      ? io.today
      : parseDateOption('aggregate', 'today', values.today);
  const files = requireFiles('aggregate', positionals);
  const registry =
    values.registry === undefined
      ? undefined
      : await loadRegistry('aggregate', io, values.registry, locale);
  const validation = await loadSurvey(
    'aggregate',
    { ...io, today },
    kind,
    files,
    registry,
    locale,
  );
  const result = aggregateSurvey(validation, {
    asOf,
    registry,
    matcher: parseMatcher('aggregate', values.match),
    settings: {
      countIndividualHouseholds: values['count-individual-households'] === true,
    },
  });

  if (values.json) {
    const report = {
      ...toJsonReport(result.aggregate),
      rows: validation.rows,
      persons: result.persons,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return validation.rows.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
  }
  const lines = [
    `${formatRowCounts(validation.rows, locale)}; ${
      locale === 'en'
        ? `${result.persons.toLocaleString('en-US')} person(s) after merging ${result.mergedRecords} duplicate record(s)`
        : `合并重复记录 ${result.mergedRecords} 条后共 ${result.persons.toLocaleString('en-US')} 人`
    }`,
  ];
  if (result.aggregate.kind === 'returnee') {
    lines.push(...formatReturnees(result.aggregate, locale));
  } else {
    lines.push(...formatOutMigrants(result.aggregate, locale));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return validation.rows.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}

function formatReturnees(
  aggregate: ReturneeAggregate,
  locale: Locale,
): string[] {
  const header = [
    locale === 'en' ? 'code' : '区划代码',
    locale === 'en' ? 'name' : '名称',
    ...returneeIndicators.map((indicator) => indicator.label[locale]),
  ];
  const rows = [
    [
      aggregate.county.code ?? '',
      locale === 'en' ? 'county' : '全县',
      ...returneeIndicators.map((indicator) =>
        String(aggregate.county.values[indicator.id]),
      ),
    ],
    ...aggregate.townships.map((township) => [
      township.code,
      township.name,
      ...returneeIndicators.map((indicator) =>
        String(township.values[indicator.id]),
      ),
    ]),
  ];
  return [
    `${locale === 'en' ? 'as of' : '截至'} ${aggregate.asOf}`,
    ...alignColumns([header, ...rows]),
  ];
}

function formatOutMigrants(
  aggregate: OutMigrantAggregate,
  locale: Locale,
): string[] {
  const header = [
    locale === 'en' ? 'code' : '区划代码',
    locale === 'en' ? 'name' : '名称',
    locale === 'en' ? 'people away' : '在外人数',
  ];
  const rows = [
    [
      aggregate.county.code ?? '',
      locale === 'en' ? 'county' : '全县',
      String(aggregate.county.total),
    ],
    ...aggregate.townships.map((township) => [
      township.code,
      township.name,
      String(township.total),
    ]),
  ];
  return [
    `${locale === 'en' ? 'as of' : '截至'} ${aggregate.asOf}`,
    ...alignColumns([header, ...rows]),
  ];
}

/** Pads columns so that a table lines up in a terminal (CJK counts double). */
function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) =>
        index < 2
          ? cell + ' '.repeat((widths[index] ?? 0) - displayWidth(cell))
          : ' '.repeat((widths[index] ?? 0) - displayWidth(cell)) + cell,
      )
      .join('  ')
      .trimEnd(),
  );
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return width;
}

/**
 * Shapes an aggregate for `--json`: indicator values sit directly on the
 * county and township objects, keyed by indicator id.
 */
function toJsonReport(aggregate: ReturneeAggregate | OutMigrantAggregate) {
  if (aggregate.kind === 'returnee') {
    const valuesOf = (row: ReturneeAggregate['county']) =>
      Object.fromEntries(
        returneeIndicators.map((indicator) => [
          indicator.id,
          row.values[indicator.id],
        ]),
      );
    return {
      asOf: aggregate.asOf,
      county: valuesOf(aggregate.county),
      townships: aggregate.townships.map((township) => ({
        code: township.code,
        name: township.name,
        ...valuesOf(township),
      })),
    };
  }
  return {
    asOf: aggregate.asOf,
    county: { total: aggregate.county.total, ...aggregate.county.categories },
    townships: aggregate.townships.map((township) => ({
      code: township.code,
      name: township.name,
      total: township.total,
      ...township.categories,
    })),
  };
}
