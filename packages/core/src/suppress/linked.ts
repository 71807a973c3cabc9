import {
  buildSlotGrid,
  maskToSlots,
  positionOf,
  type SlotGrid,
  slotsToMask,
} from './grid.js';
import { findFixedUnknowns, type LinearEquation } from './linear.js';
import { protectSensitiveNumbers } from './protect.js';
import { suppressTableLinearly } from './suppress.js';
import {
  buildCountSystem,
  gatherFlags,
  sharedKey,
  spreadFlags,
} from './system.js';
import type {
  CountTable,
  PartialMask,
  SuppressionMask,
  SuppressionOptions,
  TablePosition,
} from './types.js';

/** A table of a linked set, with its own forced and locked numbers. */
export interface LinkedTable {
  /** Counts of the table. */
  table: CountTable;
  /** Numbers of this table suppressed whatever their value. */
  forced?: PartialMask;
  /** Numbers of this table published whatever their value. */
  locked?: PartialMask;
  /** Numbers of this table suppressed and protected whatever their value. */
  sensitive?: PartialMask;
}

/** A recoverable number of a linked set: the table index and its place. */
export interface LinkedPosition extends TablePosition {
  /** Index of the table in the linked set. */
  table: number;
}

interface LinkedGrid {
  grid: SlotGrid;
  locked: boolean[];
}

function checkSharedTotals(tables: readonly LinkedTable[]): void {
  const first = tables[0]?.table;
  for (const { table } of tables) {
    const same =
      table.grandTotal === first?.grandTotal &&
      table.rowTotals?.length === first?.rowTotals?.length &&
      (table.rowTotals ?? []).every(
        (total, index) => total === first?.rowTotals?.[index],
      );
    if (!same) {
      throw new RangeError(
        'Linked tables must have the same row totals and grand total',
      );
    }
  }
}

function unknownKey(grid: SlotGrid, table: number, slot: number): string {
  return sharedKey(grid, slot) ?? `${table}:${slot}`;
}

/**
 * Lists the keys of the suppressed numbers that the published numbers of
 * all linked tables together fix, in table and slot order.
 */
function findFixedKeys(
  grids: readonly LinkedGrid[],
  suppressed: readonly boolean[][],
): string[] {
  const ids = new Map<string, number>();
  const order: string[] = [];
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      order.push(key);
    }
    return id;
  };

  const equations: LinearEquation[] = [];
  grids.forEach(({ grid }, table) => {
    const flags = suppressed[table] as boolean[];
    for (const line of grid.lines) {
      const equation: { unknown: number; coefficient: number }[] = [];
      line.forEach((slot, index) => {
        if (!flags[slot]) return;
        // The last member of a line is the total of the others.
        const coefficient = index === line.length - 1 ? -1 : 1;
        equation.push({
          unknown: idOf(unknownKey(grid, table, slot)),
          coefficient,
        });
      });
      if (equation.length > 0) equations.push(equation);
    }
  });
  const fixed = findFixedUnknowns(ids.size, equations);
  return order.filter((key) => fixed.has(ids.get(key) as number));
}

/**
 * Picks an open number (neither suppressed nor locked in any table that has
 * it) on a line through the fixed number: the smallest non-zero value, else
 * a zero. Returns its key, or undefined when there is none.
 */
function pickForFixed(
  grids: readonly LinkedGrid[],
  suppressed: readonly boolean[][],
  key: string,
): string | undefined {
  const isOpen = (slotKey: string) =>
    grids.every(({ grid, locked }, table) => {
      const slot = findSlot(grid, table, slotKey);
      return slot < 0 || (!suppressed[table]?.[slot] && !locked[slot]);
    });

  let best: { key: string; value: number } | undefined;
  let zero: string | undefined;
  grids.forEach(({ grid }, table) => {
    const slot = findSlot(grid, table, key);
    if (slot < 0) return;
    for (const line of grid.lines) {
      if (!line.includes(slot)) continue;
      for (const member of line) {
        const memberKey = unknownKey(grid, table, member);
        if (memberKey === key || !isOpen(memberKey)) continue;
        const value = grid.values[member] as number;
        if (value === 0) {
          zero ??= memberKey;
        } else if (best === undefined || value < best.value) {
          best = { key: memberKey, value };
        }
      }
    }
  });
  return best?.key ?? zero;
}

function findSlot(grid: SlotGrid, table: number, key: string): number {
  if (key === 'grand') return grid.grandTotalSlot;
  if (key.startsWith('row:')) {
    return grid.rowTotalStart < 0
      ? -1
      : grid.rowTotalStart + Number(key.slice(4));
  }
  const [owner, slot] = key.split(':').map(Number);
  return owner === table ? (slot as number) : -1;
}

/**
 * Applies the protection rule to all tables at once, as one count system
 * in which each shared total is one number, and returns the masks.
 */
