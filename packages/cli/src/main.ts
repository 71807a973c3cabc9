import { runAggregate } from './commands/aggregate.js';
import { runDedupe } from './commands/dedupe.js';
import { runPublish } from './commands/publish.js';
import { runReturned } from './commands/returned.js';
import { runValidate } from './commands/validate.js';
import { localeOfArgs } from './args.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './errors.js';
import type { CommandIO } from './io.js';

export const mainHelp = `Usage: yangui <command> [options]

Checks, merges and aggregates the county survey of people working away
(在外人员) and returnees (回乡人员).

Commands:
  validate    check CSV exports row by row and list every problem
  aggregate   merge duplicates and print the indicators as of a date
  dedupe      link records of the same person and write person keys
  publish     write the aggregate tables and manifest for the public site
  returned    list persons found in both the out-migrant and returnee files

Run \`yangui <command> --help\` for the options of a command.`;

const commands: Record<
  string,
  (args: string[], io: CommandIO) => Promise<number>
> = {
  validate: runValidate,
  aggregate: runAggregate,
  dedupe: runDedupe,
  publish: runPublish,
  returned: runReturned,
};

/**
 * Runs the command line and returns the exit code. Usage errors are
 * printed to standard error with a hint, in English when the command line
 * has `--lang en` and in Chinese otherwise (see `localeOfArgs`). Any other
 * exception is a bug and is rethrown.
 */
export async function run(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(`${mainHelp}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${await readVersion()}\n`);
    return EXIT_OK;
  }
  const locale = localeOfArgs(argv);
  const command = commands[name];
  if (command === undefined) {
    const names = Object.keys(commands);
    const error = new UsageError(
      {
        'zh-CN': `yangui：没有“${name}”这个命令。`,
        en: `yangui: "${name}" is not a command.`,
      },
      {
        'zh-CN': `请使用 ${names.join('、')} 中的一个。运行 \`yangui --help\` 可以查看说明。`,
        en: `use one of ${names.join(', ')}; run \`yangui --help\`.`,
      },
    );
    io.stderr(error.format(locale));
    return EXIT_USAGE;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.format(locale));
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const url = new URL('../package.json', import.meta.url);
  const manifest = JSON.parse(await readFile(url, 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * Returns today's date in China Standard Time (UTC+8) as `YYYY-MM-DD`. The
 * survey is taken in China, so a record dated today in the county is not
 * "in the future" on a server whose clock runs on UTC.
 */
export function localToday(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  const year = String(china.getUTCFullYear()).padStart(4, '0');
  const month = String(china.getUTCMonth() + 1).padStart(2, '0');
  const day = String(china.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
