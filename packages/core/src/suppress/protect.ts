import { type ProtectionGap, ProtectionLedger } from './attacker.js';
import { solveIntegerProgram } from './integer.js';
import type { LinearProgram } from './simplex.js';
import type { CountSystem } from './system.js';

/** Search nodes of branch and bound per protection program. */
const NODE_LIMIT = 32;

/** Extra suppressions found for one gap, with the completion they allow. */
interface Complement {
  /** Published numbers to suppress. */
  numbers: number[];
  /** A completion that closes the gap once they are suppressed. */
  completion: number[];
}

/**
 * Finds published numbers whose suppression closes a protection gap: after
 * suppressing them, a completion exists with the gap's number at 0
 * (`lower`) or at `minimumCount` or more (`upper`).
 *
 * The program looks for that completion directly. Suppressed numbers may
 * take any value of 0 or more at no cost. A candidate (an open number that
 * `allowed` accepts) may move away from its value at a cost of
 * 1 + value per unit, which favours small numbers, zeros included, and
 * few of them. Other numbers keep their values. The candidates that move
 * are the numbers to suppress. Returns undefined when no completion exists
 * with the candidates given.
 */
function findComplement(
  system: CountSystem,
  hidden: readonly boolean[],
  candidate: (number: number) => boolean,
  gap: ProtectionGap,
  minimumCount: number,
): Complement | undefined {
  // Variable indexes: the value of a suppressed number, or the increase
  // and decrease of a candidate.
  const valueOf = new Map<number, number>();
  const increaseOf = new Map<number, number>();
  const decreaseOf = new Map<number, number>();
  const lower: number[] = [];
  const upper: number[] = [];
  const cost: number[] = [];
  const addVariable = (low: number, high: number, price: number) => {
    lower.push(low);
    upper.push(high);
    cost.push(price);
    return lower.length - 1;
  };
  system.values.forEach((value, number) => {
    if (hidden[number]) {
      const target = number === gap.number;
      const low = target && gap.direction === 'upper' ? minimumCount : 0;
      const high = target && gap.direction === 'lower' ? 0 : Infinity;
      valueOf.set(number, addVariable(low, high, 0));
    } else if (candidate(number)) {
      increaseOf.set(number, addVariable(0, Infinity, 1 + value));
      if (value > 0) {
        decreaseOf.set(number, addVariable(0, value, 1 + value));
      }
    }
  });

  const constraints: LinearProgram['constraints'][number][] = [];
  for (const equation of system.equations) {
    const terms = [];
    let rhs = 0;
    for (const { variable: number, coefficient } of equation) {
      const value = valueOf.get(number);
      if (value !== undefined) {
        terms.push({ variable: value, coefficient });
        continue;
      }
      rhs -= coefficient * (system.values[number] as number);
      const increase = increaseOf.get(number);
      if (increase !== undefined)
        terms.push({ variable: increase, coefficient });
      const decrease = decreaseOf.get(number);
      if (decrease !== undefined) {
        terms.push({ variable: decrease, coefficient: -coefficient });
      }
    }
    if (terms.length > 0) constraints.push({ terms, rhs });
  }

  const result = solveIntegerProgram(
    { variableCount: lower.length, constraints, lower, upper, cost },
    { nodeLimit: NODE_LIMIT },
  );
  if (!('values' in result)) return undefined;
  const solution = result.values;
  const numbers: number[] = [];
  const completion = system.values.map((value, number) => {
    const own = valueOf.get(number);
    if (own !== undefined) return solution[own] as number;
    const increase = increaseOf.get(number);
    const decrease = decreaseOf.get(number);
    const change =
      (increase === undefined ? 0 : (solution[increase] as number)) -
      (decrease === undefined ? 0 : (solution[decrease] as number));
    if (change !== 0) numbers.push(number);
    return value + change;
  });
  return { numbers, completion };
}

/**
 * Suppresses more numbers, in place in `hidden`, until every sensitive
 * number meets the protection rule: a reader cannot rule out that it is 0,
 * nor that it is `minimumCount` or more.
 *
 * Gaps are closed one at a time, in number order and lower before upper.
 * The numbers suppressed for a gap come first from the gap's own table,
 * then from all tables. Locked numbers are never suppressed. A gap that no
 * suppression can close is left open, and `findAttackerRange` shows it.
 *
 * Each step suppresses at least one number, closes its gap or gives it up,
 * so the loop ends after at most one step per number plus two per
 * sensitive number. The same input always gives the same suppression.
 */
export function protectSensitiveNumbers(
  system: CountSystem,
  hidden: boolean[],
  locked: readonly boolean[],
  sensitive: readonly boolean[],
  minimumCount: number,
): void {
  const ledger = new ProtectionLedger(system, sensitive, minimumCount);
  const skip = new Set<string>();
  const open = (number: number) => !hidden[number] && !locked[number];
  const stepLimit =
    system.values.length + 2 * sensitive.filter(Boolean).length + 1;

  for (let step = 0; step < stepLimit; step += 1) {
    const gap = ledger.findGap(hidden, skip);
    if (gap === undefined) return;

    const table = system.tableOf[gap.number] as number;
    const scopes: ((number: number) => boolean)[] = [];
    if (table >= 0 && system.numberOf.length > 1) {
      scopes.push((number) => open(number) && system.tableOf[number] === table);
    }
    scopes.push(open);
    let complement: Complement | undefined;
    for (const scope of scopes) {
      complement = findComplement(system, hidden, scope, gap, minimumCount);
      if (complement !== undefined) break;
    }

    if (complement === undefined) {
      skip.add(`${gap.number}:${gap.direction}`);
      continue;
    }
    for (const number of complement.numbers) hidden[number] = true;
    ledger.record(complement.completion);
  }
  throw new Error(`Protection did not finish in ${stepLimit} steps`);
}
