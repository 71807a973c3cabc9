/**
 * Parameter estimation for the Fellegi-Sunter model: u from random record
 * pairs, then m and λ by expectation-maximisation (EM) on the candidate
 * pairs with u held fixed.
 *
 * The `missing` level of a comparison is left out of both: it adds no
 * weight and is not counted in m or u.
 */
import { type Comparison, compareRecords } from './compare.js';
import type { ComparisonParameters, LinkageParameters } from './model.js';
import { initialParameters } from './model.js';
import type { PreparedRecord } from './record.js';

/** Options of `estimateU`. */
export interface EstimateUOptions {
  /**
   * Number of random pairs to compare. Defaults to 200,000; when the
   * records have fewer pairs than this, every pair is compared once.
   */
  sampleSize?: number;
  /** Seed of the pair sampler, so estimates are repeatable. Defaults to 1. */
  seed?: number;
}

/**
 * Pseudo-count added to every level before u is normalised, so that a level
 * never seen among the random pairs (an equal resident ID number) gets a
 * small u instead of 0 and a finite weight.
 */
const U_PSEUDO_COUNT = 0.5;

/** Smallest m kept by EM, so that no level has a weight of minus infinity. */
const MIN_M = 1e-6;

/**
 * Estimates u per comparison and level from pairs of distinct records drawn
 * uniformly at random. The result has one array per comparison, with one
 * entry per level except `missing`.
 */
export function estimateU(
  prepared: readonly PreparedRecord[],
  list: readonly Comparison[],
  options: EstimateUOptions = {},
): number[][] {
  const sampleSize = options.sampleSize ?? 200_000;
  if (!Number.isInteger(sampleSize) || sampleSize < 1) {
    throw new RangeError(
      `sampleSize must be a positive integer, got ${sampleSize}`,
    );
  }
  const counts = list.map((c) => new Float64Array(c.levels.length));
  const levels = new Uint8Array(list.length);
  const count = (i: number, j: number) => {
    compareRecords(
      prepared[i] as PreparedRecord,
      prepared[j] as PreparedRecord,
      list,
      levels,
    );
    for (let c = 0; c < list.length; c += 1) {
      const tally = counts[c] as Float64Array;
      tally[levels[c] as number] = (tally[levels[c] as number] as number) + 1;
    }
  };

  const n = prepared.length;
  if ((n * (n - 1)) / 2 <= sampleSize) {
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        count(i, j);
      }
    }
  } else {
    const random = createRandom(options.seed ?? 1);
    for (let s = 0; s < sampleSize; s += 1) {
      const i = Math.floor(random() * n);
      // Draw j from the other n - 1 records.
      let j = Math.floor(random() * (n - 1));
      if (j >= i) {
        j += 1;
      }
      count(i, j);
    }
  }

  return counts.map((tally) => {
    const present = Array.from(tally.subarray(0, tally.length - 1));
    const total =
      present.reduce((sum, value) => sum + value, 0) +
      U_PSEUDO_COUNT * present.length;
    return present.map((value) => (value + U_PSEUDO_COUNT) / total);
  });
}

/**
 * Distinct comparison vectors and how often each occurs. Pattern `p` has
 * its levels at `p * width` up to `(p + 1) * width`.
 */
export interface ComparisonPatterns {
  /** Number of comparisons per vector. */
  width: number;
  /** Levels of each distinct vector. */
  levels: Uint8Array;
  /** Number of pairs with each vector. */
  counts: Float64Array;
}

/** Groups identical comparison vectors, so EM runs once per pattern. */
export function countPatterns(
  levels: Uint8Array,
  width: number,
): ComparisonPatterns {
  const index = new Map<string, number>();
  const counts: number[] = [];
  const distinct: number[] = [];
  const pairs = width === 0 ? 0 : levels.length / width;
  for (let k = 0; k < pairs; k += 1) {
    const vector = levels.subarray(k * width, (k + 1) * width);
    // Levels are below 256, so one UTF-16 code unit each is a unique key.
    const key = String.fromCharCode(...vector);
    const found = index.get(key);
    if (found === undefined) {
      index.set(key, counts.length);
      counts.push(1);
      distinct.push(...vector);
    } else {
      counts[found] = (counts[found] as number) + 1;
    }
  }
  return {
    width,
    levels: Uint8Array.from(distinct),
    counts: Float64Array.from(counts),
  };
}

/** Options of `estimateM`. */
export interface EstimateMOptions {
  /** Largest change of any m or λ that counts as converged. Default 1e-5. */
  tolerance?: number;
  /** Maximum number of EM iterations. Default 200. */
  maxIterations?: number;
  /**
   * Number of pairs that the patterns were drawn from, such as all
   * `n (n - 1) / 2` pairs of records when the patterns are the blocked
   * candidate pairs. The pairs left out count as certain non-matches, so λ
   * becomes the match probability of a random pair. Defaults to the number
   * of pairs in the patterns.
   */
  totalPairs?: number;
}

/** Result of `estimateM`. */
export interface EstimateMResult {
  /** Parameters with the estimated m and λ and the given u. */
  parameters: LinkageParameters;
  /** Iterations run. */
  iterations: number;
  /** Whether the change fell below the tolerance before `maxIterations`. */
  converged: boolean;
}

/**
 * Estimates m and λ by EM on comparison patterns, keeping u fixed.
 *
 * Each iteration first computes, per pattern, the posterior probability
 * that its pairs match under the current m, u and λ (the E step). It then
 * sets λ to the sum of posteriors divided by `totalPairs`, and m of each level to the
 * posterior-weighted share of pairs with that level among pairs where the
 * comparison is not missing (the M step). `start` gives the starting m and λ and the fixed u.
 */
