/**
 * A table as a reader sees it: published counts, and `null` in place of each
 * suppressed one.
 */
export interface PublishedCounts {
  /** Interior counts, one array per row. */
  cells: readonly (readonly (number | null)[])[];
  /** Row totals, when the table has them. */
  rowTotals?: readonly (number | null)[];
  /** Column totals, when the table has them. */
  columnTotals?: readonly (number | null)[];
  /** Grand total, when the table has it. */
  grandTotal?: number | null;
}

/** Smallest and largest value a suppressed count takes in any completion. */
export interface CompletionRange {
  /** Index of the table. */
  table: number;
  /** Part of the table. */
  part: 'cell' | 'rowTotal' | 'columnTotal' | 'grandTotal';
  /** Row of a cell or row total, -1 otherwise. */
  row: number;
  /** Column of a cell or column total, -1 otherwise. */
  column: number;
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
}

/** Options of `enumerateCompletionRanges`. */
export interface EnumerationOptions {
  /** Largest value tried for a suppressed count. */
  bound: number;
  /**
   * Whether the tables publish the same row totals and grand total, so a
   * total suppressed in all of them is one unknown.
   */
  sharedTotals: boolean;
  /** Search nodes visited before giving up, default 5,000,000. */
  nodeLimit?: number;
}

interface Unknown {
  key: string;
  range: CompletionRange;
}

/** Σ positive − Σ negative = constant, over unknown indexes. */
interface SumEquation {
  positive: number[];
  negative: number[];
  constant: number;
}

/**
 * Returns the range each suppressed count takes over the assignments of
 * whole numbers from 0 to `bound` to the suppressed counts that agree with
 * the published ones: cells add up to their row and column totals, totals
 * add up to the grand total. The search tries every value of every
 * suppressed count, so the ranges are exact up to `bound`.
 *
 * This is a reference check for tables of a few suppressed counts: its run
 * time grows exponentially. It shares no code with the linear programming
 * audit, so tests can compare the two.
 *
 * @throws {Error} When no assignment agrees with the published counts, or
 * the search visits more than `nodeLimit` nodes.
 */
export function enumerateCompletionRanges(
  tables: readonly PublishedCounts[],
  options: EnumerationOptions,
): CompletionRange[] {
  const unknowns: Unknown[] = [];
  const equations: SumEquation[] = [];

  // A term is either a known number or the index of an unknown.
  const term = (
    table: number,
    part: CompletionRange['part'],
    row: number,
    column: number,
    value: number | null | undefined,
  ): number | { unknown: number } => {
    if (value !== null && value !== undefined) return value;
    const shared =
      options.sharedTotals && (part === 'rowTotal' || part === 'grandTotal');
    const key = shared ? `${part}:${row}` : `${table}:${part}:${row}:${column}`;
    let index = unknowns.findIndex((unknown) => unknown.key === key);
    if (index < 0) {
      index = unknowns.length;
      unknowns.push({
        key,
        range: { table, part, row, column, min: Infinity, max: -Infinity },
      });
    }
    return { unknown: index };
  };
  const addEquation = (
    members: (number | { unknown: number })[],
    total: number | { unknown: number },
  ) => {
    const equation: SumEquation = { positive: [], negative: [], constant: 0 };
    for (const member of members) {
      if (typeof member === 'number') equation.constant -= member;
      else equation.positive.push(member.unknown);
    }
    if (typeof total === 'number') equation.constant += total;
    else equation.negative.push(total.unknown);
    equations.push(equation);
  };

  tables.forEach((table, t) => {
    const rows = table.cells.length;
    const columns = table.cells[0]?.length ?? table.columnTotals?.length ?? 0;
    const cell = (r: number, c: number) =>
      term(t, 'cell', r, c, table.cells[r]?.[c]);
    const rowTotal = (r: number) =>
      term(t, 'rowTotal', r, -1, table.rowTotals?.[r]);
    const columnTotal = (c: number) =>
      term(t, 'columnTotal', -1, c, table.columnTotals?.[c]);
    const grandTotal = () => term(t, 'grandTotal', -1, -1, table.grandTotal);
    const range = (length: number) => Array.from({ length }, (_, i) => i);

    if (table.rowTotals !== undefined && columns > 0) {
      for (const r of range(rows)) {
        addEquation(
          range(columns).map((c) => cell(r, c)),
          rowTotal(r),
        );
      }
    }
    if (table.columnTotals !== undefined && rows > 0) {
      for (const c of range(columns)) {
        addEquation(
          range(rows).map((r) => cell(r, c)),
          columnTotal(c),
        );
      }
    }
    if (table.grandTotal !== undefined) {
      let margin = false;
      if (table.rowTotals !== undefined && rows > 0) {
        addEquation(range(rows).map(rowTotal), grandTotal());
        margin = true;
      }
      if (table.columnTotals !== undefined && columns > 0) {
        addEquation(range(columns).map(columnTotal), grandTotal());
        margin = true;
      }
      if (!margin) {
        addEquation(
          range(rows).flatMap((r) => range(columns).map((c) => cell(r, c))),
          grandTotal(),
        );
      }
    }
    // Suppressed numbers that no sum mentions are still unknowns.
    range(rows).forEach((r) => range(columns).forEach((c) => cell(r, c)));
  });

  searchCompletions(unknowns, equations, options);
  if (unknowns.some((unknown) => unknown.range.min > unknown.range.max)) {
    throw new Error('No completion agrees with the published counts');
  }
  return unknowns.map((unknown) => unknown.range);
}

