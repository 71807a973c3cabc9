import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterInput, clusterPairs } from './cluster.js';

const thresholds = { match: 6, review: 0 };

/** Builds input from `[a, b, weight]` triples; unlisted pairs weigh -20. */
function input(
  recordCount: number,
  scored: [number, number, number][],
  extra: Partial<ClusterInput> = {},
): ClusterInput {
  const weightOf = new Map(
    scored.map(([a, b, w]) => [`${Math.min(a, b)}:${Math.max(a, b)}`, w]),
  );
  return {
    recordCount,
    residentIds: new Array<string>(recordCount).fill(''),
    left: Uint32Array.from(scored.map(([a, b]) => Math.min(a, b))),
    right: Uint32Array.from(scored.map(([a, b]) => Math.max(a, b))),
    weights: Float64Array.from(scored.map(([, , w]) => w)),
    thresholds,
    scorePair: (i, j) => weightOf.get(`${i}:${j}`) ?? -20,
    ...extra,
  };
}

function groups(clusterOf: Uint32Array): number[][] {
  const byCluster = new Map<number, number[]>();
  clusterOf.forEach((cluster, index) => {
    byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), index]);
  });
  return [...byCluster.values()];
}

describe('clusterPairs', () => {
  it('joins pairs above the match threshold', () => {
    const result = clusterPairs(
      input(4, [
        [0, 1, 10],
        [2, 3, 3],
      ]),
    );
    expect(groups(result.clusterOf)).toEqual([[0, 1], [2], [3]]);
    expect(result.links).toBe(1);
    expect(result.review).toEqual([1]);
    expect(result.reviewReasons).toEqual(['between_thresholds']);
  });

  it('keeps one bridging record from joining two persons', () => {
    // Person A is 0 and 1, person B is 3 and 4; record 2 links to both.
    const result = clusterPairs(
      input(5, [
        [0, 1, 20],
        [3, 4, 20],
        [1, 2, 12],
        [2, 3, 10],
        [0, 2, 4],
      ]),
    );
    expect(groups(result.clusterOf)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(result.review).toEqual([3]);
    expect(result.reviewReasons).toEqual(['unsupported_merge']);
  });

  it('keeps a bridge stronger than the persons apart', () => {
    // The bridge pairs come first, so 1 and 3 meet 2 before their own.
    const result = clusterPairs(
      input(5, [
        [0, 1, 8],
        [3, 4, 8],
        [1, 2, 12],
        [2, 3, 10],
        [0, 2, 7],
        [2, 4, 7],
      ]),
    );
    expect(groups(result.clusterOf)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('merges clusters with two strong pairs across', () => {
    const result = clusterPairs(
      input(4, [
        [0, 1, 20],
        [2, 3, 20],
        [1, 2, 10],
        [0, 3, 9],
        [0, 2, 1],
        [1, 3, 2],
      ]),
    );
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2, 3]]);
  });

  it('merges clusters with the same valid ID', () => {
    const ids = ['X', '', 'X', ''];
    const result = clusterPairs(
      input(
        4,
        [
          [0, 1, 20],
          [2, 3, 20],
          [1, 2, 10],
        ],
        { residentIds: ids },
      ),
    );
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2, 3]]);
  });

  it('reports different valid IDs as a conflict', () => {
    const ids = ['X', 'Y', ''];
    const result = clusterPairs(
      input(
        3,
        [
          [0, 2, 20],
          [1, 2, 15],
        ],
        { residentIds: ids },
      ),
    );
    expect(groups(result.clusterOf)).toEqual([[0, 2], [1]]);
    expect(result.conflicts).toEqual([
      {
        a: 1,
        b: 2,
        weight: 15,
        residentIdA: 'Y',
        residentIdB: 'X',
        source: 'score',
      },
    ]);
    expect(result.review).toEqual([]);
  });

  it('respects a clerk deciding different', () => {
    const result = clusterPairs(
      input(
        3,
        [
          [0, 1, 20],
          [1, 2, 20],
          [0, 2, 20],
        ],
        { different: [[0, 2]] },
      ),
    );
    const found = groups(result.clusterOf);
    expect(found.find((g) => g.includes(0))).not.toContain(2);
  });

  it('respects a clerk deciding same', () => {
    const result = clusterPairs(
      input(
        4,
        [
          [0, 1, 20],
          [2, 3, 20],
        ],
        { same: [[1, 2]] },
      ),
    );
    expect(groups(result.clusterOf)).toEqual([[0, 1, 2, 3]]);
  });

  it('refuses a same decision across valid IDs', () => {
    const result = clusterPairs(
      input(2, [], { residentIds: ['X', 'Y'], same: [[0, 1]] }),
    );
    expect(groups(result.clusterOf)).toEqual([[0], [1]]);
    expect(result.conflicts[0]?.source).toBe('decision');
  });

  it('stops at maxClusterSize', () => {
    const result = clusterPairs(
      input(
        3,
        [
          [0, 1, 20],
          [1, 2, 19],
          [0, 2, 18],
        ],
        { maxClusterSize: 2 },
      ),
    );
    expect(groups(result.clusterOf)).toEqual([[0, 1], [2]]);
    expect(result.reviewReasons).toContain('cluster_size');
  });

  it('never puts two valid IDs in one cluster', () => {
    const record = fc.integer({ min: 0, max: 19 });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('', '', 'A', 'B', 'C'), {
          minLength: 20,
          maxLength: 20,
        }),
        fc.array(
          fc.tuple(
            record,
            record,
            fc.double({ min: -10, max: 30, noNaN: true }),
          ),
          {
            maxLength: 80,
          },
        ),
        fc.array(fc.tuple(record, record), { maxLength: 5 }),
        fc.array(fc.tuple(record, record), { maxLength: 5 }),
        (ids, scored, same, different) => {
          const pairs = scored.filter(([a, b]) => a !== b);
          const result = clusterPairs(
            input(20, pairs, {
              residentIds: ids,
              same: same.filter(([a, b]) => a !== b),
              different: different.filter(([a, b]) => a !== b),
              // Random weights across clusters, symmetric in the pair.
              scorePair: (i, j) => ((i * 31 + j * 17) % 40) - 10,
            }),
          );
          for (const members of groups(result.clusterOf)) {
            const valid = new Set(
              members.map((m) => ids[m]).filter((id) => id !== ''),
            );
            expect(valid.size).toBeLessThanOrEqual(1);
          }
          for (const [a, b] of different) {
            if (a !== b) {
              expect(result.clusterOf[a]).not.toBe(result.clusterOf[b]);
            }
          }
        },
      ),
    );
  });
});
