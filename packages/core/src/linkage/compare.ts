/**
 * Comparison functions for Fellegi-Sunter record linkage.
 *
 * Each comparison maps a pair of prepared records to a level index into its
 * list of level names. Index 0 is the strongest agreement. The last level
 * is always `missing`, which means that a value is absent on at least one
 * side and counts neither for nor against a match. Every comparison is
 * symmetric. A record compared with a copy of itself gets level 0 unless a
 * value is missing, its resident ID number is unusable, or it has a
 * township but no village (then `same_township`).
 *
 * The functions only read strings and numbers that `prepareRecord` computed,
 * with plain loops and no allocation, because they run on every candidate
 * pair. `compareRecords` with all eight comparisons ran 3.7 to 4.1 million
 * pairs per CPU second in three runs, and 1.6 to 2.0 million per
 * wall-clock second. Measured with `YANGUI_BENCH=1 pnpm vitest run
 * --project core packages/core/src/linkage/compare.test.ts` on Node 20.20
 * and a 2-core AMD EPYC that other jobs kept at a load average near 7.
 */
import { boundedEditDistance } from './edit-distance.js';
import type { PreparedRecord } from './record.js';

/** A comparison of one field, with its level names. */
export interface Comparison {
  /** Name of the compared field or fields. */
  readonly name: string;
  /** Level names by index, ending with `missing`. */
  readonly levels: readonly string[];
  /** Returns the level index of a pair, the same for `(a, b)` and `(b, a)`. */
  readonly compare: (a: PreparedRecord, b: PreparedRecord) => number;
}

/**
 * Levels of the resident ID number comparison, on the 18-character forms:
 * - `exact`: the same number, given with the same length;
 * - `legacy_equal`: a 15-digit number and the 18-character number it
 *   upgrades to;
 * - `one_substitution`: one character differs;
 * - `adjacent_transposition`: two neighbouring characters are swapped;
 * - `different`: any other difference;
 * - `unusable`: a side cannot be compared digit by digit (see
 *   `PreparedRecord.residentIdUnusable`), even when both are equal text;
 * - `missing`.
 */
export const residentIdLevels = [
  'exact',
  'legacy_equal',
  'one_substitution',
  'adjacent_transposition',
  'different',
  'unusable',
  'missing',
] as const;

/**
 * Levels of the name comparison, the first that applies:
 * - `exact`: the normalised names are equal;
 * - `simplified_equal`: equal after traditional to simplified conversion
 *   (單 and 单);
 * - `pinyin_equal`: the same pinyin with tones (李明 and 李名, 张 and 章);
 * - `pinyin_toneless_equal`: the same pinyin without tones (刘 and 柳);
 * - `pinyin_distance_1`, `pinyin_distance_2`: the toneless pinyin,
 *   concatenated, differs by at most 1 or 2 edits (restricted
 *   Damerau-Levenshtein), where 0 edits means only the split into
 *   syllables differs (xian and xi an);
 * - `different`;
 * - `missing`.
 */
export const nameLevels = [
  'exact',
  'simplified_equal',
  'pinyin_equal',
  'pinyin_toneless_equal',
  'pinyin_distance_1',
  'pinyin_distance_2',
  'different',
  'missing',
] as const;

/**
 * Levels of the birth date comparison:
 * - `exact`: the same date, or the same month when both have only a month;
 * - `day_month_swapped`: the same year with day and month swapped
 *   (03-05 and 05-03);
 * - `year_month_equal`: the same year and month, which includes a day
 *   compared with a month-only date;
 * - `year_equal`: the same year only;
 * - `different`;
 * - `missing`.
 */
export const birthDateLevels = [
  'exact',
  'day_month_swapped',
  'year_month_equal',
  'year_equal',
  'different',
  'missing',
] as const;

/** Levels of the sex and phone comparisons. */
export const equalityLevels = ['equal', 'different', 'missing'] as const;

