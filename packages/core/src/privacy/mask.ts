/**
 * Masking of personal values before they go into issue parameters, reports
 * or anything else that may be shared.
 *
 * Every function trims the value, works on Unicode code points (so a
 * character outside the BMP is never split) and replaces each hidden code
 * point with one `*`, so the masked form keeps the length of the trimmed
 * value.
 */

const MASK = '*';

/** Minimum length, in code points, at which `maskValue` keeps any character. */
const MIN_LENGTH_FOR_ENDS = 6;

/** Minimum length at which `maskResidentId` keeps its first and last 4. */
const MIN_LENGTH_FOR_ID_ENDS = 15;

/** Minimum length at which `maskPhone` keeps its first 3 and last 4. */
const MIN_LENGTH_FOR_PHONE_ENDS = 11;

/** Keeps `head` leading and `tail` trailing code points and stars the rest. */
function keepEnds(points: string[], head: number, tail: number): string {
  const hidden = points.length - head - tail;
  return (
    points.slice(0, head).join('') +
    MASK.repeat(hidden) +
    points.slice(points.length - tail).join('')
  );
}

/**
 * Masks a value of unknown kind: keeps the first and last character when the
 * value has at least 6 characters and stars everything else.
 *
 * @example maskValue('abcdefg') // 'a*****g'
 * @example maskValue('abc') // '***'
 */
export function maskValue(value: string): string {
  const points = Array.from(value.trim());
  if (points.length < MIN_LENGTH_FOR_ENDS) {
    return MASK.repeat(points.length);
  }
  return keepEnds(points, 1, 1);
}

/**
 * Masks a resident ID number: keeps the first 4 and the last 4 characters of a
 * value of 15 characters or more, so the birth date is always hidden. Shorter
 * values are masked like `maskValue`, so at most 8 characters are ever shown.
 *
 * @example maskResidentId('522225199003151234') // '5222**********1234'
 */
export function maskResidentId(value: string): string {
  const points = Array.from(value.trim());
  if (points.length < MIN_LENGTH_FOR_ID_ENDS) {
    return maskValue(value);
  }
  return keepEnds(points, 4, 4);
}

/**
 * Masks a phone number: keeps the first 3 and the last 4 characters of a value
 * of 11 characters or more. Shorter values are masked like `maskValue`.
 *
 * @example maskPhone('13812345678') // '138****5678'
 */
export function maskPhone(value: string): string {
  const points = Array.from(value.trim());
  if (points.length < MIN_LENGTH_FOR_PHONE_ENDS) {
    return maskValue(value);
  }
  return keepEnds(points, 3, 4);
}

/**
 * Masks a person's name: keeps the first character and stars the rest. A
 * one-character name is starred completely.
 *
 * @example maskName('张三') // '张*'
 * @example maskName('欧阳娜娜') // '欧***'
 */
export function maskName(value: string): string {
  const points = Array.from(value.trim());
  if (points.length < 2) {
    return MASK.repeat(points.length);
  }
  return keepEnds(points, 1, 0);
}
