// Benchmark section `linkage`: quality of `linkRecords` against the
// exact-ID baseline on the linkage evaluation set, linking a new round with
// `linkNewRecords` against linking everything again, and the time and peak
// memory at larger sizes, each size in a child process of its own.
//
// Sizes come from the environment, so that a quick run is possible:
//
//   BENCH_LINKAGE_PERSONS  persons of the quality run (default 10000)
//   BENCH_LINKAGE_SIZES    records of the scale runs, comma-separated
//                          (default 100000,300000,1000000; empty skips them)
//   BENCH_LINKAGE_ROUNDS   records of the rounds run (default 300000)
//   BENCH_LINKAGE_SEED     seed of the evaluation set (default 20261204)
//
// Run as `node --expose-gc scripts/bench/linkage.mjs --child RECORDS SEED`,
// the module measures one scale run and prints it as JSON.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { evaluate, exactIdClusters } from '../../examples/linkage/evaluate.mjs';
import {
  DEFAULT_SEED,
  generateLinkageSample,
} from '../../examples/linkage/generate-linkage-sample.mjs';
import {
  MIB,
  describeEnvironment,
  formatNumber,
  markdownTable,
  median,
} from './harness.mjs';

/** Marker name of this section in docs/benchmarks.md. */
export const id = 'linkage';

/** One-line summary printed while the section runs. */
export const title = 'Record linkage';

/** Targets at 10,000 persons. */
const QUALITY_TARGET = { f1: 0.99, precision: 0.995 };

/** Targets of the largest scale run, at 1,000,000 records on 2 cores. */
const SCALE_TARGET = { seconds: 60, rssBytes: 1.5 * 1024 * MIB };

/** Maximum time of a scale run, after which the child is stopped. */
const CHILD_TIMEOUT_MS = 20 * 60 * 1000;

const root = fileURLToPath(new URL('../..', import.meta.url));
const linkModulePath = join(root, 'packages/core/dist/linkage/link.js');

/**
 * Imports `linkRecords` from the built core package, or returns undefined
 * when the build does not have it.
 */
async function loadLinkRecords() {
  if (!existsSync(linkModulePath)) return undefined;
  const module = await import(pathToFileURL(linkModulePath).href);
  return typeof module.linkRecords === 'function'
    ? module.linkRecords
    : undefined;
}

