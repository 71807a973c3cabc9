import type { SlotGrid } from './grid.js';
import type { LinearTerm } from './simplex.js';

/**
 * The published numbers of one table, or of linked tables, as one list of
 * numbers and the sums between them. A row total or grand total that
 * linked tables share is one number.
 */
export interface CountSystem {
  /** Value of each number. */
  values: number[];
  /**
   * Sums between the numbers: the terms of each add up to 0, with
   * coefficient 1 for a member and -1 for the total. Each sum appears once.
   */
  equations: LinearTerm[][];
  /** Table of each number, or -1 for a total shared by all tables. */
  tableOf: number[];
  /** Number of each slot, indexed by table and then by slot. */
  numberOf: number[][];
}

/**
 * Returns the shared identity of a row total or grand total slot, or
 * undefined for any other slot.
 */
export function sharedKey(grid: SlotGrid, slot: number): string | undefined {
  if (slot === grid.grandTotalSlot) return 'grand';
  if (
    grid.rowTotalStart >= 0 &&
    slot >= grid.rowTotalStart &&
    slot < grid.rowTotalStart + grid.rows
  ) {
    return `row:${slot - grid.rowTotalStart}`;
  }
  return undefined;
}

/**
 * Builds the count system of slot grids. Numbers are indexed in table and
 * slot order, so a single table's numbers are its slots. With
 * `sharedTotals`, the row totals and the grand total of all grids are one
 * number each, with the value of the first grid.
 */
export function buildCountSystem(
  grids: readonly SlotGrid[],
  sharedTotals: boolean,
): CountSystem {
  const ids = new Map<string, number>();
  const values: number[] = [];
  const tableOf: number[] = [];
  const numberOf = grids.map((grid, table) =>
    grid.values.map((value, slot) => {
      const shared = sharedTotals ? sharedKey(grid, slot) : undefined;
      const key = shared ?? `${table}:${slot}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = values.length;
        ids.set(key, id);
        values.push(value);
        tableOf.push(shared === undefined ? table : -1);
      }
      return id;
    }),
  );

  const seen = new Set<string>();
  const equations: LinearTerm[][] = [];
  grids.forEach((grid, table) => {
    const numbers = numberOf[table] as number[];
    for (const line of grid.lines) {
      const terms = line.map((slot, index) => ({
        variable: numbers[slot] as number,
        coefficient: index === line.length - 1 ? -1 : 1,
      }));
      const key = terms
        .map((term) => `${term.variable}*${term.coefficient}`)
        .sort()
        .join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      equations.push(terms);
    }
  });
  return { values, equations, tableOf, numberOf };
}

/**
 * Combines per-table slot flags into one flag per number. With `every`, a
 * shared number is flagged only when every table flags it, as for
 * suppression: a reader takes a total from any table that shows it. With
 * `some`, one table is enough, as for locks.
 */
export function gatherFlags(
  system: CountSystem,
  flags: readonly (readonly boolean[])[],
  mode: 'every' | 'some',
): boolean[] {
  const result = new Array<boolean>(system.values.length).fill(
    mode === 'every',
  );
  system.numberOf.forEach((numbers, table) => {
    numbers.forEach((number, slot) => {
      const flag = flags[table]?.[slot] === true;
      result[number] =
        mode === 'every'
          ? (result[number] as boolean) && flag
          : (result[number] as boolean) || flag;
    });
  });
  return result;
}

/** Spreads one flag per number back over the slots of each table. */
export function spreadFlags(
  system: CountSystem,
  flags: readonly boolean[],
): boolean[][] {
  return system.numberOf.map((numbers) =>
    numbers.map((number) => flags[number] === true),
  );
}
