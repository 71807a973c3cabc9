import type {
  CountTable,
  PartialMask,
  SuppressionMask,
  TablePosition,
} from './types.js';

/**
 * Every published number of a table as one flat list of slots, with the
 * additive constraints between them. Slots are numbered: interior cells row
 * by row, then row totals, then column totals, then the grand total.
 */
export interface SlotGrid {
  /** Number of rows. */
  rows: number;
  /** Number of columns. */
  columns: number;
  /** Value of each slot. */
  values: number[];
  /**
   * Additive constraints: each line lists slots whose last member is the
   * sum of the others, so one unknown slot in a line can be recovered.
   */
  lines: number[][];
  /** Slot of the first row total, or -1 when the table has none. */
  rowTotalStart: number;
  /** Slot of the first column total, or -1 when the table has none. */
  columnTotalStart: number;
  /** Slot of the grand total, or -1 when the table has none. */
  grandTotalSlot: number;
  /**
   * The two lines each slot belongs to, as line indexes. A slot in fewer
   * than two lines has the free vertex `lines.length` in place of each
   * missing line, because nothing constrains it on that side.
   */
  ends: [number, number][];
}

function checkCount(value: number, where: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${where} is not a count of 0 or more: ${value}`);
  }
}

function checkSum(actual: number, expected: number, where: string): void {
  if (actual !== expected) {
    throw new RangeError(
      `${where} is ${actual} but its cells add up to ${expected}`,
    );
  }
}

/**
 * Builds the slot grid of a table and checks that every published total is
 * the sum of the numbers it covers.
 *
 * @throws {RangeError} When a count is negative or not finite, rows differ in
 * length, a margin has the wrong length, or a total differs from its sum.
 */
export function buildSlotGrid(table: CountTable): SlotGrid {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? table.columnTotals?.length ?? 0;
  const values: number[] = [];
  table.cells.forEach((row, r) => {
    if (row.length !== columns) {
      throw new RangeError(`Row ${r} has ${row.length} cells, not ${columns}`);
    }
    row.forEach((value, c) => {
      checkCount(value, `Cell (${r}, ${c})`);
      values.push(value);
    });
  });
  const cell = (r: number, c: number) => r * columns + c;

  const lines: number[][] = [];
  let rowTotalStart = -1;
  if (table.rowTotals !== undefined) {
    if (table.rowTotals.length !== rows) {
      throw new RangeError(
        `${table.rowTotals.length} row totals for ${rows} rows`,
      );
    }
    rowTotalStart = values.length;
    table.rowTotals.forEach((total, r) => {
      checkCount(total, `Row total ${r}`);
      values.push(total);
    });
    // A row total of a table without columns covers no published cell.
    if (columns > 0) {
      for (let r = 0; r < rows; r += 1) {
        const line = Array.from({ length: columns }, (_, c) => cell(r, c));
        checkSum(
          values[rowTotalStart + r] as number,
          line.reduce((sum, slot) => sum + (values[slot] as number), 0),
          `Row total ${r}`,
        );
        lines.push([...line, rowTotalStart + r]);
      }
    }
  }

  let columnTotalStart = -1;
  if (table.columnTotals !== undefined) {
    if (table.columnTotals.length !== columns) {
      throw new RangeError(
        `${table.columnTotals.length} column totals for ${columns} columns`,
      );
    }
    columnTotalStart = values.length;
    table.columnTotals.forEach((total, c) => {
      checkCount(total, `Column total ${c}`);
      values.push(total);
    });
    if (rows > 0) {
      for (let c = 0; c < columns; c += 1) {
        const line = Array.from({ length: rows }, (_, r) => cell(r, c));
        checkSum(
          values[columnTotalStart + c] as number,
          line.reduce((sum, slot) => sum + (values[slot] as number), 0),
          `Column total ${c}`,
        );
        lines.push([...line, columnTotalStart + c]);
      }
    }
  }

  let grandTotalSlot = -1;
  if (table.grandTotal !== undefined) {
    checkCount(table.grandTotal, 'Grand total');
    grandTotalSlot = values.length;
    values.push(table.grandTotal);
    const margins: [number, number][] = [];
    if (rowTotalStart >= 0) margins.push([rowTotalStart, rows]);
    if (columnTotalStart >= 0) margins.push([columnTotalStart, columns]);
    if (margins.length === 0) {
      // Without margins the grand total is the sum of the interior cells.
      margins.push([0, rows * columns]);
    }
    for (const [start, length] of margins) {
      if (length === 0) continue;
      const line = Array.from({ length }, (_, index) => start + index);
      checkSum(
        table.grandTotal,
        line.reduce((sum, slot) => sum + (values[slot] as number), 0),
        'Grand total',
      );
      lines.push([...line, grandTotalSlot]);
    }
  }

  const free = lines.length;
  const ends = values.map((): [number, number] => [free, free]);
  lines.forEach((line, index) => {
    for (const slot of line) {
      const pair = ends[slot] as [number, number];
      if (pair[0] === free) {
        pair[0] = index;
      } else {
        pair[1] = index;
      }
    }
  });

  return {
    rows,
    columns,
    values,
    lines,
    rowTotalStart,
    columnTotalStart,
    grandTotalSlot,
    ends,
  };
}

/** Spreads a partial mask over the slots of a grid (missing flags false). */
export function maskToSlots(grid: SlotGrid, mask: PartialMask = {}): boolean[] {
  const flags = new Array<boolean>(grid.values.length).fill(false);
  for (let r = 0; r < grid.rows; r += 1) {
    for (let c = 0; c < grid.columns; c += 1) {
      flags[r * grid.columns + c] = mask.cells?.[r]?.[c] === true;
    }
  }
  if (grid.rowTotalStart >= 0) {
    for (let r = 0; r < grid.rows; r += 1) {
      flags[grid.rowTotalStart + r] = mask.rowTotals?.[r] === true;
    }
  }
  if (grid.columnTotalStart >= 0) {
    for (let c = 0; c < grid.columns; c += 1) {
      flags[grid.columnTotalStart + c] = mask.columnTotals?.[c] === true;
    }
  }
  if (grid.grandTotalSlot >= 0) {
    flags[grid.grandTotalSlot] = mask.grandTotal === true;
  }
  return flags;
}

/** Gathers slot flags back into the shape of the table. */
export function slotsToMask(grid: SlotGrid, flags: boolean[]): SuppressionMask {
  const cells = Array.from({ length: grid.rows }, (_, r) =>
    flags.slice(r * grid.columns, (r + 1) * grid.columns),
  );
  return {
    cells,
    rowTotals:
      grid.rowTotalStart >= 0
        ? flags.slice(grid.rowTotalStart, grid.rowTotalStart + grid.rows)
        : [],
    columnTotals:
      grid.columnTotalStart >= 0
        ? flags.slice(
            grid.columnTotalStart,
            grid.columnTotalStart + grid.columns,
          )
        : [],
    grandTotal: grid.grandTotalSlot >= 0 && flags[grid.grandTotalSlot] === true,
  };
}

/** Returns the place in the table of a slot. */
export function positionOf(grid: SlotGrid, slot: number): TablePosition {
  if (slot === grid.grandTotalSlot) {
    return { part: 'grandTotal', row: -1, column: -1 };
  }
  if (grid.columnTotalStart >= 0 && slot >= grid.columnTotalStart) {
    return {
      part: 'columnTotal',
      row: -1,
      column: slot - grid.columnTotalStart,
    };
  }
  if (grid.rowTotalStart >= 0 && slot >= grid.rowTotalStart) {
    return { part: 'rowTotal', row: slot - grid.rowTotalStart, column: -1 };
  }
  return {
    part: 'cell',
    row: Math.floor(slot / grid.columns),
    column: slot % grid.columns,
  };
}