/** Reads a positive integer from the environment. */
function readCount(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive integer, got "${raw}".`);
  }
  return value;
}

/** Reads the record counts of the scale runs from the environment. */
function readSizes() {
  const raw = process.env.BENCH_LINKAGE_SIZES ?? '100000,300000,1000000';
  const sizes = raw.split(',').filter((part) => part.trim() !== '');
  return sizes.map((part) => {
    const value = Number(part);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(
        `BENCH_LINKAGE_SIZES must list positive integers, got "${raw}".`,
      );
    }
    return value;
  });
}

const percent = (value) => `${formatNumber(value * 100, 2)}%`;

/** Renders precision, recall and F1, or dashes when not measured. */
function scoreCells(scores) {
  if (!scores) return ['–', '–', '–'];
  return [
    percent(scores.precision),
    percent(scores.recall),
    percent(scores.f1),
  ];
}

/**
 * Scores the baseline and `linkRecords` on one evaluation set. Returns
 * the Markdown of the quality part.
 */
function benchmarkQuality({ linkRecords, persons, seed, log }) {
  log(`linkage: quality at ${formatNumber(persons)} persons`);
  const sample = generateLinkageSample({ seed, persons });
  const { records } = sample;
  const baseline = evaluate(records, exactIdClusters(records));
  let linked;
  let linkSeconds = 0;
  let reviewPairs = 0;
  let lookAlikeReview = {};
  if (linkRecords) {
    const started = performance.now();
    const result = linkRecords(records);
    linkSeconds = (performance.now() - started) / 1000;
    reviewPairs = result.review.length;
    linked = evaluate(records, result.persons);
    lookAlikeReview = countLookAlikeReview(records, result.review);
  }

  const row = (label, count, base, link) => [
    label,
    formatNumber(count.records),
    formatNumber(count.truePairs),
    ...scoreCells(base),
    ...scoreCells(link),
    link ? formatNumber(link.falsePositives) : '–',
    link ? formatNumber(link.falseNegatives) : '–',
  ];
  const rows = [
    row('**all records**', baseline.overall, baseline.overall, linked?.overall),
  ];
  for (const [type, scores] of Object.entries(baseline.byErrorType)) {
    rows.push(row(`\`${type}\``, scores, scores, linked?.byErrorType[type]));
  }
  const table = markdownTable(
    [
      'records with',
      'records',
      'true pairs',
      'exact ID precision',
      'exact ID recall',
      'exact ID F1',
      'linkRecords precision',
      'linkRecords recall',
      'linkRecords F1',
      'false pairs',
      'missed pairs',
    ],
    rows,
  );

  const lookAlikeTable = renderLookAlikes(baseline, linked, lookAlikeReview);

  const intro = `${formatNumber(persons)} persons and ${formatNumber(records.length)} records, seed ${seed}. **exact ID** links records whose valid 18-character ID numbers are equal after normalisation (\`exactIdClusters\`). **linkRecords** runs with default options, estimating its parameters from the records. A pair counts in a row when either record carries that error type, so the rows overlap.`;
  if (!linked) {
    return `${intro}\n\n${table}\n\n${lookAlikeTable}\n\n\`linkRecords\` is not exported by packages/core/dist/linkage/link.js, so only the baseline was measured.`;
  }
  const met =
    linked.overall.f1 >= QUALITY_TARGET.f1 &&
    linked.overall.precision >= QUALITY_TARGET.precision;
  const verdict = `Target: F1 ≥ ${percent(QUALITY_TARGET.f1)} with precision ≥ ${percent(QUALITY_TARGET.precision)}, ${met ? 'met' : '**not met**'}. \`linkRecords\` took ${formatNumber(linkSeconds, 1)} s in this process and sent ${formatNumber(reviewPairs)} pairs to review.`;
  return `${intro}\n\n${table}\n\n${lookAlikeTable}\n\n${verdict}`;
}

/**
 * Counts, per look-alike kind, the review pairs whose records belong to the
 * two persons of one look-alike pair.
 */
function countLookAlikeReview(records, review) {
  const byId = new Map(records.map((record) => [record.id, record]));
  const counts = {};
  for (const pair of review) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (a?.lookAlike && a.lookAlike.personId === b?.personId) {
      counts[a.lookAlike.kind] = (counts[a.lookAlike.kind] ?? 0) + 1;
    }
  }
  return counts;
}

/** Renders the false merges between look-alike persons, per kind. */
function renderLookAlikes(baseline, linked, review) {
  const rows = Object.entries(baseline.byLookAlike).map(([kind, base]) => {
    const link = linked?.byLookAlike[kind];
    return [
      `\`${kind}\``,
      formatNumber(base.persons),
      formatNumber(base.records),
      formatNumber(base.crossPairs),
      formatNumber(base.falseMerges),
      link ? formatNumber(link.falseMerges) : '–',
      link ? formatNumber(link.mergedPersonPairs) : '–',
      link ? formatNumber(review[kind] ?? 0) : '–',
    ];
  });
  const table = markdownTable(
    [
      'look-alike kind',
      'persons',
      'records',
      'pairs across',
      'exact ID false merges',
      'linkRecords false merges',
      'person pairs merged',
      'pairs sent to review',
    ],
    rows,
  );
  const intro = `Look-alike persons come in pairs of different persons, such as twins. **pairs across** are the pairs of records of the two persons of a pair, and a false merge is such a pair in one cluster. **person pairs merged** counts the look-alike pairs with at least one false merge, and **pairs sent to review** the review pairs of \`linkRecords\` across them.`;
  return `${intro}\n\n${table}`;
}

