/**
 * Probabilistic record linkage from records to persons: blocking,
 * comparison, parameter estimation, scoring, clustering and review.
 */
import { type BlockingRule, defaultBlockingRules } from './blocking.js';
import { candidatePairs, hashKey } from './candidates.js';
import { clusterPairs, type ReviewReason } from './cluster.js';
import { type Comparison, defaultComparisons } from './compare.js';
import { type EstimateOptions, estimateParameters } from './estimate.js';
import { defaultParameters } from './default-parameters.js';
import { identifyingPairs } from './identity.js';
import type { LinkageParameters, LinkageThresholds } from './model.js';
import {
  type LinkRecord,
  type PreparedRecord,
  prepareRecords,
} from './record.js';
import {
  compareCandidates,
  createPairScorer,
  type PairScore,
  pairTermFrequencies,
  resolveComparisons,
  scoreCandidates,
  scorePair,
  termFrequencyTables,
} from './score.js';

/** A clerk's decision on a pair of records, by record id. */
export interface ReviewDecision {
  /** Record id on one side. */
  a: string;
  /** Record id on the other side. */
  b: string;
  /**
   * Whether the records are the same person. `true` links them unless their
   * clusters have different valid resident ID numbers (then a conflict is
   * reported); `false` keeps them in different persons.
   */
  same: boolean;
}

/**
 * Minimum number of records (new records, when linking against known
 * persons) for estimating the parameters by default. Below it EM has too
 * few matching pairs to tell twins from one person, so the shipped
 * `defaultParameters` are used.
 */
export const MIN_RECORDS_TO_ESTIMATE = 2000;

/** Options of `linkRecords`. */
export interface LinkOptions {
  /**
   * Model parameters. When absent they are estimated from the records, or
   * taken from `defaultParameters` when there are fewer records than
   * `minRecordsToEstimate`, then without the term frequency adjustment
   * when the run as a whole has fewer records than that too.
   */
  parameters?: LinkageParameters;
  /**
   * Whether to estimate parameters. By default they are estimated when
   * `parameters` is absent and there are at least `minRecordsToEstimate`
   * records. `true` estimates in any case, starting from `parameters` when
   * given; `false` never estimates and uses `parameters` or the defaults.
   */
  estimate?: boolean;
  /** Minimum number of records for estimating; `MIN_RECORDS_TO_ESTIMATE`. */
  minRecordsToEstimate?: number;
  /** Comparisons of a newly estimated model. Default `defaultComparisons`. */
  comparisons?: readonly Comparison[];
  /** Options of the estimation: sample size, seed, tolerance, iterations. */
  estimation?: EstimateOptions;
  /** Blocking rules. Default `defaultBlockingRules`. */
  rules?: readonly BlockingRule[];
  /** Largest block whose pairs are generated; see `candidatePairs`. */
  maxBlockSize?: number;
  /** Thresholds that replace those of the parameters. */
  thresholds?: Partial<LinkageThresholds>;
  /** A clerk's decisions from an earlier review. */
  decisions?: readonly ReviewDecision[];
  /** Largest cluster that scored pairs may build. Default 100. */
  maxClusterSize?: number;
}

/** Source of the parameters of a run. */
export type ParameterSource = 'given' | 'estimated' | 'default';

/** A person: the records linked together. */
export interface LinkedPerson {
  /**
   * `P` followed by 11 base-36 characters of a 53-bit hash of the smallest
   * member record id (by UTF-16 order), with `-2`, `-3` and so on appended
   * in the rare case that two persons' hashes collide.
   */
  key: string;
  /** Record ids, in input order. */
  recordIds: string[];
}

/** A pair for a clerk to review. */
export interface ReviewPair {
  /** Record id on one side. */
  a: string;
  /** Record id on the other side. */
  b: string;
  /** Match weight. */
  weight: number;
  /** Reason for review. */
  reason: ReviewReason;
  /** Prior and per-comparison weights that sum to `weight`. */
  explanation: PairScore;
}

