// End-to-end checks of the sample county. The validator agrees with the
// ground truth row by row. Publishing gives exactly the six figures, and
// the same bytes for the same seed. The built site carries no personal
// data of any input record.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeLists,
  decodeCsvBytes,
  readRegistry,
  validateSurveyFiles,
} from '@yangui/core';

import { buildSite } from '../site/test/helpers.ts';
import { generateSampleCounty } from './sample-county/generate.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const cli = path.join(root, 'packages/cli/dist/bin.js');
const asOf = '2026-09-30';
const today = '2026-12-04';

/** @param {string} prefix */
function tempDir(prefix) {
  return mkdtempSync(path.join(tmpdir(), `yangui-demo-${prefix}-`));
}

/** @param {string} folder */
function csvFiles(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** Lists every file under a folder, recursively. @param {string} folder */
function allFiles(folder) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(folder)) {
    const file = path.join(folder, entry);
    if (statSync(file).isDirectory()) files.push(...allFiles(file));
    else files.push(file);
  }
  return files;
}

/** Generates the county and publishes its bundle. @param {string} work */
function generateAndPublish(work) {
  const dataDir = path.join(work, 'data');
  generateSampleCounty({ outDir: dataDir });
  const bundleDir = path.join(work, 'bundle');
  const result = spawnSync(
    process.execPath,
    [
      cli,
      'publish',
      '--registry',
      path.join(dataDir, 'registry.csv'),
      ...csvFiles(path.join(dataDir, 'returnee')).flatMap((f) => [
        '--returnee',
        f,
      ]),
      ...csvFiles(path.join(dataDir, 'out-migrant')).flatMap((f) => [
        '--out-migrant',
        f,
      ]),
      '--as-of',
      asOf,
      '--today',
      today,
      '--out',
      bundleDir,
    ],
    { encoding: 'utf8' },
  );
  // Exit code 1: the sample county has faulty rows, which are rejected.
  if (result.status !== 1) {
    throw new Error(`yangui publish failed:\n${result.stderr}`);
  }
  return { dataDir, bundleDir };
}

/** Parses a CSV file of the sample county into objects. @param {string} file */
function readRows(file) {
  const { text } = decodeCsvBytes(readFileSync(file));
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  return /** @type {Record<string, string>[]} */ (parsed.data);
}

let first = { dataDir: '', bundleDir: '' };
let second = { dataDir: '', bundleDir: '' };

beforeAll(() => {
  first = generateAndPublish(tempDir('first'));
  second = generateAndPublish(tempDir('second'));
});

describe('sample county validation', () => {
  it.each(['returnee', 'out-migrant'])(
    'matches the ground truth (%s)',
    (kind) => {
      const registry = readRegistry({
        file: 'registry.csv',
        bytes: readFileSync(path.join(first.dataDir, 'registry.csv')),
      }).registry;
      const folder = path.join(first.dataDir, kind);
      const inputs = csvFiles(folder).map((file) => ({
        file: `${kind}/${path.basename(file)}`,
        bytes: readFileSync(file),
      }));
      const result = validateSurveyFiles(
        /** @type {'returnee' | 'out-migrant'} */ (kind),
        inputs,
        { registry, today },
      );
      expect(result.fatal).toEqual([]);
      expect(result.rows.read).toBe(result.rows.valid + result.rows.rejected);

      const truth = readRows(
        path.join(first.dataDir, 'ground-truth.csv'),
      ).filter((row) => row.kind === kind);
      expect(truth.length).toBe(result.rows.read);
      const rejected = new Set(
        result.issues
          .filter((issue) => issue.severity === 'error')
          .map((issue) => `${issue.file}#${issue.row}`),
      );
      const wrong = truth.filter(
        (row) =>
          rejected.has(`${row.file}#${row.row}`) !==
          (row.expected === 'rejected'),
      );
      expect(wrong.map((row) => `${row.file}#${row.row} ${row.fault}`)).toEqual(
        [],
      );
    },
  );
});

