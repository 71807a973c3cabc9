import { describe, expect, it } from 'vitest';
import { defaultComparisons } from './compare.js';
import {
  initialParameters,
  parametersFromJson,
  parametersToJson,
} from './model.js';

describe('parametersToJson', () => {
  it('round-trips through parametersFromJson', () => {
    const parameters = initialParameters(defaultComparisons);
    parameters.lambda = 1.25e-5;
    parameters.thresholds = { match: 7.5, review: -1 };
    const copy = parametersFromJson(parametersToJson(parameters));
    expect(copy).toEqual(parameters);
  });
});

describe('parametersFromJson', () => {
  const valid = () =>
    JSON.parse(parametersToJson(initialParameters(defaultComparisons))) as {
      [key: string]: unknown;
      comparisons: { m: number[]; levels: string[] }[];
      thresholds: { match: number; review: number };
    };

  it('rejects text that is not JSON', () => {
    expect(() => parametersFromJson('{')).toThrow(SyntaxError);
  });

  it('rejects another version', () => {
    const value = { ...valid(), version: 2 };
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      'Invalid linkage parameters at version: expected 1, got 2',
    );
  });

  it('rejects m that does not sum to 1', () => {
    const value = valid();
    value.comparisons[0]!.m[0] = 0.5;
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at comparisons\[0\]\.m: expected probabilities summing to 1/,
    );
  });

  it('rejects m with an entry for missing', () => {
    const value = valid();
    value.comparisons[1]!.m.push(0);
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at comparisons\[1\]\.m: expected 7 entries/,
    );
  });

  it('rejects levels without missing last', () => {
    const value = valid();
    value.comparisons[2]!.levels.pop();
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at comparisons\[2\]\.levels: expected level names ending with 'missing'/,
    );
  });

  it('rejects lambda outside (0, 1)', () => {
    const value = { ...valid(), lambda: 1 };
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at lambda: expected a probability strictly between 0 and 1, got 1/,
    );
  });

  it('rejects review above match', () => {
    const value = valid();
    value.thresholds = { match: 2, review: 3 };
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at thresholds: review \(3\) must not exceed match \(2\)/,
    );
  });

  it('rejects a term frequency on an unknown comparison', () => {
    const value = {
      ...valid(),
      termFrequencies: [{ comparison: 'surname', minU: 0.001 }],
    };
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at termFrequencies\[0\]\.comparison/,
    );
  });

  it('reads a surname adjustment and rejects other parts', () => {
    const surname = { comparison: 'name', part: 'surname', minU: 0.001 };
    const value = { ...valid(), termFrequencies: [surname] };
    expect(parametersFromJson(JSON.stringify(value)).termFrequencies).toEqual([
      surname,
    ]);
    value.termFrequencies = [{ ...surname, part: 'given' }];
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at termFrequencies\[0\]\.part/,
    );
  });

  it('rejects a missing field', () => {
    const { lambda: _lambda, ...value } = valid();
    expect(() => parametersFromJson(JSON.stringify(value))).toThrow(
      /at lambda: expected a finite number, got undefined/,
    );
  });
});
