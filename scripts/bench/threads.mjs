// Benchmark section `threads`: validation of the survey files on worker
// threads (`validateInParallel` of the command line package) against the
// same function on one thread, in the same process, runs taken in turn.

import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  MIB,
  collectGarbage,
  describeEnvironment,
  formatNumber,
  markdownTable,
  median,
} from './harness.mjs';
import {
  buildReturneeCsv,
  loadSampleCounty,
  readReturneeRows,
} from './sample-data.mjs';

/** Marker name of this section in docs/benchmarks.md. */
export const id = 'threads';

/** One-line summary printed while the section runs. */
export const title = 'Validation on worker threads';

/** Timed runs per measurement, of which the table shows the median. */
const RUNS = 5;

/** Thread counts compared with one thread. */
const THREADS = [2];

/** Imports `validateInParallel` from the built command line package. */
async function loadValidateInParallel(root) {
  const path = join(root, 'packages/cli/dist/parallel-validation.js');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing; run \`pnpm build\` first.`);
  }
  return (await import(pathToFileURL(path).href)).validateInParallel;
}

/** Times `run` over the runs, each thread count in turn within a round. */
async function measure(run, counts) {
  const times = new Map(counts.map((count) => [count, []]));
  let rows;
  for (let round = 0; round < RUNS; round++) {
    for (const count of counts) {
      collectGarbage();
      const start = performance.now();
      const result = await run(count);
      times.get(count).push(performance.now() - start);
      rows = result.rows;
    }
  }
  return {
    rows,
    medians: new Map(counts.map((c) => [c, median(times.get(c))])),
  };
}

export async function run({ root, core, log }) {
  const validateInParallel = await loadValidateInParallel(root);
  const county = loadSampleCounty(core);
  const options = {
    registry: county.registry,
    today: county.validationOptions.today,
  };
  const sample = readReturneeRows(core, county.inputs.returnee);
  const inputs = [
    [
      'sample county, people working away (20 files)',
      'out-migrant',
      county.inputs['out-migrant'],
    ],
    ['sample county, returnees (20 files)', 'returnee', county.inputs.returnee],
    ...[50_000, 200_000].map((count) => [
      `one returnee file of ${formatNumber(count)} rows`,
      'returnee',
      [{ file: 'returnee.csv', bytes: buildReturneeCsv(core, sample, count) }],
    ]),
  ];

  // One untimed run of each thread count compiles the code first.
  await validateInParallel('returnee', county.inputs.returnee, options, 1, 0);
  await validateInParallel('returnee', county.inputs.returnee, options, 2, 0);

  const counts = [1, ...THREADS];
  const table = [];
  for (const [label, kind, files] of inputs) {
    log(`threads: ${label}`);
    const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
    const { rows, medians } = await measure(
      (threads) => validateInParallel(kind, files, options, threads, 0),
      counts,
    );
    const single = medians.get(1);
    for (const threads of THREADS) {
      const parallel = medians.get(threads);
      table.push([
        label,
        formatNumber(rows.read),
        formatNumber(bytes / MIB, 1),
        formatNumber(single),
        String(threads),
        formatNumber(parallel),
        `${formatNumber(single / parallel, 2)}×`,
      ]);
    }
  }

  return [
    describeEnvironment(),
    '',
    `\`YANGUI_THREADS\` sets the thread count of the command line (default: the number of cores, at most 4). Inputs under 4,000 rows are validated on the main thread. Reading and decoding stay on the main thread; the rows go to the workers in chunks of 2,000. Medians of ${RUNS} runs, one thread and ${THREADS.join(', ')} threads in turn.`,
    '',
    markdownTable(
      [
        'input',
        'rows',
        'MiB',
        '1 thread (ms)',
        'threads',
        'with threads (ms)',
        'speed-up',
      ],
      table,
    ),
  ].join('\n');
}
