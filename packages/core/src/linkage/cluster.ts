/**
 * Clustering of scored pairs into persons, built to resist chaining.
 *
 * Pairs at or above the match threshold are taken by descending weight and
 * joined with union-find, under these rules:
 *
 * 1. Two clusters whose valid resident ID numbers differ are never joined.
 *    Each cluster therefore contains at most one distinct valid number, and
 *    the rejected pair is reported as a conflict.
 * 2. A clerk's "different" decision keeps its two records apart: no union
 *    may put them in one cluster.
 * 3. Two single records are joined. A single record joins a larger cluster
 *    only if its direct weight with every member is at least the review
 *    threshold. Because pairs come by descending weight, a record that links
 *    to two clusters has already joined the stronger one when the weaker
 *    link arrives, and that link is then a merge of two larger clusters.
 * 4. Two clusters of two or more records merge only if they have the same
 *    valid resident ID number, or if two conditions hold: every pair across
 *    them weighs at least the review threshold, and at least two pairs
 *    across them weigh at least the match threshold. So one record whose links bridge two persons
 *    cannot join them: the pairs between the two persons' other records
 *    weigh too little.
 * 5. A union that would exceed `maxClusterSize` records is not made.
 * 6. A pair without evidence of identity (see `identity.ts`) links nothing.
 * 7. Records of one group (a person known from an earlier run) start in one
 *    cluster, and two clusters containing different groups are never joined
 *    by scored pairs: only a clerk's "same" decision merges known persons.
 *
 * Weights across clusters in rules 3 and 4 come from `scorePair`, which
 * scores any two records, so pairs that blocking did not generate count
 * too. A pair rejected by rule 3 to 7 goes to review, as do pairs
 * between the review and match thresholds, unless their records end in one
 * cluster. A clerk's "same" decision joins the two records' clusters after
 * all scored pairs, bypassing rules 3 to 7 but not rules 1 and 2.
 */

/** Input of `clusterPairs`. */
export interface ClusterInput {
  /** Number of records; records are numbered from 0. */
  recordCount: number;
  /**
   * Valid, usable resident ID number of each record (the 18-character
   * form), or `''`.
   */
  residentIds: readonly string[];
  /** Smaller record index of each scored pair. */
  left: Uint32Array;
  /** Larger record index of each scored pair. */
  right: Uint32Array;
  /** Match weight of each scored pair. */
  weights: Float64Array;
  /** Thresholds in match weight units. */
  thresholds: { match: number; review: number };
  /** Scores any two records, for the checks across clusters. */
  scorePair: (i: number, j: number) => number;
  /** Record pairs that a clerk decided are the same person. */
  same?: readonly (readonly [number, number])[];
  /** Record pairs that a clerk decided are different persons. */
  different?: readonly (readonly [number, number])[];
  /** Largest cluster that a scored pair may build. Defaults to 100. */
  maxClusterSize?: number;
  /**
   * Per scored pair, `1` when it shows evidence of identity and may link
   * (rule 6); all pairs may link when absent.
   */
  identifying?: Uint8Array;
  /**
   * Group of each record, or -1: records with the same group number start
   * in one cluster (rule 7).
   */
  groups?: Int32Array;
}

/** Reason that a pair went to review. */
export type ReviewReason =
  /** Weight between the review and match thresholds. */
  | 'between_thresholds'
  /** Above the match threshold, but the merge failed rule 3 or 4. */
  | 'unsupported_merge'
  /** Above the match threshold, but the merged cluster would be too big. */
  | 'cluster_size'
  /** Above the match threshold, but without evidence of identity (rule 6). */
  | 'no_identity_agreement'
  /** Above the match threshold, but it would merge two known persons. */
  | 'known_persons';

/** A union rejected because valid resident ID numbers differ. */
export interface ClusterConflict {
  /** Record index on one side. */
  a: number;
  /** Record index on the other side. */
  b: number;
  /** Pair weight, or undefined for a clerk's decision. */
  weight: number | undefined;
  /** Valid resident ID number of `a`'s cluster. */
  residentIdA: string;
  /** Valid resident ID number of `b`'s cluster. */
  residentIdB: string;
  /** Whether a scored pair or a clerk's "same" decision asked for it. */
  source: 'score' | 'decision';
}

/** Result of `clusterPairs`. */
export interface ClusterResult {
  /** Smallest record index of each record's cluster. */
  clusterOf: Uint32Array;
  /** Scored pairs at or above the match threshold that ended in a cluster. */
  links: number;
  /** Scored pair indices sent to review, by descending weight. */
  review: number[];
  /** Reason of each entry of `review`. */
  reviewReasons: ReviewReason[];
  /** Rejected unions. */
  conflicts: ClusterConflict[];
}