/** Two records kept apart because their valid resident ID numbers differ. */
export interface LinkConflict {
  /** Record id on one side. */
  a: string;
  /** Record id on the other side. */
  b: string;
  /** Match weight, or undefined when a clerk's decision asked for the link. */
  weight: number | undefined;
  /** Valid resident ID number of the cluster of `a`. */
  residentIdA: string;
  /** Valid resident ID number of the cluster of `b`. */
  residentIdB: string;
  /** Whether a scored pair or a clerk's decision asked for the link. */
  source: 'score' | 'decision';
}

/** Counts of one linkage run. */
export interface LinkStats {
  /** Records linked. */
  records: number;
  /** Distinct candidate pairs from blocking. */
  candidatePairs: number;
  /** Candidate pairs at or above the match threshold within one person. */
  links: number;
  /** Pairs sent to review. */
  reviewPairs: number;
  /** Rejected links between different valid resident ID numbers. */
  conflicts: number;
  /** Persons found. */
  persons: number;
  /** Records of known persons among `records`; 0 for `linkRecords`. */
  knownRecords: number;
  /** Source of the parameters. */
  parameterSource: ParameterSource;
  /**
   * Whether parameters were estimated but rejected, because EM did not
   * converge or the result was implausible, so the defaults were used.
   */
  estimationRejected: boolean;
  /** EM iterations, or 0 when nothing was estimated. */
  emIterations: number;
  /** Whether EM converged; true when nothing was estimated. */
  emConverged: boolean;
  /** Decisions naming a record id that is not among the records. */
  unknownDecisions: number;
}

/** Result of `linkRecords`. */
export interface LinkResult {
  /** Every record in exactly one person, persons ordered by first record. */
  persons: LinkedPerson[];
  /** Pairs for review, by descending weight. */
  review: ReviewPair[];
  /** Links rejected because valid resident ID numbers differ. */
  conflicts: LinkConflict[];
  /** Parameters used, estimated or given, with the thresholds applied. */
  parameters: LinkageParameters;
  /** Counts. */
  stats: LinkStats;
}

/**
 * Links records that belong to the same person.
 *
 * Person keys depend only on the smallest member id, so they change when a
 * later round adds a record with a smaller id. `linkNewRecords` and
 * `assignStableKeys` keep the keys of earlier rounds.
 *
 * @throws {Error} When two records share an id, or the given parameters
 * name comparisons or levels that this version does not have.
 */
export function linkRecords(
  records: readonly LinkRecord[],
  options: LinkOptions = {},
): LinkResult {
  const { clusterOf, ...result } = runLinkage(records, options, undefined);
  return { persons: groupPersons(records, clusterOf), ...result };
}

/** Records of known persons, by group, and the first new record. */
export interface FixedGroups {
  groups: Int32Array;
  firstNew: number;
}

/** Everything of a run but the persons, which callers key differently. */
export type LinkageRun = Omit<LinkResult, 'persons'> & {
  clusterOf: Uint32Array;
};

/**
 * Runs blocking, scoring and clustering; with `fixed`, only pairs with a
 * record from `fixed.firstNew` on are scored and known groups stay whole.
 */
