import { ethnicityCodes } from '../codes/people.js';

/** Suffixes of township names, longest first so that 街道办事处 wins over 街道. */
const townshipSuffixes: readonly string[] = [
  '街道办事处',
  '街道办',
  '街道',
  '镇',
  '乡',
];

/** Suffixes of village names, longest first. */
const villageSuffixes: readonly string[] = [
  '社区居民委员会',
  '社区居委会',
  '村民委员会',
  '居民委员会',
  '村委会',
  '居委会',
  '社区',
  '村',
];

/**
 * Normalises a place name or code for matching: NFKC, without white space,
 * control characters or invisible format characters such as U+200B.
 */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{Cc}\p{Cf}]+/gu, '');
}

/** Names of the 55 minority ethnic groups, as in 民族乡 such as 白岩苗族乡. */
const minorityNames: readonly string[] = ethnicityCodes.entries
  .filter((entry) => entry.code !== '01')
  .map((entry) => entry.zh);

/**
 * Removes the first matching suffix from a normalised name. A name that is
 * only a suffix is returned unchanged.
 */
function stripSuffix(name: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (name.length > suffix.length && name.endsWith(suffix)) {
      return name.slice(0, -suffix.length);
    }
  }
  return name;
}

/**
 * Shortens a normalised township name for matching: without its suffix 镇,
 * 乡, 街道 or 街道办事处, and for an ethnic township (民族乡, 民族镇) also
 * without the ethnic group names at its end, so 白岩苗族乡 and 白岩苗族 both
 * become 白岩.
 */
export function shortTownshipName(name: string): string {
  let short = stripSuffix(name, townshipSuffixes);
  for (;;) {
    const group = minorityNames.find(
      (candidate) =>
        short.length > candidate.length && short.endsWith(candidate),
    );
    if (group === undefined) return short;
    short = short.slice(0, -group.length);
  }
}

/**
 * Shortens a normalised village name for matching: without its suffix 村,
 * 社区, 居委会, 村委会, 村民委员会 or 居民委员会.
 */
export function shortVillageName(name: string): string {
  return stripSuffix(name, villageSuffixes);
}

/**
 * Returns the Levenshtein distance between two strings, counting Unicode
 * code points so that a character outside the BMP counts once.
 */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + substitution,
      );
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}
