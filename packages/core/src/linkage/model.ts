/**
 * Fellegi-Sunter parameters of a linkage model and their JSON form.
 *
 * A pair's match weight is the log2 Bayes factor of "same person" against
 * "different persons", plus the prior: `log2(λ / (1 - λ))` plus, per
 * comparison, `log2(m / u)` of the pair's level. The last level of every
 * comparison is `missing` and adds 0, so it has no m or u.
 */
import type { Comparison } from './compare.js';

/** Version of the parameter format written by `parametersToJson`. */
export const PARAMETERS_VERSION = 1;

/** Probabilities of one comparison, by level index. */
export interface ComparisonParameters {
  /** Comparison name, as in `Comparison.name`. */
  name: string;
  /** Level names, ending with `missing`. */
  levels: string[];
  /**
   * Probability of each level among matching pairs where the level is not
   * `missing`; one entry per level except `missing`, summing to 1.
   */
  m: number[];
  /** Probability of each level among non-matching pairs, like `m`. */
  u: number[];
}

/** Match weights that split pairs into links, review and non-links. */
export interface LinkageThresholds {
  /** Lowest match weight that links a pair. */
  match: number;
  /** Lowest match weight that sends a pair to clerical review. */
  review: number;
}

/**
 * Term frequency adjustment of one comparison: of its exact level by the
 * frequency of the whole value, or with `part: 'surname'`, of its partial
 * agreement levels by the frequency of the shared surname.
 */
export interface TermFrequencySettings {
  /** Comparison whose levels are adjusted, such as `name`. */
  comparison: string;
  /**
   * `surname` to adjust the levels between exact and `different` when the
   * two names share their first character. Only the `name` comparison has
   * surnames.
   */
  part?: 'surname';
  /**
   * Smallest u used, so that a value seen once cannot outweigh the other
   * comparisons.
   */
  minU: number;
}

/** Parameters of a linkage model. */
export interface LinkageParameters {
  /** Format version, `PARAMETERS_VERSION`. */
  version: number;
  /** Per-comparison probabilities, in comparison order. */
  comparisons: ComparisonParameters[];
  /** Prior probability that two records drawn at random match, λ. */
  lambda: number;
  /** Thresholds in match weight units (log2 Bayes factor, prior included). */
  thresholds: LinkageThresholds;
  /** Term frequency adjustments; the frequencies come from the linked data. */
  termFrequencies: TermFrequencySettings[];
}

/**
 * Default thresholds. A weight of 6 is a posterior match probability of
 * 2^6 / (1 + 2^6) ≈ 0.985, and 0 is 0.5.
 */
export const defaultThresholds: LinkageThresholds = { match: 6, review: 0 };

/**
 * Default term frequency adjustments: exact names, with u at least
 * 1/10,000, and shared surnames of names that partly agree, with a
 * frequency of at least 1/1,000.
 */
export const defaultTermFrequencies: TermFrequencySettings[] = [
  { comparison: 'name', minU: 1e-4 },
  { comparison: 'name', part: 'surname', minU: 1e-3 },
];

/**
 * Creates starting parameters for a list of comparisons: m puts 0.9 on the
 * first (exact) level and halves down the others, u is uniform.
 */
export function initialParameters(
  list: readonly Comparison[],
): LinkageParameters {
  return {
    version: PARAMETERS_VERSION,
    comparisons: list.map((comparison) => {
      const count = comparison.levels.length - 1;
      return {
        name: comparison.name,
        levels: [...comparison.levels],
        m: initialM(count),
        u: new Array<number>(count).fill(1 / count),
      };
    }),
    lambda: 0.3,
    thresholds: { ...defaultThresholds },
    termFrequencies: defaultTermFrequencies.map((tf) => ({ ...tf })),
  };
}

function initialM(count: number): number[] {
  if (count === 1) {
    return [1];
  }
  const rest = Array.from({ length: count - 1 }, (_, i) => 2 ** -(i + 1));
  const total = rest.reduce((sum, value) => sum + value, 0);
  return [0.9, ...rest.map((value) => (0.1 * value) / total)];
}

/** Match weight of the prior, `log2(λ / (1 - λ))`. */
export function priorWeight(parameters: LinkageParameters): number {
  return Math.log2(parameters.lambda / (1 - parameters.lambda));
}

/** Serialises parameters as indented JSON. */
export function parametersToJson(parameters: LinkageParameters): string {
  return JSON.stringify(parameters, null, 2);
}

/**
 * Reads parameters written by `parametersToJson`.
 *
 * @throws {SyntaxError} When the text is not JSON.
 * @throws {TypeError} When a field is missing or invalid; the message names
 * the field.
 */
