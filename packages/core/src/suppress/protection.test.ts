import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditLinkedSuppression,
  auditSuppression,
  type ProtectionRange,
} from './audit.js';
import {
  enumerateCompletionRanges,
  type PublishedCounts,
} from './enumerate.js';
import { type LinkedTable, suppressLinkedTables } from './linked.js';
import { suppressSmallCounts, suppressTableLinearly } from './suppress.js';
import type { CountTable, SuppressionMask } from './types.js';

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

/** The table as a reader sees it under `mask`. */
function publishedCounts(
  table: CountTable,
  mask: SuppressionMask,
): PublishedCounts {
  const show = (value: number, hidden: boolean | undefined) =>
    hidden === true ? null : value;
  return {
    cells: table.cells.map((row, r) =>
      row.map((value, c) => show(value, mask.cells[r]?.[c])),
    ),
    ...(table.rowTotals && {
      rowTotals: table.rowTotals.map((v, r) => show(v, mask.rowTotals[r])),
    }),
    ...(table.columnTotals && {
      columnTotals: table.columnTotals.map((v, c) =>
        show(v, mask.columnTotals[c]),
      ),
    }),
    ...(table.grandTotal !== undefined && {
      grandTotal: show(table.grandTotal, mask.grandTotal),
    }),
  };
}

/**
 * Checks the audit against enumeration for every number it reports. The
 * bound must exceed every finite range, for example the sum of all
 * published numbers.
 */
function expectEnumerationAgrees(
  ranges: readonly ProtectionRange[],
  published: readonly PublishedCounts[],
  bound: number,
  sharedTotals: boolean,
): void {
  const enumerated = enumerateCompletionRanges(published, {
    bound,
    sharedTotals,
  });
  for (const range of ranges) {
    const where = `table ${range.table} ${range.part} ${range.row} ${range.column}`;
    const match = enumerated.find(
      (other) =>
        other.part === range.part &&
        other.row === range.row &&
        other.column === range.column &&
        (other.table === range.table ||
          (sharedTotals &&
            other.part !== 'cell' &&
            other.part !== 'columnTotal')),
    );
    if (match === undefined) {
      // A published number: the reader sees its value.
      expect(range.lower, where).toBe(range.value);
      expect(range.upper, where).toBe(range.value);
      continue;
    }
    expect(range.lower, where).toBe(match.min);
    if (Number.isFinite(range.upper)) {
      expect(range.upper, where).toBe(match.max);
    } else {
      // The enumeration stops at `bound`, and other unknowns tied to this
      // one can reach it first.
      expect(match.max, where).toBeGreaterThanOrEqual(5);
    }
  }
}

function expectProtected(ranges: readonly ProtectionRange[], minimum: number) {
  for (const range of ranges) {
    const where = `table ${range.table} ${range.part} ${range.row} ${range.column}`;
    expect(range.lower, where).toBe(0);
    expect(range.upper, where).toBeGreaterThanOrEqual(minimum);
    expect(range.protected, where).toBe(true);
  }
}

describe('protection rule on one table', () => {
  it('suppresses a small county value', () => {
    // Four townships with one founder in a park each: a published county
    // value of 4 would bound each township by 4.
    const table: CountTable = {
      cells: [[1], [1], [1], [1]],
      columnTotals: [4],
    };
    const mask = suppressSmallCounts(table, { minimumCount: 5 });
    expect(mask.cells).toEqual([[true], [true], [true], [true]]);
    expect(mask.columnTotals).toEqual([true]);
    const ranges = auditSuppression(table, mask, { minimumCount: 5 });
    expect(ranges).toHaveLength(5);
    expectProtected(ranges, 5);
    expectEnumerationAgrees(ranges, [publishedCounts(table, mask)], 12, false);
  });

  it('reports a locked small total', () => {
    const table: CountTable = {
      cells: [[1], [1], [1], [1]],
      columnTotals: [4],
    };
    const mask = suppressSmallCounts(table, {
      minimumCount: 5,
      locked: { columnTotals: [true] },
    });
    expect(mask.columnTotals).toEqual([false]);
    const ranges = auditSuppression(table, mask, { minimumCount: 5 });
    const cells = ranges.filter((range) => range.part === 'cell');
    expect(cells.map((range) => range.upper)).toEqual([4, 4, 4, 4]);
    expect(cells.every((range) => !range.protected)).toBe(true);
    const total = ranges.find((range) => range.part === 'columnTotal');
    expect(total).toMatchObject({ lower: 4, upper: 4, protected: false });
  });

  it('widens a row that sums too low', () => {
    // The line rule pairs the 2 with the 1, whose row total then bounds
    // both by 3. The 9 is the smallest number that lifts the bound.
    const table: CountTable = { cells: [[2, 1, 9, 12]], rowTotals: [24] };
    const mask = suppressSmallCounts(table, {
      minimumCount: 5,
      locked: { rowTotals: [true] },
    });
    expect(mask.cells).toEqual([[true, true, true, false]]);
    const ranges = auditSuppression(table, mask, { minimumCount: 5 });
    expect(ranges.map(({ lower, upper }) => [lower, upper])).toEqual([
      [0, 12],
      [0, 12],
    ]);
  });

  it('suppresses a zero to free a cell', () => {
    // The linear rules hide the 4 with the 7 beside it, the 7 above it and
    // the 0 across from it. The reader then knows that 0 = 4's value - 4,
    // so the 4 is at least 4. Hiding the 0 in the 4's row lets the
    // reader move the 4 there, down to 0, and the 7 above that 0 with it.
    const table: CountTable = {
      cells: [
        [0, 7, 7],
        [7, 4, 0],
      ],
      rowTotals: [14, 11],
      columnTotals: [7, 11, 7],
    };
    const options = {
      minimumCount: 5,
      locked: { columnTotals: [true, true, true] },
    };
    expect(suppressTableLinearly(table, options).cells).toEqual([
      [true, true, false],
      [true, true, false],
    ]);
    const mask = suppressSmallCounts(table, options);
    expect(mask.cells).toEqual([
      [true, true, true],
      [true, true, true],
    ]);
    expect(mask.rowTotals).toEqual([false, false]);
    const ranges = auditSuppression(table, mask, options);
    expect(ranges.map(({ lower, upper }) => [lower, upper])).toEqual([[0, 11]]);
    expectEnumerationAgrees(ranges, [publishedCounts(table, mask)], 30, false);
  });

  it('protects sensitive large values', () => {
    // Jobs created by a single business: 40 must not be told apart from 0.
    const table: CountTable = {
      cells: [[40], [25], [30]],
      columnTotals: [95],
    };
    const options = {
      minimumCount: 5,
      sensitive: { cells: [[true]] },
      locked: { columnTotals: [true] },
    };
    const mask = suppressSmallCounts(table, options);
    expect(mask.cells).toEqual([[true], [true], [false]]);
    const ranges = auditSuppression(table, mask, options);
    expect(ranges).toEqual([
      {
        table: 0,
        part: 'cell',
        row: 0,
        column: 0,
        value: 40,
        lower: 0,
        upper: 65,
        protected: true,
      },
    ]);
  });
});

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

