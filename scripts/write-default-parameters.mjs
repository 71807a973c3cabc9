// Writes packages/core/src/linkage/default-parameters.ts: the linkage
// parameters that `linkRecords` uses when a file has too few records to
// estimate its own. They are estimated by EM on the linkage evaluation set
// of the sample county. Run `pnpm build` first, because this reads
// packages/core/dist.
//
//   node scripts/write-default-parameters.mjs [--persons N] [--seed N]

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';

import {
  DEFAULT_SEED,
  generateLinkageSample,
} from '../examples/linkage/generate-linkage-sample.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'packages/core/src/linkage/default-parameters.ts');

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '50000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
});
const persons = Number(values.persons);
const seed = Number(values.seed);

const { linkRecords } = await import(
  join(root, 'packages/core/dist/linkage/link.js')
);
const { records } = generateLinkageSample({ seed, persons });
const result = linkRecords(records, { estimate: true });
if (!result.stats.emConverged) {
  process.stderr.write('error: EM did not converge; try another size\n');
  process.exit(1);
}

/** Rounds probabilities to 6 significant digits so that diffs stay small. */
function round(parameters) {
  const digits = (value) => Number(value.toPrecision(6));
  return {
    ...parameters,
    lambda: digits(parameters.lambda),
    comparisons: parameters.comparisons.map((comparison) => ({
      ...comparison,
      m: comparison.m.map(digits),
      u: comparison.u.map(digits),
    })),
  };
}

const source = `/**
 * Linkage parameters used when a run has too few records to estimate its
 * own: estimated by EM on ${records.length.toLocaleString('en')} records of ${persons.toLocaleString('en')} persons of
 * the linkage evaluation set (seed ${seed}), written by
 * \`node scripts/write-default-parameters.mjs\`. Do not edit by hand.
 */
import { type LinkageParameters, validateParameters } from './model.js';

/** Records the default parameters were estimated on. */
export const DEFAULT_PARAMETERS_RECORDS = ${records.length};

const estimated = ${JSON.stringify(round(result.parameters))};

/**
 * Returns a fresh copy of the default linkage parameters for a run of
 * \`records\` records. λ, the chance that two records drawn at random
 * match, falls as the number of records grows. Each person has about the
 * same number of records, while the number of pairs grows with the square.
 * So λ is scaled by \`(DEFAULT_PARAMETERS_RECORDS - 1) / (records - 1)\`,
 * at most 0.5.
 */
export function defaultParameters(
  records: number = DEFAULT_PARAMETERS_RECORDS,
): LinkageParameters {
  const parameters = validateParameters(estimated);
  const scale = (DEFAULT_PARAMETERS_RECORDS - 1) / Math.max(1, records - 1);
  return { ...parameters, lambda: Math.min(0.5, parameters.lambda * scale) };
}
`;
const config = await prettier.resolveConfig(target);
writeFileSync(
  target,
  await prettier.format(source, { ...config, filepath: target }),
);
process.stdout.write(
  `wrote ${target} (${records.length} records, ${result.stats.emIterations} EM iterations)\n`,
);
