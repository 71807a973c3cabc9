import { describe, expect, it } from 'vitest';
import { defaultBlockingRules } from './blocking.js';
import { candidatePairs } from './candidates.js';
import { compareRecords, defaultComparisons } from './compare.js';
import { initialParameters } from './model.js';
import { type LinkRecord, prepareRecords } from './record.js';
import {
  createPairScorer,
  pairTermFrequencies,
  scoreCandidates,
  scorePair,
  termFrequencyTables,
} from './score.js';

const parameters = {
  ...initialParameters(defaultComparisons),
  lambda: 1e-4,
};
parameters.comparisons = parameters.comparisons.map((comparison) => ({
  ...comparison,
  u: comparison.u.map((_, level, all) =>
    level === 0 ? 0.01 : 0.99 / (all.length - 1),
  ),
}));

const records: LinkRecord[] = [
  { id: 'a', name: '王伟', birthDate: '1980-03-05', phone: '13800000001' },
  { id: 'b', name: '王伟', birthDate: '1980-05-03', phone: '13800000001' },
  { id: 'c', name: '王伟', birthDate: '1980-03-05' },
  { id: 'd', name: '欧阳修', birthDate: '1980-03-05', phone: '13800000002' },
  { id: 'e', name: '欧阳修', birthDate: '1980-03-05', phone: '13800000002' },
];
const prepared = prepareRecords(records);

describe('scorePair', () => {
  it('sums the prior and contributions to the weight', () => {
    const levels = new Uint8Array(defaultComparisons.length);
    compareRecords(prepared[0]!, prepared[1]!, defaultComparisons, levels);
    const score = scorePair(levels, parameters);
    const sum = score.contributions.reduce(
      (total, term) => total + term.weight,
      score.prior,
    );
    expect(score.weight).toBeCloseTo(sum, 10);
    expect(score.prior).toBeCloseTo(Math.log2(1e-4 / (1 - 1e-4)), 10);
  });

  it('gives missing levels weight 0', () => {
    const levels = new Uint8Array(defaultComparisons.length);
    compareRecords(prepared[0]!, prepared[2]!, defaultComparisons, levels);
    const phone = scorePair(levels, parameters).contributions.find(
      (term) => term.comparison === 'phone',
    );
    expect(phone?.level).toBe('missing');
    expect(phone?.weight).toBe(0);
  });

  it('names the level and marks term frequencies', () => {
    const levels = new Uint8Array(defaultComparisons.length);
    compareRecords(prepared[0]!, prepared[1]!, defaultComparisons, levels);
    const score = scorePair(levels, parameters, { name: 0.5 });
    const name = score.contributions.find((t) => t.comparison === 'name');
    const birth = score.contributions.find((t) => t.comparison === 'birthDate');
    expect(name?.level).toBe('exact');
    expect(name?.termFrequency).toBe(true);
    expect(name?.weight).toBeCloseTo(Math.log2(0.9 / 0.5), 10);
    expect(birth?.level).toBe('day_month_swapped');
  });

  it('rejects a short level vector', () => {
    expect(() => scorePair([0], parameters)).toThrow(RangeError);
  });
});

