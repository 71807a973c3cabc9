import { maskValue } from '../privacy/index.js';

/** Maximum length, in code points, of a raw value quoted in an issue. */
const MAX_QUOTED_LENGTH = 30;

/** Runs of this many digits or more may be an ID or phone number. */
const LONG_DIGIT_RUN = /[0-9]{7,}/g;

/**
 * Prepares a raw value for quoting in issue parameters. A value in a coded
 * or numeric column is normally not personal, but a shifted column can put a
 * resident ID or phone number there, so every run of 7 or more digits is
 * masked and long values are cut.
 */
export function quoteValue(raw: string): string {
  const masked = raw.trim().replace(LONG_DIGIT_RUN, (run) => maskValue(run));
  const points = Array.from(masked);
  if (points.length <= MAX_QUOTED_LENGTH) {
    return masked;
  }
  return points.slice(0, MAX_QUOTED_LENGTH).join('') + '…';
}
