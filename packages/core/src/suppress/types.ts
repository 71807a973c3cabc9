/**
 * Counts of a table as published: interior cells and, where the table
 * publishes them, row totals, column totals and a grand total.
 */
export interface CountTable {
  /** Interior counts, one array per row, every row of the same length. */
  cells: readonly (readonly number[])[];
  /** Sum of each row, when the table publishes row totals. */
  rowTotals?: readonly number[];
  /** Sum of each column, when the table publishes column totals. */
  columnTotals?: readonly number[];
  /** Sum of all cells, when the table publishes it. */
  grandTotal?: number;
}

/** Suppression flags for every published number of a `CountTable`. */
export interface SuppressionMask {
  /** One flag per interior cell, in the shape of `cells`. */
  cells: boolean[][];
  /** One flag per row total (empty when the table has no row totals). */
  rowTotals: boolean[];
  /** One flag per column total (empty when the table has none). */
  columnTotals: boolean[];
  /** Flag of the grand total (`false` when the table has none). */
  grandTotal: boolean;
}

/** Flags for some of the numbers of a table; a missing flag is `false`. */
export interface PartialMask {
  /** Flags of interior cells. */
  cells?: readonly (readonly boolean[])[];
  /** Flags of row totals. */
  rowTotals?: readonly boolean[];
  /** Flags of column totals. */
  columnTotals?: readonly boolean[];
  /** Flag of the grand total. */
  grandTotal?: boolean;
}

/** Options of `suppressSmallCounts`. */
export interface SuppressionOptions {
  /**
   * Smallest count published: counts from 1 to `minimumCount - 1` are
   * suppressed. A 0 is published unless it is needed to protect another
   * number.
   */
  minimumCount: number;
  /**
   * Numbers suppressed whatever their value, for example a total that a
   * linked table suppresses. A forced number is suppressed even when it is
   * also locked. The protection rule applies to it only when it is a count
   * from 1 to `minimumCount - 1`.
   */
  forced?: PartialMask;
  /**
   * Numbers suppressed and protected whatever their value, for example a
   * sum over too few businesses: like a small count, a reader must not be
   * able to rule out that it is 0. A sensitive number is suppressed even
   * when it is also locked.
   */
  sensitive?: PartialMask;
  /**
   * Numbers published whatever their value, for example a headline figure.
   * Neither the primary nor the secondary rule suppresses them.
   */
  locked?: PartialMask;
}

/** Place of one number in a table. */
export interface TablePosition {
  /** Part of the table the number belongs to. */
  part: 'cell' | 'rowTotal' | 'columnTotal' | 'grandTotal';
  /** Row of a cell or row total, -1 otherwise. */
  row: number;
  /** Column of a cell or column total, -1 otherwise. */
  column: number;
}
