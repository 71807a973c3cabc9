/**
 * Match weights of record pairs under a Fellegi-Sunter model, with
 * explanations materialised only for the pairs a caller asks about.
 */
import type { CandidatePairs } from './candidates.js';
import {
  type Comparison,
  compareRecords,
  comparisons as knownComparisons,
} from './compare.js';
import { type LinkageParameters, priorWeight } from './model.js';
import type { PreparedRecord } from './record.js';

/** Contribution of one comparison to a pair's match weight. */
export interface WeightContribution {
  /** Comparison name. */
  comparison: string;
  /** Level name of the pair. */
  level: string;
  /** `log2(m / u)` of the level, or 0 for `missing`. */
  weight: number;
  /** Whether u came from the frequency of the pair's value. */
  termFrequency: boolean;
}

/** Match weight of a pair and the terms that add up to it. */
export interface PairScore {
  /** Total match weight: `prior` plus the contributions' weights. */
  weight: number;
  /** Weight of the prior, `log2(λ / (1 - λ))`. */
  prior: number;
  /** One contribution per comparison, in comparison order. */
  contributions: WeightContribution[];
}

/**
 * Term frequency u values of one pair, by comparison name. Each replaces u
 * of the comparison's first level when the pair has that level.
 */
export type PairTermFrequencies = Readonly<Record<string, number>>;

/**
 * Scores one comparison vector and explains it.
 *
 * @throws {RangeError} When `levels` is shorter than the comparison list.
 */
export function scorePair(
  levels: ArrayLike<number>,
  parameters: LinkageParameters,
  termFrequencies?: PairTermFrequencies,
): PairScore {
  const list = parameters.comparisons;
  if (levels.length < list.length) {
    throw new RangeError(
      `Expected ${list.length} levels, one per comparison, got ${levels.length}`,
    );
  }
  const prior = priorWeight(parameters);
  let weight = prior;
  const contributions = list.map((comparison, index) => {
    const level = levels[index] as number;
    const missing = level === comparison.levels.length - 1;
    const tfU = level === 0 ? termFrequencies?.[comparison.name] : undefined;
    const ratio =
      level === 0 ? undefined : termFrequencies?.[`${comparison.name}:surname`];
    let term = 0;
    if (!missing) {
      const u = tfU ?? (comparison.u[level] as number) * (ratio ?? 1);
      term = Math.log2((comparison.m[level] as number) / u);
    }
    weight += term;
    return {
      comparison: comparison.name,
      level: comparison.levels[level] ?? `level ${level}`,
      weight: term,
      termFrequency: tfU !== undefined || ratio !== undefined,
    };
  });
  return { weight, prior, contributions };
}

/**
 * Per-level weights of every comparison, flattened: the weight of level `l`
 * of comparison `c` is at `offsets[c] + l`, and `missing` is 0.
 */
export interface WeightTable {
  /** Start of each comparison's levels in `weights`. */
  offsets: Uint32Array;
  /** Weights of all levels. */
  weights: Float64Array;
  /** Weight of the prior. */
  prior: number;
}

/** Builds the per-level weight table of a model. */
export function weightTable(parameters: LinkageParameters): WeightTable {
  const list = parameters.comparisons;
  const offsets = new Uint32Array(list.length);
  let size = 0;
  list.forEach((comparison, index) => {
    offsets[index] = size;
    size += comparison.levels.length;
  });
  const weights = new Float64Array(size);
  list.forEach((comparison, index) => {
    for (let level = 0; level < comparison.m.length; level += 1) {
      weights[(offsets[index] as number) + level] = Math.log2(
        (comparison.m[level] as number) / (comparison.u[level] as number),
      );
    }
  });
  return { offsets, weights, prior: priorWeight(parameters) };
}

/**
 * Finds the comparison functions named by the parameters.
 *
 * @throws {Error} When a comparison is unknown or its levels differ from
 * the code's, which means the parameters belong to another version.
 */
export function resolveComparisons(
  parameters: LinkageParameters,
): Comparison[] {
  const known: Readonly<Record<string, Comparison>> = knownComparisons;
  return parameters.comparisons.map((entry) => {
    const comparison = known[entry.name];
    if (comparison === undefined) {
      throw new Error(
        `Unknown comparison '${entry.name}' in linkage parameters; expected one of ${Object.keys(known).join(', ')}`,
      );
    }
    if (comparison.levels.join('|') !== entry.levels.join('|')) {
      throw new Error(
        `Levels of comparison '${entry.name}' in the parameters (${entry.levels.join(', ')}) differ from this version's (${comparison.levels.join(', ')}); estimate the parameters again`,
      );
    }
    return comparison;
  });
}

/**
 * Computes the comparison vectors of candidate pairs: the levels of pair
 * `k` are at `k * list.length` up to `(k + 1) * list.length`.
 */
