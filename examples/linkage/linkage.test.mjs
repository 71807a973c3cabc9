import { beforeAll, describe, expect, it } from 'vitest';

import { hasValidResidentIdCheck } from '../sample-county/ids.mjs';
import { HOMOPHONES, TRADITIONAL_FORMS } from './errors.mjs';
import { evaluate, exactIdClusters, validResidentId18 } from './evaluate.mjs';
import {
  ERROR_TYPES,
  generateLinkageSample,
} from './generate-linkage-sample.mjs';

/** @type {ReturnType<typeof generateLinkageSample>} */
let sample;

beforeAll(() => {
  sample = generateLinkageSample({
    seed: 7,
    persons: 3000,
    includeTruth: true,
  });
});

/**
 * Returns the positions at which two strings of equal length differ.
 * @param {string} a
 * @param {string} b
 */
function differences(a, b) {
  const positions = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) positions.push(i);
  return positions;
}

/** @param {string | undefined} phone */
function digits(phone) {
  return (phone ?? '').replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
}

describe('generateLinkageSample', () => {
  it('repeats records for one seed', () => {
    const again = generateLinkageSample({ seed: 7, persons: 3000 });
    expect(again.records).toEqual(sample.records);
  });

  it('changes records with the seed', () => {
    const other = generateLinkageSample({ seed: 8, persons: 3000 });
    expect(other.records).not.toEqual(sample.records);
  });

  it('creates the requested persons', () => {
    expect(sample.personCount).toBe(3000);
    expect(sample.records.length).toBeGreaterThan(4500);
    expect(sample.records.length).toBeLessThan(6000);
  });

  it('stops at the requested records', () => {
    const sized = generateLinkageSample({ seed: 7, records: 2500 });
    expect(sized.records).toHaveLength(2500);
    expect(new Set(sized.records.map((r) => r.id)).size).toBe(2500);
  });

  it('injects every error type', () => {
    for (const type of ERROR_TYPES) {
      expect(sample.errorCounts[type], type).toBeGreaterThan(0);
    }
  });

  it('rejects an invalid size', () => {
    expect(() => generateLinkageSample({ persons: 0 })).toThrow(/persons/);
    expect(() => generateLinkageSample({ seed: -1 })).toThrow(/seed/);
  });
});

describe('ground truth', () => {
  it('gives correct IDs valid check characters', () => {
    for (const person of sample.truth?.values() ?? []) {
      expect(hasValidResidentIdCheck(person.residentId)).toBe(true);
    }
  });

  it('shows each ID error in the ID', () => {
    for (const record of sample.records) {
      const truth = sample.truth?.get(record.personId);
      if (!truth) throw new Error(`no identity for ${record.personId}`);
      const id = record.residentId;
      const trueId = truth.residentId;
      const has = (type) => record.errors.includes(type);
      const label = `${record.id} ${id}`;
      if (has('id_missing')) {
        expect(id, label).toBeUndefined();
      } else if (has('id_wrong_digit')) {
        expect(id, label).toHaveLength(18);
        expect(differences(id ?? '', trueId), label).toHaveLength(1);
        expect(hasValidResidentIdCheck(id ?? ''), label).toBe(false);
      } else if (has('id_transposed')) {
        const [i, j] = differences(id ?? '', trueId);
        expect(j, label).toBe((i ?? 0) + 1);
        expect(id?.[i ?? 0], label).toBe(trueId[j ?? 0]);
        expect(id?.[j ?? 0], label).toBe(trueId[i ?? 0]);
        expect(hasValidResidentIdCheck(id ?? ''), label).toBe(false);
      } else if (has('id_legacy_15')) {
        expect(id, label).toBe(trueId.slice(0, 6) + trueId.slice(8, 17));
      } else if (has('id_excel_scientific')) {
        expect(id, label).toMatch(/^\d(\.\d+)?E\+17$/);
      } else if (has('id_excel_zeroed')) {
        expect(id, label).toMatch(/^\d{15}000$/);
        expect(id, label).not.toBe(trueId);
      } else {
        expect(validResidentId18(id), label).toBe(trueId);
      }
    }
  });

  it('shows each name, date and phone error', () => {
    for (const record of sample.records) {
      const truth = sample.truth?.get(record.personId);
      if (!truth) throw new Error(`no identity for ${record.personId}`);
      const has = (type) => record.errors.includes(type);
      const label = `${record.id} ${record.name}`;
      const nameTable = has('name_homophone')
        ? HOMOPHONES
        : has('name_traditional')
          ? TRADITIONAL_FORMS
          : null;
      if (nameTable) {
        const name = [...(record.name ?? '')];
        const trueName = [...truth.name];
        const [at, ...rest] = differences(name, trueName);
        expect(rest, label).toEqual([]);
        expect(nameTable.get(trueName[at ?? 0] ?? ''), label).toBe(
          name[at ?? 0],
        );
      } else {
        expect(record.name, label).toBe(truth.name);
      }

      if (has('birth_date_missing')) {
        expect(record.birthDate, label).toBeUndefined();
      } else if (has('birth_date_day_month_swapped')) {
        const [year, month, day] = truth.birthDate.split('-');
        expect(record.birthDate, label).toBe(`${year}-${day}-${month}`);
        expect(day, label).not.toBe(month);
      } else {
        expect(record.birthDate, label).toBe(truth.birthDate);
      }

      if (has('phone_missing')) {
        expect(record.phone, label).toBeUndefined();
      } else if (has('phone_changed')) {
        expect(digits(record.phone), label).toMatch(/^1\d{10}$/);
        expect(digits(record.phone), label).not.toBe(truth.phone);
      } else {
        expect(digits(record.phone), label).toBe(truth.phone);
      }

      expect(record.township, label).toBe(truth.home.township.name);
      if (has('village_neighbour')) {
        expect(record.village, label).not.toBe(truth.home.village.name);
      } else {
        expect(record.village, label).toBe(truth.home.village.name);
      }
    }
  });

  it('pairs every hard negative with another person', () => {
    const persons = [...(sample.truth?.values() ?? [])];
    const others = (person, same) =>
      persons.filter((other) => other !== person && same(other)).length;
    for (const person of persons) {
      const label = `${person.personId} ${person.tags.join(' ')}`;
      if (person.tags.includes('phone_shared')) {
        expect(
          others(person, (o) => o.phone === person.phone),
          label,
        ).toBe(1);
      }
      if (person.tags.includes('namesake')) {
        const year = person.birthDate.slice(0, 4);
        const count = others(
          person,
          (o) => o.name === person.name && o.birthDate.startsWith(year),
        );
        expect(count, label).toBeGreaterThan(0);
      }
      if (person.tags.includes('twin')) {
        const count = others(
          person,
          (o) => o.birthDate === person.birthDate && o.phone === person.phone,
        );
        expect(count, label).toBe(1);
      }
    }
  });

  it('keeps survey dates after other dates', () => {
    for (const record of sample.records) {
      const other = record.returnedAt ?? record.departedAt ?? '';
      expect(other <= record.surveyedAt, record.id).toBe(true);
      expect(record.returnedAt === undefined).not.toBe(
        record.departedAt === undefined,
      );
    }
  });
});

