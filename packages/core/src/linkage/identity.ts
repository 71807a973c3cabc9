/**
 * The rule that a pair needs evidence of identity to be linked without a
 * clerk. Either its ID numbers agree, at most one character or one
 * adjacent swap apart. Or its names agree, at most one pinyin letter
 * apart, and neither the ID numbers (both readable and more than one error
 * apart) nor the sexes disagree.
 *
 * Fellegi-Sunter weights add up the comparisons as if they were
 * independent. Twins and siblings share a birth date, a village and a
 * family phone, so twins named 李亮 and 李明 without ID numbers can weigh
 * far above the match threshold. Such a pair goes to review instead.
 */
import type { ComparisonParameters } from './model.js';

/** ID levels that show on their own that two records name one person. */
const ID_LEVELS: Readonly<Record<string, readonly string[]>> = {
  residentId: [
    'exact',
    'legacy_equal',
    'one_substitution',
    'adjacent_transposition',
  ],
};

/** Name levels that show one person unless a level below disagrees. */
const NAME_LEVELS: Readonly<Record<string, readonly string[]>> = {
  name: [
    'exact',
    'simplified_equal',
    'pinyin_equal',
    'pinyin_toneless_equal',
    'pinyin_distance_1',
  ],
};

/** Levels that outweigh an agreeing name. */
const CONTRADICTING_LEVELS: Readonly<Record<string, readonly string[]>> = {
  residentId: ['different'],
  sex: ['different'],
};

/** Evidence of each level of each comparison, as bit flags. */
const ID = 1;
const NAME = 2;
const CONTRADICTION = 4;

/**
 * Marks the pairs with evidence of identity (see the module comment):
 * `1` where the pair may be linked without a clerk, else `0`. When the
 * model has neither an ID nor a name comparison, every pair is marked.
 *
 * @param levels Comparison vectors, one level index per comparison per pair.
 */
export function identifyingPairs(
  levels: Uint8Array,
  comparisons: readonly ComparisonParameters[],
): Uint8Array {
  const width = comparisons.length;
  const count = width === 0 ? 0 : levels.length / width;
  const marks = new Uint8Array(count);
  const flags = comparisons.map((comparison) =>
    comparison.levels.map(
      (level) =>
        (ID_LEVELS[comparison.name]?.includes(level) ? ID : 0) |
        (NAME_LEVELS[comparison.name]?.includes(level) ? NAME : 0) |
        (CONTRADICTING_LEVELS[comparison.name]?.includes(level)
          ? CONTRADICTION
          : 0),
    ),
  );
  const judged = comparisons.some(
    (comparison) =>
      ID_LEVELS[comparison.name] !== undefined ||
      NAME_LEVELS[comparison.name] !== undefined,
  );
  if (!judged) return marks.fill(1);

  for (let k = 0; k < count; k += 1) {
    let evidence = 0;
    for (let c = 0; c < width; c += 1) {
      evidence |= flags[c]?.[levels[k * width + c] as number] ?? 0;
    }
    const byName = (evidence & NAME) !== 0 && (evidence & CONTRADICTION) === 0;
    marks[k] = (evidence & ID) !== 0 || byName ? 1 : 0;
  }
  return marks;
}
