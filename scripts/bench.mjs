// Runs the benchmarks of @yangui/core and prints each section as Markdown.
// With --write, each section replaces the text between its markers
// `<!-- bench:ID:start -->` and `<!-- bench:ID:end -->` in
// docs/benchmarks.md. Run `pnpm build` first, because this reads
// packages/core/dist.
//
//   pnpm bench [--write] [--section ID ...]
//
// A section is a module in scripts/bench/ that exports `id`, `title` and
// `run({ root, core, log })`, which returns the section's Markdown. To add
// one, import it into `sections` below and add its markers to the page.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';

import { collectGarbage } from './bench/harness.mjs';
import * as bundle from './bench/bundle-size.mjs';
import * as linkage from './bench/linkage.mjs';
import * as threads from './bench/threads.mjs';
import * as validation from './bench/validation.mjs';

/** Benchmark sections in the order they run. */
const sections = [validation, threads, linkage, bundle];

const root = fileURLToPath(new URL('..', import.meta.url));
const pagePath = join(root, 'docs/benchmarks.md');

const USAGE = `Usage: pnpm bench [--write] [--section ID ...]

  --write       replace the measured sections in docs/benchmarks.md
  --section ID  run only this section (repeatable); sections: ${sections.map((section) => section.id).join(', ')}`;

/** Prints an error with a hint and exits with status 2. */
function fail(message, hint) {
  process.stderr.write(`error: ${message}\n${hint ? `hint: ${hint}\n` : ''}`);
  process.exit(2);
}

/** Prints progress to stderr, so that stdout carries only Markdown. */
function log(message) {
  process.stderr.write(`${message}\n`);
}

/** Replaces the text between a section's markers in the page. */
function replaceSection(page, id, markdown) {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const startAt = page.indexOf(start);
  const endAt = page.indexOf(end);
  if (startAt < 0 || endAt < startAt) {
    fail(
      `docs/benchmarks.md has no markers for section "${id}".`,
      `add the lines ${start} and ${end} where the section belongs.`,
    );
  }
  return `${page.slice(0, startAt + start.length)}\n\n${markdown}\n\n${page.slice(endAt)}`;
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        write: { type: 'boolean', default: false },
        section: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail(error.message, USAGE);
  }
}

const options = parseCommandLine();
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const selected = options.section ?? sections.map((section) => section.id);
for (const id of selected) {
  if (!sections.some((section) => section.id === id)) {
    fail(`unknown section "${id}".`, USAGE);
  }
}

try {
  collectGarbage();
} catch (error) {
  fail(error.message);
}

const coreEntry = join(root, 'packages/core/dist/index.js');
let core;
try {
  core = await import(coreEntry);
} catch (error) {
  fail(
    `cannot load ${relative(root, coreEntry)}: ${error.message}`,
    'run `pnpm build` first.',
  );
}

const runStarted = performance.now();
const results = [];
for (const section of sections) {
  if (!selected.includes(section.id)) continue;
  log(`== ${section.title} (${section.id})`);
  const started = performance.now();
  const markdown = await section.run({ root, core, log });
  const seconds = (performance.now() - started) / 1000;
  log(`${section.id} took ${seconds.toFixed(0)} s`);
  results.push({ id: section.id, markdown });
  process.stdout.write(
    `<!-- bench:${section.id}:start -->\n\n${markdown}\n\n<!-- bench:${section.id}:end -->\n\n`,
  );
}

// CPU time, summed over all threads, depends less on other processes.
const totalSeconds = (performance.now() - runStarted) / 1000;
const { user, system } = process.cpuUsage();
const cpuSeconds = (user + system) / 1e6;
log(
  `all sections took ${totalSeconds.toFixed(0)} s, ${cpuSeconds.toFixed(0)} s of CPU time`,
);

if (options.write) {
  let page = readFileSync(pagePath, 'utf8');
  for (const { id, markdown } of results) {
    page = replaceSection(page, id, markdown);
  }
  const config = await prettier.resolveConfig(pagePath);
  page = await prettier.format(page, { ...config, filepath: pagePath });
  writeFileSync(pagePath, page, 'utf8');
  log(`wrote ${relative(root, pagePath)}`);
}
