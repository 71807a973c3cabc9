import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSlotGrid, positionOf, slotsToMask } from './grid.js';
import { findFixedUnknowns } from './linear.js';
import { findRecoverableCells, suppressSmallCounts } from './suppress.js';
import type { CountTable, SuppressionMask } from './types.js';

/** Builds a table with row totals, column totals and grand total. */
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

function emptyMask(table: CountTable): SuppressionMask {
  return {
    cells: table.cells.map((row) => row.map(() => false)),
    rowTotals: (table.rowTotals ?? []).map(() => false),
    columnTotals: (table.columnTotals ?? []).map(() => false),
    grandTotal: false,
  };
}

const arbitraryCrossTable = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })), {
        minLength: columns,
        maxLength: columns,
      }),
      { minLength: rows, maxLength: rows },
    ),
  )
  .map(crossTable);

describe('suppressSmallCounts primary rule', () => {
  it('suppresses counts below minimum', () => {
    const table: CountTable = { cells: [[0, 1, 4, 5, 9]] };
    const mask = suppressSmallCounts(table, { minimumCount: 5 });
    expect(mask.cells).toEqual([[false, true, true, false, false]]);
    expect(mask.rowTotals).toEqual([]);
    expect(mask.columnTotals).toEqual([]);
    expect(mask.grandTotal).toBe(false);
  });

  it('suppresses small totals too', () => {
    const table = crossTable([
      [0, 3, 0],
      [7, 8, 9],
      [6, 10, 5],
    ]);
    const mask = suppressSmallCounts(table, { minimumCount: 5 });
    expect(mask.cells[0]?.[1]).toBe(true);
    expect(mask.rowTotals[0]).toBe(true);
    expect(findRecoverableCells(table, mask)).toEqual([]);
  });

  it('publishes everything at minimum one', () => {
    const table = crossTable([
      [1, 2],
      [0, 3],
    ]);
    const mask = suppressSmallCounts(table, { minimumCount: 1 });
    expect(mask).toEqual(emptyMask(table));
  });

  it('rejects a minimum below one', () => {
    expect(() =>
      suppressSmallCounts({ cells: [[1]] }, { minimumCount: 0 }),
    ).toThrow(RangeError);
  });

  it('rejects totals that do not add up', () => {
    const table = { cells: [[1, 2]], rowTotals: [4] };
    expect(() => suppressSmallCounts(table, { minimumCount: 5 })).toThrow(
      'Row total 0 is 4 but its cells add up to 3',
    );
  });

  it('rejects negative counts', () => {
    expect(() =>
      suppressSmallCounts({ cells: [[-1]] }, { minimumCount: 5 }),
    ).toThrow(RangeError);
  });
});

