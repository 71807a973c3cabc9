import { describe, expect, it } from 'vitest';
import { createCounty } from '../../test/synthetic-county.js';
import { defaultParameters } from './default-parameters.js';
import { identifyingPairs } from './identity.js';
import { linkRecords, MIN_RECORDS_TO_ESTIMATE } from './link.js';
import type { LinkRecord } from './record.js';

const comparisons = defaultParameters().comparisons;
const level = (comparison: string, name: string) => {
  const index = comparisons.findIndex((c) => c.name === comparison);
  return comparisons[index]?.levels.indexOf(name) as number;
};

/** Builds a comparison vector with every comparison missing but the given ones. */
function vector(levels: Record<string, string>): number[] {
  return comparisons.map((comparison) =>
    comparison.name in levels
      ? level(comparison.name, levels[comparison.name] as string)
      : comparison.levels.length - 1,
  );
}

describe('identifyingPairs', () => {
  it('marks pairs whose ID numbers or names agree', () => {
    const pairs = [
      vector({ residentId: 'one_substitution', name: 'different' }),
      vector({ name: 'pinyin_distance_1', birthDate: 'different' }),
      vector({ name: 'pinyin_distance_2', birthDate: 'exact', phone: 'equal' }),
      vector({ residentId: 'different', name: 'exact' }),
      vector({ birthDate: 'exact' }),
      vector({ name: 'exact', sex: 'different' }),
      vector({ residentId: 'exact', sex: 'different' }),
      vector({ residentId: 'unusable', name: 'exact' }),
    ];
    const marks = identifyingPairs(Uint8Array.from(pairs.flat()), comparisons);
    expect([...marks]).toEqual([1, 1, 0, 0, 0, 0, 1, 1]);
  });

  it('marks every pair of a model without ID and name comparisons', () => {
    const others = comparisons.filter(
      (c) => c.name !== 'residentId' && c.name !== 'name',
    );
    const marks = identifyingPairs(new Uint8Array(others.length * 3), others);
    expect([...marks]).toEqual([1, 1, 1]);
  });
});

describe('linkRecords on a small file', () => {
  // Twins without ID numbers: same birth date, village and family phone,
  // given names 亮 and 明.
  const twin = {
    sex: 'male' as const,
    birthDate: '1990-03-04',
    phone: '13800138000',
    township: '城关镇',
    village: '东村',
  };
  const others: LinkRecord[] = ['王芳', '刘洋', '陈静', '杨帆', '赵磊'].map(
    (name, i) => ({
      id: `r${i}`,
      name,
      sex: i % 2 === 0 ? 'male' : 'female',
      birthDate: `19${80 + i}-0${i + 1}-1${i}`,
      village: '西村',
    }),
  );
  const records: LinkRecord[] = [
    ...others,
    { id: 'twin1', name: '李亮', ...twin },
    { id: 'twin2', name: '李明', ...twin },
    { id: 'again', name: '王芳', sex: 'male', birthDate: '1980-01-10' },
  ];

  it('uses the default parameters below the estimation minimum', () => {
    expect(records.length).toBeLessThan(MIN_RECORDS_TO_ESTIMATE);
    const result = linkRecords(records);
    expect(result.stats.parameterSource).toBe('default');
    expect(result.stats.emIterations).toBe(0);
  });

  it('sends twins to review instead of merging them', () => {
    const result = linkRecords(records);
    const twins = result.persons.filter((p) =>
      p.recordIds.some((id) => id.startsWith('twin')),
    );
    expect(twins).toHaveLength(2);
    const pair = result.review.find((p) => p.a === 'twin1');
    expect(pair?.reason).toBe('no_identity_agreement');
    expect(pair?.weight).toBeGreaterThan(result.parameters.thresholds.match);
  });

  it('still links a repeated record of one person', () => {
    const result = linkRecords(records);
    const wang = result.persons.find((p) => p.recordIds.includes('again'));
    expect(wang?.recordIds.sort()).toEqual(['again', 'r0']);
  });

  it('scales the prior with the number of records', () => {
    const small = defaultParameters(20).lambda;
    const large = defaultParameters(200_000).lambda;
    expect(small).toBeGreaterThan(large * 1000);
    expect(defaultParameters(2).lambda).toBeLessThanOrEqual(0.5);
  });
});

describe('linkRecords on records without duplicates', () => {
  // EM finds no matching pairs to learn from and settles nowhere sensible.
  const { records, personOf } = createCounty(6000, 5);
  const firsts = records.filter((_, i) => personOf[i] !== personOf[i - 1]);

  it('falls back to the default parameters', () => {
    expect(firsts.length).toBeGreaterThanOrEqual(MIN_RECORDS_TO_ESTIMATE);
    const result = linkRecords(firsts);
    expect(result.stats.estimationRejected).toBe(true);
    expect(result.stats.parameterSource).toBe('default');
    const id = result.parameters.comparisons.find(
      (c) => c.name === 'residentId',
    );
    expect(id?.m[0]).toBeGreaterThan(0.5);
  });
});