export function runLinkage(
  records: readonly LinkRecord[],
  options: LinkOptions,
  fixed: FixedGroups | undefined,
): LinkageRun {
  const indexById = new Map<string, number>();
  records.forEach((record, index) => {
    if (indexById.has(record.id)) {
      throw new Error(
        `Duplicate record id '${record.id}'; every record needs a unique id`,
      );
    }
    indexById.set(record.id, index);
  });

  const prepared = prepareRecords(records);
  const pairs = candidatePairs(
    prepared,
    options.rules ?? defaultBlockingRules,
    {
      ...(options.maxBlockSize === undefined
        ? {}
        : { maxBlockSize: options.maxBlockSize }),
      ...(fixed === undefined ? {} : { firstNew: fixed.firstNew }),
    },
  );

  const chosen = chooseParameters(
    options,
    records.length - (fixed?.firstNew ?? 0),
    records.length,
  );
  const list =
    chosen.start === undefined
      ? [...(options.comparisons ?? defaultComparisons)]
      : resolveComparisons(chosen.start);
  const levels = compareCandidates(prepared, pairs, list);
  let parameters = chosen.start;
  let emIterations = 0;
  let emConverged = true;
  let source = chosen.source;
  let estimationRejected = false;
  if (chosen.source === 'estimated') {
    const estimated = estimateParameters(prepared, list, levels, {
      ...options.estimation,
      ...(parameters === undefined ? {} : { start: parameters }),
    });
    emIterations = estimated.iterations;
    emConverged = estimated.converged;
    if (
      options.estimate !== true &&
      (!estimated.converged || !plausible(estimated.parameters))
    ) {
      // Parameters from EM that did not converge, or that make agreeing ID
      // numbers no more likely among matches than among non-matches, link
      // nothing or everything. The defaults are safer.
      parameters = fallbackParameters(options, records.length);
      source = 'default';
      estimationRejected = true;
    } else {
      parameters = estimated.parameters;
    }
  }
  if (parameters === undefined) {
    throw new Error('No linkage parameters were given or estimated');
  }
  parameters = {
    ...parameters,
    thresholds: { ...parameters.thresholds, ...options.thresholds },
  };

  const tf = termFrequencyTables(prepared, parameters);
  const { weights } = scoreCandidates(prepared, pairs, parameters, {
    levels,
    tf,
  });

  const { same, different, unknown } = readDecisions(
    options.decisions ?? [],
    indexById,
  );
  const clusters = clusterPairs({
    recordCount: prepared.length,
    residentIds: prepared.map(validResidentId),
    left: pairs.left,
    right: pairs.right,
    weights,
    thresholds: parameters.thresholds,
    scorePair: createPairScorer(prepared, parameters, tf),
    same,
    different,
    ...(options.maxClusterSize === undefined
      ? {}
      : { maxClusterSize: options.maxClusterSize }),
    identifying: identifyingPairs(levels, parameters.comparisons),
    ...(fixed === undefined ? {} : { groups: fixed.groups }),
  });

  // Decided pairs need no review.
  const decided = new Set(
    [...same, ...different].map(([a, b]) => pairCode(a, b, prepared.length)),
  );
  const width = list.length;
  const review: ReviewPair[] = [];
  clusters.review.forEach((k, position) => {
    const a = pairs.left[k] as number;
    const b = pairs.right[k] as number;
    if (decided.has(pairCode(a, b, prepared.length))) {
      return;
    }
    const vector = levels.subarray(k * width, (k + 1) * width);
    const explanation = scorePair(
      vector,
      parameters,
      pairTermFrequencies(
        tf,
        prepared[a] as PreparedRecord,
        prepared[b] as PreparedRecord,
        vector,
      ),
    );
    review.push({
      a: records[a]?.id as string,
      b: records[b]?.id as string,
      weight: weights[k] as number,
      reason: clusters.reviewReasons[position] as ReviewReason,
      explanation,
    });
  });

  const conflicts: LinkConflict[] = clusters.conflicts.map((conflict) => ({
    a: records[conflict.a]?.id as string,
    b: records[conflict.b]?.id as string,
    weight: conflict.weight,
    residentIdA: conflict.residentIdA,
    residentIdB: conflict.residentIdB,
    source: conflict.source,
  }));

  const persons = new Set(clusters.clusterOf).size;
  return {
    clusterOf: clusters.clusterOf,
    review,
    conflicts,
    parameters,
    stats: {
      records: records.length,
      candidatePairs: pairs.left.length,
      links: clusters.links,
      reviewPairs: review.length,
      conflicts: conflicts.length,
      persons,
      knownRecords: fixed?.firstNew ?? 0,
      parameterSource: source,
      estimationRejected,
      emIterations,
      emConverged,
      unknownDecisions: unknown,
    },
  };
}

