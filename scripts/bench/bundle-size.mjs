// Benchmark section `bundle`: the size of a tiny browser app per subpath of
// @yangui/core after esbuild and gzip. scripts/bench.mjs runs it as a
// section, and it also runs alone:
//
//   node scripts/bench/bundle-size.mjs          print the section
//   node scripts/bench/bundle-size.mjs --write  also update docs/benchmarks.md
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import * as esbuild from 'esbuild';
import * as prettier from 'prettier';

import {
  bundleApp,
  subpathApps,
} from '../../packages/core/test/packaging/apps.mjs';
import {
  ensureCoreBuilt,
  rootDir,
} from '../../packages/core/test/packaging/dist.mjs';
import { formatNumber, markdownTable } from './harness.mjs';

/** Marker name of this section in docs/benchmarks.md. */
export const id = 'bundle';

/** One-line summary printed while the section runs. */
export const title = 'Bundle size per subpath';

/** Markers around the section in docs/benchmarks.md. */
export const BUNDLE_START = `<!-- bench:${id}:start -->`;
export const BUNDLE_END = `<!-- bench:${id}:end -->`;

/** App whose largest inputs get a table of their own. */
const DETAILED_APP = 'valibot returnee';

/** Number of inputs listed for that app. */
const DETAILED_INPUTS = 10;

const pagePath = path.join(rootDir, 'docs/benchmarks.md');

/**
 * Shortens a path inside pnpm's store, such as
 * `node_modules/.pnpm/<id>/node_modules/zod/...`, to `node_modules/zod/...`.
 * pnpm-lock.yaml records the versions.
 *
 * @param {string} file
 */
function shortenPath(file) {
  return file.replace(
    /node_modules\/\.pnpm\/[^/]+\/node_modules\//u,
    'node_modules/',
  );
}

/**
 * Bundles every subpath app, after building @yangui/core if dist is older
 * than src, and returns the section's Markdown: how the sizes were
 * measured, a table of the apps and the largest inputs of the valibot app.
 *
 * @param {{ log?: (message: string) => void }} [context]
 * @returns {Promise<string>}
 */
export async function run(context = {}) {
  const log = context.log ?? (() => {});
  await ensureCoreBuilt();

  const rows = [];
  /** @type {import('../../packages/core/test/packaging/apps.mjs').AppBundle | undefined} */
  let detailed;
  for (const app of subpathApps) {
    log(`bundling the ${app.name} app`);
    const bundle = await bundleApp(app);
    if (app.name === DETAILED_APP) detailed = bundle;
    rows.push([
      app.name,
      `\`${app.specifier}\``,
      formatNumber(bundle.minifiedBytes),
      formatNumber(bundle.gzipBytes),
      `\`${shortenPath(bundle.contributions[0]?.path ?? '')}\``,
    ]);
  }
  const largest = (detailed?.contributions ?? [])
    .slice(0, DETAILED_INPUTS)
    .map(({ path: file, bytes }) => [
      `\`${shortenPath(file)}\``,
      formatNumber(bytes),
    ]);

  return [
    `Measured with esbuild ${esbuild.version} and Node ${process.version}. ` +
      'Each app is a few lines that import one subpath of the built ' +
      'package (the sources are in `packages/core/test/packaging/apps.mjs`), ' +
      'bundled with bundle, minify, format `esm` and platform `browser`, ' +
      'then compressed by `node:zlib` gzip at level 9. The sizes depend on ' +
      'the code and the tool versions, not on the machine. ' +
      '`packages/core/test/packaging/bundle.test.ts` checks the valibot ' +
      'apps against a ceiling and the imports of every app.',
    '',
    markdownTable(
      [
        'app',
        'imports from',
        'minified (bytes)',
        'gzip -9 (bytes)',
        'largest input',
      ],
      rows,
    ),
    '',
    `Largest inputs of the ${DETAILED_APP} app, in minified bytes before gzip:`,
    '',
    markdownTable(['input', 'bytes'], largest),
  ].join('\n');
}

/**
 * Replaces the text between the section's markers in a Markdown page, or
 * appends a "Bundle size" heading with the markers when they are missing.
 *
 * @param {string} page
 * @param {string} markdown
 * @returns {string}
 */
export function replaceBundleSection(page, markdown) {
  const startAt = page.indexOf(BUNDLE_START);
  const endAt = page.indexOf(BUNDLE_END);
  const block = `${BUNDLE_START}\n\n${markdown}\n\n${BUNDLE_END}`;
  if (startAt < 0 || endAt < startAt) {
    return `${page.trimEnd()}\n\n## Bundle size\n\n${block}\n`;
  }
  return page.slice(0, startAt) + block + page.slice(endAt + BUNDLE_END.length);
}

/**
 * Writes the section into docs/benchmarks.md, creating the page when it is
 * missing, and formats the page with Prettier as scripts/bench.mjs does.
 *
 * @param {string} markdown
 */
async function writeSection(markdown) {
  const page = existsSync(pagePath)
    ? readFileSync(pagePath, 'utf8')
    : '# Benchmarks\n';
  const updated = replaceBundleSection(page, markdown);
  const config = await prettier.resolveConfig(pagePath);
  writeFileSync(
    pagePath,
    await prettier.format(updated, { ...config, filepath: pagePath }),
  );
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  const options = process.argv.slice(2);
  const unknown = options.filter((option) => option !== '--write');
  if (unknown.length > 0) {
    const script = path.relative(process.cwd(), fileURLToPath(import.meta.url));
    process.stderr.write(
      `error: unknown option ${unknown[0]}.\nhint: run node ${script} [--write]\n`,
    );
    process.exit(2);
  }
  const log = (/** @type {string} */ message) =>
    process.stderr.write(`${message}\n`);
  const markdown = await run({ log });
  process.stdout.write(`${markdown}\n`);
  if (options.includes('--write')) {
    await writeSection(markdown);
    log(`wrote ${path.relative(rootDir, pagePath)}`);
  }
}
