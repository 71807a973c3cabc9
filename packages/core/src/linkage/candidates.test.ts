import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../id/check.js';
import { type BlockingRule, defaultBlockingRules } from './blocking.js';
import { type CandidatePairs, candidatePairs } from './candidates.js';
import {
  type LinkRecord,
  type PreparedRecord,
  prepareRecords,
} from './record.js';

const MALE_1990 = '522225199003151238';
const LEGACY_1990 = '522225900315123';

function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

function pairsOf(result: CandidatePairs): string[] {
  return Array.from(result.left, (left, k) => `${left}-${result.right[k]}`);
}

/** Rule that gives each record the keys listed under its id. */
function listedKeys(keysById: Record<string, string[]>): BlockingRule {
  return { name: 'listed', keys: (record) => keysById[record.id] };
}

function prepareIds(ids: string[]): PreparedRecord[] {
  return prepareRecords(ids.map((id) => ({ id })));
}

/**
 * Computes candidate pairs the slow way, by collecting the members of every
 * key in a map, as a reference for `candidatePairs`.
 */
function referencePairs(
  prepared: readonly PreparedRecord[],
  rules: readonly BlockingRule[],
  maxBlockSize: number,
): string[] {
  const pairs = new Set<string>();
  for (const rule of rules) {
    const blocks = new Map<string, Set<number>>();
    prepared.forEach((record, index) => {
      const keys = rule.keys(record);
      for (const key of typeof keys === 'string' ? [keys] : (keys ?? [])) {
        const block = blocks.get(key) ?? new Set<number>();
        block.add(index);
        blocks.set(key, block);
      }
    });
    for (const block of blocks.values()) {
      if (block.size > maxBlockSize) {
        continue;
      }
      const members = [...block].sort((a, b) => a - b);
      members.forEach((left, i) => {
        for (const right of members.slice(i + 1)) {
          pairs.add(`${left}-${right}`);
        }
      });
    }
  }
  return [...pairs].sort((x, y) => {
    const [a1, a2] = x.split('-').map(Number) as [number, number];
    const [b1, b2] = y.split('-').map(Number) as [number, number];
    return a1 - b1 || a2 - b2;
  });
}