/**
 * Levels of the place comparison:
 * - `same_village`: the same village name, and the townships are equal or
 *   one is missing;
 * - `same_township`: the same township, and the villages differ or one is
 *   missing;
 * - `different`: the townships differ, or with a township missing the
 *   villages differ;
 * - `missing`: neither townships nor villages can be compared.
 */
export const placeLevels = [
  'same_village',
  'same_township',
  'different',
  'missing',
] as const;

/**
 * Levels of the return and departure date comparisons, by the gap in days
 * between the two dates. A `YYYY-MM` date covers its whole month, so the
 * gap to a day inside that month is 0.
 */
export const dateGapLevels = [
  'within_31_days',
  'within_366_days',
  'different',
  'missing',
] as const;

/** Maps each level name to its index. */
function indexLevels<const Name extends string>(
  levels: readonly Name[],
): Readonly<Record<Name, number>> {
  const index = {} as Record<Name, number>;
  levels.forEach((level, position) => {
    index[level] = position;
  });
  return Object.freeze(index);
}

const ID = indexLevels(residentIdLevels);
const NAME = indexLevels(nameLevels);
const BIRTH = indexLevels(birthDateLevels);
const EQUALITY = indexLevels(equalityLevels);
const PLACE = indexLevels(placeLevels);
const GAP = indexLevels(dateGapLevels);

/** Compares resident ID numbers; see `residentIdLevels`. */
export function compareResidentId(
  a: PreparedRecord,
  b: PreparedRecord,
): number {
  if (a.residentId === '' || b.residentId === '') {
    return ID.missing;
  }
  if (a.residentIdUnusable || b.residentIdUnusable) {
    return ID.unusable;
  }

  // Both forms have 18 characters. Find the first two differences.
  const x = a.residentId18;
  const y = b.residentId18;
  let first = -1;
  let second = -1;
  for (let i = 0; i < 18; i += 1) {
    if (x.charCodeAt(i) !== y.charCodeAt(i)) {
      if (first < 0) {
        first = i;
      } else if (second < 0) {
        second = i;
      } else {
        return ID.different;
      }
    }
  }

  if (first < 0) {
    return a.residentIdLegacy === b.residentIdLegacy
      ? ID.exact
      : ID.legacy_equal;
  }
  if (second < 0) {
    return ID.one_substitution;
  }
  if (
    second === first + 1 &&
    x.charCodeAt(first) === y.charCodeAt(second) &&
    x.charCodeAt(second) === y.charCodeAt(first)
  ) {
    return ID.adjacent_transposition;
  }
  return ID.different;
}

/** Compares names; see `nameLevels`. */
export function compareName(a: PreparedRecord, b: PreparedRecord): number {
  const x = a.name;
  const y = b.name;
  if (x.normalized === '' || y.normalized === '') {
    return NAME.missing;
  }
  // prepareRecords shares one NameForms object between equal names.
  if (x === y || x.normalized === y.normalized) {
    return NAME.exact;
  }
  if (x.simplified === y.simplified) {
    return NAME.simplified_equal;
  }
  if (x.pinyinKey === y.pinyinKey) {
    return NAME.pinyin_equal;
  }
  if (x.pinyinTonelessKey === y.pinyinTonelessKey) {
    return NAME.pinyin_toneless_equal;
  }
  const distance = boundedEditDistance(x.pinyinLetters, y.pinyinLetters, 2);
  if (distance <= 1) {
    return NAME.pinyin_distance_1;
  }
  if (distance === 2) {
    return NAME.pinyin_distance_2;
  }
  return NAME.different;
}

/** Compares birth dates; see `birthDateLevels`. */
export function compareBirthDate(a: PreparedRecord, b: PreparedRecord): number {
  if (a.birthYear === 0 || b.birthYear === 0) {
    return BIRTH.missing;
  }
  if (a.birthYear !== b.birthYear) {
    return BIRTH.different;
  }
  if (a.birthMonth === b.birthMonth) {
    return a.birthDay === b.birthDay ? BIRTH.exact : BIRTH.year_month_equal;
  }
  if (
    a.birthDay !== 0 &&
    a.birthMonth === b.birthDay &&
    a.birthDay === b.birthMonth
  ) {
    return BIRTH.day_month_swapped;
  }
  return BIRTH.year_equal;
}

