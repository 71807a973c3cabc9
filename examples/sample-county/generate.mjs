#!/usr/bin/env node
// Generates the sample county 雁归县: registry, returnee and out-migrant
// survey files per township, ground truth and expected figures.
//
//   node examples/sample-county/generate.mjs [--seed N] [--out DIR]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { planCounty } from './county-plan.mjs';
import { writeOutputs } from './outputs.mjs';

/** Seed used when none is given. */
export const DEFAULT_SEED = 20261204;

/** Output folder used when none is given. */
export const DEFAULT_OUT_DIR = fileURLToPath(
  new URL('./out/data', import.meta.url),
);

/**
 * Builds every file of the sample county in memory: bytes by path under the
 * output folder, and the contents of expected.json. The same seed always
 * gives the same bytes.
 * @param {{ seed?: number }} [options]
 * @returns {{ files: Map<string, Uint8Array>, expected: object }}
 */
export function buildSampleCounty({ seed = DEFAULT_SEED } = {}) {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(`seed must be a non-negative integer, got ${seed}`);
  }
  return writeOutputs(planCounty(seed));
}

/**
 * Generates the sample county and writes its files into `outDir`, creating
 * folders as needed and overwriting files of the same name.
 * @param {{ seed?: number, outDir?: string }} [options]
 * @returns {{ outDir: string, files: string[], expected: object }}
 */
export function generateSampleCounty({
  seed = DEFAULT_SEED,
  outDir = DEFAULT_OUT_DIR,
} = {}) {
  const { files, expected } = buildSampleCounty({ seed });
  for (const [path, bytes] of files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return { outDir, files: [...files.keys()], expected };
}

const USAGE = `Usage: node examples/sample-county/generate.mjs [--seed N] [--out DIR]

  --seed N   non-negative integer seed (default ${DEFAULT_SEED})
  --out DIR  output folder (default examples/sample-county/out/data)`;

/**
 * Parses the command line, or returns an error message.
 * @param {string[]} args
 * @returns {{ seed: number, outDir: string } | { error: string } | { help: true }}
 */
function parseArguments(args) {
  let seed = DEFAULT_SEED;
  let outDir = DEFAULT_OUT_DIR;
  for (let i = 0; i < args.length; i++) {
    const option = args[i];
    const value = args[i + 1];
    if (option === '--help' || option === '-h') return { help: true };
    if (option !== '--seed' && option !== '--out') {
      return { error: `unknown option ${option}` };
    }
    if (value === undefined) return { error: `${option} needs a value` };
    i += 1;
    if (option === '--out') {
      outDir = resolve(value);
    } else if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) {
      seed = Number(value);
    } else {
      return { error: `invalid seed ${value}: use a non-negative integer` };
    }
  }
  return { seed, outDir };
}

/**
 * Runs the command line.
 * @param {string[]} args
 * @returns {number} exit code
 */
function main(args) {
  const parsed = parseArguments(args);
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`error: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const { outDir, files, expected } = generateSampleCounty(parsed);
  const e = /** @type {any} */ (expected);
  const lines = [
    `${e.county.name} (${e.county.code}): ${e.county.townships} townships, ${e.county.villages} villages, seed ${e.seed}`,
    ...['returnee', 'outMigrant'].map((kind) => {
      const r = e.rows[kind];
      return `${kind}: ${r.files} files, ${r.read} rows read, ${r.valid} valid, ${r.rejected} rejected, ${r.persons} persons`;
    }),
    `indicators: ${Object.entries(e.indicators)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `wrote ${files.length} files to ${outDir}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  process.exitCode = main(process.argv.slice(2));
}
