import type { HeaderSpec } from './types.js';

/**
 * Normalises a header for matching. NFKC turns full-width brackets and
 * letters into ASCII, and square and lenticular brackets become round ones.
 * White space (including line breaks inside the cell) and the `*` that marks
 * a required column are removed, and ASCII letters are lower-cased. For
 * example `* 月收入【元】` and `月收入(元)` normalise alike.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[[【〔]/gu, '(')
    .replace(/[\]】〕]/gu, ')')
    .replace(/[\s*]+/gu, '')
    .toLowerCase();
}

/** Returns the Excel column letter of a zero-based index: 0 is A, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * Builds a map from normalised header to field name.
 *
 * @throws Error when two fields share a normalised header, because the
 * header specs are then ambiguous.
 */
export function indexHeaderSpecs(
  headerSpecs: ReadonlyArray<HeaderSpec>,
): Map<string, string> {
  const index = new Map<string, string>();
  for (const spec of headerSpecs) {
    for (const header of spec.headers) {
      const key = normalizeHeader(header);
      const owner = index.get(key);
      if (owner !== undefined && owner !== spec.field) {
        throw new Error(
          `Header "${header}" is given for both fields "${owner}" and "${spec.field}".`,
        );
      }
      index.set(key, spec.field);
    }
  }
  return index;
}
