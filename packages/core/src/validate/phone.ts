import { maskPhone } from '../privacy/index.js';
import { accept, reject, type ParseResult } from './result.js';

/** A mainland mobile number: 1, then 3 to 9, then 9 digits. */
const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** A number Excel turned into scientific notation, such as `1.38123E+10`. */
const SCIENTIFIC_PATTERN = /^\d+(?:\.\d+)?E\+?\d+$/i;

/** White space and the hyphen and dash characters people type in numbers. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu;

/**
 * Parses a mainland mobile number. A leading single quote (Excel's text
 * marker), full-width digits, spaces and hyphens are removed, then a leading `+86`, `0086` or `86` country code, and the
 * rest must be 11 digits matching `1[3-9]` plus 9 digits. Landline numbers
 * are rejected. Issue parameters carry the value masked.
 */
export function parsePhone(raw: string): ParseResult<string> {
  const text = raw.normalize('NFKC').trim();
  if (SCIENTIFIC_PATTERN.test(text)) {
    return reject('phone_excel_scientific', { value: maskPhone(text) });
  }

  const digits = text
    .replace(/^'/, '')
    .replace(SEPARATORS, '')
    .replace(/^(?:\+86|0086|86(?=\d{11}$))/, '');
  if (!MOBILE_PATTERN.test(digits)) {
    return reject('phone_invalid', { value: maskPhone(text) });
  }
  return accept(digits);
}