/** Runs one scale run in a child process and returns its measurements. */
function runChild(records, seed) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', self, '--child', String(records), String(seed)],
    { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
  );
  if (child.status !== 0) {
    const reason = child.error?.message ?? child.stderr.trim();
    throw new Error(
      `The scale run of ${records} records failed (status ${child.status}): ${reason}`,
    );
  }
  return JSON.parse(child.stdout);
}

/** Measures the scale runs. Returns the Markdown of the scale part. */
function benchmarkScale({ sizes, seed, log }) {
  const rows = [];
  let largest;
  for (const records of sizes) {
    log(`linkage: scale run of ${formatNumber(records)} records`);
    const run = runChild(records, seed);
    largest = run;
    rows.push([
      formatNumber(run.records),
      formatNumber(run.persons),
      formatNumber(run.generateSeconds, 1),
      formatNumber(run.linkSeconds, 1),
      formatNumber(run.rssBeforeLinkBytes / MIB),
      formatNumber(run.maxRssBytes / MIB),
      percent(run.precision),
      percent(run.recall),
      percent(run.f1),
    ]);
  }
  const table = markdownTable(
    [
      'records',
      'persons',
      'generate (s)',
      'linkRecords (s)',
      'RSS before linking (MiB)',
      'peak RSS (MiB)',
      'precision',
      'recall',
      'F1',
    ],
    rows,
  );
  const intro = `Each size runs in a child process (\`node --expose-gc\`) that generates the evaluation set, collects garbage and calls \`linkRecords\` once. Peak RSS is \`process.resourceUsage().maxRSS\` of the child at the end, so it includes the generated records. The time covers \`linkRecords\` alone.`;
  let verdict = '';
  if (largest?.records === 1_000_000) {
    const met =
      largest.linkSeconds <= SCALE_TARGET.seconds &&
      largest.maxRssBytes <= SCALE_TARGET.rssBytes;
    verdict = `\n\nTarget at 1,000,000 records: at most ${SCALE_TARGET.seconds} s and 1.5 GiB peak RSS, ${met ? 'met' : '**not met**'}.`;
  }
  return `${intro}\n\n${table}${verdict}`;
}

/** Imports the linkage functions of the built core package. */
async function loadLinkage() {
  const path = join(root, 'packages/core/dist/linkage/index.js');
  if (!existsSync(path)) return undefined;
  return import(pathToFileURL(path).href);
}

/**
 * Links the 2026 round of an evaluation set to the persons of the 2024 and
 * 2025 rounds with `linkNewRecords`, against linking every record again
 * with `linkRecords`. Returns the Markdown of the rounds part.
 */
