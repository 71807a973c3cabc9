import { execFileSync } from 'node:child_process';

import { beforeAll, describe, expect, it } from 'vitest';

import { hasValidResidentIdCheck } from '../sample-county/ids.mjs';
import { surnameOf } from '../sample-county/names.mjs';
import { HOMOPHONES, TRADITIONAL_FORMS } from './errors.mjs';
import { evaluate, exactIdClusters, validResidentId18 } from './evaluate.mjs';
import {
  ERROR_TYPES,
  generateLinkageSample,
  HARD_NEGATIVE_TAGS,
} from './generate-linkage-sample.mjs';
import { COMMON_SURNAMES, SOUND_ALIKE_SURNAMES } from './population.mjs';

/** @typedef {import('./population.mjs').Identity} Identity */

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

/**
 * Returns the code-point positions at which two names of equal length
 * differ, or null when their lengths differ.
 * @param {string} a
 * @param {string} b
 */
function nameDifferences(a, b) {
  const x = [...a];
  const y = [...b];
  return x.length === y.length ? differences(x, y) : null;
}

/** @param {Identity} person */
function birthYear(person) {
  return Number(person.birthDate.slice(0, 4));
}

/**
 * Checks of each hard-negative kind on the two persons of a pair.
 * @type {Record<string, (person: Identity, other: Identity, label: string) => void>}
 */
const LOOK_ALIKE_CHECKS = {
  phone_shared(person, other, label) {
    expect(other.phone, label).toBe(person.phone);
    expect(surnameOf(other.name), label).toBe(surnameOf(person.name));
    expect(other.home.village, label).toBe(person.home.village);
  },
  namesake(person, other, label) {
    expect(other.name, label).toBe(person.name);
    expect(other.sex, label).toBe(person.sex);
    expect(birthYear(other), label).toBe(birthYear(person));
    expect(other.birthDate, label).not.toBe(person.birthDate);
    expect(other.phone, label).not.toBe(person.phone);
  },
  twin(person, other, label) {
    expect(other.birthDate, label).toBe(person.birthDate);
    expect(other.phone, label).toBe(person.phone);
    expect(other.home.village, label).toBe(person.home.village);
    expect(surnameOf(other.name), label).toBe(surnameOf(person.name));
    if (!person.name.includes('·')) {
      expect(nameDifferences(person.name, other.name), label).toHaveLength(1);
    }
  },
  sibling(person, other, label) {
    expect(other.phone, label).toBe(person.phone);
    expect(other.home.village, label).toBe(person.home.village);
    expect(surnameOf(other.name), label).toBe(surnameOf(person.name));
    if (!person.name.includes('·')) {
      expect(nameDifferences(person.name, other.name), label).toHaveLength(1);
    }
    const gap = Math.abs(other.birthDay - person.birthDay);
    expect(gap, label).toBeGreaterThanOrEqual(300);
    expect(gap, label).toBeLessThanOrEqual(8 * 365);
  },
  village_namesake(person, other, label) {
    expect(other.name, label).toBe(person.name);
    expect(COMMON_SURNAMES, label).toContain(surnameOf(person.name));
    expect(other.sex, label).toBe(person.sex);
    expect(other.home.village, label).toBe(person.home.village);
    expect(other.birthDate, label).not.toBe(person.birthDate);
    expect(Math.abs(birthYear(other) - birthYear(person)), label).toBeLessThan(
      3,
    );
    expect(other.phone, label).not.toBe(person.phone);
  },
  homophone_namesake(person, other, label) {
    expect(other.sex, label).toBe(person.sex);
    expect(other.home.village, label).toBe(person.home.village);
    expect(other.birthDate, label).not.toBe(person.birthDate);
    expect(Math.abs(other.birthDay - person.birthDay), label).toBeLessThan(
      5 * 365 + 1,
    );
    expect(other.phone, label).not.toBe(person.phone);
    const positions = nameDifferences(person.name, other.name) ?? [];
    expect(positions, label).toHaveLength(1);
    const at = positions[0] ?? 0;
    // The person created first has the common name, whose character the
    // table maps to the other's.
    const [first, second] =
      person.personId < other.personId ? [person, other] : [other, person];
    const from = [...first.name][at] ?? '';
    const table = at === 0 ? SOUND_ALIKE_SURNAMES : HOMOPHONES;
    expect(table.get(from), label).toBe([...second.name][at]);
  },
};