export function compareCandidates(
  prepared: readonly PreparedRecord[],
  pairs: Pick<CandidatePairs, 'left' | 'right'>,
  list: readonly Comparison[],
): Uint8Array {
  const width = list.length;
  const count = pairs.left.length;
  const levels = new Uint8Array(count * width);
  for (let k = 0; k < count; k += 1) {
    compareRecords(
      prepared[pairs.left[k] as number] as PreparedRecord,
      prepared[pairs.right[k] as number] as PreparedRecord,
      list,
      levels.subarray(k * width, (k + 1) * width),
    );
  }
  return levels;
}

/**
 * Relative frequency of each value of the term-frequency-adjusted
 * comparisons among the records, floored at the comparison's `minU`.
 */
export interface TermFrequencyTables {
  /** Comparison index, term frequency settings and value frequencies. */
  tables: {
    index: number;
    comparison: string;
    minU: number;
    frequencies: Map<string, number>;
  }[];
  /**
   * Surname frequencies of the `name` comparison at `index`, and the
   * chance that two records drawn at random share a surname (the sum of
   * the squared frequencies), when a surname adjustment is set.
   */
  surnames?: {
    index: number;
    frequencies: Map<string, number>;
    shared: number;
    /** Whether each level of the comparison is partly agreeing. */
    partial: boolean[];
  };
}

/** Surname of a prepared name: the first character of its simplified form. */
function surnameOf(record: PreparedRecord): string {
  const first = record.name.simplified.codePointAt(0);
  return first === undefined ? '' : String.fromCodePoint(first);
}

/**
 * Ratio by which u of a partly agreeing name level is multiplied for two
 * records with the same surname: the surname's frequency divided by the
 * chance that two random records share a surname. Returns undefined when
 * the level is not partial or the surnames differ.
 */
function surnameRatio(
  tf: TermFrequencyTables,
  a: PreparedRecord,
  b: PreparedRecord,
  level: number,
): number | undefined {
  const surnames = tf.surnames;
  if (surnames === undefined || surnames.partial[level] !== true) {
    return undefined;
  }
  const surname = surnameOf(a);
  if (surname === '' || surname !== surnameOf(b)) return undefined;
  const frequency = surnames.frequencies.get(surname);
  return frequency === undefined ? undefined : frequency / surnames.shared;
}

/**
 * Counts value frequencies for the term frequency adjustments.
 *
 * NOTE: only the `name` comparison has a value reader (the normalised name),
 * and settings for other comparisons are ignored.
 */
export function termFrequencyTables(
  prepared: readonly PreparedRecord[],
  parameters: LinkageParameters,
): TermFrequencyTables {
  const tables: TermFrequencyTables['tables'] = [];
  let surnames: TermFrequencyTables['surnames'];
  for (const settings of parameters.termFrequencies) {
    const index = parameters.comparisons.findIndex(
      (comparison) => comparison.name === settings.comparison,
    );
    if (settings.comparison !== 'name' || index < 0) {
      continue;
    }
    if (settings.part === 'surname') {
      surnames = surnameTable(
        prepared,
        index,
        settings.minU,
        parameters.comparisons[index]?.levels ?? [],
      );
      continue;
    }
    const counts = new Map<string, number>();
    let total = 0;
    for (const record of prepared) {
      const value = record.name.normalized;
      if (value !== '') {
        counts.set(value, (counts.get(value) ?? 0) + 1);
        total += 1;
      }
    }
    const frequencies = new Map<string, number>();
    for (const [value, count] of counts) {
      frequencies.set(value, Math.max(count / total, settings.minU));
    }
    tables.push({
      index,
      comparison: settings.comparison,
      minU: settings.minU,
      frequencies,
    });
  }
  return surnames === undefined ? { tables } : { tables, surnames };
}

function surnameTable(
  prepared: readonly PreparedRecord[],
  index: number,
  minU: number,
  levels: readonly string[],
): NonNullable<TermFrequencyTables['surnames']> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const record of prepared) {
    const surname = surnameOf(record);
    if (surname !== '') {
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
      total += 1;
    }
  }
  const frequencies = new Map<string, number>();
  let shared = 0;
  for (const [surname, count] of counts) {
    const frequency = count / total;
    shared += frequency * frequency;
    frequencies.set(surname, Math.max(frequency, minU));
  }
  // The exact level has its own adjustment by the whole name.
  const partial = levels.map(
    (level, i) => i > 0 && level !== 'different' && level !== 'missing',
  );
  return { index, frequencies, shared: Math.max(shared, minU), partial };
}

/**
 * Returns the term frequency adjustments of a pair whose levels are given,
 * for `scorePair`: u of an exact level by comparison name, and the surname
 * ratio of a partly agreeing name under `name:surname`.
 */
export function pairTermFrequencies(
  tf: TermFrequencyTables,
  a: PreparedRecord,
  b: PreparedRecord,
  levels: ArrayLike<number>,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const table of tf.tables) {
    if (levels[table.index] === 0) {
      const u = table.frequencies.get(a.name.normalized);
      if (u !== undefined) {
        result[table.comparison] = u;
      }
    }
  }
  if (tf.surnames !== undefined) {
    const ratio = surnameRatio(tf, a, b, levels[tf.surnames.index] as number);
    if (ratio !== undefined) result['name:surname'] = ratio;
  }
  return result;
}

