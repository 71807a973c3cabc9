import {
  type LinearProgram,
  solveLinearProgram,
  TOLERANCE,
} from './simplex.js';

/**
 * Outcome of `solveIntegerProgram`. `feasible` is a whole-number solution
 * that the search could not prove optimal before its node limit, and
 * `undecided` means the limit came before any whole-number solution.
 */
export type IntegerProgramResult =
  | { status: 'optimal' | 'feasible'; values: number[]; objective: number }
  | { status: 'infeasible' | 'unbounded' | 'undecided' };

/** Options of `solveIntegerProgram`. */
export interface IntegerProgramOptions {
  /** Linear programs solved before giving up, default 64. */
  nodeLimit?: number;
  /** Whether to stop at the first whole-number solution. */
  firstSolution?: boolean;
}

/** Distance from a whole number still read as that whole number. */
const INTEGER_TOLERANCE = 1e-6;

interface Node {
  lower: number[];
  upper: number[];
}

/**
 * Solves a linear program over whole numbers by depth-first branch and
 * bound: a variable with a fractional value splits the bounds into one
 * branch below and one above it, the branch below searched first.
 *
 * Programs from a single table never branch, because their constraint
 * matrices are totally unimodular, so the simplex method returns whole
 * numbers. Linked tables can give fractional vertices.
 */
export function solveIntegerProgram(
  program: LinearProgram,
  options: IntegerProgramOptions = {},
): IntegerProgramResult {
  const nodeLimit = options.nodeLimit ?? 64;
  const stack: Node[] = [
    { lower: [...program.lower], upper: [...program.upper] },
  ];
  let best: { values: number[]; objective: number } | undefined;
  let nodes = 0;

  while (stack.length > 0) {
    if (nodes >= nodeLimit) {
      return best === undefined
        ? { status: 'undecided' }
        : { status: 'feasible', ...best };
    }
    nodes += 1;
    const node = stack.pop() as Node;
    const result = solveLinearProgram({ ...program, ...node });
    if (result.status === 'infeasible') continue;
    // An unbounded relaxation with a whole-number point in it has
    // whole-number points of any objective along a rational ray.
    if (result.status === 'unbounded') return { status: 'unbounded' };
    if (best !== undefined && result.objective >= best.objective - TOLERANCE) {
      continue;
    }

    const fractional = result.values.findIndex(
      (value) => Math.abs(value - Math.round(value)) > INTEGER_TOLERANCE,
    );
    if (fractional < 0) {
      const values = result.values.map((value) => Math.round(value));
      const objective = values.reduce(
        (sum, value, j) => sum + value * (program.cost[j] as number),
        0,
      );
      best = { values, objective };
      if (options.firstSolution) return { status: 'feasible', ...best };
      continue;
    }
    const value = result.values[fractional] as number;
    const above = { lower: [...node.lower], upper: [...node.upper] };
    above.lower[fractional] = Math.ceil(value);
    const below = { lower: [...node.lower], upper: [...node.upper] };
    below.upper[fractional] = Math.floor(value);
    stack.push(above, below);
  }
  return best === undefined
    ? { status: 'infeasible' }
    : { status: 'optimal', ...best };
}
