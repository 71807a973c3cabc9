import { describe, expect, it } from 'vitest';
import { defaultComparisons } from './compare.js';
import {
  countPatterns,
  createRandom,
  estimateM,
  estimateU,
} from './estimate.js';
import { initialParameters } from './model.js';
import { prepareRecords } from './record.js';

/** Draws a level index from probabilities that sum to 1. */
function draw(random: () => number, probabilities: readonly number[]): number {
  let x = random();
  for (let level = 0; level < probabilities.length - 1; level += 1) {
    x -= probabilities[level]!;
    if (x < 0) {
      return level;
    }
  }
  return probabilities.length - 1;
}

// Three comparisons with known m and u; the last level is missing.
const truth = [
  { m: [0.85, 0.1, 0.05], u: [0.001, 0.009, 0.99] },
  { m: [0.7, 0.2, 0.1], u: [0.02, 0.08, 0.9] },
  { m: [0.9, 0.1], u: [0.1, 0.9] },
];
const start = {
  ...initialParameters(
    truth.map((t, c) => ({
      name: `c${c}`,
      levels: [...t.m.map((_, l) => `l${l}`), 'missing'],
      compare: () => 0,
    })),
  ),
  lambda: 0.2,
};
start.comparisons = start.comparisons.map((c, index) => ({
  ...c,
  u: [...truth[index]!.u],
}));

function simulate(pairs: number, lambda: number, seed: number): Uint8Array {
  const random = createRandom(seed);
  const levels = new Uint8Array(pairs * truth.length);
  for (let k = 0; k < pairs; k += 1) {
    const match = random() < lambda;
    truth.forEach((t, c) => {
      // One value in ten is missing.
      levels[k * truth.length + c] =
        random() < 0.1 ? t.m.length : draw(random, match ? t.m : t.u);
    });
  }
  return levels;
}

describe('estimateM', () => {
  it('recovers m and λ from simulated vectors', () => {
    const levels = simulate(200_000, 0.05, 5);
    const result = estimateM(countPatterns(levels, truth.length), start);
    expect(result.converged).toBe(true);
    expect(result.parameters.lambda).toBeCloseTo(0.05, 2);
    result.parameters.comparisons.forEach((c, index) => {
      c.m.forEach((m, level) => {
        expect(
          Math.abs(m - truth[index]!.m[level]!),
          `${c.name} l${level}`,
        ).toBeLessThan(0.02);
      });
      expect(c.u).toEqual(truth[index]!.u);
    });
  });

  it('scales λ by totalPairs', () => {
    const levels = simulate(50_000, 0.05, 6);
    const patterns = countPatterns(levels, truth.length);
    const plain = estimateM(patterns, start);
    const scaled = estimateM(patterns, start, { totalPairs: 5_000_000 });
    expect(scaled.parameters.lambda).toBeLessThan(plain.parameters.lambda / 10);
  });

  it('stops at maxIterations', () => {
    const levels = simulate(1_000, 0.05, 7);
    const result = estimateM(countPatterns(levels, truth.length), start, {
      maxIterations: 1,
      tolerance: 0,
    });
    expect(result.iterations).toBe(1);
    expect(result.converged).toBe(false);
  });
});

describe('countPatterns', () => {
  it('counts identical vectors once', () => {
    const levels = Uint8Array.from([0, 1, 0, 1, 2, 2, 0, 1]);
    const patterns = countPatterns(levels, 2);
    expect(Array.from(patterns.levels)).toEqual([0, 1, 2, 2]);
    expect(Array.from(patterns.counts)).toEqual([3, 1]);
  });
});

describe('estimateU', () => {
  const records = Array.from({ length: 300 }, (_, i) => ({
    id: `r${i}`,
    name: i % 3 === 0 ? '王伟' : `李${'明芳强'.charAt(i % 3)}${i}`,
    sex: i % 2 === 0 ? ('male' as const) : ('female' as const),
  }));
  const prepared = prepareRecords(records);

  it('is deterministic for a seed', () => {
    const a = estimateU(prepared, defaultComparisons, {
      sampleSize: 5_000,
      seed: 9,
    });
    const b = estimateU(prepared, defaultComparisons, {
      sampleSize: 5_000,
      seed: 9,
    });
    expect(a).toEqual(b);
  });

  it('compares all pairs when there are few', () => {
    // 300 records have 44,850 pairs; half agree on sex, all but ~1/3 of
    // the 王伟 pairs disagree on name.
    const u = estimateU(prepared, defaultComparisons, { sampleSize: 100_000 });
    const sex = u[3]!;
    expect(sex[0]).toBeCloseTo((2 * 150 * 149) / 2 / 44_850, 3);
    const exactNames = (100 * 99) / 2;
    expect(u[1]![0]).toBeCloseTo((exactNames + 0.5) / (44_850 + 3.5), 4);
  });

  it('sums to 1 without missing', () => {
    const u = estimateU(prepared, defaultComparisons, { sampleSize: 2_000 });
    for (const levels of u) {
      expect(levels.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 10);
    }
  });
});
