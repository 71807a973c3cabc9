import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPublication } from '@yangui/core';
import {
  parseCommandArgs,
  parseDateOption,
  parseLocale,
  parseMatcher,
} from '../args.js';
import { EXIT_OK, EXIT_REJECTED, UsageError } from '../errors.js';
import type { CommandIO } from '../io.js';
import { loadRegistry, loadSurvey } from '../load.js';
import { formatRowCounts } from '../summary.js';

export const publishHelp = `Usage: yangui publish --registry FILE --returnee FILE... --out-migrant FILE... --as-of DATE --out DIR

Validates and merges both databases and writes the publication bundle that
the public site is built from: aggregate CSV tables (UTF-8 with BOM, so
Excel shows the Chinese) and manifest.json. Small counts are suppressed. No
record of a person is written. Exit codes: 0 no row rejected, 1 some rows
rejected (the bundle is still written without them), 2 the command could
not run.

Options:
  --registry FILE        county registry CSV (区划代码,名称), required
  --returnee FILE        a returnee export; repeat the option for each file
  --out-migrant FILE     an export of people working away; repeat for each file
  --as-of DATE           reference date YYYY-MM-DD
  --out DIR              bundle folder: must be empty, new, or an earlier bundle
  --minimum-count N      smallest count published; smaller ones are suppressed (default 5)
  --match MATCHER        how records of one person are found: linkage (default:
                         ID number, name with pinyin, birth date, phone, place)
                         or resident-id (same ID number only)
  --count-individual-households
                         count 个体工商户 as economic entities (default: not counted)
  --lang LANG            message language: zh-CN (default) or en
  --today DATE           date used by the "not in the future" rule (default: today in China, UTC+8)
  -h, --help             show this help`;

