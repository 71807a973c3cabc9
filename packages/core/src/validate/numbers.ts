import { accept, reject, type ParseResult } from './result.js';
import { quoteValue } from './safe-value.js';

/**
 * A non-negative or negative decimal number, with optional thousands
 * separators that must group digits by three (`12,345.6`). Scientific
 * notation, currency signs and units are not accepted.
 */
const NUMBER_PATTERN = /^(-?)((?:\d{1,3}(?:,\d{3})+)|\d+)(?:\.(\d+))?$/;

/** Parsed parts of a number string. */
interface NumberParts {
  negative: boolean;
  integerDigits: string;
  fractionDigits: string;
}

/** Splits a number string into sign, integer digits and fraction digits. */
function splitNumber(raw: string): NumberParts | undefined {
  const text = raw.normalize('NFKC').trim();
  const match = NUMBER_PATTERN.exec(text);
  if (match === null) {
    return undefined;
  }
  return {
    negative: match[1] === '-',
    integerDigits: (match[2] ?? '').replaceAll(',', ''),
    fractionDigits: match[3] ?? '',
  };
}

/**
 * Parses a non-negative decimal number such as an amount in 10,000 yuan.
 * Full-width digits are accepted, and so are thousands separators grouped by
 * three, since Excel writes them when a sheet is saved as displayed.
 */
export function parseDecimal(raw: string): ParseResult<number> {
  const parts = splitNumber(raw);
  if (parts === undefined) {
    return reject('number_invalid', { value: quoteValue(raw) });
  }

  const value = Number(
    parts.fractionDigits === ''
      ? parts.integerDigits
      : `${parts.integerDigits}.${parts.fractionDigits}`,
  );
  if (parts.negative && value !== 0) {
    return reject('number_negative', { value: quoteValue(raw) });
  }
  if (!Number.isFinite(value)) {
    return reject('number_invalid', { value: quoteValue(raw) });
  }
  return accept(value);
}

/**
 * Parses a non-negative whole number, with the same forms as
 * `parseDecimal`. A fraction of zeros (`12.00`, as Excel may display a
 * whole number) is accepted; any other fraction is an error.
 */
export function parseInteger(raw: string): ParseResult<number> {
  const parts = splitNumber(raw);
  if (parts === undefined) {
    return reject('number_invalid', { value: quoteValue(raw) });
  }

  const value = Number(parts.integerDigits);
  if (/[1-9]/.test(parts.fractionDigits)) {
    return reject('number_not_whole', { value: quoteValue(raw) });
  }
  if (parts.negative && value !== 0) {
    return reject('number_negative', { value: quoteValue(raw) });
  }
  if (!Number.isSafeInteger(value)) {
    return reject('number_invalid', { value: quoteValue(raw) });
  }
  return accept(value);
}