/** A table of at most 3 x 3 small cells, few enough to enumerate. */
const arbitraryTinyTable = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.integer({ min: 0, max: 6 }), {
        minLength: columns,
        maxLength: columns,
      }),
      { minLength: rows, maxLength: rows },
    ),
  )
  .map(crossTable);

describe('protection rule properties', () => {
  it('holds on random tables', () => {
    fc.assert(
      fc.property(
        arbitraryCrossTable,
        fc.integer({ min: 2, max: 6 }),
        (table, minimumCount) => {
          const mask = suppressSmallCounts(table, { minimumCount });
          expectProtected(
            auditSuppression(table, mask, { minimumCount }),
            minimumCount,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds when county totals are locked', () => {
    // Like the returnee table: column totals only, locked unless small.
    fc.assert(
      fc.property(arbitraryCrossTable, (table) => {
        const counts: CountTable = {
          cells: table.cells,
          columnTotals: table.columnTotals,
        };
        const locked = {
          columnTotals: (table.columnTotals ?? []).map(
            (value) => value === 0 || value >= 5,
          ),
        };
        const mask = suppressSmallCounts(counts, { minimumCount: 5, locked });
        // A locked county value is 5 or more, so the other townships of its
        // column can always absorb a small one.
        expectProtected(auditSuppression(counts, mask, { minimumCount: 5 }), 5);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with enumeration on any mask', () => {
    const arbitraryMasked = arbitraryTinyTable.chain((table) =>
      fc
        .record({
          cells: fc.array(
            fc.array(fc.boolean(), {
              minLength: table.cells[0]?.length ?? 0,
              maxLength: table.cells[0]?.length ?? 0,
            }),
            { minLength: table.cells.length, maxLength: table.cells.length },
          ),
          rowTotals: fc.array(fc.boolean(), {
            minLength: table.cells.length,
            maxLength: table.cells.length,
          }),
          columnTotals: fc.array(fc.boolean(), {
            minLength: table.cells[0]?.length ?? 0,
            maxLength: table.cells[0]?.length ?? 0,
          }),
          grandTotal: fc.boolean(),
        })
        .map((mask) => ({ table, mask })),
    );
    fc.assert(
      fc.property(arbitraryMasked, ({ table, mask }) => {
        const ranges = auditSuppression(table, mask, { minimumCount: 5 });
        const bound = 3 * (table.grandTotal ?? 0) + 5;
        expectEnumerationAgrees(
          ranges,
          [publishedCounts(table, mask)],
          bound,
          false,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with enumeration after suppression', () => {
    fc.assert(
      fc.property(arbitraryTinyTable, (table) => {
        const mask = suppressSmallCounts(table, { minimumCount: 5 });
        const ranges = auditSuppression(table, mask, { minimumCount: 5 });
        expectProtected(ranges, 5);
        const bound = 3 * (table.grandTotal ?? 0) + 5;
        expectEnumerationAgrees(
          ranges,
          [publishedCounts(table, mask)],
          bound,
          false,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryCrossTable, (table) => {
        expect(suppressSmallCounts(table, { minimumCount: 5 })).toEqual(
          suppressSmallCounts(table, { minimumCount: 5 }),
        );
      }),
      { numRuns: 100 },
    );
  });
});

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

/** A table of totals by row, then cross tables of the same totals. */
function arbitraryLinkedSet(maxTotal: number, maxTables: number) {
  return fc
    .array(fc.integer({ min: 0, max: maxTotal }), {
      minLength: 1,
      maxLength: 4,
    })
    .chain((totals) =>
      fc
        .array(
          fc
            .integer({ min: 1, max: 3 })
            .chain((columns) => arbitrarySplit(totals, columns)),
          { minLength: 1, maxLength: maxTables },
        )
        .map((tables) => {
          const byRow: CountTable = {
            cells: totals.map(() => []),
            rowTotals: totals,
            columnTotals: [],
            grandTotal: totals.reduce((sum, value) => sum + value, 0),
          };
          return [byRow, ...tables].map((table): LinkedTable => ({
            table,
            locked: { grandTotal: true },
          }));
        }),
    );
}

describe('protection rule on linked tables', () => {
  it('protects the tiny county jointly', () => {
    // 甲镇 1, 乙镇 2 and 丙乡 3 people, each in a category of their own,
    // and 丁乡 6 people in one category. The county total 12 is published.
    const cross = crossTable([
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 1],
      [6, 0, 0],
    ]);
    const tables: LinkedTable[] = [
      {
        table: {
          cells: [[], [], [], []],
          rowTotals: [1, 2, 3, 6],
          columnTotals: [],
          grandTotal: 12,
        },
      },
      { table: cross },
      { table: cross },
    ].map((entry) => ({ ...entry, locked: { grandTotal: true } }));
    const masks = suppressLinkedTables(tables, { minimumCount: 5 });
    const ranges = auditLinkedSuppression(tables, masks, { minimumCount: 5 });
    expect(ranges.length).toBeGreaterThan(0);
    expectProtected(ranges, 5);
    expectEnumerationAgrees(
      ranges,
      tables.map(({ table }, index) =>
        publishedCounts(table, masks[index] as SuppressionMask),
      ),
      12,
      true,
    );
  });

  it('holds on random linked tables', () => {
    fc.assert(
      fc.property(arbitraryLinkedSet(30, 4), (tables) => {
        const masks = suppressLinkedTables(tables, { minimumCount: 5 });
        const ranges = auditLinkedSuppression(tables, masks, {
          minimumCount: 5,
        });
        // The county total is locked, so it bounds every number. Below
        // the minimum, nothing can be protected.
        const grandTotal = tables[0]?.table.grandTotal ?? 0;
        for (const range of ranges) {
          const where = JSON.stringify(range);
          if (grandTotal < 5) {
            expect(range.upper, where).toBeLessThanOrEqual(grandTotal);
          } else {
            expect(range.protected, where).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with enumeration on paired townships', () => {
    // Each township falls wholly in one category of each cross table, so
    // column totals pair townships differently from table to table. Such
    // sets have fractional vertices, where branch and bound must work.
    const arbitraryPairing = fc.tuple(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 4 }),
      fc.array(
        fc.array(fc.integer({ min: 0, max: 2 }), {
          minLength: 4,
          maxLength: 4,
        }),
        { minLength: 2, maxLength: 3 },
      ),
    );
    fc.assert(
      fc.property(arbitraryPairing, ([totals, categories]) => {
        const grandTotal = totals.reduce((sum, value) => sum + value, 0);
        const tables: LinkedTable[] = [
          {
            table: {
              cells: totals.map(() => []),
              rowTotals: totals,
              columnTotals: [],
              grandTotal,
            },
          },
          ...categories.map((category) => ({
            table: crossTable(
              totals.map((total, r) =>
                [0, 1, 2].map((c) => (category[r] === c ? total : 0)),
              ),
            ),
          })),
        ];
        const masks = suppressLinkedTables(tables, { minimumCount: 5 });
        const again = suppressLinkedTables(
          tables.map(({ table }, index) => ({ table, forced: masks[index] })),
          { minimumCount: 5 },
        );
        expect(again).toEqual(masks);
        const ranges = auditLinkedSuppression(tables, masks, {
          minimumCount: 5,
        });
        expectProtected(ranges, 5);
        expectEnumerationAgrees(
          ranges,
          tables.map(({ table }, index) =>
            publishedCounts(table, masks[index] as SuppressionMask),
          ),
          3 * grandTotal + 5,
          true,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with enumeration jointly', () => {
    fc.assert(
      fc.property(arbitraryLinkedSet(6, 2), (tables) => {
        const masks = suppressLinkedTables(tables, { minimumCount: 5 });
        const ranges = auditLinkedSuppression(tables, masks, {
          minimumCount: 5,
        });
        const grandTotal = tables[0]?.table.grandTotal ?? 0;
        expectEnumerationAgrees(
          ranges,
          tables.map(({ table }, index) =>
            publishedCounts(table, masks[index] as SuppressionMask),
          ),
          3 * grandTotal + 5,
          true,
        );
      }),
      { numRuns: 100 },
    );
  });
});
