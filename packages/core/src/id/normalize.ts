/** Wrapper `="..."` that spreadsheet exports use to keep a value as text. */
const FORMULA_WRAPPER = /^="(.*)"$/s;

/**
 * Normalises how a resident ID number is written, without validating it.
 *
 * The steps, in order:
 * - convert full-width digits, letters and symbols to ASCII (NFKC);
 * - trim, which also removes a leading tab;
 * - remove one leading `'`, the spreadsheet marker for text;
 * - unwrap `="..."`;
 * - remove all whitespace inside, including the ideographic space U+3000;
 * - upper-case letters, so `x` becomes `X`.
 *
 * @example normalizeResidentId("'５２２２２５ 19900315 123x") // '52222519900315123X'
 */
export function normalizeResidentId(raw: string): string {
  let value = raw.normalize('NFKC').trim();
  if (value.startsWith("'")) {
    value = value.slice(1).trim();
  }
  const wrapped = FORMULA_WRAPPER.exec(value);
  if (wrapped !== null) {
    value = wrapped[1] ?? '';
  }
  return value.replace(/\s+/gu, '').toUpperCase();
}
