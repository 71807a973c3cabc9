import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findRecoverableLinked,
  type LinkedTable,
  suppressLinkedTables,
} from './linked.js';
import { findRecoverableCells, suppressSmallCounts } from './suppress.js';
import type { CountTable } from './types.js';

function crossTable(cells: number[][]): CountTable {
  const rowTotals = cells.map((row) =>
    row.reduce((sum, value) => sum + value, 0),
  );
  const columnTotals = (cells[0] ?? []).map((_, column) =>
    cells.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  const grandTotal = rowTotals.reduce((sum, value) => sum + value, 0);
  return { cells, rowTotals, columnTotals, grandTotal };
}

/** Splits each row total into `columns` random parts. */
function arbitrarySplit(totals: number[], columns: number) {
  return fc
    .tuple(
      ...totals.map((total) =>
        fc
          .array(fc.integer({ min: 0, max: total }), {
            minLength: columns - 1,
            maxLength: columns - 1,
          })
          .map((cuts) => {
            const points = [0, ...cuts.sort((a, b) => a - b), total];
            return points
              .slice(1)
              .map((point, index) => point - (points[index] as number));
          }),
      ),
    )
    .map((rows) => crossTable(rows));
}

const arbitraryLinkedSet = fc
  .array(
    fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .chain((totals) =>
    fc
      .array(
        fc
          .integer({ min: 1, max: 4 })
          .chain((columns) => arbitrarySplit(totals, columns)),
        { minLength: 1, maxLength: 4 },
      )
      .map((tables) => {
        const byTownship: CountTable = {
          cells: totals.map(() => []),
          rowTotals: totals,
          columnTotals: [],
          grandTotal: totals.reduce((sum, value) => sum + value, 0),
        };
        return [byTownship, ...tables].map((table): LinkedTable => ({ table }));
      }),
  );

describe('suppressLinkedTables', () => {
  it('suppresses shared totals everywhere', () => {
    // In the second table, row 1 has one non-zero cell. Its column
    // suppresses it, so the row total is suppressed there too. The first
    // table must then hide that total as well.
    const totals = [20, 12, 17];
    const tables: LinkedTable[] = [
      {
        table: crossTable([
          [17, 3],
          [6, 6],
          [9, 8],
        ]),
      },
      {
        table: crossTable([
          [6, 3, 11],
          [0, 12, 0],
          [9, 0, 8],
        ]),
      },
    ];
    expect(tables.map(({ table }) => table.rowTotals)).toEqual([
      totals,
      totals,
    ]);
    const masks = suppressLinkedTables(tables, { minimumCount: 5 });
    expect(masks[1]?.rowTotals[1]).toBe(true);
    expect(masks[0]?.rowTotals).toEqual(masks[1]?.rowTotals);
    expect(masks[0]?.grandTotal).toBe(masks[1]?.grandTotal);
    expect(findRecoverableLinked(tables, masks)).toEqual([]);
  });

  it('protects totals fixed only jointly', () => {
    // Four small townships (3, 4, 2, 4 people) whose categories pair them
    // differently in each table. Each table alone hides every total, but
    // together the column totals give T1 + T2 = 7, T1 + T3 = 5 and
    // T2 + T3 = 6, so T1 = 3.
    const tables: LinkedTable[] = [
      crossTable([
        [3, 0],
        [4, 0],
        [0, 2],
        [0, 4],
      ]),
      crossTable([
        [3, 0],
        [0, 4],
        [2, 0],
        [0, 4],
      ]),
      crossTable([
        [3, 0],
        [0, 4],
        [0, 2],
        [4, 0],
      ]),
    ].map((table) => ({ table, locked: { grandTotal: true } }));
    const perTable = tables.map(({ table, locked }) =>
      suppressSmallCounts(table, { minimumCount: 5, locked }),
    );
    for (const [index, mask] of perTable.entries()) {
      expect(mask.rowTotals).toEqual([true, true, true, true]);
      expect(
        findRecoverableCells((tables[index] as LinkedTable).table, mask),
      ).toEqual([]);
    }
    expect(findRecoverableLinked(tables, perTable).length).toBeGreaterThan(0);

    const masks = suppressLinkedTables(tables, { minimumCount: 5 });
    expect(findRecoverableLinked(tables, masks)).toEqual([]);
    expect(masks.every((mask) => !mask.grandTotal)).toBe(true);
  });

  it('leaves nothing recoverable jointly', () => {
    fc.assert(
      fc.property(arbitraryLinkedSet, (tables) => {
        const masks = suppressLinkedTables(tables, { minimumCount: 5 });
        expect(findRecoverableLinked(tables, masks)).toEqual([]);
        for (const [index, mask] of masks.entries()) {
          expect(mask.rowTotals).toEqual(masks[0]?.rowTotals);
          expect(mask.grandTotal).toBe(masks[0]?.grandTotal);
          const { table } = tables[index] as LinkedTable;
          expect(findRecoverableCells(table, mask)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbitraryLinkedSet, (tables) => {
        const masks = suppressLinkedTables(tables, { minimumCount: 5 });
        const again = suppressLinkedTables(
          tables.map(({ table }, index) => ({ table, forced: masks[index] })),
          { minimumCount: 5 },
        );
        expect(again).toEqual(masks);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects tables with different totals', () => {
    const tables: LinkedTable[] = [
      { table: crossTable([[5, 6]]) },
      { table: crossTable([[5, 7]]) },
    ];
    expect(() => suppressLinkedTables(tables, { minimumCount: 5 })).toThrow(
      RangeError,
    );
  });

  it('returns nothing for no tables', () => {
    expect(suppressLinkedTables([], { minimumCount: 5 })).toEqual([]);
  });
});