describe('sample county person matching', () => {
  /** @param {string} matcher */
  function personsOf(matcher) {
    const result = spawnSync(
      process.execPath,
      [
        cli,
        'aggregate',
        '--kind',
        'out-migrant',
        '--registry',
        path.join(first.dataDir, 'registry.csv'),
        '--as-of',
        asOf,
        '--today',
        today,
        '--match',
        matcher,
        '--json',
        ...csvFiles(path.join(first.dataDir, 'out-migrant')),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.status, result.stderr).toBe(1);
    return JSON.parse(result.stdout).persons;
  }

  const expected = () =>
    JSON.parse(readFileSync(path.join(first.dataDir, 'expected.json'), 'utf8'))
      .rows.outMigrant;

  it('finds every distinct person by linkage', () => {
    expect(personsOf('linkage')).toBe(expected().distinctPersons);
  });

  it('leaves records without ID apart by ID', () => {
    expect(personsOf('resident-id')).toBe(expected().persons);
  });
});

describe('sample county publication', () => {
  it('publishes exactly the six figures', () => {
    const table = readRows(
      path.join(first.bundleDir, 'returnee-indicators.csv'),
    );
    const county = table[0] ?? {};
    expect(county['层级']).toBe('县');
    const manifest = JSON.parse(
      readFileSync(path.join(first.bundleDir, 'manifest.json'), 'utf8'),
    );
    const columns = manifest.tables.find(
      (/** @type {{ id: string }} */ t) => t.id === 'returnee-indicators',
    ).columns;
    /** @type {Record<string, string>} */
    const figures = {};
    for (const column of columns) figures[column.id] = county[column.header];
    expect(figures).toMatchObject({
      returnees: '11000',
      employedOrSelfEmployed: '8000',
      selfEmployed: '1500',
      inPark: '80',
      jobsCreated: '3000',
      entitiesFounded: '50',
    });
  });

  it('gives identical bundles for one seed', () => {
    const names = readdirSync(first.bundleDir).sort();
    expect(readdirSync(second.bundleDir).sort()).toEqual(names);
    for (const name of names) {
      const a = readFileSync(path.join(first.bundleDir, name));
      const b = readFileSync(path.join(second.bundleDir, name));
      expect(a.equals(b), name).toBe(true);
    }
  });
});

describe('built sample site', () => {
  /** @type {Awaited<ReturnType<typeof buildSite>>} */
  let build;

  beforeAll(async () => {
    build = await buildSite(first.bundleDir);
  });

  afterAll(() => {
    // The build folder is left in the system temp folder for inspection.
  });

  it('builds from the demo bundle', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('contains no name, ID or phone', () => {
    const people = [...readRows(path.join(first.dataDir, 'ground-truth.csv'))];
    expect(people.length).toBeGreaterThan(50_000);

    /** @type {Set<string>} */
    const names = new Set();
    /** @type {Set<string>} */
    const numbers = new Set();
    for (const kind of ['returnee', 'out-migrant']) {
      for (const file of csvFiles(path.join(first.dataDir, kind))) {
        for (const row of readRows(file)) {
          const name = (row['姓名'] ?? row['名字'] ?? '').trim();
          if (name !== '') names.add(name);
          for (const header of [
            '公民身份号码',
            '身份证号',
            '身份证号码',
            '证件号码',
            '联系电话',
            '手机号码',
            '电话',
          ]) {
            const digits = (row[header] ?? '')
              .normalize('NFKC')
              .replace(/[^0-9Xx]/g, '');
            if (digits.length >= 11) numbers.add(digits.toUpperCase());
          }
        }
      }
    }
    expect(names.size).toBeGreaterThan(10_000);
    expect(numbers.size).toBeGreaterThan(50_000);

    // A person may share a name with a public word: a place (高峰 and
    // 高峰镇), a code label (龙江 in 黑龙江) or the manifest's rule text.
    // Those few names cannot be distinguished from the public text, so they
    // are not searched.
    const publicText = [
      readFileSync(path.join(first.dataDir, 'registry.csv'), 'utf8'),
      readFileSync(path.join(first.bundleDir, 'manifest.json'), 'utf8'),
      JSON.stringify(codeLists),
    ].join('\n');
    const publicNames = [...names].filter((name) => publicText.includes(name));
    expect(publicNames.length).toBeLessThan(30);
    for (const name of publicNames) names.delete(name);

    const files = allFiles(build.outDir);
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const digitRuns = text.match(/\d{11,}[\dX]?/g) ?? [];
      for (const run of digitRuns) {
        expect(numbers.has(run), `${file}: ${run.slice(0, 4)}…`).toBe(false);
      }
      const found = [...names].filter((name) => text.includes(name));
      expect(found, file).toEqual([]);
    }
  });
});