/**
 * Sets the range of every unknown: for each value from 0 to `bound`, a
 * depth-first search looks for one completion with the unknown at that
 * value, from the bottom for the minimum and from the top for the maximum.
 * Each node of the search narrows the interval of every unknown by the
 * sums until nothing changes (bounds propagation), then tries each value
 * of the first unknown not yet fixed.
 */
function searchCompletions(
  unknowns: Unknown[],
  equations: readonly SumEquation[],
  options: EnumerationOptions,
): void {
  const nodeLimit = options.nodeLimit ?? 5_000_000;
  let nodes = 0;

  // Narrows `low` and `high` in place, and returns false when a sum cannot
  // hold.
  const propagate = (low: number[], high: number[]): boolean => {
    const narrow = (i: number, from: number, to: number) => {
      const changed = from > (low[i] as number) || to < (high[i] as number);
      low[i] = Math.max(low[i] as number, from);
      high[i] = Math.min(high[i] as number, to);
      return changed;
    };
    let changed = true;
    while (changed) {
      changed = false;
      for (const { positive, negative, constant } of equations) {
        // Range of Σ positive − Σ negative over the current intervals.
        let minimum = 0;
        let maximum = 0;
        for (const i of positive) {
          minimum += low[i] as number;
          maximum += high[i] as number;
        }
        for (const i of negative) {
          minimum -= high[i] as number;
          maximum -= low[i] as number;
        }
        if (constant < minimum || constant > maximum) return false;
        // A positive term is the constant minus the other terms, and a
        // negative term is the other terms minus the constant.
        for (const i of positive) {
          const restMinimum = minimum - (low[i] as number);
          const restMaximum = maximum - (high[i] as number);
          if (narrow(i, constant - restMaximum, constant - restMinimum)) {
            changed = true;
          }
        }
        for (const i of negative) {
          const restMinimum = minimum + (high[i] as number);
          const restMaximum = maximum + (low[i] as number);
          if (narrow(i, restMinimum - constant, restMaximum - constant)) {
            changed = true;
          }
        }
      }
      if (low.some((value, i) => value > (high[i] as number))) return false;
    }
    return true;
  };

  const complete = (low: number[], high: number[]): boolean => {
    nodes += 1;
    if (nodes > nodeLimit) {
      throw new Error(`Enumeration visited more than ${nodeLimit} nodes`);
    }
    if (!propagate(low, high)) return false;
    const open = low.findIndex((value, i) => value < (high[i] as number));
    if (open < 0) return true;
    for (
      let value = low[open] as number;
      value <= (high[open] as number);
      value += 1
    ) {
      const nextLow = [...low];
      const nextHigh = [...high];
      nextLow[open] = value;
      nextHigh[open] = value;
      if (complete(nextLow, nextHigh)) return true;
    }
    return false;
  };
  const exists = (index: number, value: number): boolean => {
    const low = unknowns.map(() => 0);
    const high = unknowns.map(() => options.bound);
    low[index] = value;
    high[index] = value;
    return complete(low, high);
  };

  unknowns.forEach((unknown, index) => {
    for (let value = 0; value <= options.bound; value += 1) {
      if (exists(index, value)) {
        unknown.range.min = value;
        break;
      }
    }
    for (let value = options.bound; value >= unknown.range.min; value -= 1) {
      if (exists(index, value)) {
        unknown.range.max = value;
        break;
      }
    }
  });
}