function benchmarkRounds({ linkage, records: size, seed, log }) {
  log(`linkage: rounds at ${formatNumber(size)} records`);
  const { records } = generateLinkageSample({ seed, records: size });
  const known = records.filter((record) => record.surveyedAt < '2026');
  const fresh = records.filter((record) => record.surveyedAt >= '2026');
  const first = linkage.linkRecords(known);
  const keyOf = new Map();
  for (const person of first.persons) {
    for (const id of person.recordIds) keyOf.set(id, person.key);
  }
  const keys = known.map((record) => keyOf.get(record.id));

  const changedKeys = (persons) => {
    const now = new Map();
    for (const person of persons) {
      for (const id of person.recordIds) now.set(id, person.key);
    }
    return known.filter((record) => now.get(record.id) !== keyOf.get(record.id))
      .length;
  };
  // Each method runs three times in turn and reports its median. Each
  // result is reduced to its table row before the next run, so no run
  // pays for the garbage of another.
  const methods = [
    {
      label: '`linkRecords`, all records again',
      run: () => {
        const result = linkage.linkRecords(records, {
          parameters: first.parameters,
        });
        const stable = linkage.assignStableKeys(result, { recordKey: keyOf });
        return { result, persons: stable.persons, events: stable.events };
      },
    },
    {
      label: '`linkNewRecords`, new round only',
      run: () => {
        const result = linkage.linkNewRecords({ records: known, keys }, fresh, {
          parameters: first.parameters,
        });
        return { result, persons: result.persons, events: result.events };
      },
    },
  ];
  const times = methods.map(() => []);
  const summaries = [];
  for (let round = 0; round < 3; round++) {
    methods.forEach((method, index) => {
      globalThis.gc?.();
      const started = performance.now();
      const { result, persons, events } = method.run();
      times[index].push((performance.now() - started) / 1000);
      const scores = evaluate(records, persons).overall;
      summaries[index] = {
        pairs: result.stats.candidatePairs,
        scores,
        changed: changedKeys(persons),
        events: events.length,
      };
    });
  }
  const seconds = times.map((list) => median(list));
  const rows = methods.map((method, index) => {
    const { pairs, scores, changed, events } = summaries[index];
    return [
      method.label,
      formatNumber(seconds[index], 1),
      formatNumber(pairs),
      percent(scores.precision),
      percent(scores.recall),
      percent(scores.f1),
      formatNumber(changed),
      formatNumber(events),
    ];
  });
  const table = markdownTable(
    [
      'method',
      'time (s)',
      'pairs scored',
      'precision',
      'recall',
      'F1',
      'known records whose key changed',
      'merges and splits',
    ],
    rows,
  );
  return `${formatNumber(records.length)} records, seed ${seed}: ${formatNumber(known.length)} of the 2024 and 2025 rounds linked first, then the ${formatNumber(fresh.length)} records of 2026 linked in two ways, both with the parameters of the first run; medians of 3 runs in turn, in this process. The keys of a relinking come from \`assignStableKeys\` with the first run's keys; \`linkNewRecords\` keeps every known person whole by design. Speed-up: ${formatNumber(seconds[0] / seconds[1], 2)}×.\n\n${table}`;
}

/**
 * Runs the section and returns its Markdown, which replaces the text
 * between the section's markers in docs/benchmarks.md.
 */
export async function run({ log }) {
  const persons = readCount('BENCH_LINKAGE_PERSONS', 10_000);
  const seed = readCount('BENCH_LINKAGE_SEED', DEFAULT_SEED);
  const sizes = readSizes();
  const linkRecords = await loadLinkRecords();
  const parts = [
    `Measured with ${describeEnvironment()}.`,
    '',
    '### Quality',
    '',
    benchmarkQuality({ linkRecords, persons, seed, log }),
  ];
  const rounds = readCount('BENCH_LINKAGE_ROUNDS', 300_000);
  const linkage = await loadLinkage();
  if (linkage?.linkNewRecords !== undefined) {
    parts.push('', '### New rounds', '');
    parts.push(benchmarkRounds({ linkage, records: rounds, seed, log }));
  }
  if (sizes.length > 0) {
    parts.push('', '### Scale', '');
    parts.push(
      linkRecords
        ? benchmarkScale({ sizes, seed, log })
        : 'Skipped, because `linkRecords` is not built.',
    );
  }
  return parts.join('\n');
}

/** Measures one scale run and prints it as JSON on stdout. */
async function runAsChild(records, seed) {
  const linkRecords = await loadLinkRecords();
  if (!linkRecords)
    throw new Error(
      `${linkModulePath} does not export linkRecords: run \`pnpm build\` first.`,
    );
  let started = performance.now();
  const sample = generateLinkageSample({ seed, records });
  const generateSeconds = (performance.now() - started) / 1000;
  globalThis.gc?.();
  const rssBeforeLinkBytes = process.memoryUsage().rss;

  started = performance.now();
  const result = linkRecords(sample.records);
  const linkSeconds = (performance.now() - started) / 1000;
  // maxRSS is in kibibytes.
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const { overall } = evaluate(sample.records, result.persons);
  const summary = {
    records: sample.records.length,
    persons: sample.personCount,
    generateSeconds,
    linkSeconds,
    rssBeforeLinkBytes,
    maxRssBytes,
    precision: overall.precision,
    recall: overall.recall,
    f1: overall.f1,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

if (
  process.argv[1] === fileURLToPath(import.meta.url) &&
  process.argv[2] === '--child'
) {
  await runAsChild(Number(process.argv[3]), Number(process.argv[4]));
}
