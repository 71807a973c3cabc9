/**
 * Rows of the dynamic programming table, kept between calls so that a
 * comparison allocates nothing. They grow when a longer string arrives.
 */
let twoRowsBack = new Int32Array(64);
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Computes the restricted Damerau-Levenshtein distance (optimal string
 * alignment) between two strings, counting insertions, deletions,
 * substitutions and transpositions of adjacent UTF-16 code units, each as
 * one edit. A transposed pair cannot be edited again.
 *
 * The computation stops as soon as the distance must exceed `max`, and then
 * returns `max + 1`, so the result is exact only up to `max`.
 *
 * @example boundedEditDistance('zhang', 'zhagn', 2) // 1
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const aLength = a.length;
  const bLength = b.length;
  if (Math.abs(aLength - bLength) > max) {
    return max + 1;
  }
  if (aLength === 0 || bLength === 0) {
    return Math.max(aLength, bLength);
  }
  if (previousRow.length <= bLength + 1) {
    twoRowsBack = new Int32Array(bLength + 2);
    previousRow = new Int32Array(bLength + 2);
    currentRow = new Int32Array(bLength + 2);
  }

  // Only cells with |i - j| <= max can hold a distance up to max, so each
  // row computes that band. The cell just outside it on each side is set to
  // `over`, because the next row reads it.
  const over = max + 1;
  for (let j = 0; j <= bLength; j += 1) {
    previousRow[j] = j <= max ? j : over;
  }
  for (let i = 1; i <= aLength; i += 1) {
    const aCode = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    const low = Math.max(1, i - max);
    const high = Math.min(bLength, i + max);
    currentRow[low - 1] = low === 1 && i <= max ? i : over;
    let rowMinimum = currentRow[low - 1] as number;
    for (let j = low; j <= high; j += 1) {
      const bCode = b.charCodeAt(j - 1);
      const substitution =
        (previousRow[j - 1] as number) + (aCode === bCode ? 0 : 1);
      const deletion = (previousRow[j] as number) + 1;
      const insertion = (currentRow[j - 1] as number) + 1;
      let distance = Math.min(substitution, deletion, insertion);
      if (j > 1 && aCode === b.charCodeAt(j - 2) && aBefore === bCode) {
        distance = Math.min(distance, (twoRowsBack[j - 2] as number) + 1);
      }
      currentRow[j] = distance;
      if (distance < rowMinimum) {
        rowMinimum = distance;
      }
    }
    if (high < bLength) {
      currentRow[high + 1] = over;
    }
    // Row minima never decrease, so no later row can come back under max.
    if (rowMinimum > max) {
      return over;
    }
    const recycled = twoRowsBack;
    twoRowsBack = previousRow;
    previousRow = currentRow;
    currentRow = recycled;
  }
  return Math.min(previousRow[bLength] as number, over);
}
