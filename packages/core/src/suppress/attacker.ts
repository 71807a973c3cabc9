import { solveIntegerProgram } from './integer.js';
import type { LinearProgram } from './simplex.js';
import type { CountSystem } from './system.js';

// The attacker model. A reader knows every published number, every sum of
// the count system, and that every suppressed number is a whole number of
// 0 or more. A completion is an assignment of the suppressed numbers that
// agrees with all of this. The true values are one completion.

/** Range a reader can narrow a suppressed number to. */
export interface AttackerRange {
  /** Smallest value in any completion. */
  lower: number;
  /** Largest value in any completion, `Infinity` when unbounded. */
  upper: number;
}

/** Search nodes of branch and bound per question about completions. */
const NODE_LIMIT = 64;

/**
 * Builds the reader's program over the suppressed numbers: one variable per
 * suppressed number, from 0 up, and one constraint per sum with a
 * suppressed term, with the published terms moved to the right-hand side.
 */
function attackerProgram(system: CountSystem, hidden: readonly boolean[]) {
  const variables: number[] = [];
  const variableOf = new Map<number, number>();
  hidden.forEach((flag, number) => {
    if (!flag) return;
    variableOf.set(number, variables.length);
    variables.push(number);
  });

  const constraints: LinearProgram['constraints'][number][] = [];
  for (const equation of system.equations) {
    const terms = [];
    let rhs = 0;
    for (const { variable: number, coefficient } of equation) {
      const variable = variableOf.get(number);
      if (variable === undefined) {
        rhs -= coefficient * (system.values[number] as number);
      } else {
        terms.push({ variable, coefficient });
      }
    }
    if (terms.length > 0) constraints.push({ terms, rhs });
  }
  const program: LinearProgram = {
    variableCount: variables.length,
    constraints,
    lower: variables.map(() => 0),
    upper: variables.map(() => Infinity),
    cost: variables.map(() => 0),
  };
  return { program, variables, variableOf };
}

/**
 * Finds a whole-number completion in which `target` lies in
 * [`lower`, `upper`]. Returns the value of every number, published ones
 * included, or undefined when none was found.
 */
export function findCompletion(
  system: CountSystem,
  hidden: readonly boolean[],
  target: number,
  lower: number,
  upper: number,
): number[] | undefined {
  const { program, variables, variableOf } = attackerProgram(system, hidden);
  const variable = variableOf.get(target);
  if (variable === undefined) {
    const value = system.values[target] as number;
    return value >= lower && value <= upper ? [...system.values] : undefined;
  }
  const bounded: LinearProgram = {
    ...program,
    lower: program.lower.map((bound, j) => (j === variable ? lower : bound)),
    upper: program.upper.map((bound, j) => (j === variable ? upper : bound)),
  };
  const result = solveIntegerProgram(bounded, {
    nodeLimit: NODE_LIMIT,
    firstSolution: true,
  });
  if (!('values' in result)) return undefined;
  const completion = [...system.values];
  variables.forEach((number, j) => {
    completion[number] = result.values[j] as number;
  });
  return completion;
}

/**
 * Computes the range of whole numbers a reader can narrow a suppressed
 * number to, by minimising and maximising it over the completions.
 *
 * NOTE: when branch and bound hits its node limit, the range is the span
 * of the completions it found, which can be narrower than the reader's
 * range but never wider. Single tables never branch.
 */
export function findAttackerRange(
  system: CountSystem,
  hidden: readonly boolean[],
  target: number,
): AttackerRange {
  const value = system.values[target] as number;
  const { program, variableOf } = attackerProgram(system, hidden);
  const variable = variableOf.get(target);
  if (variable === undefined) return { lower: value, upper: value };

  const extreme = (sign: 1 | -1) => {
    const result = solveIntegerProgram(
      {
        ...program,
        cost: program.cost.map((_, j) => (j === variable ? sign : 0)),
      },
      { nodeLimit: NODE_LIMIT },
    );
    // Only the maximum can be unbounded: every number is 0 or more.
    if (result.status === 'unbounded') return Infinity;
    // The true values are a completion, so the value itself is a bound.
    if (!('values' in result)) return value;
    const found = result.values[variable] as number;
    return sign === 1 ? Math.min(found, value) : Math.max(found, value);
  };
  return { lower: extreme(1), upper: extreme(-1) };
}

/** A sensitive number and the completion it still lacks. */
export interface ProtectionGap {
  /** The number. */
  number: number;
  /**
   * `lower` when no completion has it at 0, `upper` when none has it at
   * the minimum count or more.
   */
  direction: 'lower' | 'upper';
}

/**
 * Tracks, for each sensitive number, whether a completion is known with
 * it at 0 and one with it at `minimumCount` or more. The protection rule
 * asks for both. A completion stays valid when more numbers are
 * suppressed, so what the ledger records stays true while a suppression
 * only grows.
 */
export class ProtectionLedger {
  private readonly atZero: boolean[];
  private readonly atMinimum: boolean[];

  constructor(
    private readonly system: CountSystem,
    private readonly sensitive: readonly boolean[],
    private readonly minimumCount: number,
  ) {
    this.atZero = system.values.map(() => false);
    this.atMinimum = system.values.map(() => false);
    this.record(system.values);
  }

  /** Records what a completion shows for every sensitive number. */
  record(completion: readonly number[]): void {
    this.sensitive.forEach((flag, number) => {
      if (!flag) return;
      const value = completion[number] as number;
      if (value === 0) this.atZero[number] = true;
      if (value >= this.minimumCount) this.atMinimum[number] = true;
    });
  }

  /**
   * Returns the first sensitive number, in number order and lower before
   * upper, for which no completion exists under `hidden`, skipping the
   * gaps in `skip` (keys `number:direction`). Searches for the missing
   * completions and records those it finds.
   */
  findGap(
    hidden: readonly boolean[],
    skip: ReadonlySet<string> = new Set(),
  ): ProtectionGap | undefined {
    for (let number = 0; number < this.sensitive.length; number += 1) {
      if (!this.sensitive[number]) continue;
      const checks: [ProtectionGap['direction'], boolean[], number, number][] =
        [
          ['lower', this.atZero, 0, 0],
          ['upper', this.atMinimum, this.minimumCount, Infinity],
        ];
      for (const [direction, known, lower, upper] of checks) {
        if (known[number] || skip.has(`${number}:${direction}`)) continue;
        const completion = findCompletion(
          this.system,
          hidden,
          number,
          lower,
          upper,
        );
        if (completion === undefined) return { number, direction };
        this.record(completion);
      }
    }
    return undefined;
  }
}
