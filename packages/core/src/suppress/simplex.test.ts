import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveIntegerProgram } from './integer.js';
import { type LinearProgram, solveLinearProgram } from './simplex.js';

/** Builds a program from dense constraint rows. */
function program(
  rows: number[][],
  rhs: number[],
  cost: number[],
  bounds: { lower?: number[]; upper?: number[] } = {},
): LinearProgram {
  return {
    variableCount: cost.length,
    constraints: rows.map((row, i) => ({
      terms: row.flatMap((coefficient, variable) =>
        coefficient === 0 ? [] : [{ variable, coefficient }],
      ),
      rhs: rhs[i] as number,
    })),
    lower: bounds.lower ?? cost.map(() => 0),
    upper: bounds.upper ?? cost.map(() => Infinity),
    cost,
  };
}

describe('solveLinearProgram', () => {
  it('minimises over one sum', () => {
    const result = solveLinearProgram(program([[1, 1]], [3], [2, 1]));
    expect(result).toEqual({ status: 'optimal', values: [0, 3], objective: 3 });
  });

  it('respects upper bounds', () => {
    // Maximise x subject to x + y = 5 and x ≤ 2.
    const result = solveLinearProgram(
      program([[1, 1]], [5], [-1, 0], { upper: [2, Infinity] }),
    );
    expect(result).toEqual({
      status: 'optimal',
      values: [2, 3],
      objective: -2,
    });
  });

  it('respects lower bounds', () => {
    const result = solveLinearProgram(
      program([[1, 1, -1]], [0], [0, 0, 1], { lower: [4, 0, 0] }),
    );
    expect(result.status).toBe('optimal');
    expect(result.status === 'optimal' && result.values[2]).toBe(4);
  });

  it('reports infeasible programs', () => {
    expect(solveLinearProgram(program([[1, 1]], [-1], [0, 0]))).toEqual({
      status: 'infeasible',
    });
    expect(
      solveLinearProgram(program([[1, 1]], [5], [0, 0], { upper: [2, 2] })),
    ).toEqual({ status: 'infeasible' });
  });

  it('reports unbounded programs', () => {
    expect(solveLinearProgram(program([[1, -1]], [0], [-1, 0]))).toEqual({
      status: 'unbounded',
    });
  });

  it('finds fractional vertices', () => {
    // a + b = 7, a + c = 6, b + c = 6 has the single solution a = 3.5.
    const result = solveLinearProgram(
      program(
        [
          [1, 1, 0],
          [1, 0, 1],
          [0, 1, 1],
        ],
        [7, 6, 6],
        [1, 0, 0],
      ),
    );
    expect(result.status).toBe('optimal');
    if (result.status !== 'optimal') return;
    expect(result.values[0]).toBeCloseTo(3.5, 9);
    expect(result.values[1]).toBeCloseTo(3.5, 9);
    expect(result.values[2]).toBeCloseTo(2.5, 9);
  });

  it('handles redundant sums', () => {
    // A 2 x 2 table with all margins: one sum follows from the others.
    const result = solveLinearProgram(
      program(
        [
          [1, 1, 0, 0],
          [0, 0, 1, 1],
          [1, 0, 1, 0],
          [0, 1, 0, 1],
        ],
        [5, 7, 4, 8],
        [-1, 0, 0, 0],
      ),
    );
    expect(result).toEqual({
      status: 'optimal',
      values: [4, 1, 0, 7],
      objective: -4,
    });
  });

  it('rejects invalid bounds', () => {
    expect(() =>
      solveLinearProgram(program([[1]], [1], [0], { lower: [-Infinity] })),
    ).toThrow(RangeError);
    expect(() =>
      solveLinearProgram(program([[1]], [1], [0], { lower: [3], upper: [2] })),
    ).toThrow('Variable 0 has invalid bounds [3, 2]');
  });

  it('matches enumeration on transport tables', () => {
    // Minimise a random cost over the 2 x 3 tables with given margins. The
    // matrix is totally unimodular, so the optimum is attained at a table.
    const arbitraryCase = fc.record({
      cells: fc.array(fc.integer({ min: 0, max: 4 }), {
        minLength: 6,
        maxLength: 6,
      }),
      cost: fc.array(fc.integer({ min: -3, max: 3 }), {
        minLength: 6,
        maxLength: 6,
      }),
    });
    fc.assert(
      fc.property(arbitraryCase, ({ cells, cost }) => {
        const at = (r: number, c: number) => cells[r * 3 + c] as number;
        const rows = [0, 1].map((r) => at(r, 0) + at(r, 1) + at(r, 2));
        const columns = [0, 1, 2].map((c) => at(0, c) + at(1, c));
        const matrix = [
          [1, 1, 1, 0, 0, 0],
          [0, 0, 0, 1, 1, 1],
          [1, 0, 0, 1, 0, 0],
          [0, 1, 0, 0, 1, 0],
          [0, 0, 1, 0, 0, 1],
        ];
        const result = solveLinearProgram(
          program(matrix, [...rows, ...columns], cost),
        );

        let best = Infinity;
        const limit = Math.max(...rows);
        for (let a = 0; a <= limit; a += 1) {
          for (let b = 0; b <= limit; b += 1) {
            const c = (rows[0] as number) - a - b;
            const d = (columns[0] as number) - a;
            const e = (columns[1] as number) - b;
            const f = (columns[2] as number) - c;
            if (Math.min(c, d, e, f) < 0) continue;
            if (d + e + f !== rows[1]) continue;
            const values = [a, b, c, d, e, f];
            best = Math.min(
              best,
              values.reduce((sum, v, j) => sum + v * (cost[j] as number), 0),
            );
          }
        }
        expect(result.status).toBe('optimal');
        expect(result.status === 'optimal' && result.objective).toBeCloseTo(
          best,
          9,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('solveIntegerProgram', () => {
  it('branches past fractional vertices', () => {
    // Maximise a subject to a + b = 7, a + c = 6, b + c ≥ 6 written with a
    // surplus s: the relaxation gives a = 3.5, whole numbers give a = 3.
    const relaxed = program(
      [
        [1, 1, 0, 0],
        [1, 0, 1, 0],
        [0, 1, 1, -1],
      ],
      [7, 6, 6],
      [-1, 0, 0, 0],
    );
    const fractional = solveLinearProgram(relaxed);
    expect(fractional.status === 'optimal' && fractional.objective).toBeCloseTo(
      -3.5,
      9,
    );
    expect(solveIntegerProgram(relaxed)).toEqual({
      status: 'optimal',
      values: [3, 4, 3, 1],
      objective: -3,
    });
  });

  it('finds no whole-number solution', () => {
    const result = solveIntegerProgram(
      program(
        [
          [1, 1, 0],
          [1, 0, 1],
          [0, 1, 1],
        ],
        [7, 6, 6],
        [0, 0, 0],
      ),
    );
    expect(result).toEqual({ status: 'infeasible' });
  });

  it('stops at the node limit', () => {
    // 2a = 1 has no whole-number solution, and each branch is infeasible.
    const result = solveIntegerProgram(program([[2]], [1], [0]), {
      nodeLimit: 1,
    });
    expect(result).toEqual({ status: 'undecided' });
  });

  it('stops at the first solution', () => {
    const result = solveIntegerProgram(program([[1, 1]], [3], [0, 0]), {
      firstSolution: true,
    });
    expect(result.status).toBe('feasible');
  });
});
