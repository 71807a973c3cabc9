// Tiny consumer apps, one per subpath of @yangui/core, and a function that
// bundles one the way a browser app would: through the package's exports
// map, against the built dist. The tree-shaking test and the bundle-size
// benchmark share them.
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import * as esbuild from 'esbuild';

import { coreDir, rootDir } from './dist.mjs';

/**
 * A consumer app: a name for tables and test titles, the specifier it
 * imports and its source.
 *
 * @typedef {{ name: string, specifier: string, source: string }} SubpathApp
 */

/** @type {readonly SubpathApp[]} */
export const subpathApps = [
  {
    name: 'valibot returnee',
    specifier: '@yangui/core/valibot',
    source: [
      "import { returneeValibotSchema } from '@yangui/core/valibot';",
      "import * as v from 'valibot';",
      'console.log(v.safeParse(returneeValibotSchema, {}));',
    ].join('\n'),
  },
  {
    name: 'valibot out-migrant',
    specifier: '@yangui/core/valibot',
    source: [
      "import { outMigrantValibotSchema } from '@yangui/core/valibot';",
      "import * as v from 'valibot';",
      'console.log(v.safeParse(outMigrantValibotSchema, {}));',
    ].join('\n'),
  },
  {
    name: 'zod returnee',
    specifier: '@yangui/core/zod',
    source: [
      "import { returneeSchema } from '@yangui/core/zod';",
      'console.log(returneeSchema.safeParse({}));',
    ].join('\n'),
  },
  {
    name: 'JSON Schema document',
    specifier: '@yangui/core/json-schema',
    source: [
      "import { returneeRecordJsonSchema } from '@yangui/core/json-schema';",
      'console.log(JSON.stringify(returneeRecordJsonSchema));',
    ].join('\n'),
  },
  {
    name: 'csv read and write',
    specifier: '@yangui/core/csv',
    source: [
      "import { readSurveyCsv, writeCsv } from '@yangui/core/csv';",
      "const bytes = new TextEncoder().encode(writeCsv(['姓名'], [['王小明']]));",
      "console.log(readSurveyCsv({ file: 'a.csv', bytes }, 'returnee'));",
    ].join('\n'),
  },
  {
    name: 'codes lookup',
    specifier: '@yangui/core/codes',
    source: [
      "import { lookupCode, provinceCodes } from '@yangui/core/codes';",
      "console.log(lookupCode(provinceCodes, '广东'));",
    ].join('\n'),
  },
  {
    name: 'resident ID',
    specifier: '@yangui/core/id',
    source: [
      "import { maskResidentId, parseResidentId } from '@yangui/core/id';",
      "const id = '522225199003151238';",
      'console.log(parseResidentId(id), maskResidentId(id));',
    ].join('\n'),
  },
  {
    name: 'dates',
    specifier: '@yangui/core/dates',
    source: [
      "import { getCalendarQuarter, parseCalendarDate } from '@yangui/core/dates';",
      "console.log(parseCalendarDate('2024年3月5日'), getCalendarQuarter('2024-03-05'));",
    ].join('\n'),
  },
  {
    name: 'resident ID from the root',
    specifier: '@yangui/core',
    source: [
      "import { parseResidentId } from '@yangui/core';",
      "console.log(parseResidentId('522225199003151238'));",
    ].join('\n'),
  },
];

/**
 * Finds the app of the given name.
 *
 * @param {string} name
 * @returns {SubpathApp}
 */
export function appNamed(name) {
  const app = subpathApps.find((candidate) => candidate.name === name);
  if (app === undefined) throw new Error(`No subpath app is named "${name}".`);
  return app;
}

/**
 * Fills `folder/node_modules` with links: @yangui/core to the workspace
 * package, valibot and zod to the copies the package depends on. The app
 * then resolves the package by its exports map and shares its valibot.
 *
 * @param {string} folder
 */
function linkModules(folder) {
  const modules = path.join(folder, 'node_modules');
  mkdirSync(path.join(modules, '@yangui'), { recursive: true });
  symlinkSync(coreDir, path.join(modules, '@yangui/core'), 'dir');
  for (const name of ['valibot', 'zod']) {
    const target = realpathSync(path.join(coreDir, 'node_modules', name));
    symlinkSync(target, path.join(modules, name), 'dir');
  }
}

/**
 * Output of bundling an app.
 *
 * @typedef {object} AppBundle
 * @property {number} minifiedBytes size of the minified bundle
 * @property {number} gzipBytes size after gzip at level 9
 * @property {string[]} inputs files esbuild read: `app.js`, then paths
 *   relative to the workspace
 * @property {Map<string, string[]>} imports files each input imports
 * @property {{ path: string, bytes: number }[]} contributions bytes each
 *   input adds to the minified output, largest first
 */

/**
 * Bundles an app with esbuild (bundle, minify, ESM, browser platform) and
 * measures it. The built dist of @yangui/core must be current.
 *
 * @param {SubpathApp} app
 * @returns {Promise<AppBundle>}
 */
export async function bundleApp(app) {
  const work = mkdtempSync(path.join(tmpdir(), 'yangui-bundle-'));
  try {
    linkModules(work);
    writeFileSync(path.join(work, 'app.js'), `${app.source}\n`);
    const result = await esbuild.build({
      absWorkingDir: work,
      entryPoints: ['app.js'],
      outfile: 'out.js',
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();

    // esbuild gives paths relative to the temporary folder, with symlinks
    // resolved. The app stays `app.js`, and the rest become relative to the
    // workspace, such as `packages/core/dist/entries/valibot.js`.
    /** @param {string} file */
    const fromRoot = (file) => {
      const absolute = path.resolve(work, file);
      return absolute.startsWith(work + path.sep)
        ? path.relative(work, absolute)
        : path.relative(rootDir, absolute);
    };
    const output = Object.values(result.metafile.outputs)[0];
    const contributions = Object.entries(output?.inputs ?? {})
      .map(([file, { bytesInOutput }]) => ({
        path: fromRoot(file),
        bytes: bytesInOutput,
      }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      minifiedBytes: code.byteLength,
      gzipBytes: gzipSync(code, { level: 9 }).byteLength,
      inputs: Object.keys(result.metafile.inputs).map(fromRoot),
      imports: new Map(
        Object.entries(result.metafile.inputs).map(([file, input]) => [
          fromRoot(file),
          input.imports
            .filter((record) => !record.external)
            .map((record) => fromRoot(record.path)),
        ]),
      ),
      contributions,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Finds the shortest import chain from the app to an input whose path
 * contains `part`, or returns an empty list when none is reachable.
 *
 * @param {AppBundle} bundle
 * @param {string} part
 * @returns {string[]}
 */
export function findImportChain(bundle, part) {
  /** @type {Map<string, string | undefined>} */
  const parents = new Map([['app.js', undefined]]);
  const queue = ['app.js'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (file.includes(part)) {
      const chain = [];
      /** @type {string | undefined} */
      let at = file;
      for (; at !== undefined; at = parents.get(at)) {
        chain.unshift(at);
      }
      return chain;
    }
    for (const next of bundle.imports.get(file) ?? []) {
      if (!parents.has(next)) {
        parents.set(next, file);
        queue.push(next);
      }
    }
  }
  return [];
}