const DEFAULT_MAX_CLUSTER_SIZE = 100;

/** Clusters scored pairs into persons; see the module comment for rules. */
export function clusterPairs(input: ClusterInput): ClusterResult {
  const n = input.recordCount;
  const { match, review } = input.thresholds;
  const maxClusterSize = input.maxClusterSize ?? DEFAULT_MAX_CLUSTER_SIZE;
  const forest = new ClusterForest(n, input.residentIds, input.different ?? []);
  if (input.groups !== undefined) forest.joinGroups(input.groups);
  const conflicts: ClusterConflict[] = [];

  const order = pairsByWeight(input.weights, review);
  const rejected = new Map<number, ReviewReason>();
  for (const k of order) {
    const weight = input.weights[k] as number;
    if (weight < match) {
      break;
    }
    const a = input.left[k] as number;
    const b = input.right[k] as number;
    const ra = forest.find(a);
    const rb = forest.find(b);
    if (ra === rb || forest.forbidden(ra, rb)) {
      continue;
    }
    if (!forest.idsCompatible(ra, rb)) {
      conflicts.push(forest.conflict(a, b, weight, 'score'));
      continue;
    }
    if (input.identifying !== undefined && input.identifying[k] !== 1) {
      rejected.set(k, 'no_identity_agreement');
      continue;
    }
    if (forest.holdsOtherGroup(ra, rb)) {
      rejected.set(k, 'known_persons');
      continue;
    }
    if (forest.size(ra) + forest.size(rb) > maxClusterSize) {
      rejected.set(k, 'cluster_size');
      continue;
    }
    if (!supportsMerge(forest, ra, rb, input.scorePair, match, review)) {
      rejected.set(k, 'unsupported_merge');
      continue;
    }
    forest.union(ra, rb);
  }

  // A clerk's "same" overrides rules 3 to 5 but not 1 and 2.
  for (const [a, b] of input.same ?? []) {
    const ra = forest.find(a);
    const rb = forest.find(b);
    if (ra === rb || forest.forbidden(ra, rb)) {
      continue;
    }
    if (!forest.idsCompatible(ra, rb)) {
      conflicts.push(forest.conflict(a, b, undefined, 'decision'));
      continue;
    }
    forest.union(ra, rb);
  }

  // Review and link counts use the final clusters.
  const reviewPairs: number[] = [];
  const reviewReasons: ReviewReason[] = [];
  let links = 0;
  for (const k of order) {
    const a = input.left[k] as number;
    const b = input.right[k] as number;
    const ra = forest.find(a);
    const rb = forest.find(b);
    const weight = input.weights[k] as number;
    if (ra === rb) {
      if (weight >= match) {
        links += 1;
      }
      continue;
    }
    if (forest.forbidden(ra, rb) || !forest.idsCompatible(ra, rb)) {
      continue;
    }
    const reason = weight >= match ? rejected.get(k) : 'between_thresholds';
    if (reason !== undefined) {
      reviewPairs.push(k);
      reviewReasons.push(reason);
    }
  }

  return {
    clusterOf: forest.smallestMembers(),
    links,
    review: reviewPairs,
    reviewReasons,
    conflicts,
  };
}

/** Indices of pairs weighing at least `min`, by descending weight. */
function pairsByWeight(weights: Float64Array, min: number): Uint32Array {
  const selected: number[] = [];
  for (let k = 0; k < weights.length; k += 1) {
    if ((weights[k] as number) >= min) {
      selected.push(k);
    }
  }
  // Ties keep pair order, so the result does not depend on the sort.
  selected.sort(
    (x, y) => (weights[y] as number) - (weights[x] as number) || x - y,
  );
  return Uint32Array.from(selected);
}

/** Applies rules 3 and 4 of the module comment. */
function supportsMerge(
  forest: ClusterForest,
  ra: number,
  rb: number,
  scorePair: (i: number, j: number) => number,
  match: number,
  review: number,
): boolean {
  const sizeA = forest.size(ra);
  const sizeB = forest.size(rb);
  if (sizeA === 1 && sizeB === 1) {
    return true;
  }
  const idA = forest.residentId(ra);
  if (sizeA > 1 && sizeB > 1 && idA !== '' && idA === forest.residentId(rb)) {
    return true;
  }
  let strong = 0;
  for (const x of forest.members(ra)) {
    for (const y of forest.members(rb)) {
      const weight = scorePair(Math.min(x, y), Math.max(x, y));
      if (weight < review) {
        return false;
      }
      if (weight >= match) {
        strong += 1;
      }
    }
  }
  return sizeA === 1 || sizeB === 1 || strong >= 2;
}

