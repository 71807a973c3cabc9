// Benchmark section `validation`: reading and validating returnee files
// with @yangui/core against papaparse parsing the same bytes, and the
// deduplication and aggregation of the sample county against its
// validation.

import { createRequire } from 'node:module';
import { join } from 'node:path';

import {
  MIB,
  describeEnvironment,
  formatNumber,
  markdownTable,
  measureInTurn,
} from './harness.mjs';
import {
  buildReturneeCsv,
  loadSampleCounty,
  readReturneeRows,
} from './sample-data.mjs';

/** Row counts of the generated returnee files. */
const ROW_COUNTS = [10_000, 50_000, 200_000];

/** Timed runs per measurement, of which the tables show the median. */
const RUNS = 5;

/** Marker name of this section in docs/benchmarks.md. */
export const id = 'validation';

/** One-line summary printed while the section runs. */
export const title = 'Validation and aggregation';

/**
 * Loads the papaparse that @yangui/core depends on, so that the peer is the
 * same version as the parser inside the core reader.
 */
function loadPapaparse(root) {
  const require = createRequire(join(root, 'packages/core/package.json'));
  return require('papaparse');
}

/**
 * Decodes and parses CSV bytes with papaparse alone, as the peer: rows as
 * arrays of strings, with the delimiter and line ends detected.
 */
function parseWithPapaparse(Papa, bytes) {
  const text = new TextDecoder('utf-8').decode(bytes);
  return Papa.parse(text, { header: false });
}

/**
 * Measures reading and validation against papaparse for each row count.
 * Returns the Markdown table.
 */
function benchmarkValidation({ core, Papa, county, log }) {
  const sample = readReturneeRows(core, county.inputs.returnee);
  const options = county.validationOptions;
  const validate = (bytes) => () =>
    core.validateSurveyFiles(
      'returnee',
      [{ file: 'returnee.csv', bytes }],
      options,
    );
  const parse = (bytes) => () => parseWithPapaparse(Papa, bytes);

  // One untimed run of each lets the JIT compile both before the first size.
  const warmUp = buildReturneeCsv(core, sample, ROW_COUNTS[0]);
  validate(warmUp)();
  parse(warmUp)();

  const rows = [];
  for (const count of ROW_COUNTS) {
    const bytes = buildReturneeCsv(core, sample, count);
    log(`validation: ${formatNumber(count)} rows`);
    const { core: coreRun, papaparse: peerRun } = measureInTurn(
      {
        core: { task: validate(bytes), summarize: (result) => result.rows },
        papaparse: {
          task: parse(bytes),
          summarize: (result) => result.data.length - 1,
        },
      },
      { runs: RUNS },
    );
    if (coreRun.summary.read !== count || peerRun.summary < count) {
      throw new Error(
        `Expected ${count} data rows, but core read ${coreRun.summary.read} and papaparse ${peerRun.summary}.`,
      );
    }
    rows.push([
      formatNumber(count),
      formatNumber(bytes.length / MIB, 1),
      formatNumber(coreRun.summary.rejected),
      formatNumber(coreRun.medianMs),
      formatNumber((count / coreRun.medianMs) * 1000),
      formatNumber(peerRun.medianMs),
      formatNumber((count / peerRun.medianMs) * 1000),
      `${formatNumber(coreRun.medianMs / peerRun.medianMs, 1)}×`,
      formatNumber(coreRun.peakHeapBytes / MIB),
      formatNumber(peerRun.peakHeapBytes / MIB),
    ]);
  }
  return markdownTable(
    [
      'rows',
      'file (MiB)',
      'rejected',
      'core (ms)',
      'core (rows/s)',
      'papaparse (ms)',
      'papaparse (rows/s)',
      'core ÷ papaparse',
      'core peak heap (MiB)',
      'papaparse peak heap (MiB)',
    ],
    rows,
  );
}

/**
 * Measures deduplication and aggregation of each record kind of the sample
 * county against the validation of the same files. Returns the Markdown
 * table.
 */
function benchmarkAggregation({ core, county, log }) {
  const rows = [];
  for (const kind of core.recordKinds) {
    log(`aggregation: ${kind}`);
    const inputs = county.inputs[kind];
    const validate = () =>
      core.validateSurveyFiles(kind, inputs, county.validationOptions);
    // The aggregation reads one validation result, made outside the timing.
    const validation = validate();
    const aggregate = () =>
      core.aggregateSurvey(validation, {
        asOf: county.asOf,
        registry: county.registry,
      });
    const { validation: validationRun, aggregation: aggregationRun } =
      measureInTurn(
        {
          validation: { task: validate, summarize: (result) => result.rows },
          aggregation: {
            task: aggregate,
            summarize: (result) => result.persons,
          },
        },
        { runs: RUNS },
      );
    rows.push([
      `\`${kind}\``,
      formatNumber(inputs.length),
      formatNumber(validationRun.summary.read),
      formatNumber(validationRun.medianMs),
      formatNumber(aggregationRun.summary),
      formatNumber(aggregationRun.medianMs),
      `${formatNumber(aggregationRun.medianMs / validationRun.medianMs, 2)}×`,
      formatNumber(aggregationRun.peakHeapBytes / MIB),
    ]);
  }
  return markdownTable(
    [
      'kind',
      'files',
      'rows',
      'validation (ms)',
      'persons',
      'dedupe + aggregate (ms)',
      'aggregate ÷ validation',
      'aggregate peak heap (MiB)',
    ],
    rows,
  );
}

/**
 * Runs the section and returns its Markdown, which replaces the text
 * between the section's markers in docs/benchmarks.md.
 */
export async function run({ root, core, log }) {
  const Papa = loadPapaparse(root);
  log('validation: building the sample county');
  const county = loadSampleCounty(core);
  const context = { core, Papa, county, log };
  const validationTable = benchmarkValidation(context);
  const aggregationTable = benchmarkAggregation(context);
  const counts = ROW_COUNTS.map((count) => formatNumber(count));
  const rowCounts = `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}`;
  const fileCount = county.inputs.returnee.length;
  return [
    `Measured with ${describeEnvironment()}. Times are the median of ${RUNS} runs, and each peak heap is the largest of those runs.`,
    '',
    '### Reading and validation against papaparse',
    '',
    `One returnee file each of ${rowCounts} rows, UTF-8 with a BOM and standard headers, made by repeating the data rows of the sample county's ${fileCount} returnee files, faulty rows included. **core** is \`validateSurveyFiles('returnee', …)\` with the sample county's registry: decoding, header matching, parsing and every field and cross-field rule. **papaparse** is \`TextDecoder\` and \`Papa.parse(text, { header: false })\` on the same bytes, which splits the file into cells and does nothing else. The ratio is core time over papaparse time.`,
    '',
    validationTable,
    '',
    '### Deduplication and aggregation against validation',
    '',
    `The sample county's files of each kind, as generated. **validation** is \`validateSurveyFiles\` as above. **dedupe + aggregate** is \`aggregateSurvey\` on that validation as of ${county.asOf}: the records up to that date, deduplication by resident ID number and the indicators.`,
    '',
    aggregationTable,
  ].join('\n');
}
