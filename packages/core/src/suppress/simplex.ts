/** One term of a linear constraint. */
export interface LinearTerm {
  /** Index of the variable. */
  variable: number;
  /** Coefficient of the variable. */
  coefficient: number;
}

/**
 * A linear program in bounded equality form: minimise `cost · x` subject
 * to `Σ terms = rhs` for each constraint and `lower ≤ x ≤ upper`.
 */
export interface LinearProgram {
  /** Number of variables. */
  variableCount: number;
  /** Equality constraints. */
  constraints: readonly {
    terms: readonly LinearTerm[];
    rhs: number;
  }[];
  /** Finite lower bound of each variable. */
  lower: readonly number[];
  /** Upper bound of each variable, `Infinity` for none. */
  upper: readonly number[];
  /** Cost of each variable, minimised. */
  cost: readonly number[];
}

/** Outcome of `solveLinearProgram`. */
export type LinearProgramResult =
  | { status: 'optimal'; values: number[]; objective: number }
  | { status: 'infeasible' }
  | { status: 'unbounded' };

/** Tolerance for reduced costs, pivot elements and ties of the ratio test. */
export const TOLERANCE = 1e-9;

/** Degenerate pivots in a row before switching to Bland's rule. */
const DEGENERATE_STREAK = 30;

/**
 * Tableau of the bounded simplex method. Columns are the variables and
 * then one artificial variable per constraint, whose bounds are [0, ∞) in
 * phase 1 and [0, 0] in phase 2.
 */
class Tableau {
  readonly rows: Float64Array[];
  readonly reduced: Float64Array;
  readonly basis: Int32Array;
  readonly beta: Float64Array;
  readonly atUpper: Uint8Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly width: number;

  constructor(program: LinearProgram) {
    const m = program.constraints.length;
    const n = program.variableCount;
    this.width = n + m;
    this.lower = new Float64Array(this.width);
    this.upper = new Float64Array(this.width).fill(Infinity);
    for (let j = 0; j < n; j += 1) {
      this.lower[j] = program.lower[j] as number;
      this.upper[j] = program.upper[j] as number;
    }
    this.atUpper = new Uint8Array(this.width);
    this.basis = new Int32Array(m);
    this.beta = new Float64Array(m);
    this.reduced = new Float64Array(this.width);

    // Start with every variable at its lower bound. Each artificial takes
    // up what is left of its constraint, after flipping the sign of the
    // constraint so that this is not negative.
    this.rows = program.constraints.map((constraint, i) => {
      const row = new Float64Array(this.width);
      let residual = constraint.rhs;
      for (const { variable, coefficient } of constraint.terms) {
        row[variable] = (row[variable] as number) + coefficient;
        residual -= coefficient * (program.lower[variable] as number);
      }
      if (residual < 0) {
        for (let j = 0; j < n; j += 1) row[j] = -(row[j] as number);
        residual = -residual;
      }
      row[n + i] = 1;
      this.basis[i] = n + i;
      this.beta[i] = residual;
      return row;
    });
  }

  /** Current value of a non-basic variable. */
  bound(j: number): number {
    return this.atUpper[j]
      ? (this.upper[j] as number)
      : (this.lower[j] as number);
  }

  /** Sets the reduced costs of a cost vector over all columns. */
  price(cost: Float64Array): void {
    this.reduced.set(cost);
    this.rows.forEach((row, i) => {
      const basic = cost[this.basis[i] as number] as number;
      if (basic === 0) return;
      for (let j = 0; j < this.width; j += 1) {
        this.reduced[j] =
          (this.reduced[j] as number) - basic * (row[j] as number);
      }
    });
  }

  /** Current values of the first `count` variables. */
  values(count: number): number[] {
    const values = Array.from({ length: count }, (_, j) => this.bound(j));
    this.basis.forEach((j, i) => {
      if (j < count) values[j] = this.beta[i] as number;
    });
    return values;
  }

  /**
   * Runs simplex iterations until the reduced costs are optimal. Returns
   * false when the objective is unbounded below.
   */
  optimise(): boolean {
    const basic = new Uint8Array(this.width);
    for (const j of this.basis) basic[j] = 1;
    let streak = 0;
    const iterationLimit = 50 * (this.width + this.rows.length) + 1000;
    for (let iteration = 0; iteration < iterationLimit; iteration += 1) {
      const entering = this.chooseEntering(basic, streak >= DEGENERATE_STREAK);
      if (entering < 0) return true;
      const step = this.ratioTest(entering);
      if (step === undefined) return false;
      streak = step.theta > TOLERANCE ? 0 : streak + 1;
      const direction = this.atUpper[entering] ? -1 : 1;
      const enteringValue = this.bound(entering) + direction * step.theta;
      this.move(entering, direction * step.theta);
      if (step.row < 0) {
        this.atUpper[entering] = this.atUpper[entering] ? 0 : 1;
      } else {
        const leaving = this.basis[step.row] as number;
        basic[leaving] = 0;
        basic[entering] = 1;
        this.atUpper[leaving] = step.toUpper ? 1 : 0;
        this.atUpper[entering] = 0;
        this.pivot(step.row, entering);
        this.beta[step.row] = enteringValue;
      }
    }
    throw new Error(`Simplex did not converge in ${iterationLimit} iterations`);
  }