export function parametersFromJson(text: string): LinkageParameters {
  const value: unknown = JSON.parse(text);
  return validateParameters(value);
}

/**
 * Checks that a value has the shape and ranges of `LinkageParameters` and
 * returns a copy.
 *
 * @throws {TypeError} When a field is missing or invalid.
 */
export function validateParameters(value: unknown): LinkageParameters {
  const root = expectObject(value, 'parameters');
  const version = root['version'];
  if (version !== PARAMETERS_VERSION) {
    fail(
      'version',
      `expected ${PARAMETERS_VERSION}, got ${JSON.stringify(version)}`,
    );
  }

  const comparisons = expectArray(root['comparisons'], 'comparisons').map(
    (entry, index) => readComparison(entry, `comparisons[${index}]`),
  );
  const names = new Set(comparisons.map((comparison) => comparison.name));
  if (names.size !== comparisons.length) {
    fail('comparisons', 'comparison names must be distinct');
  }

  const lambda = expectNumber(root['lambda'], 'lambda');
  if (!(lambda > 0 && lambda < 1)) {
    fail(
      'lambda',
      `expected a probability strictly between 0 and 1, got ${lambda}`,
    );
  }

  const thresholds = expectObject(root['thresholds'], 'thresholds');
  const match = expectNumber(thresholds['match'], 'thresholds.match');
  const review = expectNumber(thresholds['review'], 'thresholds.review');
  if (review > match) {
    fail('thresholds', `review (${review}) must not exceed match (${match})`);
  }

  const termFrequencies = expectArray(
    root['termFrequencies'],
    'termFrequencies',
  ).map((entry, index) => {
    const path = `termFrequencies[${index}]`;
    const settings = expectObject(entry, path);
    const comparison = settings['comparison'];
    if (typeof comparison !== 'string' || !names.has(comparison)) {
      fail(`${path}.comparison`, 'expected the name of a listed comparison');
    }
    const minU = expectNumber(settings['minU'], `${path}.minU`);
    if (!(minU > 0 && minU <= 1)) {
      fail(
        `${path}.minU`,
        `expected a probability above 0 and at most 1, got ${minU}`,
      );
    }
    const part = settings['part'];
    if (part === undefined) return { comparison, minU };
    if (part !== 'surname' || comparison !== 'name') {
      fail(`${path}.part`, `expected "surname" on the name comparison`);
    }
    return { comparison, part: 'surname' as const, minU };
  });

  return {
    version: PARAMETERS_VERSION,
    comparisons,
    lambda,
    thresholds: { match, review },
    termFrequencies,
  };
}

/** Tolerance for probabilities that should sum to 1. */
const SUM_TOLERANCE = 1e-6;

function readComparison(value: unknown, path: string): ComparisonParameters {
  const entry = expectObject(value, path);
  const name = entry['name'];
  if (typeof name !== 'string' || name === '') {
    fail(`${path}.name`, 'expected a non-empty string');
  }
  const levels = expectArray(entry['levels'], `${path}.levels`);
  if (
    levels.length < 2 ||
    levels.some((level) => typeof level !== 'string') ||
    levels[levels.length - 1] !== 'missing'
  ) {
    fail(`${path}.levels`, "expected level names ending with 'missing'");
  }
  const m = readProbabilities(entry['m'], `${path}.m`, levels.length - 1);
  const u = readProbabilities(entry['u'], `${path}.u`, levels.length - 1);
  return { name, levels: levels as string[], m, u };
}

function readProbabilities(
  value: unknown,
  path: string,
  count: number,
): number[] {
  const list = expectArray(value, path);
  if (list.length !== count) {
    fail(path, `expected ${count} entries, one per level except missing`);
  }
  const numbers = list.map((entry, index) =>
    expectNumber(entry, `${path}[${index}]`),
  );
  numbers.forEach((p, index) => {
    if (!(p > 0 && p <= 1)) {
      fail(
        `${path}[${index}]`,
        `expected a probability above 0 and at most 1, got ${p}`,
      );
    }
  });
  const sum = numbers.reduce((total, p) => total + p, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    fail(path, `expected probabilities summing to 1, got ${sum}`);
  }
  return numbers;
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'expected an object');
  }
  return value as Record<string, unknown>;
}

function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) {
    fail(path, 'expected an array');
  }
  return value;
}

function expectNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(path, `expected a finite number, got ${JSON.stringify(value)}`);
  }
  return value;
}

function fail(path: string, problem: string): never {
  throw new TypeError(`Invalid linkage parameters at ${path}: ${problem}`);
}
