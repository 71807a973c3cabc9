import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../id/check.js';
import { defaultBlockingRules } from './blocking.js';
import { candidatePairs } from './candidates.js';
import { defaultComparisons } from './compare.js';
import { estimateParameters } from './estimate.js';
import { linkRecords } from './link.js';
import { createCounty, pairwiseQuality } from '../../test/synthetic-county.js';
import type { LinkRecord } from './record.js';
import { prepareRecords } from './record.js';
import { compareCandidates } from './score.js';

describe('estimateParameters on a synthetic county', () => {
  const { records, personOf } = createCounty(20_000, 11);
  const prepared = prepareRecords(records);
  const pairs = candidatePairs(prepared, defaultBlockingRules);
  const levels = compareCandidates(prepared, pairs, defaultComparisons);
  const result = estimateParameters(prepared, defaultComparisons, levels, {
    seed: 3,
  });

  // True m from the planted duplicates among the candidate pairs.
  const width = defaultComparisons.length;
  const trueM = defaultComparisons.map((c) =>
    new Array<number>(c.levels.length).fill(0),
  );
  let matches = 0;
  for (let k = 0; k < pairs.left.length; k += 1) {
    if (
      personOf[pairs.left[k] as number] !== personOf[pairs.right[k] as number]
    ) {
      continue;
    }
    matches += 1;
    defaultComparisons.forEach((_, c) => {
      const level = levels[k * width + c] as number;
      (trueM[c] as number[])[level] =
        ((trueM[c] as number[])[level] as number) + 1;
    });
  }

  it('converges', () => {
    expect(result.converged).toBe(true);
  });

  it('recovers λ among all pairs', () => {
    const trueLambda = matches / ((records.length * (records.length - 1)) / 2);
    expect(result.parameters.lambda).toBeGreaterThan(trueLambda * 0.9);
    expect(result.parameters.lambda).toBeLessThan(trueLambda * 1.1);
  });

  it('recovers m within 0.05 per level', () => {
    result.parameters.comparisons.forEach((comparison, c) => {
      const counts = (trueM[c] as number[]).slice(0, -1);
      const total = counts.reduce((sum, value) => sum + value, 0);
      if (total === 0) {
        // No record has the field (departure dates), so EM keeps the start.
        return;
      }
      comparison.m.forEach((m, level) => {
        const truth = (counts[level] as number) / total;
        expect(
          Math.abs(m - truth),
          `${comparison.name} ${comparison.levels[level]}: m ${m.toFixed(4)}, truth ${truth.toFixed(4)}`,
        ).toBeLessThan(0.05);
      });
    });
  });

  it('recovers u of exact name from random pairs', () => {
    const name = result.parameters.comparisons.find((c) => c.name === 'name');
    // Exact names among all pairs: the sum of squared name frequencies.
    const counts = new Map<string, number>();
    for (const record of prepared) {
      counts.set(
        record.name.normalized,
        (counts.get(record.name.normalized) ?? 0) + 1,
      );
    }
    let squares = 0;
    for (const count of counts.values()) {
      squares += (count / prepared.length) ** 2;
    }
    expect(name?.u[0]).toBeGreaterThan(squares * 0.7);
    expect(name?.u[0]).toBeLessThan(squares * 1.3);
  });
});

describe('linkRecords on a synthetic county', () => {
  it.each([
    ['easy', false, 0.99, 0.98],
    ['hard', true, 0.97, 0.9],
  ])(
    'links the %s county',
    { timeout: 60_000 },
    (label, hard, minPrecision, minRecall) => {
      const { records, personOf } = createCounty(20_000, 7, hard);
      const started = performance.now();
      const result = linkRecords(records);
      const seconds = (performance.now() - started) / 1000;
      const quality = pairwiseQuality(records, personOf, result.persons);
      console.log(
        `linkRecords on 20,000 records (${label}): ${seconds.toFixed(2)} s, ` +
          `precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)}, ` +
          `F1 ${quality.f1.toFixed(4)} (${quality.truePairs} true pairs, ${quality.predictedPairs} predicted), ` +
          `stats ${JSON.stringify(result.stats)}`,
      );
      expect(quality.precision).toBeGreaterThan(minPrecision);
      expect(quality.recall).toBeGreaterThan(minRecall);
      expect(seconds).toBeLessThan(20);
    },
  );
});

describe('linkRecords with decisions', () => {
  const records: LinkRecord[] = [
    {
      id: 'a1',
      name: '李明',
      birthDate: '1985-04-02',
      phone: '13912345678',
      village: '新村',
    },
    {
      id: 'a2',
      name: '李名',
      birthDate: '1985-04-02',
      phone: '13912345678',
      village: '新村',
    },
    { id: 'b1', name: '赵芳', birthDate: '1990-07-09', village: '河村' },
    { id: 'c1', name: '孙强', residentId: '11010519491231002X' },
    {
      id: 'c2',
      name: '孙强',
      residentId: `11010519491231003${residentIdCheckCharacter('11010519491231003')}`,
    },
  ];
  // Parameters from a county-sized run, so that the weights are realistic.
  const { parameters } = linkRecords(createCounty(5_000, 3).records);

  const personOf = (result: ReturnType<typeof linkRecords>, id: string) =>
    result.persons.find((p) => p.recordIds.includes(id))?.key;

  it('links without decisions', () => {
    const result = linkRecords(records, { parameters });
    expect(personOf(result, 'a1')).toBe(personOf(result, 'a2'));
    expect(personOf(result, 'a1')).not.toBe(personOf(result, 'b1'));
  });

  it('separates records decided different', () => {
    const result = linkRecords(records, {
      parameters,
      decisions: [{ a: 'a2', b: 'a1', same: false }],
    });
    expect(personOf(result, 'a1')).not.toBe(personOf(result, 'a2'));
    expect(result.review.filter((pair) => pair.a.startsWith('a'))).toEqual([]);
  });

  it('joins records decided same', () => {
    const result = linkRecords(records, {
      parameters,
      decisions: [{ a: 'b1', b: 'a1', same: true }],
    });
    expect(personOf(result, 'b1')).toBe(personOf(result, 'a1'));
    expect(personOf(result, 'b1')).toBe(personOf(result, 'a2'));
  });

  it('reports a same decision across valid IDs', () => {
    const result = linkRecords(records, {
      parameters,
      decisions: [
        { a: 'c1', b: 'c2', same: true },
        { a: 'c1', b: 'zz', same: true },
      ],
    });
    expect(personOf(result, 'c1')).not.toBe(personOf(result, 'c2'));
    expect(result.conflicts).toMatchObject([
      { a: 'c1', b: 'c2', source: 'decision' },
    ]);
    expect(result.stats.unknownDecisions).toBe(1);
  });

  it('gives keys from the smallest record id', () => {
    const first = linkRecords(records, { parameters });
    const reversed = linkRecords([...records].reverse(), { parameters });
    const keys = (result: ReturnType<typeof linkRecords>) =>
      result.persons.map((p) => p.key).sort();
    expect(keys(reversed)).toEqual(keys(first));
    expect(personOf(first, 'a1')).toMatch(/^P[0-9a-z]{11}$/);
  });

  it('rejects duplicate record ids', () => {
    expect(() => linkRecords([records[0]!, records[0]!])).toThrow(
      "Duplicate record id 'a1'",
    );
  });
});