describe('candidatePairs', () => {
  it('pairs records that share a key', () => {
    const prepared = prepareIds(['a', 'b', 'c', 'd']);
    const rule = listedKeys({ a: ['x'], b: ['y'], c: ['x', 'y'], d: ['z'] });
    const result = candidatePairs(prepared, [rule]);
    expect(pairsOf(result)).toEqual(['0-2', '1-2']);
    expect(result.rules).toEqual([
      {
        rule: 'listed',
        keys: 5,
        pairs: 2,
        skippedBlocks: 0,
        skippedRecords: 0,
        largestSkippedBlock: 0,
      },
    ]);
  });

  it('removes pairs found twice', () => {
    const prepared = prepareIds(['a', 'b']);
    const first = listedKeys({ a: ['x', 'y'], b: ['x', 'y'] });
    const second = listedKeys({ a: ['z'], b: ['z'] });
    const result = candidatePairs(prepared, [first, second]);
    expect(pairsOf(result)).toEqual(['0-1']);
    expect(result.rules.map((report) => report.pairs)).toEqual([2, 1]);
  });

  it('ignores a key repeated by one record', () => {
    const prepared = prepareIds(['a', 'b']);
    const rule = listedKeys({ a: ['x', 'x'], b: ['x'] });
    const result = candidatePairs(prepared, [rule], { maxBlockSize: 2 });
    expect(pairsOf(result)).toEqual(['0-1']);
    expect(result.rules[0]?.pairs).toBe(1);
    expect(result.rules[0]?.skippedBlocks).toBe(0);
  });

  it('skips and counts large blocks', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const keys: Record<string, string[]> = {};
    for (const id of ids) {
      keys[id] = ['family phone'];
    }
    keys.f = ['family phone', 'pair'];
    keys.g = ['family phone', 'pair'];
    const result = candidatePairs(prepareIds(ids), [listedKeys(keys)], {
      maxBlockSize: 4,
    });
    expect(pairsOf(result)).toEqual(['5-6']);
    expect(result.rules[0]?.skippedBlocks).toBe(1);
    expect(result.rules[0]?.skippedRecords).toBe(7);
    expect(result.rules[0]?.largestSkippedBlock).toBe(7);
  });

  it('returns no pairs for no records', () => {
    const result = candidatePairs([], defaultBlockingRules);
    expect(result.left).toHaveLength(0);
    expect(result.rules).toHaveLength(4);
  });

  it.each([1, 0, 2.5, Number.NaN])(
    'rejects maxBlockSize %s',
    (maxBlockSize) => {
      expect(() => candidatePairs([], [], { maxBlockSize })).toThrow(
        RangeError,
      );
    },
  );

  it('links ID errors and spellings', () => {
    const records: LinkRecord[] = [
      { id: 'exact', residentId: MALE_1990 },
      { id: 'legacy', residentId: LEGACY_1990 },
      { id: 'typo', residentId: '522225199004151238' },
      { id: 'other', residentId: withCheck('43010219851120456') },
      { id: 'name', name: '张晓明', birthDate: '1985-11-20' },
      { id: 'homophone', name: '章小明', birthDate: '1985-11' },
      { id: 'phone', phone: '13812345678' },
      { id: 'same phone', phone: '+86 138 1234 5678' },
    ];
    const result = candidatePairs(
      prepareRecords(records),
      defaultBlockingRules,
    );
    expect(pairsOf(result)).toEqual(['0-1', '0-2', '1-2', '4-5', '6-7']);
  });

  it('matches the reference', () => {
    const key = fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6');
    fc.assert(
      fc.property(
        fc.array(fc.array(key, { maxLength: 3 }), { maxLength: 30 }),
        fc.array(fc.array(key, { maxLength: 2 }), { maxLength: 30 }),
        fc.integer({ min: 2, max: 8 }),
        (firstKeys, secondKeys, maxBlockSize) => {
          const count = Math.max(firstKeys.length, secondKeys.length);
          const ids = Array.from({ length: count }, (_, index) =>
            String(index),
          );
          const rules = [firstKeys, secondKeys].map((lists, ruleIndex) => ({
            name: `rule ${ruleIndex}`,
            keys: (record: PreparedRecord) => lists[Number(record.id)],
          }));
          const prepared = prepareIds(ids);
          expect(
            pairsOf(candidatePairs(prepared, rules, { maxBlockSize })),
          ).toEqual(referencePairs(prepared, rules, maxBlockSize));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps only pairs with a new record after firstNew', () => {
    const key = fc.constantFrom('k1', 'k2', 'k3', 'k4');
    fc.assert(
      fc.property(
        fc.array(fc.array(key, { maxLength: 2 }), { maxLength: 30 }),
        fc.nat({ max: 30 }),
        (lists, firstNew) => {
          const ids = lists.map((_, index) => String(index));
          const rules = [
            {
              name: 'rule',
              keys: (record: PreparedRecord) => lists[Number(record.id)],
            },
          ];
          const prepared = prepareIds(ids);
          const expected = referencePairs(prepared, rules, 100).filter(
            (pair) => Number(pair.split('-')[1]) >= firstNew,
          );
          expect(
            pairsOf(candidatePairs(prepared, rules, { firstNew })),
          ).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('candidatePairs ID recall', () => {
  const digits17 = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 })
    .map((digits) => digits.join(''));
  const validId = digits17.map(withCheck);

  it('never misses an exact or one-error pair', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('exact', 'substitution', 'swap'),
        fc.array(validId, { maxLength: 20 }),
        fc.nat(),
        (id, position, digit, error, others, slot) => {
          let copy = id;
          if (error === 'substitution') {
            copy =
              id.slice(0, position) + String(digit) + id.slice(position + 1);
          } else if (error === 'swap' && position < 16) {
            copy =
              id.slice(0, position) +
              id.charAt(position + 1) +
              id.charAt(position) +
              id.slice(position + 2);
          }
          const copyRecord = prepareRecords([
            { id: 'copy', residentId: copy },
          ])[0];
          fc.pre(copyRecord?.residentIdUnusable === false);

          // Put the pair among other records, the copy at any position.
          const ids = [id, ...others];
          const at = 1 + (slot % ids.length);
          ids.splice(at, 0, copy);
          const prepared = prepareRecords(
            ids.map((residentId, index) => ({ id: String(index), residentId })),
          );
          const result = candidatePairs(prepared, defaultBlockingRules, {
            maxBlockSize: 2 + others.length,
          });
          expect(pairsOf(result)).toContain(`0-${at}`);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
