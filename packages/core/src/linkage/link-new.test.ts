import { describe, expect, it } from 'vitest';
import { createCounty, pairwiseQuality } from '../../test/synthetic-county.js';
import { linkRecords, type LinkedPerson } from './link.js';
import { linkNewRecords } from './link-new.js';
import type { LinkRecord } from './record.js';

/** Person key of each record, in record order. */
function keysOf(
  records: readonly LinkRecord[],
  persons: readonly LinkedPerson[],
): string[] {
  const keyOf = new Map<string, string>();
  for (const person of persons) {
    for (const id of person.recordIds) keyOf.set(id, person.key);
  }
  return records.map((record) => keyOf.get(record.id) as string);
}

describe('linkNewRecords on a second round', () => {
  const { records, personOf } = createCounty(6000, 21);
  const known = records.slice(0, 4000);
  const fresh = records.slice(4000);
  const first = linkRecords(known);
  const keys = keysOf(known, first.persons);
  const result = linkNewRecords({ records: known, keys }, fresh, {
    parameters: first.parameters,
  });
  const full = linkRecords(records, { parameters: first.parameters });

  it('keeps every known person whole and under its key', () => {
    const after = keysOf(known, result.persons);
    expect(after).toEqual(keys);
    expect(result.events).toEqual([]);
    expect(result.stats.knownRecords).toBe(4000);
    expect(result.stats.parameterSource).toBe('given');
  });

  it('scores only the pairs with a new record', () => {
    expect(result.stats.candidatePairs).toBeGreaterThan(0);
    expect(result.stats.candidatePairs).toBeLessThan(
      full.stats.candidatePairs * 0.6,
    );
    for (const pair of result.review) {
      const ids = new Set(fresh.map((record) => record.id));
      expect(ids.has(pair.a) || ids.has(pair.b)).toBe(true);
    }
  });

  it('links as well as linking everything again', () => {
    const incremental = pairwiseQuality(records, personOf, result.persons);
    const again = pairwiseQuality(records, personOf, full.persons);
    expect(incremental.precision).toBeGreaterThanOrEqual(0.995);
    expect(incremental.f1).toBeGreaterThanOrEqual(again.f1 - 0.005);
  });

  it('gives new persons keys that no known person has', () => {
    const knownKeys = new Set(keys);
    const newOnly = result.persons.filter((person) =>
      person.recordIds.every((id) => !known.some((r) => r.id === id)),
    );
    expect(newOnly.length).toBeGreaterThan(0);
    for (const person of newOnly) expect(knownKeys.has(person.key)).toBe(false);
    expect(new Set(result.persons.map((p) => p.key)).size).toBe(
      result.persons.length,
    );
  });
});

describe('linkNewRecords between known persons', () => {
  // Two known persons that a clerk kept apart, and a new record that
  // matches both: it joins one, and the pair with the other goes to review.
  const base = {
    name: '王芳',
    sex: 'female' as const,
    birthDate: '1990-01-01',
    township: '城关镇',
    village: '东村',
  };
  const known: LinkRecord[] = [
    { id: 'a1', ...base, phone: '13800000001' },
    { id: 'b1', ...base, phone: '13900000002' },
  ];
  const fresh: LinkRecord[] = [{ id: 'n1', ...base }];

  it('never merges two known persons by score', () => {
    const result = linkNewRecords(
      { records: known, keys: ['PA', 'PB'] },
      fresh,
    );
    expect(result.persons).toHaveLength(2);
    expect(result.persons.map((p) => p.key).sort()).toEqual(['PA', 'PB']);
    expect(result.review.map((pair) => pair.reason)).toContain('known_persons');
    expect(result.stats.parameterSource).toBe('default');
  });

  it("merges them on a clerk's decision and reports the merge", () => {
    const result = linkNewRecords(
      { records: known, keys: ['PA', 'PB'] },
      fresh,
      { decisions: [{ a: 'a1', b: 'b1', same: true }] },
    );
    expect(result.persons).toHaveLength(1);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]?.type).toBe('merge');
    expect(result.events[0]?.keys.sort()).toEqual(['PA', 'PB']);
  });

  it('rejects a key list that does not fit the records', () => {
    expect(() =>
      linkNewRecords({ records: known, keys: ['PA'] }, fresh),
    ).toThrow(/one person key per known record/);
  });
});