/** Runs `yangui publish`. */
export async function runPublish(
  args: string[],
  io: CommandIO,
): Promise<number> {
  const { values, positionals } = parseCommandArgs('publish', args, {
    registry: { type: 'string' },
    returnee: { type: 'string', multiple: true },
    'out-migrant': { type: 'string', multiple: true },
    'as-of': { type: 'string' },
    out: { type: 'string' },
    'minimum-count': { type: 'string' },
    'count-individual-households': { type: 'boolean' },
    match: { type: 'string' },
    lang: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`${publishHelp}\n`);
    return EXIT_OK;
  }
  if (positionals.length > 0) {
    throw new UsageError(
      {
        'zh-CN': `yangui publish：多出一个参数“${positionals[0]}”。`,
        en: `yangui publish: unexpected argument "${positionals[0]}".`,
      },
      {
        'zh-CN': '请在每个输入文件前面加上 --returnee 或 --out-migrant。',
        en: 'Put --returnee or --out-migrant before each input file.',
      },
    );
  }
  const locale = parseLocale('publish', values.lang);
  const asOf = parseDateOption('publish', 'as-of', values['as-of']);
  const today =
    values.today === undefined
      ? io.today
      : parseDateOption('publish', 'today', values.today);
  const minimumCount = parseMinimumCount(values['minimum-count']);
  if (values.registry === undefined) {
    throw new UsageError(
      {
        'zh-CN': 'yangui publish：缺少 --registry。',
        en: 'yangui publish: --registry is missing.',
      },
      {
        'zh-CN':
          '发布的表格要列出区划文件中的每个乡镇，请加上 --registry 和区划文件，例如 --registry 区划.csv。',
        en: 'The published tables list every township of the registry; add --registry FILE.',
      },
    );
  }
  const returneeFiles = values.returnee ?? [];
  const outMigrantFiles = values['out-migrant'] ?? [];
  if (returneeFiles.length === 0 || outMigrantFiles.length === 0) {
    throw new UsageError(
      {
        'zh-CN': 'yangui publish：回乡人员和在外人员两个库的文件都要有。',
        en: 'yangui publish: both databases are needed.',
      },
      {
        'zh-CN':
          '请至少给出一个 --returnee 文件（回乡人员）和一个 --out-migrant 文件（在外人员）。',
        en: 'Give at least one --returnee FILE and one --out-migrant FILE.',
      },
    );
  }
  if (values.out === undefined) {
    throw new UsageError(
      {
        'zh-CN': 'yangui publish：缺少 --out。',
        en: 'yangui publish: --out is missing.',
      },
      {
        'zh-CN': '请加上 --out 和发布包要写入的文件夹，例如 --out ./bundle。',
        en: 'Add --out DIR, the folder the bundle is written to.',
      },
    );
  }
  const outDir = path.resolve(io.cwd, values.out);
  await checkOutputFolder(outDir, values.out);

  const registry = await loadRegistry('publish', io, values.registry, locale);
  const context = { ...io, today };
  const returnee = await loadSurvey(
    'publish',
    context,
    'returnee',
    returneeFiles,
    registry,
    locale,
  );
  const outMigrant = await loadSurvey(
    'publish',
    context,
    'out-migrant',
    outMigrantFiles,
    registry,
    locale,
  );

  const bundle = buildPublication({
    asOf,
    registry,
    returnee,
    outMigrant,
    minimumCount,
    matcher: parseMatcher('publish', values.match),
    settings: {
      countIndividualHouseholds: values['count-individual-households'] === true,
    },
  });
  await writeBundle(outDir, values.out, bundle.files);

  const lines = [
    `${locale === 'en' ? 'returnees' : '回乡人员'}: ${formatRowCounts(returnee.rows, locale)}`,
    `${locale === 'en' ? 'people away' : '在外人员'}: ${formatRowCounts(outMigrant.rows, locale)}`,
    locale === 'en'
      ? `wrote ${bundle.files.size} file(s) to ${values.out}`
      : `已写出 ${bundle.files.size} 个文件到 ${values.out}`,
  ];
  if (returnee.rows.rejected + outMigrant.rows.rejected > 0) {
    lines.push(
      locale === 'en'
        ? 'rejected rows are not counted; run `yangui validate` to list them'
        : '被拒绝的行不计入统计；用 `yangui validate` 查看原因',
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return returnee.rows.rejected + outMigrant.rows.rejected > 0
    ? EXIT_REJECTED
    : EXIT_OK;
}

/**
 * Writes the bundle files, first removing the tables an earlier bundle in
 * the same folder listed, so no stale table stays beside the new manifest.
 */
async function writeBundle(
  outDir: string,
  given: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
  try {
    for (const name of await previousBundleFiles(outDir)) {
      await rm(path.join(outDir, name), { force: true });
    }
    await mkdir(outDir, { recursive: true });
    for (const [name, contents] of files) {
      await writeFile(path.join(outDir, name), contents);
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      {
        'zh-CN': `yangui publish：发布包无法写入 ${given}（${reason}）。`,
        en: `yangui publish: the bundle cannot be written to ${given} (${reason}).`,
      },
      {
        'zh-CN': '请选择一个可以写入的文件夹，例如 --out ./bundle。',
        en: 'Choose a folder you can write to, for example --out ./bundle.',
      },
    );
  }
}

/** Lists the files of an earlier bundle's manifest, if there is one. */
async function previousBundleFiles(outDir: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, 'manifest.json'), 'utf8');
  } catch {
    return [];
  }
  try {
    const manifest = JSON.parse(text) as { tables?: { file?: unknown }[] };
    return (manifest.tables ?? [])
      .map((table) => table.file)
      .filter(
        (file): file is string =>
          typeof file === 'string' && path.basename(file) === file,
      );
  } catch {
    return [];
  }
}

function parseMinimumCount(value: string | undefined): number {
  if (value === undefined) return 5;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      {
        'zh-CN': `yangui publish：--minimum-count 的取值“${value}”不是大于或等于 1 的整数。`,
        en: `yangui publish: --minimum-count "${value}" is not a whole number of at least 1.`,
      },
      {
        'zh-CN':
          '请填写允许公布的最小数，小于它的数不公布，例如 --minimum-count 5。',
        en: 'Give the smallest count to publish, for example --minimum-count 5.',
      },
    );
  }
  return Number(value);
}

/**
 * Rejects an output folder that contains anything other than an earlier
 * bundle, so a mistyped --out cannot scatter files into a data folder.
 */
async function checkOutputFolder(outDir: string, given: string) {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    const reason = code ?? String(error);
    throw new UsageError(
      {
        'zh-CN': `yangui publish：--out 指定的 ${given} 无法使用（${reason}）。`,
        en: `yangui publish: --out ${given} cannot be used (${reason}).`,
      },
      {
        'zh-CN': '请选择一个新的或空的文件夹。',
        en: 'Choose a new or empty folder.',
      },
    );
  }
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    throw new UsageError(
      {
        'zh-CN': `yangui publish：--out 指定的 ${given} 不是空文件夹，里面也没有以前的发布包。`,
        en: `yangui publish: --out ${given} is not empty and contains no earlier bundle.`,
      },
      {
        'zh-CN': '请选择一个新的或空的文件夹，以免覆盖其他文件。',
        en: 'Choose a new or empty folder, so no other file is overwritten.',
      },
    );
  }
}
