import { describe, expect, it } from 'vitest';
import { enumerateCompletionRanges } from './enumerate.js';

describe('enumerateCompletionRanges', () => {
  it('finds the ranges of a row', () => {
    const ranges = enumerateCompletionRanges(
      [{ cells: [[null, null, 9]], rowTotals: [12] }],
      { bound: 20, sharedTotals: false },
    );
    expect(ranges).toEqual([
      { table: 0, part: 'cell', row: 0, column: 0, min: 0, max: 3 },
      { table: 0, part: 'cell', row: 0, column: 1, min: 0, max: 3 },
    ]);
  });

  it('stops at the bound', () => {
    const ranges = enumerateCompletionRanges(
      [{ cells: [[null], [null]], columnTotals: [null] }],
      { bound: 6, sharedTotals: false },
    );
    expect(ranges.map(({ min, max }) => [min, max])).toEqual([
      [0, 6],
      [0, 6],
      [0, 6],
    ]);
  });

  it('narrows the earlier tiny county', () => {
    // What the county of 1, 2, 3 and 6 people published before the
    // protection rule. Founders in parks: the county value 4 bounds each
    // hidden township by 4.
    const returnees = enumerateCompletionRanges(
      [{ cells: [[null], [null], [null], [null]], columnTotals: [4] }],
      { bound: 12, sharedTotals: false },
    );
    expect(returnees.map(({ max }) => max)).toEqual([4, 4, 4, 4]);

    // People working away, with the province columns that are not all 0
    // (浙江, 广东, 贵州). The 3 people of 甲镇, 乙镇 and 丙乡 in 广东 fix
    // 甲镇's total at 3 or less.
    const ranges = enumerateCompletionRanges(
      [
        {
          cells: [[], [], [], []],
          rowTotals: [null, null, null, 6],
          columnTotals: [],
          grandTotal: 12,
        },
        {
          cells: [
            [0, null, 0],
            [null, null, 0],
            [null, null, null],
            [0, 6, 0],
          ],
          rowTotals: [null, null, null, 6],
          columnTotals: [null, 9, null],
          grandTotal: 12,
        },
      ],
      { bound: 12, sharedTotals: true },
    );
    const township = (row: number) =>
      ranges.find((range) => range.part === 'rowTotal' && range.row === row);
    expect(township(0)).toMatchObject({ min: 0, max: 3 });
    expect(township(1)).toMatchObject({ min: 0, max: 6 });
    expect(township(2)).toMatchObject({ min: 0, max: 6 });
  });

  it('rejects inconsistent counts', () => {
    expect(() =>
      enumerateCompletionRanges([{ cells: [[null, 5]], rowTotals: [3] }], {
        bound: 10,
        sharedTotals: false,
      }),
    ).toThrow('No completion agrees with the published counts');
  });
});
