/**
 * The rule that a pair needs evidence of identity to be linked without a
 * clerk: its ID numbers agree, at most one character or one adjacent swap
 * apart, or its names agree, at most one pinyin letter apart.
 *
 * Fellegi-Sunter weights add up the comparisons as if they were
 * independent. Twins and siblings share a birth date, a village and a
 * family phone, so twins named 李亮 and 李明 without ID numbers can weigh
 * far above the match threshold. Such a pair goes to review instead.
 */
import type { ComparisonParameters } from './model.js';

/** Levels, by comparison name, that show the two records name one person. */
const IDENTIFYING_LEVELS: Readonly<Record<string, readonly string[]>> = {
  residentId: [
    'exact',
    'legacy_equal',
    'one_substitution',
    'adjacent_transposition',
  ],
  name: [
    'exact',
    'simplified_equal',
    'pinyin_equal',
    'pinyin_toneless_equal',
    'pinyin_distance_1',
  ],
};

/**
 * Marks the pairs with evidence of identity: `1` where some comparison of
 * `IDENTIFYING_LEVELS` has one of its identifying levels, else `0`. When the
 * model has none of those comparisons, every pair is marked.
 *
 * @param levels Comparison vectors, one level index per comparison per pair.
 */
export function identifyingPairs(
  levels: Uint8Array,
  comparisons: readonly ComparisonParameters[],
): Uint8Array {
  const width = comparisons.length;
  const count = width === 0 ? 0 : levels.length / width;
  const identifying = comparisons.map((comparison) => {
    const names = IDENTIFYING_LEVELS[comparison.name];
    return names === undefined
      ? undefined
      : comparison.levels.map((level) => names.includes(level));
  });
  const marks = new Uint8Array(count);
  if (identifying.every((entry) => entry === undefined)) {
    return marks.fill(1);
  }
  for (let k = 0; k < count; k += 1) {
    for (let c = 0; c < width; c += 1) {
      const level = levels[k * width + c] as number;
      if (identifying[c]?.[level] === true) {
        marks[k] = 1;
        break;
      }
    }
  }
  return marks;
}