/** Compares sex; see `equalityLevels`. */
export function compareSex(a: PreparedRecord, b: PreparedRecord): number {
  if (a.sex === '' || b.sex === '') {
    return EQUALITY.missing;
  }
  return a.sex === b.sex ? EQUALITY.equal : EQUALITY.different;
}

/** Compares phone digits; see `equalityLevels`. */
export function comparePhone(a: PreparedRecord, b: PreparedRecord): number {
  if (a.phone === '' || b.phone === '') {
    return EQUALITY.missing;
  }
  return a.phone === b.phone ? EQUALITY.equal : EQUALITY.different;
}

/** Compares township and village; see `placeLevels`. */
export function comparePlace(a: PreparedRecord, b: PreparedRecord): number {
  const townships = a.township !== '' && b.township !== '';
  if (townships && a.township !== b.township) {
    return PLACE.different;
  }
  if (a.village !== '' && b.village !== '') {
    if (a.village === b.village) {
      return PLACE.same_village;
    }
    return townships ? PLACE.same_township : PLACE.different;
  }
  return townships ? PLACE.same_township : PLACE.missing;
}

/** Compares return dates; see `dateGapLevels`. */
export function compareReturnedAt(
  a: PreparedRecord,
  b: PreparedRecord,
): number {
  return compareDayRanges(
    a.returnedFrom,
    a.returnedTo,
    b.returnedFrom,
    b.returnedTo,
  );
}

/** Compares departure dates; see `dateGapLevels`. */
export function compareDepartedAt(
  a: PreparedRecord,
  b: PreparedRecord,
): number {
  return compareDayRanges(
    a.departedFrom,
    a.departedTo,
    b.departedFrom,
    b.departedTo,
  );
}

/** Grades the gap between two day ranges, where day number 0 is missing. */
function compareDayRanges(
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
): number {
  if (aFrom === 0 || bFrom === 0) {
    return GAP.missing;
  }
  const gap = Math.max(0, aFrom - bTo, bFrom - aTo);
  if (gap <= 31) {
    return GAP.within_31_days;
  }
  return gap <= 366 ? GAP.within_366_days : GAP.different;
}

/** The comparisons of this module, by field. */
export const comparisons = {
  residentId: {
    name: 'residentId',
    levels: residentIdLevels,
    compare: compareResidentId,
  },
  name: { name: 'name', levels: nameLevels, compare: compareName },
  birthDate: {
    name: 'birthDate',
    levels: birthDateLevels,
    compare: compareBirthDate,
  },
  sex: { name: 'sex', levels: equalityLevels, compare: compareSex },
  phone: { name: 'phone', levels: equalityLevels, compare: comparePhone },
  place: { name: 'place', levels: placeLevels, compare: comparePlace },
  returnedAt: {
    name: 'returnedAt',
    levels: dateGapLevels,
    compare: compareReturnedAt,
  },
  departedAt: {
    name: 'departedAt',
    levels: dateGapLevels,
    compare: compareDepartedAt,
  },
} as const satisfies Record<string, Comparison>;

/** All comparisons of this module, in a fixed order. */
export const defaultComparisons: readonly Comparison[] =
  Object.values(comparisons);

/**
 * Writes the level index of each comparison for one pair into `levels`, so
 * a caller can reuse one buffer for all pairs.
 *
 * @throws {RangeError} When `levels` is shorter than `list`.
 */
export function compareRecords(
  a: PreparedRecord,
  b: PreparedRecord,
  list: readonly Comparison[],
  levels: Uint8Array,
): void {
  if (levels.length < list.length) {
    throw new RangeError(
      `Expected a level buffer of at least ${list.length} entries, got ${levels.length}`,
    );
  }
  for (let i = 0; i < list.length; i += 1) {
    levels[i] = (list[i] as Comparison).compare(a, b);
  }
}
