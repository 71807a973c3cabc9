// Checks `yangui returned` on the sample county against its ground truth:
// the people recorded as away in round 1 who later came back (note
// `returned_later`) must be found, and the persons found must be right.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateSampleCounty } from './sample-county/generate.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const cli = path.join(root, 'packages/cli/dist/bin.js');
const work = mkdtempSync(path.join(tmpdir(), 'yangui-returned-'));

/** Reads a CSV file with a BOM into objects keyed by header. */
function readCsv(/** @type {string} */ file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  return /** @type {Record<string, string>[]} */ (parsed.data);
}

/** Lists the CSV files of a folder, relative to the data folder. */
function csvFiles(/** @type {string} */ folder) {
  return readdirSync(path.join(work, folder))
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** @type {{ status: number | null, stdout: string, stderr: string }} */
let run;
/** @type {Record<string, string>[]} */
let found;
/** Person id of each ground truth row, by `file#row`. */
const personOf = new Map();
/** Person ids of the people recorded as away who later came back. */
const returnedLater = new Set();

beforeAll(() => {
  generateSampleCounty({ outDir: work });
  for (const row of readCsv(path.join(work, 'ground-truth.csv'))) {
    personOf.set(`${row.file}#${row.row}`, row.personId);
    if (row.note?.split(' ').includes('returned_later')) {
      returnedLater.add(row.personId);
    }
  }
  const result = spawnSync(
    process.execPath,
    [
      cli,
      'returned',
      '--registry',
      'registry.csv',
      '--out-migrant',
      ...csvFiles('out-migrant'),
      '--returnee',
      ...csvFiles('returnee'),
      '--out',
      'returned.csv',
      '--today',
      '2026-12-04',
    ],
    { cwd: work, encoding: 'utf8' },
  );
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  found = readCsv(path.join(work, 'returned.csv'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Returns the one person id of all records of a found row, or undefined
 * when the records belong to more than one person.
 */
function truePerson(/** @type {Record<string, string>} */ row) {
  const ids = new Set(
    [...row.outMigrantRecords.split(';'), ...row.returneeRecords.split(';')]
      .filter((id) => id !== '')
      .map((id) => personOf.get(id)),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

describe('yangui returned on the sample county', () => {
  it('runs and reports rejected rows', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/在外人员：读取 [\d,]+ 行/u);
    expect(run.stdout).toMatch(/两库共有 \d+ 人/u);
  });

  it('finds returned_later persons', () => {
    expect(returnedLater.size).toBe(300);
    const correct = new Set(found.map(truePerson));
    const recalled = [...returnedLater].filter((id) => correct.has(id));
    const recall = recalled.length / returnedLater.size;
    console.log(
      `recall ${recalled.length}/${returnedLater.size} = ${recall.toFixed(4)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds few wrong persons', () => {
    const wrong = found.filter((row) => truePerson(row) === undefined);
    const precision = (found.length - wrong.length) / found.length;
    console.log(
      `precision ${found.length - wrong.length}/${found.length} = ${precision.toFixed(4)}`,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });

  it('writes no names or IDs', () => {
    const text = readFileSync(path.join(work, 'returned.csv'), 'utf8');
    expect(text).not.toMatch(/\d{15}|1\d{10}/u);
    expect(Object.keys(found[0] ?? {})).toEqual([
      'personKey',
      'outMigrantRecords',
      'returneeRecords',
      'outMigrantSurveyedAt',
      'returnedAt',
      'weight',
    ]);
  });
});