describe('scoreCandidates', () => {
  const pairs = candidatePairs(prepared, defaultBlockingRules);
  const tf = termFrequencyTables(prepared, parameters);

  it('matches scorePair with term frequencies', () => {
    const { weights, levels } = scoreCandidates(prepared, pairs, parameters, {
      tf,
    });
    const width = defaultComparisons.length;
    expect(weights.length).toBeGreaterThan(0);
    for (let k = 0; k < weights.length; k += 1) {
      const vector = levels.subarray(k * width, (k + 1) * width);
      const left = prepared[pairs.left[k]!]!;
      const right = prepared[pairs.right[k]!]!;
      const expected = scorePair(
        vector,
        parameters,
        pairTermFrequencies(tf, left, right, vector),
      ).weight;
      expect(weights[k]).toBeCloseTo(expected, 10);
    }
  });

  it('weighs a common name less than a rare one', () => {
    // 王伟 is 3 of 5 names and 欧阳修 2 of 5.
    const nameWeight = (i: number, j: number) => {
      const levels = new Uint8Array(defaultComparisons.length);
      compareRecords(prepared[i]!, prepared[j]!, defaultComparisons, levels);
      const score = scorePair(
        levels,
        parameters,
        pairTermFrequencies(tf, prepared[i]!, prepared[j]!, levels),
      );
      return score.contributions.find((t) => t.comparison === 'name')!.weight;
    };
    expect(nameWeight(0, 2)).toBeCloseTo(Math.log2(0.9 / 0.6), 10);
    expect(nameWeight(3, 4)).toBeCloseTo(Math.log2(0.9 / 0.4), 10);
  });

  it('agrees with createPairScorer', () => {
    const { weights } = scoreCandidates(prepared, pairs, parameters, { tf });
    const score = createPairScorer(prepared, parameters, tf);
    for (let k = 0; k < weights.length; k += 1) {
      expect(score(pairs.left[k]!, pairs.right[k]!)).toBeCloseTo(
        weights[k]!,
        10,
      );
    }
  });
});

describe('surname term frequencies', () => {
  // 王 is 4 of 6 surnames and 欧 2 of 6, so two records share a surname
  // with chance (4/6)² + (2/6)² = 5/9.
  const surnameRecords: LinkRecord[] = [
    { id: 'a', name: '王伟' },
    { id: 'b', name: '王玮' },
    { id: 'c', name: '王芳' },
    { id: 'd', name: '王刚' },
    { id: 'e', name: '欧阳修' },
    { id: 'f', name: '欧阳秀' },
  ];
  const people = prepareRecords(surnameRecords);
  const withSurnames = {
    ...parameters,
    termFrequencies: [
      { comparison: 'name', minU: 1e-4 },
      { comparison: 'name', part: 'surname' as const, minU: 1e-3 },
    ],
  };
  const tf = termFrequencyTables(people, withSurnames);
  const nameTerm = (i: number, j: number) => {
    const levels = new Uint8Array(defaultComparisons.length);
    compareRecords(people[i]!, people[j]!, defaultComparisons, levels);
    const score = scorePair(
      levels,
      withSurnames,
      pairTermFrequencies(tf, people[i]!, people[j]!, levels),
    );
    return score.contributions.find((t) => t.comparison === 'name')!;
  };
  const plain = (level: string) => {
    const name = withSurnames.comparisons.find((c) => c.name === 'name')!;
    const index = name.levels.indexOf(level);
    return Math.log2(name.m[index]! / name.u[index]!);
  };

  it('weighs a partly agreeing name with a common surname less', () => {
    const term = nameTerm(0, 1);
    expect(term.level).toBe('pinyin_equal');
    expect(term.termFrequency).toBe(true);
    expect(term.weight).toBeCloseTo(
      plain('pinyin_equal') + Math.log2(5 / 9 / (4 / 6)),
      10,
    );
  });

  it('weighs a partly agreeing name with a rare surname more', () => {
    const term = nameTerm(4, 5);
    expect(term.level).toBe('pinyin_toneless_equal');
    expect(term.weight).toBeCloseTo(
      plain('pinyin_toneless_equal') + Math.log2(5 / 9 / (2 / 6)),
      10,
    );
  });

  it('leaves different names alone', () => {
    const term = nameTerm(0, 2);
    expect(term.level).toBe('different');
    expect(term.termFrequency).toBe(false);
    expect(term.weight).toBeCloseTo(plain('different'), 10);
  });

  it('gives scoreCandidates and createPairScorer the same weights', () => {
    const scorer = createPairScorer(people, withSurnames, tf);
    const pairs = {
      left: Uint32Array.from([0, 4]),
      right: Uint32Array.from([1, 5]),
    };
    const { weights } = scoreCandidates(people, pairs, withSurnames, { tf });
    expect(weights[0]).toBeCloseTo(scorer(0, 1), 10);
    expect(weights[1]).toBeCloseTo(scorer(4, 5), 10);
  });
});
