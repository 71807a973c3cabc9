import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.js';

/**
 * Computes the optimal string alignment distance with the full table, as
 * an independent reference for the bounded version.
 */
function referenceDistance(a: string, b: string): number {
  const table: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    table.push(
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : 0)),
    );
    (table[i] as number[])[0] = i;
  }
  const at = (i: number, j: number) => (table[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (table[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe('boundedEditDistance', () => {
  it.each([
    ['zhang', 'zhang', 0],
    ['zhang', 'zhan', 1],
    ['zhang', 'zhagn', 1],
    ['zhang', 'chang', 1],
    ['zhangsan', 'zhaosan', 2],
    ['wangxiaoming', 'wangxiaomin', 1],
    ['', 'ab', 2],
    ['ab', '', 2],
    ['', '', 0],
  ])('measures %s and %s', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 2)).toBe(distance);
  });

  it('counts a transposed pair once', () => {
    // Optimal string alignment: "ca" to "abc" is 3, not 2.
    expect(boundedEditDistance('ca', 'abc', 5)).toBe(3);
  });

  it('caps at max plus one', () => {
    expect(boundedEditDistance('zhangsan', 'lisi', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('handles strings longer than its buffers', () => {
    const long = 'a'.repeat(200);
    expect(boundedEditDistance(long, `${long}b`, 2)).toBe(1);
    expect(boundedEditDistance('ab', 'ba', 2)).toBe(1);
  });

  it('matches the reference', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const expected = Math.min(referenceDistance(a, b), max + 1);
        expect(boundedEditDistance(a, b, max)).toBe(expected);
        expect(boundedEditDistance(b, a, max)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
