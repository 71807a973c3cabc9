import { findBridges, type GraphEdge, reachableVertices } from './bridges.js';
import {
  buildSlotGrid,
  maskToSlots,
  positionOf,
  type SlotGrid,
  slotsToMask,
} from './grid.js';
import { protectSensitiveNumbers } from './protect.js';
import { buildCountSystem } from './system.js';
import type {
  CountTable,
  SuppressionMask,
  SuppressionOptions,
  TablePosition,
} from './types.js';

/**
 * Returns the smallest non-zero value among the slots, the first in the
 * given order on a tie. When all are zero, returns the first zero, because
 * two suppressed numbers of known sum still hide each value. Returns -1 for
 * no slots.
 */
function pickSmallest(slots: readonly number[], values: readonly number[]) {
  let best = -1;
  let zero = -1;
  for (const slot of slots) {
    const value = values[slot] as number;
    if (value === 0) {
      if (zero < 0) zero = slot;
    } else if (best < 0 || value < (values[best] as number)) {
      best = slot;
    }
  }
  return best >= 0 ? best : zero;
}

/**
 * Applies the line rule in place until no line changes: a row, column or
 * margin with exactly one suppressed number gets its smallest other open
 * (neither suppressed nor locked) number suppressed too.
 */
function applyLineRule(
  grid: SlotGrid,
  suppressed: boolean[],
  locked: readonly boolean[],
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of grid.lines) {
      const count = line.filter((slot) => suppressed[slot]).length;
      if (count !== 1) continue;
      const open = line.filter((slot) => !suppressed[slot] && !locked[slot]);
      const slot = pickSmallest(open, grid.values);
      if (slot >= 0) {
        suppressed[slot] = true;
        changed = true;
      }
    }
  }
}

/**
 * Builds the graph whose vertices are the lines (plus the free vertex) and
 * whose edges are the suppressed slots. A suppressed number can be computed
 * from the published ones exactly when its edge is a bridge of this graph:
 * the published totals then fix the sum on each side of it.
 */
function suppressedGraph(grid: SlotGrid, suppressed: readonly boolean[]) {
  const edges: GraphEdge[] = [];
  suppressed.forEach((flag, slot) => {
    if (!flag) return;
    const [from, to] = grid.ends[slot] as [number, number];
    edges.push({ id: slot, from, to });
  });
  return { vertexCount: grid.lines.length + 1, edges };
}

/** Lists the suppressed slots that published totals determine exactly. */
function recoverableSlots(grid: SlotGrid, suppressed: readonly boolean[]) {
  const { vertexCount, edges } = suppressedGraph(grid, suppressed);
  return findBridges(vertexCount, edges);
}

/**
 * Suppresses one more open slot to put a recoverable slot on a cycle. The
 * preferred slot is the smallest one joining the two sides of the bridge.
 * Without one, the smallest slot leaving the side of its first end is taken,
 * and the line rule continues from there. Returns false when no open slot
 * qualifies.
 */
function protectBridge(
  grid: SlotGrid,
  suppressed: boolean[],
  locked: readonly boolean[],
  bridge: number,
): boolean {
  const { vertexCount, edges } = suppressedGraph(grid, suppressed);
  const index = edges.findIndex((edge) => edge.id === bridge);
  const [first, second] = grid.ends[bridge] as [number, number];
  const sideA = reachableVertices(vertexCount, edges, first, index);
  const sideB = reachableVertices(vertexCount, edges, second, index);

  const open: number[] = [];
  grid.values.forEach((_, slot) => {
    if (!suppressed[slot] && !locked[slot]) open.push(slot);
  });
  const joining = open.filter((slot) => {
    const [a, b] = grid.ends[slot] as [number, number];
    return (sideA.has(a) && sideB.has(b)) || (sideA.has(b) && sideB.has(a));
  });
  let pick = pickSmallest(joining, grid.values);
  if (pick < 0) {
    const leaving = open.filter((slot) => {
      const [a, b] = grid.ends[slot] as [number, number];
      return sideA.has(a) !== sideA.has(b);
    });
    pick = pickSmallest(leaving, grid.values);
  }
  if (pick < 0) return false;
  suppressed[pick] = true;
  return true;
}

/** Slot flags of a table after the primary rule and the linear rules. */
interface LinearSuppression {
  /** Suppressed slots. */
  suppressed: boolean[];
  /** Locked slots. */
  locked: boolean[];
  /** Slots the protection rule applies to. */
  sensitive: boolean[];
}