describe('evaluate', () => {
  const records = [
    { id: 'a1', personId: 'A', errors: [] },
    { id: 'a2', personId: 'A', errors: ['name_homophone'] },
    { id: 'a3', personId: 'A', errors: [] },
    { id: 'b1', personId: 'B', errors: [] },
    { id: 'c1', personId: 'C', errors: ['namesake'] },
    { id: 'c2', personId: 'C', errors: [] },
  ];

  it('scores the true clustering as perfect', () => {
    const { overall } = evaluate(records, [
      ['a1', 'a2', 'a3'],
      ['b1'],
      { recordIds: ['c1', 'c2'] },
    ]);
    expect(overall.truePairs).toBe(4);
    expect(overall.truePositives).toBe(4);
    expect(overall.precision).toBe(1);
    expect(overall.recall).toBe(1);
    expect(overall.f1).toBe(1);
  });

  it('scores singletons with zero recall', () => {
    const { overall, byErrorType } = evaluate(records, []);
    expect(overall.predictedPairs).toBe(0);
    expect(overall.precision).toBe(1);
    expect(overall.recall).toBe(0);
    expect(overall.f1).toBe(0);
    expect(overall.falseNegatives).toBe(4);
    expect(byErrorType.name_homophone?.truePairs).toBe(2);
    expect(byErrorType.name_homophone?.records).toBe(1);
  });

  it('counts one false merge', () => {
    const { overall, byErrorType } = evaluate(records, [
      ['a1', 'a2', 'a3'],
      ['b1', 'c1'],
      ['c2'],
    ]);
    expect(overall.predictedPairs).toBe(4);
    expect(overall.truePositives).toBe(3);
    expect(overall.falsePositives).toBe(1);
    expect(overall.falseNegatives).toBe(1);
    expect(overall.precision).toBe(0.75);
    expect(overall.recall).toBe(0.75);
    const namesake = byErrorType.namesake;
    expect(namesake?.predictedPairs).toBe(1);
    expect(namesake?.truePositives).toBe(0);
    expect(namesake?.falseNegatives).toBe(1);
    expect(byErrorType.name_homophone?.precision).toBe(1);
    expect(byErrorType.name_homophone?.recall).toBe(1);
  });

  it('rejects an unknown or repeated record', () => {
    expect(() => evaluate(records, [['a1', 'z9']])).toThrow(/z9/);
    expect(() => evaluate(records, [['a1'], ['a1', 'a2']])).toThrow(/a1/);
  });
});

describe('exactIdClusters', () => {
  it('scores the baseline with full precision', () => {
    const { overall, byErrorType } = evaluate(
      sample.records,
      exactIdClusters(sample.records),
    );
    expect(overall.precision).toBe(1);
    expect(overall.recall).toBeGreaterThan(0.75);
    expect(overall.recall).toBeLessThan(0.95);
    for (const type of ['id_missing', 'id_wrong_digit', 'id_legacy_15']) {
      expect(byErrorType[type]?.truePositives, type).toBe(0);
    }
    expect(byErrorType.name_homophone?.recall).toBeGreaterThan(0.7);
  });

  it('normalises written IDs', () => {
    const id = '52229919900315103X';
    expect(validResidentId18(` ${id.toLowerCase()} `)).toBe(id);
    expect(validResidentId18(`'${id}`)).toBe(id);
    expect(validResidentId18(`="${id}"`)).toBe(id);
    expect(validResidentId18('522299199003151031')).toBe('');
  });
});