/**
 * Union-find over records that keeps, per cluster root, the members, the
 * valid resident ID number and nothing else.
 */
class ClusterForest {
  private readonly parent: Int32Array;
  private readonly memberLists: number[][];
  private readonly ids: string[];
  private readonly cannotLink = new Map<number, number[]>();
  private readonly groupOf: Int32Array;

  constructor(
    n: number,
    residentIds: readonly string[],
    different: readonly (readonly [number, number])[],
  ) {
    this.parent = new Int32Array(n).map((_, i) => i);
    this.memberLists = Array.from({ length: n }, (_, i) => [i]);
    this.ids = Array.from({ length: n }, (_, i) => residentIds[i] ?? '');
    this.groupOf = new Int32Array(n).fill(-1);
    for (const [a, b] of different) {
      this.addCannotLink(a, b);
      this.addCannotLink(b, a);
    }
  }

  private addCannotLink(a: number, b: number): void {
    const list = this.cannotLink.get(a);
    if (list === undefined) {
      this.cannotLink.set(a, [b]);
    } else {
      list.push(b);
    }
  }

  /**
   * Puts the records of each group in one cluster, whatever their resident
   * ID numbers, and remembers each cluster's group.
   */
  joinGroups(groups: Int32Array): void {
    const rootOfGroup = new Map<number, number>();
    groups.forEach((group, i) => {
      if (group < 0) return;
      const root = rootOfGroup.get(group);
      if (root === undefined) {
        rootOfGroup.set(group, i);
        this.groupOf[i] = group;
        return;
      }
      const ra = this.find(root);
      const rb = this.find(i);
      if (ra !== rb) this.union(ra, rb);
      this.groupOf[this.find(i)] = group;
    });
  }

  /** Returns whether the two clusters contain records of two groups. */
  holdsOtherGroup(ra: number, rb: number): boolean {
    const a = this.groupOf[ra] as number;
    const b = this.groupOf[rb] as number;
    return a >= 0 && b >= 0 && a !== b;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) {
      root = this.parent[root] as number;
    }
    // Path compression.
    let node = i;
    while (node !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  size(root: number): number {
    return (this.memberLists[root] as number[]).length;
  }

  members(root: number): readonly number[] {
    return this.memberLists[root] as number[];
  }

  residentId(root: number): string {
    return this.ids[root] as string;
  }

  idsCompatible(ra: number, rb: number): boolean {
    const a = this.ids[ra] as string;
    const b = this.ids[rb] as string;
    return a === '' || b === '' || a === b;
  }

  /** Whether a clerk's "different" decision separates the two clusters. */
  forbidden(ra: number, rb: number): boolean {
    if (this.cannotLink.size === 0) {
      return false;
    }
    const [small, other] = this.size(ra) <= this.size(rb) ? [ra, rb] : [rb, ra];
    for (const member of this.members(small)) {
      for (const partner of this.cannotLink.get(member) ?? []) {
        if (this.find(partner) === other) {
          return true;
        }
      }
    }
    return false;
  }

  conflict(
    a: number,
    b: number,
    weight: number | undefined,
    source: 'score' | 'decision',
  ): ClusterConflict {
    return {
      a,
      b,
      weight,
      residentIdA: this.residentId(this.find(a)),
      residentIdB: this.residentId(this.find(b)),
      source,
    };
  }

  /** Joins two roots, the smaller cluster into the larger. */
  union(ra: number, rb: number): void {
    const [big, small] = this.size(ra) >= this.size(rb) ? [ra, rb] : [rb, ra];
    this.parent[small] = big;
    const bigMembers = this.memberLists[big] as number[];
    for (const member of this.memberLists[small] as number[]) {
      bigMembers.push(member);
    }
    this.memberLists[small] = [];
    if (this.ids[big] === '') {
      this.ids[big] = this.ids[small] as string;
    }
    if ((this.groupOf[big] as number) < 0) {
      this.groupOf[big] = this.groupOf[small] as number;
    }
  }

  smallestMembers(): Uint32Array {
    const n = this.parent.length;
    const smallest = new Uint32Array(n);
    const byRoot = new Map<number, number>();
    for (let i = 0; i < n; i += 1) {
      const root = this.find(i);
      const first = byRoot.get(root);
      if (first === undefined) {
        byRoot.set(root, i);
        smallest[i] = i;
      } else {
        smallest[i] = first;
      }
    }
    return smallest;
  }
}
