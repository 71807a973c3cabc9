import { findAttackerRange } from './attacker.js';
import { buildSlotGrid, maskToSlots, positionOf } from './grid.js';
import type { LinkedTable } from './linked.js';
import { buildCountSystem, type CountSystem, gatherFlags } from './system.js';
import type {
  CountTable,
  PartialMask,
  SuppressionMask,
  TablePosition,
} from './types.js';

/** What a reader can learn about one number that must be protected. */
export interface ProtectionRange extends TablePosition {
  /** Index of the table (0 for a single table). */
  table: number;
  /** True value. */
  value: number;
  /** Smallest value a reader cannot rule out. */
  lower: number;
  /** Largest value a reader cannot rule out, `Infinity` when unbounded. */
  upper: number;
  /** Whether `lower` is 0 and `upper` is `minimumCount` or more. */
  protected: boolean;
}

/** Options of `auditSuppression` and `auditLinkedSuppression`. */
export interface AuditOptions {
  /** Smallest count published. */
  minimumCount: number;
}

/**
 * Lists, for every number of the count system that must be protected, the
 * range a reader can narrow it to. A number must be protected when it is a
 * count from 1 to `minimumCount - 1` or flagged sensitive. A published one
 * is reported with its value as the range.
 */
function auditSystem(
  system: CountSystem,
  hidden: readonly boolean[],
  sensitive: readonly boolean[],
  minimumCount: number,
  placeOf: (number: number) => { table: number } & TablePosition,
): ProtectionRange[] {
  const ranges: ProtectionRange[] = [];
  system.values.forEach((value, number) => {
    const small = value >= 1 && value < minimumCount;
    if (!small && !sensitive[number]) return;
    const { lower, upper } = findAttackerRange(system, hidden, number);
    ranges.push({
      ...placeOf(number),
      value,
      lower,
      upper,
      protected: lower === 0 && upper >= minimumCount,
    });
  });
  return ranges;
}

/**
 * Audits the suppression of a table against the protection rule. A reader
 * knows every published number, that cells add up to their totals, and
 * that every suppressed number is a whole number of 0 or more. For each
 * count from 1 to `minimumCount - 1`, and each number in `sensitive`,
 * returns the smallest and largest value the reader cannot rule out. The
 * rule holds when every returned range has `protected` true.
 *
 * @throws {RangeError} When the table is inconsistent (see
 * `buildSlotGrid`).
 */
export function auditSuppression(
  table: CountTable,
  mask: SuppressionMask,
  options: AuditOptions & { sensitive?: PartialMask },
): ProtectionRange[] {
  const grid = buildSlotGrid(table);
  const system = buildCountSystem([grid], false);
  return auditSystem(
    system,
    maskToSlots(grid, mask),
    maskToSlots(grid, options.sensitive),
    options.minimumCount,
    (slot) => ({ table: 0, ...positionOf(grid, slot) }),
  );
}

/**
 * Audits the suppression of linked tables, which share their row totals
 * and grand total, against the protection rule, as `auditSuppression` does
 * for one table. The reader combines all tables, and a shared total counts
 * as published when any table shows it. A shared total is reported once,
 * in the first table.
 *
 * @throws {RangeError} When a table is inconsistent (see `buildSlotGrid`).
 */
export function auditLinkedSuppression(
  tables: readonly LinkedTable[],
  masks: readonly SuppressionMask[],
  options: AuditOptions,
): ProtectionRange[] {
  const grids = tables.map(({ table }) => buildSlotGrid(table));
  const system = buildCountSystem(grids, true);
  const hidden = gatherFlags(
    system,
    grids.map((grid, index) => maskToSlots(grid, masks[index])),
    'every',
  );
  const sensitive = gatherFlags(
    system,
    grids.map((grid, index) => maskToSlots(grid, tables[index]?.sensitive)),
    'some',
  );
  // The first slot of each number, in table and slot order.
  const places = new Map<number, { table: number } & TablePosition>();
  system.numberOf.forEach((numbers, table) => {
    numbers.forEach((number, slot) => {
      if (!places.has(number)) {
        const grid = grids[table] as (typeof grids)[number];
        places.set(number, { table, ...positionOf(grid, slot) });
      }
    });
  });
  return auditSystem(
    system,
    hidden,
    sensitive,
    options.minimumCount,
    (number) => places.get(number) as { table: number } & TablePosition,
  );
}