export function estimateM(
  patterns: ComparisonPatterns,
  start: LinkageParameters,
  options: EstimateMOptions = {},
): EstimateMResult {
  const tolerance = options.tolerance ?? 1e-5;
  const maxIterations = options.maxIterations ?? 200;
  const { width, levels, counts } = patterns;
  if (width !== start.comparisons.length) {
    throw new RangeError(
      `Patterns have ${width} comparisons but the parameters have ${start.comparisons.length}`,
    );
  }
  const comparisons = start.comparisons.map((c) => ({
    ...c,
    m: [...c.m],
    u: [...c.u],
  }));
  let lambda = start.lambda;
  const total = counts.reduce((sum, value) => sum + value, 0);
  const totalPairs = options.totalPairs ?? total;
  if (!(totalPairs >= total)) {
    throw new RangeError(
      `totalPairs (${totalPairs}) must be at least the number of pairs in the patterns (${total})`,
    );
  }
  const patternCount = counts.length;
  const logRatios = comparisons.map((c) => new Float64Array(c.levels.length));
  const sums = comparisons.map((c) => new Float64Array(c.levels.length));

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && total > 0) {
    iterations += 1;

    // E step: posterior match probability per pattern, via log odds.
    comparisons.forEach((c, index) => {
      const ratios = logRatios[index] as Float64Array;
      for (let level = 0; level < c.m.length; level += 1) {
        ratios[level] = Math.log(
          (c.m[level] as number) / (c.u[level] as number),
        );
      }
      (sums[index] as Float64Array).fill(0);
    });
    const priorLogOdds = Math.log(lambda / (1 - lambda));
    let matched = 0;
    for (let p = 0; p < patternCount; p += 1) {
      let logOdds = priorLogOdds;
      for (let c = 0; c < width; c += 1) {
        logOdds += (logRatios[c] as Float64Array)[
          levels[p * width + c] as number
        ] as number;
      }
      const weight = (counts[p] as number) / (1 + Math.exp(-logOdds));
      matched += weight;
      for (let c = 0; c < width; c += 1) {
        const tally = sums[c] as Float64Array;
        const level = levels[p * width + c] as number;
        tally[level] = (tally[level] as number) + weight;
      }
    }

    // M step: λ and m from the posteriors, missing left out of m.
    let change = 0;
    const nextLambda = clamp(matched / totalPairs, 1e-12, 1 - 1e-9);
    // λ can be tiny, so its change is measured relative to its size.
    change = Math.max(change, Math.abs(nextLambda - lambda) / lambda);
    lambda = nextLambda;
    comparisons.forEach((c, index) => {
      const tally = sums[index] as Float64Array;
      const next = normalize(Array.from(tally.subarray(0, c.m.length)));
      if (next === undefined) {
        return;
      }
      next.forEach((value, level) => {
        change = Math.max(change, Math.abs(value - (c.m[level] as number)));
      });
      c.m = next;
    });
    if (change < tolerance) {
      converged = true;
      break;
    }
  }

  return {
    parameters: { ...start, comparisons, lambda },
    iterations,
    converged,
  };
}

/**
 * Normalises to sum 1 with every value at least `MIN_M`, or returns
 * undefined when all values are 0 (no pair had the comparison).
 */
function normalize(values: number[]): number[] | undefined {
  const sum = values.reduce((total, value) => total + value, 0);
  if (!(sum > 0)) {
    return undefined;
  }
  const floored = values.map((value) => Math.max(value / sum, MIN_M));
  const flooredSum = floored.reduce((total, value) => total + value, 0);
  return floored.map((value) => value / flooredSum);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Options of `estimateParameters`. */
export interface EstimateOptions extends EstimateUOptions, EstimateMOptions {
  /** Starting m and λ; defaults to `initialParameters`. */
  start?: LinkageParameters;
}

/**
 * Estimates all parameters: u from random pairs of `prepared`, then m and
 * λ by EM on the candidate pairs' comparison vectors `levels`.
 *
 * Pairs outside the candidates count as non-matches, so λ is the match
 * probability of a random pair and match weights are Bayes factors
 * against random pairs, the same for candidate pairs and for pairs that
 * blocking did not generate. With λ taken among the candidates instead,
 * EM with u fixed from random pairs takes candidate non-matches (same
 * name and birth year) for matches, because they agree on the blocked
 * fields far more often than random pairs do.
 */
export function estimateParameters(
  prepared: readonly PreparedRecord[],
  list: readonly Comparison[],
  levels: Uint8Array,
  options: EstimateOptions = {},
): EstimateMResult {
  const n = prepared.length;
  const totalPairs = Math.max(1, (n * (n - 1)) / 2);
  const candidates = list.length === 0 ? 0 : levels.length / list.length;
  const start = options.start ?? {
    ...initialParameters(list),
    lambda: Math.min(0.5, Math.max(1e-9, (0.5 * candidates) / totalPairs)),
  };
  const u = estimateU(prepared, list, options);
  const withU: LinkageParameters = {
    ...start,
    comparisons: start.comparisons.map((c, index): ComparisonParameters => ({
      ...c,
      u: u[index] as number[],
    })),
  };
  return estimateM(countPatterns(levels, list.length), withU, {
    ...options,
    totalPairs: Math.max(totalPairs, candidates),
  });
}

/**
 * Creates a seeded generator of numbers in [0, 1): a 32-bit state advanced
 * by a Weyl sequence and scrambled with multiply-xorshift steps.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 0x1_0000_0000;
  };
}