function protectLinked(
  tables: readonly LinkedTable[],
  grids: readonly LinkedGrid[],
  suppressed: readonly boolean[][],
  minimumCount: number,
): SuppressionMask[] {
  const system = buildCountSystem(
    grids.map(({ grid }) => grid),
    true,
  );
  const flagsOf = (pick: (table: LinkedTable) => PartialMask | undefined) =>
    grids.map(({ grid }, index) =>
      maskToSlots(grid, pick(tables[index] as LinkedTable)),
    );
  const hidden = gatherFlags(system, suppressed, 'every');
  const locked = gatherFlags(
    system,
    flagsOf((table) => table.locked),
    'some',
  );
  const explicit = gatherFlags(
    system,
    flagsOf((table) => table.sensitive),
    'some',
  );
  const sensitive = system.values.map(
    (value, number) =>
      explicit[number] === true ||
      (hidden[number] === true && value >= 1 && value < minimumCount),
  );
  protectSensitiveNumbers(system, hidden, locked, sensitive, minimumCount);
  return spreadFlags(system, hidden).map((flags, index) =>
    slotsToMask((grids[index] as LinkedGrid).grid, flags),
  );
}

/**
 * Suppresses several tables that publish the same row totals and grand
 * total, such as cross tables of one population by different categories.
 *
 * Each table is suppressed by the primary and linear rules of
 * `suppressSmallCounts`. A total suppressed in one table is then forced in
 * all of them, because a reader could otherwise take it from a table that
 * shows it. This repeats until the shared totals stop changing. Then the
 * published numbers of all tables are solved together as one linear
 * system. When they fix a suppressed number, the smallest open number on
 * one of its lines is suppressed too, and everything runs again. Last, the
 * protection rule of `suppressSmallCounts` is applied to all tables
 * together, so a reader who combines them still cannot narrow a small
 * count down.
 *
 * Like `suppressSmallCounts`, the result is idempotent.
 *
 * @throws {RangeError} When the tables do not all have the same row totals
 * and grand total, or on the conditions of `suppressSmallCounts`.
 */
export function suppressLinkedTables(
  tables: readonly LinkedTable[],
  options: Pick<SuppressionOptions, 'minimumCount'>,
): SuppressionMask[] {
  checkSharedTotals(tables);
  const grids: LinkedGrid[] = tables.map(({ table, locked }) => {
    const grid = buildSlotGrid(table);
    return { grid, locked: maskToSlots(grid, locked) };
  });
  const extra = grids.map(({ grid }) =>
    new Array<boolean>(grid.values.length).fill(false),
  );
  const shared = new Set<string>();
  const unprotectable = new Set<string>();

  for (;;) {
    // Suppress each table until the shared totals agree.
    let masks: SuppressionMask[];
    let changed: boolean;
    do {
      masks = tables.map(({ table, forced, locked, sensitive }, index) => {
        const { grid } = grids[index] as LinkedGrid;
        const flags = maskToSlots(grid, forced).map(
          (flag, slot) =>
            flag ||
            (extra[index]?.[slot] ?? false) ||
            shared.has(sharedKey(grid, slot) ?? ''),
        );
        return suppressTableLinearly(table, {
          minimumCount: options.minimumCount,
          locked,
          sensitive,
          forced: slotsToMask(grid, flags),
        });
      });
      changed = false;
      masks.forEach((mask, index) => {
        const { grid } = grids[index] as LinkedGrid;
        maskToSlots(grid, mask).forEach((flag, slot) => {
          const key = sharedKey(grid, slot);
          if (flag && key !== undefined && !shared.has(key)) {
            shared.add(key);
            changed = true;
          }
        });
      });
    } while (changed);

    // Solve all tables together for numbers that are still fixed.
    const suppressed = masks.map((mask, index) =>
      maskToSlots((grids[index] as LinkedGrid).grid, mask),
    );
    const target = findFixedKeys(grids, suppressed).find(
      (key) => !unprotectable.has(key),
    );
    if (target === undefined) {
      return protectLinked(tables, grids, suppressed, options.minimumCount);
    }
    const pick = pickForFixed(grids, suppressed, target);
    if (pick === undefined) {
      unprotectable.add(target);
    } else if (pick === 'grand' || pick.startsWith('row:')) {
      shared.add(pick);
    } else {
      const [table, slot] = pick.split(':').map(Number);
      (extra[table as number] as boolean[])[slot as number] = true;
    }
  }
}

/**
 * Lists the suppressed numbers that the published numbers of the linked
 * tables fix when solved together. Empty for masks from
 * `suppressLinkedTables` unless locked numbers left no choice.
 */
export function findRecoverableLinked(
  tables: readonly LinkedTable[],
  masks: readonly SuppressionMask[],
): LinkedPosition[] {
  checkSharedTotals(tables);
  const grids: LinkedGrid[] = tables.map(({ table }) => {
    const grid = buildSlotGrid(table);
    return { grid, locked: [] };
  });
  const suppressed = masks.map((mask, index) =>
    maskToSlots((grids[index] as LinkedGrid).grid, mask),
  );
  const positions: LinkedPosition[] = [];
  for (const key of findFixedKeys(grids, suppressed)) {
    grids.forEach(({ grid }, table) => {
      const slot = findSlot(grid, table, key);
      if (slot >= 0 && suppressed[table]?.[slot]) {
        positions.push({ table, ...positionOf(grid, slot) });
      }
    });
  }
  return positions;
}