  /**
   * Picks a non-basic variable whose move lowers the objective: the largest
   * reduced cost (Dantzig), or the lowest index (Bland) after a run of
   * degenerate pivots, so the method cannot cycle. Returns -1 at optimum.
   */
  private chooseEntering(basic: Uint8Array, bland: boolean): number {
    let best = -1;
    let bestScore = TOLERANCE;
    for (let j = 0; j < this.width; j += 1) {
      if (basic[j] || this.lower[j] === this.upper[j]) continue;
      const d = this.reduced[j] as number;
      const score = this.atUpper[j] ? d : -d;
      if (score > bestScore) {
        if (bland) return j;
        best = j;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Finds how far the entering variable can move: to its other bound (row
   * -1) or until a basic variable reaches one of its bounds. Ties go to the
   * basic variable of lowest index. Returns undefined when nothing limits
   * the move.
   */
  private ratioTest(entering: number) {
    const direction = this.atUpper[entering] ? -1 : 1;
    let theta =
      (this.upper[entering] as number) - (this.lower[entering] as number);
    let row = -1;
    let toUpper = false;
    this.rows.forEach((tableauRow, i) => {
      const alpha = direction * (tableauRow[entering] as number);
      if (Math.abs(alpha) <= TOLERANCE) return;
      const j = this.basis[i] as number;
      const value = this.beta[i] as number;
      // The basic variable changes by -alpha per unit step.
      const limit =
        alpha > 0
          ? (value - (this.lower[j] as number)) / alpha
          : ((this.upper[j] as number) - value) / -alpha;
      const better =
        limit < theta - TOLERANCE ||
        (limit <= theta + TOLERANCE &&
          row >= 0 &&
          j < (this.basis[row] as number));
      if (better) {
        theta = Math.max(limit, 0);
        row = i;
        toUpper = alpha < 0;
      }
    });
    return theta === Infinity ? undefined : { theta, row, toUpper };
  }

  /** Updates the basic values for a change `delta` of a non-basic one. */
  private move(entering: number, delta: number): void {
    if (delta === 0) return;
    this.rows.forEach((row, i) => {
      this.beta[i] =
        (this.beta[i] as number) - delta * (row[entering] as number);
    });
  }

  /** Makes `entering` basic in `row`, eliminating it from other rows. */
  private pivot(rowIndex: number, entering: number): void {
    const pivotRow = this.rows[rowIndex] as Float64Array;
    const element = pivotRow[entering] as number;
    const nonZero: number[] = [];
    for (let j = 0; j < this.width; j += 1) {
      if (pivotRow[j] !== 0) {
        pivotRow[j] = (pivotRow[j] as number) / element;
        nonZero.push(j);
      }
    }
    const eliminate = (row: Float64Array, factor: number) => {
      for (const j of nonZero) {
        row[j] = (row[j] as number) - factor * (pivotRow[j] as number);
      }
    };
    this.rows.forEach((row, i) => {
      if (i === rowIndex) return;
      const factor = row[entering] as number;
      if (factor === 0) return;
      eliminate(row, factor);
      row[entering] = 0;
    });
    const factor = this.reduced[entering] as number;
    if (factor !== 0) {
      eliminate(this.reduced, factor);
      this.reduced[entering] = 0;
    }
    this.basis[rowIndex] = entering;
  }
}

/** Largest total of artificial variables accepted as feasible. */
const FEASIBILITY_TOLERANCE = 1e-7;

/**
 * Solves a linear program with the two-phase bounded simplex method on a
 * dense tableau. Phase 1 minimises the sum of one artificial variable per
 * constraint, phase 2 the cost. Entering variables follow Dantzig's rule
 * and switch to Bland's rule after a run of degenerate pivots, so the
 * method terminates on the degenerate programs that tables give.
 *
 * Arithmetic is in floating point with tolerance `TOLERANCE`. Tables give
 * coefficients of ±1 and whole-number bounds, so the values of a basic
 * solution are whole numbers or simple fractions well within it.
 *
 * @throws {RangeError} When a lower bound is not finite or exceeds its
 * upper bound.
 */
export function solveLinearProgram(
  program: LinearProgram,
): LinearProgramResult {
  const n = program.variableCount;
  for (let j = 0; j < n; j += 1) {
    const lower = program.lower[j] as number;
    if (!Number.isFinite(lower) || !(lower <= (program.upper[j] as number))) {
      throw new RangeError(
        `Variable ${j} has invalid bounds [${lower}, ${program.upper[j]}]`,
      );
    }
  }
  const tableau = new Tableau(program);
  const m = program.constraints.length;

  const phaseOne = new Float64Array(tableau.width);
  phaseOne.fill(1, n);
  tableau.price(phaseOne);
  tableau.optimise();
  let infeasibility = 0;
  tableau.basis.forEach((j, i) => {
    if (j >= n) infeasibility += tableau.beta[i] as number;
  });
  if (infeasibility > FEASIBILITY_TOLERANCE) return { status: 'infeasible' };

  for (let i = 0; i < m; i += 1) tableau.upper[n + i] = 0;
  const cost = new Float64Array(tableau.width);
  for (let j = 0; j < n; j += 1) cost[j] = program.cost[j] as number;
  tableau.price(cost);
  if (!tableau.optimise()) return { status: 'unbounded' };

  const values = tableau.values(n);
  const objective = values.reduce(
    (sum, value, j) => sum + value * (program.cost[j] as number),
    0,
  );
  return { status: 'optimal', values, objective };
}