/** Match weights of candidate pairs, with their comparison vectors. */
export interface CandidateScores {
  /** Match weight of pair `k`. */
  weights: Float64Array;
  /** Comparison vectors, as from `compareCandidates`. */
  levels: Uint8Array;
}

/**
 * Scores candidate pairs. Pass `levels` from `compareCandidates` to skip
 * the comparisons; pass `tf` to apply term frequency adjustments.
 */
export function scoreCandidates(
  prepared: readonly PreparedRecord[],
  pairs: Pick<CandidatePairs, 'left' | 'right'>,
  parameters: LinkageParameters,
  options: { levels?: Uint8Array; tf?: TermFrequencyTables } = {},
): CandidateScores {
  const list = resolveComparisons(parameters);
  const levels = options.levels ?? compareCandidates(prepared, pairs, list);
  const table = weightTable(parameters);
  const width = list.length;
  const count = pairs.left.length;
  const weights = new Float64Array(count);
  for (let k = 0; k < count; k += 1) {
    weights[k] = sumWeights(table, levels, k * width, width);
  }
  if (options.tf !== undefined) {
    applyTermFrequencies(
      prepared,
      pairs,
      parameters,
      options.tf,
      levels,
      weights,
    );
  }
  return { weights, levels };
}

function sumWeights(
  table: WeightTable,
  levels: Uint8Array,
  start: number,
  width: number,
): number {
  let weight = table.prior;
  for (let c = 0; c < width; c += 1) {
    weight += table.weights[
      (table.offsets[c] as number) + (levels[start + c] as number)
    ] as number;
  }
  return weight;
}

/** Replaces u of the exact level by the value's frequency, in place. */
function applyTermFrequencies(
  prepared: readonly PreparedRecord[],
  pairs: Pick<CandidatePairs, 'left' | 'right'>,
  parameters: LinkageParameters,
  tf: TermFrequencyTables,
  levels: Uint8Array,
  weights: Float64Array,
): void {
  const width = parameters.comparisons.length;
  for (const table of tf.tables) {
    const comparison = parameters.comparisons[table.index];
    if (comparison === undefined) {
      continue;
    }
    const u = comparison.u[0] as number;
    for (let k = 0; k < weights.length; k += 1) {
      if (levels[k * width + table.index] !== 0) {
        continue;
      }
      const record = prepared[pairs.left[k] as number] as PreparedRecord;
      const frequency = table.frequencies.get(record.name.normalized);
      if (frequency !== undefined) {
        // log2(m / f) - log2(m / u) = log2(u / f)
        weights[k] = (weights[k] as number) + Math.log2(u / frequency);
      }
    }
  }
  const surnames = tf.surnames;
  if (surnames === undefined) return;
  for (let k = 0; k < weights.length; k += 1) {
    const ratio = surnameRatio(
      tf,
      prepared[pairs.left[k] as number] as PreparedRecord,
      prepared[pairs.right[k] as number] as PreparedRecord,
      levels[k * width + surnames.index] as number,
    );
    if (ratio !== undefined) {
      weights[k] = (weights[k] as number) - Math.log2(ratio);
    }
  }
}

/**
 * Scores any two records directly, for pairs that blocking did not
 * generate. Reuses one level buffer, so the returned function is not
 * reentrant.
 */
export function createPairScorer(
  prepared: readonly PreparedRecord[],
  parameters: LinkageParameters,
  tf?: TermFrequencyTables,
): (i: number, j: number) => number {
  const list = resolveComparisons(parameters);
  const table = weightTable(parameters);
  const levels = new Uint8Array(list.length);
  const single = { left: new Uint32Array(1), right: new Uint32Array(1) };
  const weight = new Float64Array(1);
  return (i, j) => {
    compareRecords(
      prepared[i] as PreparedRecord,
      prepared[j] as PreparedRecord,
      list,
      levels,
    );
    weight[0] = sumWeights(table, levels, 0, list.length);
    if (tf !== undefined) {
      single.left[0] = i;
      single.right[0] = j;
      applyTermFrequencies(prepared, single, parameters, tf, levels, weight);
    }
    return weight[0] as number;
  };
}

/**
 * Scores and explains any two records, with the weight `createPairScorer`
 * gives them.
 */
export function createPairExplainer(
  prepared: readonly PreparedRecord[],
  parameters: LinkageParameters,
  tf?: TermFrequencyTables,
): (i: number, j: number) => PairScore {
  const list = resolveComparisons(parameters);
  return (i, j) => {
    const levels = new Uint8Array(list.length);
    const a = prepared[i] as PreparedRecord;
    compareRecords(a, prepared[j] as PreparedRecord, list, levels);
    return scorePair(
      levels,
      parameters,
      tf === undefined
        ? undefined
        : pairTermFrequencies(tf, a, prepared[j] as PreparedRecord, levels),
    );
  };
}
