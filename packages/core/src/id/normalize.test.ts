import { describe, expect, it } from 'vitest';
import { normalizeResidentId } from './normalize.js';

const ID = '52222519900315123X';

describe('normalizeResidentId', () => {
  it.each([
    ['plain', ID],
    ['lower-case x', '52222519900315123x'],
    ['full-width digits', '５２２２２５１９９００３１５１２３Ｘ'],
    ['full-width lower x', '５２２２２５１９９００３１５１２３ｘ'],
    ['inner spaces', '522225 19900315 123X'],
    ['ideographic spaces', '522225\u300019900315\u3000123X'],
    ['surrounding whitespace', '  52222519900315123X\t'],
    ['leading apostrophe', "'52222519900315123X"],
    ['full-width apostrophe', '＇52222519900315123X'],
    ['leading tab', '\t52222519900315123X'],
    ['formula wrapper', '="52222519900315123X"'],
    ['wrapper with spaces', ' ="522225 19900315 123x" '],
    ['apostrophe and wrapper', `'="52222519900315123X"`],
  ])('handles %s', (_case, raw) => {
    expect(normalizeResidentId(raw)).toBe(ID);
  });

  it('removes only one apostrophe', () => {
    expect(normalizeResidentId("''522225")).toBe("'522225");
  });

  it('keeps other characters', () => {
    expect(normalizeResidentId('5.22225e+17')).toBe('5.22225E+17');
    expect(normalizeResidentId('522225-1990')).toBe('522225-1990');
  });

  it('returns empty for blanks', () => {
    expect(normalizeResidentId('  \u3000 ')).toBe('');
  });
});