describe('generateLinkageSample', () => {
  it('repeats records for one seed', () => {
    const again = generateLinkageSample({ seed: 7, persons: 3000 });
    expect(again.records).toEqual(sample.records);
  });

  it('repeats records in other time zones', () => {
    const url = new URL('./generate-linkage-sample.mjs', import.meta.url);
    const script = `
      import { generateLinkageSample } from ${JSON.stringify(url.href)};
      const { records } = generateLinkageSample({ seed: 7, persons: 300 });
      process.stdout.write(JSON.stringify(records));`;
    const expected = JSON.stringify(
      generateLinkageSample({ seed: 7, persons: 300 }).records,
    );
    for (const timeZone of ['Asia/Shanghai', 'America/New_York']) {
      const output = execFileSync(
        process.execPath,
        ['--input-type=module', '--eval', script],
        { encoding: 'utf8', env: { ...process.env, TZ: timeZone } },
      );
      expect(output, timeZone).toBe(expected);
    }
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

  it('pairs every hard negative with its look-alike', () => {
    const truth = /** @type {Map<string, Identity>} */ (sample.truth);
    for (const person of truth.values()) {
      const label = `${person.personId} ${person.tags.join(' ')}`;
      if (person.lookAlike === undefined) {
        expect(person.tags, label).toEqual([]);
        continue;
      }
      const { kind, personId } = person.lookAlike;
      expect(person.tags, label).toEqual([kind]);
      const other = truth.get(personId);
      if (!other) throw new Error(`no identity for ${personId}`);
      expect(other.lookAlike, label).toEqual({
        kind,
        personId: person.personId,
      });
      expect(other.residentId, label).not.toBe(person.residentId);
      expect(other.home.township, label).toBe(person.home.township);
      LOOK_ALIKE_CHECKS[kind]?.(person, other, label);
    }
  });

  it('gives one family one phone', () => {
    const persons = [...(sample.truth?.values() ?? [])];
    const byPhone = new Map();
    for (const person of persons) {
      byPhone.set(person.phone, (byPhone.get(person.phone) ?? 0) + 1);
    }
    for (const person of persons) {
      const shared = ['phone_shared', 'twin', 'sibling'].some((tag) =>
        person.tags.includes(tag),
      );
      expect(byPhone.get(person.phone), person.personId).toBe(shared ? 2 : 1);
    }
  });

  it('counts look-alike persons per kind', () => {
    const counts = {};
    for (const person of sample.truth?.values() ?? []) {
      const kind = person.lookAlike?.kind;
      if (kind) counts[kind] = (counts[kind] ?? 0) + 1;
    }
    expect(counts).toEqual({
      homophone_namesake: 36,
      namesake: 82,
      phone_shared: 520,
      sibling: 44,
      twin: 28,
      village_namesake: 38,
    });
    expect(Object.keys(counts).sort()).toEqual([...HARD_NEGATIVE_TAGS].sort());
  });

  it('writes the look-alike into every record', () => {
    for (const record of sample.records) {
      const truth = sample.truth?.get(record.personId);
      expect(record.lookAlike, record.id).toBe(truth?.lookAlike);
    }
  });

  it('lets relatives answer for some look-alikes', () => {
    const kinds = ['twin', 'sibling', 'village_namesake', 'homophone_namesake'];
    let persons = 0;
    for (const person of sample.truth?.values() ?? []) {
      if (!person.answeredByRelative) continue;
      persons += 1;
      expect(kinds, person.personId).toContain(person.lookAlike?.kind);
    }
    expect(persons).toBeGreaterThan(20);

    const records = sample.records.filter(
      (record) => sample.truth?.get(record.personId)?.answeredByRelative,
    );
    const share = (type) =>
      records.filter((record) => record.errors.includes(type)).length /
      records.length;
    expect(share('id_missing')).toBeGreaterThan(0.35);
    expect(share('id_missing')).toBeLessThan(0.65);
    expect(share('birth_date_missing')).toBeGreaterThan(0.18);
    expect(share('birth_date_missing')).toBeLessThan(0.42);
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

  it('counts false merges of look-alikes', () => {
    const twinOfB = { kind: 'twin', personId: 'B' };
    const twinOfA = { kind: 'twin', personId: 'A' };
    const pair = [
      { id: 'a1', personId: 'A', errors: ['twin'], lookAlike: twinOfB },
      { id: 'a2', personId: 'A', errors: ['twin'], lookAlike: twinOfB },
      { id: 'b1', personId: 'B', errors: ['twin'], lookAlike: twinOfA },
      { id: 'c1', personId: 'C', errors: [] },
    ];
    const apart = evaluate(pair, []).byLookAlike.twin;
    expect(apart).toEqual({
      persons: 2,
      records: 3,
      personPairs: 1,
      crossPairs: 2,
      falseMerges: 0,
      mergedPersonPairs: 0,
    });

    const oneMerged = evaluate(pair, [['a1', 'b1', 'c1']]).byLookAlike.twin;
    expect(oneMerged?.falseMerges).toBe(1);
    expect(oneMerged?.mergedPersonPairs).toBe(1);

    const allMerged = evaluate(pair, [['a1', 'a2', 'b1']]).byLookAlike.twin;
    expect(allMerged?.falseMerges).toBe(2);
    expect(allMerged?.mergedPersonPairs).toBe(1);
  });

  it('reports no look-alikes without them', () => {
    expect(evaluate(records, [['a1', 'b1']]).byLookAlike).toEqual({});
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
