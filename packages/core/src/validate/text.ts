import type { Issue } from '../issues/issue.js';
import { accept, createIssue, reject, type ParseResult } from './result.js';

/** Maximum length of a name in code points. */
export const MAX_NAME_LENGTH = 50;

/** Maximum length of a free-text value when its field sets none. */
export const DEFAULT_MAX_TEXT_LENGTH = 200;

/** Middle dot (U+00B7) that separates the parts of a transliterated name. */
const MIDDLE_DOT = '\u00b7';

/**
 * Characters typed in place of the middle dot: hyphenation point U+2027,
 * katakana middle dot U+30FB, its half-width form U+FF65, bullet U+2022,
 * bullet operator U+2219 and dot operator U+22C5.
 */
const MIDDLE_DOT_VARIANTS = /[\u2027\u30fb\uff65\u2022\u2219\u22c5]/gu;

/** Letters, combining marks, the middle dot and a single space. */
const NAME_CHARACTER = /^[\p{L}\p{M}\u00b7 ]$/u;

/** Private-use characters, which some offices use for rare characters. */
const PRIVATE_USE = /\p{Co}/u;

/** Separators between the items of a list cell; line breaks also count. */
export const LIST_SEPARATORS = /[、;；,，\r\n]+/u;

/** Counts Unicode code points, so a character beyond the BMP counts once. */
export function countCodePoints(value: string): number {
  return Array.from(value).length;
}

/**
 * Parses free text: NFC, invisible format characters (zero-width spaces,
 * byte order marks) removed, control characters turned into spaces, trimmed,
 * at most `maxLength` code points.
 */
export function parseText(
  raw: string,
  maxLength = DEFAULT_MAX_TEXT_LENGTH,
): ParseResult<string> {
  const value = raw
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .trim();
  const length = countCodePoints(value);
  if (length > maxLength) {
    return reject('text_too_long', { length, max: maxLength });
  }
  return accept(value);
}

/**
 * Parses a person's name: NFC and trimmed, runs of white space become one
 * space, look-alike dots become the middle dot U+00B7, and the result has 1
 * to 50 code points of letters, combining marks, middle dots and spaces.
 * Characters beyond the BMP are letters like any other. A private-use
 * character is accepted with a warning, since other systems may show it
 * differently. Issue parameters never contain the name.
 */
export function parseName(
  raw: string,
  maxLength = MAX_NAME_LENGTH,
): ParseResult<string> {
  const value = raw
    .normalize('NFC')
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(MIDDLE_DOT_VARIANTS, MIDDLE_DOT);
  const points = Array.from(value);

  if (points.length > maxLength) {
    return reject('text_too_long', { length: points.length, max: maxLength });
  }

  const invalid = new Set(
    points.filter(
      (point) => !NAME_CHARACTER.test(point) && !PRIVATE_USE.test(point),
    ),
  );
  if (invalid.size > 0) {
    return reject('name_bad_characters', {
      characters: [...invalid].join(' '),
    });
  }

  if (
    value.startsWith(MIDDLE_DOT) ||
    value.endsWith(MIDDLE_DOT) ||
    value.includes(MIDDLE_DOT + MIDDLE_DOT)
  ) {
    return reject('name_misplaced_middle_dot');
  }

  const issues: Issue[] = [];
  if (PRIVATE_USE.test(value)) {
    issues.push(createIssue('name_private_use', 'warning'));
  }
  return accept(value, issues);
}

/**
 * Parses a list cell: splits on 、 ; ； , ， and line breaks, trims each item,
 * drops empty items and repeats, and checks each item's length.
 */
export function parseList(
  raw: string,
  maxLength = DEFAULT_MAX_TEXT_LENGTH,
): ParseResult<string[]> {
  const items = raw
    .normalize('NFC')
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const unique = [...new Set(items)];

  for (const item of unique) {
    const length = countCodePoints(item);
    if (length > maxLength) {
      return reject('text_too_long', { length, max: maxLength });
    }
  }
  return accept(unique);
}
