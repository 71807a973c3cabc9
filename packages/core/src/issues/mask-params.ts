import { maskValue } from '../privacy/mask.js';

/** Runs of this many digits or more may be an ID or phone number. */
const LONG_DIGIT_RUN = /[0-9０-９]{7,}[0-9０-９Xx]?/g;

/**
 * Masks every run of 7 or more digits in the `value` param of an issue,
 * the raw value as the input gave it. Other params are computed (dates,
 * registry suggestions with their public statistical codes) and are kept.
 * Already masked values (with `*`) keep their form, because their digit
 * runs are short.
 */
export function maskLongDigitRuns(
  params: Readonly<Record<string, string | number>> | undefined,
): Record<string, string | number> {
  const masked: Record<string, string | number> = {};
  if (params === undefined) return masked;
  for (const [key, value] of Object.entries(params)) {
    masked[key] =
      key === 'value' && typeof value === 'string'
        ? value.replace(LONG_DIGIT_RUN, (run) => maskValue(run))
        : value;
  }
  return masked;
}
