/** One linear equation: unknown indexes with integer coefficients. */
export type LinearEquation = readonly {
  unknown: number;
  coefficient: number;
}[];

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x;
}

/** Divides a row by the gcd of its entries and makes its first entry positive. */
function normaliseRow(row: bigint[]): void {
  let divisor = 0n;
  let first = 0n;
  for (const value of row) {
    if (value === 0n) continue;
    if (first === 0n) first = value;
    divisor = gcd(divisor, value);
  }
  if (divisor === 0n) return;
  if (first < 0n) divisor = -divisor;
  for (let index = 0; index < row.length; index += 1) {
    row[index] = (row[index] as bigint) / divisor;
  }
}

/**
 * Finds the unknowns whose value a system of linear equations fixes, given
 * the right-hand sides. An unknown is fixed exactly when its unit vector is
 * a combination of the equations, which is when its column is a pivot of
 * the reduced row echelon form and that row has no other non-zero entry.
 *
 * Elimination runs on exact integers (BigInt, fraction free, each row
 * divided by its gcd), so no rounding can hide or invent a fixed unknown.
 */
export function findFixedUnknowns(
  unknownCount: number,
  equations: readonly LinearEquation[],
): Set<number> {
  const rows = equations.map((equation) => {
    const row = new Array<bigint>(unknownCount).fill(0n);
    for (const { unknown, coefficient } of equation) {
      row[unknown] = (row[unknown] as bigint) + BigInt(coefficient);
    }
    return row;
  });

  const pivots: { row: number; column: number }[] = [];
  let next = 0;
  for (
    let column = 0;
    column < unknownCount && next < rows.length;
    column += 1
  ) {
    const found = rows.findIndex(
      (row, index) => index >= next && row[column] !== 0n,
    );
    if (found < 0) continue;
    [rows[next], rows[found]] = [
      rows[found] as bigint[],
      rows[next] as bigint[],
    ];
    const pivotRow = rows[next] as bigint[];
    const pivot = pivotRow[column] as bigint;
    // Clear the column in every other row, above and below.
    rows.forEach((row, index) => {
      if (index === next) return;
      const factor = row[column] as bigint;
      if (factor === 0n) return;
      for (let k = 0; k < unknownCount; k += 1) {
        row[k] = (row[k] as bigint) * pivot - (pivotRow[k] as bigint) * factor;
      }
      normaliseRow(row);
    });
    pivots.push({ row: next, column });
    next += 1;
  }

  const fixed = new Set<number>();
  for (const { row, column } of pivots) {
    const entries = rows[row] as bigint[];
    if (entries.every((value, k) => k === column || value === 0n)) {
      fixed.add(column);
    }
  }
  return fixed;
}