/** Picks the parameters to start from and whether to estimate them. */
function chooseParameters(
  options: LinkOptions,
  newRecords: number,
  records: number,
): { start: LinkageParameters | undefined; source: ParameterSource } {
  const given = options.parameters;
  if (options.estimate === true) return { start: given, source: 'estimated' };
  if (given !== undefined) return { start: given, source: 'given' };
  const enough =
    newRecords >= (options.minRecordsToEstimate ?? MIN_RECORDS_TO_ESTIMATE);
  if (options.estimate === undefined && enough) {
    return { start: undefined, source: 'estimated' };
  }
  return { start: fallbackParameters(options, records), source: 'default' };
}

/** Returns the default parameters for a run of `records` records. */
function fallbackParameters(
  options: LinkOptions,
  records: number,
): LinkageParameters {
  // Name frequencies counted on a few records are noise: in a file of 20
  // every name has a frequency of at least 1/20.
  const defaults = defaultParameters(records);
  if (records < (options.minRecordsToEstimate ?? MIN_RECORDS_TO_ESTIMATE)) {
    defaults.termFrequencies = [];
  }
  return defaults;
}

/**
 * Returns whether estimated parameters make sense: the exact level of the
 * ID number and of the name is more likely among matches than among
 * non-matches, and at least half of the matches agree exactly on each.
 */
function plausible(parameters: LinkageParameters): boolean {
  return parameters.comparisons
    .filter((c) => c.name === 'residentId' || c.name === 'name')
    .every((c) => {
      const m = c.m[0] ?? 0;
      const u = c.u[0] ?? 1;
      return m >= 0.5 && m > u;
    });
}

/** The 18-character resident ID number if valid and usable, else `''`. */
function validResidentId(record: PreparedRecord): string {
  return record.residentIdValid && !record.residentIdUnusable
    ? record.residentId18
    : '';
}

function pairCode(a: number, b: number, n: number): number {
  return Math.min(a, b) * n + Math.max(a, b);
}

function readDecisions(
  decisions: readonly ReviewDecision[],
  indexById: ReadonlyMap<string, number>,
): {
  same: [number, number][];
  different: [number, number][];
  unknown: number;
} {
  const same: [number, number][] = [];
  const different: [number, number][] = [];
  let unknown = 0;
  for (const decision of decisions) {
    const a = indexById.get(decision.a);
    const b = indexById.get(decision.b);
    if (a === undefined || b === undefined) {
      unknown += 1;
    } else if (a !== b) {
      (decision.same ? same : different).push([a, b]);
    }
  }
  return { same, different, unknown };
}

/**
 * Groups records by cluster and gives each person its key, or an empty key
 * when `keyed` is false and the caller assigns keys itself.
 */
export function groupPersons(
  records: readonly LinkRecord[],
  clusterOf: Uint32Array,
  keyed = true,
): LinkedPerson[] {
  const byCluster = new Map<number, string[]>();
  records.forEach((record, index) => {
    const cluster = clusterOf[index] as number;
    const ids = byCluster.get(cluster);
    if (ids === undefined) {
      byCluster.set(cluster, [record.id]);
    } else {
      ids.push(record.id);
    }
  });

  const used = new Set<string>();
  const persons: LinkedPerson[] = [];
  for (const recordIds of byCluster.values()) {
    if (!keyed) {
      persons.push({ key: '', recordIds });
      continue;
    }
    const smallest = recordIds.reduce((min, id) => (id < min ? id : min));
    const base = `P${hashKey(smallest).toString(36).padStart(11, '0')}`;
    let key = base;
    for (let suffix = 2; used.has(key); suffix += 1) {
      key = `${base}-${suffix}`;
    }
    used.add(key);
    persons.push({ key, recordIds });
  }
  return persons;
}
