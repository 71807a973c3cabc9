import { describe, expect, it } from 'vitest';
import { defaultComparisons } from './compare.js';
import {
  DEFAULT_PARAMETERS_RECORDS,
  defaultParameters,
} from './default-parameters.js';
import { resolveComparisons } from './score.js';

describe('defaultParameters', () => {
  it('fits the comparisons of this version', () => {
    // Fails when a comparison or level changes: run `pnpm build` and
    // `node scripts/write-default-parameters.mjs` to estimate them again.
    const parameters = defaultParameters();
    expect(resolveComparisons(parameters).map((c) => c.name)).toEqual(
      defaultComparisons.map((c) => c.name),
    );
    parameters.comparisons.forEach((comparison, index) => {
      expect(comparison.levels).toEqual(defaultComparisons[index]?.levels);
    });
  });

  it('keeps λ of the estimation sample at its size', () => {
    const at = defaultParameters(DEFAULT_PARAMETERS_RECORDS).lambda;
    expect(defaultParameters().lambda).toBe(at);
    expect(
      defaultParameters(DEFAULT_PARAMETERS_RECORDS * 10).lambda,
    ).toBeCloseTo(at / 10, 8);
  });

  it('returns a fresh copy each time', () => {
    const first = defaultParameters();
    first.thresholds.match = 99;
    expect(defaultParameters().thresholds.match).not.toBe(99);
  });
});