describe('suppressSmallCounts secondary rule', () => {
  it('protects a cell from its row total', () => {
    const table: CountTable = { cells: [[3, 10, 12]], rowTotals: [25] };
    const naive = emptyMask(table);
    (naive.cells[0] as boolean[])[0] = true;
    expect(findRecoverableCells(table, naive)).toEqual([
      { part: 'cell', row: 0, column: 0 },
    ]);

    const mask = suppressSmallCounts(table, { minimumCount: 5 });
    expect(mask.cells).toEqual([[true, true, false]]);
    expect(mask.rowTotals).toEqual([false]);
    expect(findRecoverableCells(table, mask)).toEqual([]);
  });

  it('suppresses the total of a single-cell row', () => {
    // Row B has one non-zero cell (12). The column rule suppresses it to
    // protect the 3 above it, and the row total 12 would then give it away,
    // so the total is suppressed as well.
    const table = crossTable([
      [6, 3, 10],
      [0, 12, 0],
      [9, 0, 8],
    ]);
    const mask = suppressSmallCounts(table, { minimumCount: 5 });
    expect(mask.cells[0]?.[1]).toBe(true);
    expect(mask.cells[1]?.[1]).toBe(true);
    expect(mask.rowTotals[1]).toBe(true);
    expect(mask.cells[1]?.[0]).toBe(false);
    expect(mask.cells[1]?.[2]).toBe(false);
    expect(findRecoverableCells(table, mask)).toEqual([]);
  });

  it('finds a cell fixed by several lines', () => {
    // Two blocks of four suppressed cells joined by one cell: every row and
    // column has two or more suppressed cells, yet adding the rows of the
    // first block and subtracting its columns gives the joining cell.
    const table = crossTable([
      [5, 6, 7, 8],
      [9, 5, 6, 7],
      [8, 9, 5, 6],
      [7, 8, 9, 5],
    ]);
    const mask = emptyMask(table);
    const suppressed = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
      [1, 2],
    ];
    for (const [row, column] of suppressed) {
      (mask.cells[row as number] as boolean[])[column as number] = true;
    }
    expect(findRecoverableCells(table, mask)).toEqual([
      { part: 'cell', row: 1, column: 2 },
    ]);

    const protectedMask = suppressSmallCounts(table, {
      minimumCount: 5,
      forced: mask,
    });
    expect(findRecoverableCells(table, protectedMask)).toEqual([]);
  });

  it('suppresses a zero when totals are locked', () => {
    // The county row of the returnee table is always published: the 3 can
    // then only be hidden together with a zero of its column.
    const table: CountTable = {
      cells: [[3], [0], [0]],
      columnTotals: [3],
    };
    const mask = suppressSmallCounts(table, {
      minimumCount: 5,
      locked: { columnTotals: [true] },
    });
    expect(mask.cells).toEqual([[true], [true], [false]]);
    expect(mask.columnTotals).toEqual([false]);
    expect(findRecoverableCells(table, mask)).toEqual([]);
  });

  it('reports cells exposed by locks', () => {
    const table: CountTable = { cells: [[3]], columnTotals: [3] };
    const mask = suppressSmallCounts(table, {
      minimumCount: 5,
      locked: { columnTotals: [true] },
    });
    expect(mask.cells).toEqual([[true]]);
    expect(findRecoverableCells(table, mask)).toEqual([
      { part: 'cell', row: 0, column: 0 },
    ]);
  });

  it('protects a forced cell', () => {
    const table: CountTable = {
      cells: [[40], [25], [30]],
      columnTotals: [95],
    };
    const mask = suppressSmallCounts(table, {
      minimumCount: 5,
      forced: { cells: [[true]] },
      locked: { columnTotals: [true] },
    });
    expect(mask.cells).toEqual([[true], [true], [false]]);
  });

  it('forced wins over locked', () => {
    const table: CountTable = { cells: [[40]], columnTotals: [40] };
    const mask = suppressSmallCounts(table, {
      minimumCount: 5,
      forced: { columnTotals: [true] },
      locked: { columnTotals: [true] },
    });
    expect(mask.columnTotals).toEqual([true]);
  });

  it('handles a table without columns', () => {
    const table: CountTable = {
      cells: [[], [], []],
      rowTotals: [3, 20, 30],
      columnTotals: [],
      grandTotal: 53,
    };
    const mask = suppressSmallCounts(table, { minimumCount: 5 });
    expect(mask.rowTotals).toEqual([true, true, false]);
    expect(mask.grandTotal).toBe(false);
  });

  it('leaves no recoverable cell', () => {
    fc.assert(
      fc.property(
        arbitraryCrossTable,
        fc.integer({ min: 2, max: 6 }),
        (table, minimumCount) => {
          const mask = suppressSmallCounts(table, { minimumCount });
          expect(findRecoverableCells(table, mask)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbitraryCrossTable, (table) => {
        const mask = suppressSmallCounts(table, { minimumCount: 5 });
        expect(
          suppressSmallCounts(table, { minimumCount: 5, forced: mask }),
        ).toEqual(mask);
      }),
      { numRuns: 300 },
    );
  });

  it('never suppresses a published minimum', () => {
    const table = crossTable([
      [5, 6],
      [7, 8],
    ]);
    expect(suppressSmallCounts(table, { minimumCount: 5 })).toEqual(
      emptyMask(table),
    );
  });
});

describe('findRecoverableCells', () => {
  it('agrees with exact linear algebra', () => {
    const arbitraryMasked = arbitraryCrossTable.chain((table) => {
      const grid = buildSlotGrid(table);
      return fc
        .array(fc.boolean(), {
          minLength: grid.values.length,
          maxLength: grid.values.length,
        })
        .map((flags) => ({ table, grid, flags }));
    });
    fc.assert(
      fc.property(arbitraryMasked, ({ table, grid, flags }) => {
        const unknowns = flags.flatMap((flag, slot) => (flag ? [slot] : []));
        const equations = grid.lines.map((line) =>
          line.flatMap((slot, index) =>
            flags[slot]
              ? [
                  {
                    unknown: unknowns.indexOf(slot),
                    coefficient: index === line.length - 1 ? -1 : 1,
                  },
                ]
              : [],
          ),
        );
        const fixed = [...findFixedUnknowns(unknowns.length, equations)]
          .map((index) => unknowns[index] as number)
          .sort((a, b) => a - b)
          .map((slot) => positionOf(grid, slot));
        const mask = slotsToMask(grid, flags);
        expect(findRecoverableCells(table, mask)).toEqual(fixed);
      }),
      { numRuns: 500 },
    );
  });
});

describe('findFixedUnknowns', () => {
  it('solves a small system', () => {
    // x0 + x1 = a, x1 + x2 = b, x0 + x2 = c fixes all three; x3 + x4 = d
    // fixes neither.
    const equations = [
      [
        { unknown: 0, coefficient: 1 },
        { unknown: 1, coefficient: 1 },
      ],
      [
        { unknown: 1, coefficient: 1 },
        { unknown: 2, coefficient: 1 },
      ],
      [
        { unknown: 0, coefficient: 1 },
        { unknown: 2, coefficient: 1 },
      ],
      [
        { unknown: 3, coefficient: 1 },
        { unknown: 4, coefficient: 1 },
      ],
    ];
    expect([...findFixedUnknowns(5, equations)].sort()).toEqual([0, 1, 2]);
  });
});