/**
 * Applies the primary rule, then the line rule and the bridge rule until
 * no suppressed number can be computed exactly from the published ones.
 */
function suppressLinearly(
  grid: SlotGrid,
  options: SuppressionOptions,
): LinearSuppression {
  if (!(options.minimumCount >= 1)) {
    throw new RangeError(
      `minimumCount must be 1 or more: ${options.minimumCount}`,
    );
  }
  const forced = maskToSlots(grid, options.forced);
  const locked = maskToSlots(grid, options.locked);
  const explicit = maskToSlots(grid, options.sensitive);
  const small = (value: number) => value >= 1 && value < options.minimumCount;

  // Primary rule.
  const suppressed = grid.values.map(
    (value, slot) =>
      forced[slot] === true ||
      explicit[slot] === true ||
      (!locked[slot] && small(value)),
  );
  const sensitive = grid.values.map(
    (value, slot) =>
      explicit[slot] === true || (suppressed[slot] === true && small(value)),
  );

  // Secondary rule: lines first, then bridges left by the line rule.
  const unprotectable = new Set<number>();
  for (;;) {
    applyLineRule(grid, suppressed, locked);
    const bridge = recoverableSlots(grid, suppressed).find(
      (slot) => !unprotectable.has(slot),
    );
    if (bridge === undefined) break;
    if (!protectBridge(grid, suppressed, locked, bridge)) {
      unprotectable.add(bridge);
    }
  }
  return { suppressed, locked, sensitive };
}

/**
 * Suppresses a table by the primary rule and the linear rules of
 * `suppressSmallCounts`, without the protection rule. Linked tables use it
 * table by table and apply the protection rule to all tables at once.
 */
export function suppressTableLinearly(
  table: CountTable,
  options: SuppressionOptions,
): SuppressionMask {
  const grid = buildSlotGrid(table);
  return slotsToMask(grid, suppressLinearly(grid, options).suppressed);
}

/**
 * Computes which numbers of a table to suppress so that a reader can
 * neither read nor narrow down a small count from the published numbers.
 *
 * Primary rule: every count from 1 to `minimumCount - 1` is suppressed,
 * totals included, unless locked. Forced and sensitive numbers are
 * suppressed too.
 *
 * Linear rules, repeated until stable: a row, column or margin (the row
 * totals or column totals with the grand total) with exactly one
 * suppressed number would give it away by subtraction, so its smallest
 * other non-zero number is suppressed as well, or a zero when no other is
 * non-zero. A row whose only non-zero cell is suppressed loses its total
 * too, since the total equals the cell. Lines are visited rows first, then
 * columns, then margins. A number that a combination of lines still
 * determines (a bridge between two groups of suppressed numbers) gets one
 * more suppressed number joining the two groups.
 *
 * Protection rule: a reader who knows every published number, the sums of
 * the table and that suppressed numbers are whole numbers of 0 or more
 * must not be able to rule out, for any suppressed count from 1 to
 * `minimumCount - 1` or sensitive number, that it is 0, nor that it is
 * `minimumCount` or more. While a number falls short, the cheapest
 * published numbers that give the reader such a completion are suppressed
 * too (see `protectSensitiveNumbers`). They may be zeros.
 *
 * The result is idempotent: passing the returned mask as `forced` returns
 * the same mask. A number stays exposed only when locked numbers leave no
 * choice, and `auditSuppression` and `findRecoverableCells` report such
 * numbers.
 *
 * @throws {RangeError} When `minimumCount` is below 1, or the table is
 * inconsistent (see `buildSlotGrid`).
 */
export function suppressSmallCounts(
  table: CountTable,
  options: SuppressionOptions,
): SuppressionMask {
  const grid = buildSlotGrid(table);
  const { suppressed, locked, sensitive } = suppressLinearly(grid, options);
  // A single table's numbers are its slots, so the flags carry over.
  const system = buildCountSystem([grid], false);
  protectSensitiveNumbers(
    system,
    suppressed,
    locked,
    sensitive,
    options.minimumCount,
  );
  return slotsToMask(grid, suppressed);
}

/**
 * Lists the suppressed numbers that the published numbers determine
 * exactly, by subtraction along one line or by combining several. For a
 * mask from `suppressSmallCounts` the list is empty unless locked numbers
 * left no choice.
 */
export function findRecoverableCells(
  table: CountTable,
  mask: SuppressionMask,
): TablePosition[] {
  const grid = buildSlotGrid(table);
  const suppressed = maskToSlots(grid, mask);
  return recoverableSlots(grid, suppressed).map((slot) =>
    positionOf(grid, slot),
  );
}
