import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../dates/index.js';
import { findField } from '../fields/catalogue.js';
import { parseResidentId, residentIdCheckCharacter } from '../id/index.js';
import {
  creditCodeCheckCharacter,
  parseCreditCode,
  parseDecimal,
  parseInteger,
  parseList,
  parseName,
  parsePhone,
  parseText,
} from '../validate/index.js';
import {
  outMigrantRecordJsonSchema,
  returneeRecordJsonSchema,
  type JsonSchema,
} from './index.js';

/** Generated values per property. */
const RUNS = 5000;

const ajv = new Ajv2020({ strict: true });

/**
 * Runs `check` on generated values and returns how many it checked, which
 * is when it returns true, so that a test fails when too few values reach
 * the assertion.
 */
function countChecked<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => boolean,
): number {
  let checked = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      if (check(value)) {
        checked += 1;
      }
    }),
    { numRuns: RUNS },
  );
  return checked;
}

/** Minimum number of values a property must check: a twentieth of the runs. */
const MIN_CHECKED = RUNS / 20;

/** Compiles the schema of one record property on its own. */
function propertyValidator(record: JsonSchema, name: string) {
  const schema = record.properties?.[name];
  if (schema === undefined) {
    throw new Error(`The record schema has no property "${name}".`);
  }
  return ajv.compile(schema);
}

const returnee = (name: string) =>
  propertyValidator(returneeRecordJsonSchema, name);

/** Characters from which names and texts are built, valid and not. */
const nameCharacter = fc.constantFrom(
  ...Array.from('王小明欧阳阿依古丽𠮷𬌗abcXYZ'),
  'e\u0301',
  '\u0301',
  '\ue000',
  '\u{f0000}',
  ' ',
  '\t',
  '\u3000',
  '·',
  '・',
  '•',
  '.',
  '-',
  '1',
  '_',
  '\n',
);

describe('name schema', () => {
  const validate = returnee('name');

  const raw = fc.string({ unit: nameCharacter, minLength: 1, maxLength: 60 });

  it('accepts every parsed name', () => {
    const checked = countChecked(raw, (text) => {
      const result = parseName(text);
      // The validator treats a blank value as missing before parsing.
      if (!result.ok || text.trim() === '') {
        return false;
      }
      expect(validate(result.value), JSON.stringify(result.value)).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('accepts only names the parser keeps', () => {
    const checked = countChecked(raw, (text) => {
      const value = text.normalize('NFC');
      if (!validate(value)) {
        return false;
      }
      const result = parseName(value);
      expect(result.ok, JSON.stringify(value)).toBe(true);
      expect(result.ok ? result.value : undefined).toBe(value);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });
});

describe('phone schema', () => {
  const validate = returnee('phone');
  const phoneLike = fc.oneof(
    fc.stringMatching(
      /^(\+86|0086|86)? ?1[3-9][0-9]{1,2}[ -]?[0-9]{3,4}[ -]?[0-9]{4}$/,
    ),
    fc.stringMatching(/^[+0-9 \-'Ee.]{0,18}$/),
  );

  it('accepts every parsed number', () => {
    const checked = countChecked(phoneLike, (raw) => {
      const result = parsePhone(raw);
      if (!result.ok) {
        return false;
      }
      expect(validate(result.value), result.value).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('accepts only numbers the parser keeps', () => {
    const elevenDigits = fc.stringMatching(/^1[0-9]{10}$/);
    const checked = countChecked(fc.oneof(elevenDigits, phoneLike), (value) => {
      if (!validate(value)) {
        return false;
      }
      const result = parsePhone(value);
      expect(result.ok, value).toBe(true);
      expect(result.ok ? result.value : undefined).toBe(value);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });
});

describe('text schemas', () => {
  it('accept every parsed text', () => {
    const validate = returnee('recordId');
    const raw = fc.string({ unit: nameCharacter, maxLength: 60 });
    const checked = countChecked(raw, (text) => {
      const result = parseText(text, 50);
      // The validator treats a blank value as missing before parsing.
      if (!result.ok || text.trim() === '') {
        return false;
      }
      expect(validate(result.value), JSON.stringify(result.value)).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('accept every parsed list', () => {
    const validate = returnee('skills');
    const listCharacter = fc.oneof(
      nameCharacter,
      fc.constantFrom('、', ',', '，', ';', '；', '\r\n'),
    );
    const raw = fc.string({ unit: listCharacter, maxLength: 80 });
    const checked = countChecked(raw, (text) => {
      const result = parseList(text, 50);
      if (!result.ok) {
        return false;
      }
      expect(validate(result.value), JSON.stringify(result.value)).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });
});

describe('date schemas', () => {
  const dateLike = fc.oneof(
    fc.stringMatching(/^[0-9]{4}[-/.年][0-9]{1,2}([-/.月][0-9]{1,2}日?)?$/),
    fc.stringMatching(/^[0-9]{5,8}(\.[0-9]{1,2})?$/),
  );

  it.each([
    ['surveyedAt', 'day'],
    ['returnedAt', 'day-or-month'],
  ] as const)('%s accepts every parsed date', (name, precision) => {
    const validate = returnee(name);
    const checked = countChecked(dateLike, (raw) => {
      const result = parseCalendarDate(raw, { precision });
      if (!result.ok) {
        return false;
      }
      expect(validate(result.value), result.value).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('accepts a day that does not exist (known gap)', () => {
    expect(returnee('surveyedAt')('2023-02-30')).toBe(true);
    expect(parseCalendarDate('2023-02-30').ok).toBe(false);
  });
});

describe('code schemas', () => {
  it('resident ID accepts every parsed number', () => {
    const validate = propertyValidator(
      outMigrantRecordJsonSchema,
      'residentId',
    );
    // Region, a birth date from 1900 on, and a sequence number.
    const first17 = fc.stringMatching(
      /^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}$/,
    );
    const idLike = fc.oneof(
      first17.map((digits) => digits + residentIdCheckCharacter(digits)),
      first17.map((digits) =>
        (digits + residentIdCheckCharacter(digits)).toLowerCase(),
      ),
      first17.map((digits) => digits.slice(0, 6) + digits.slice(8)),
      fc.stringMatching(/^[1-9][0-9]{16}[0-9Xx]$/),
    );
    const checked = countChecked(idLike, (raw) => {
      const result = parseResidentId(raw);
      if (!result.ok) {
        return false;
      }
      expect(validate(result.value), result.value).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('resident ID ignores the check character (known gap)', () => {
    const validate = returnee('residentId');
    expect(validate('11010519491231002X')).toBe(true);
    expect(validate('110105194912310021')).toBe(true);
    expect(parseResidentId('110105194912310021').ok).toBe(false);
  });

  it('credit code accepts every parsed code', () => {
    const validate = returnee('creditCode');
    const withCheck = fc
      .stringMatching(/^[0-9A-HJ-NPQRTUWXY]{17}$/)
      .chain((first17) =>
        fc.constantFrom(
          first17 + creditCodeCheckCharacter(first17),
          (first17 + creditCodeCheckCharacter(first17)).toLowerCase(),
          `${first17.slice(0, 8)} ${first17.slice(8)}${creditCodeCheckCharacter(first17)}`,
        ),
      );
    const noise = fc.stringMatching(/^[0-9A-Za-z ]{17,20}$/);
    const checked = countChecked(fc.oneof(withCheck, noise), (raw) => {
      const result = parseCreditCode(raw);
      if (!result.ok) {
        return false;
      }
      expect(validate(result.value), result.value).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('credit code ignores the check character (known gap)', () => {
    const validate = returnee('creditCode');
    expect(validate('91350100M000100Y43')).toBe(true);
    expect(validate('91350100M000100Y44')).toBe(true);
    expect(parseCreditCode('91350100M000100Y44').ok).toBe(false);
  });
});

describe('number schemas', () => {
  const numberLike = fc.oneof(
    fc.stringMatching(/^-?[0-9]{1,16}(\.[0-9]{1,4})?$/),
    fc.stringMatching(/^[0-9]{1,3}(,[0-9]{3}){1,4}(\.[0-9]{1,2})?$/),
  );

  const maximumOf = (name: string): number =>
    findField('returnee', name)?.maximum ?? Number.POSITIVE_INFINITY;

  it('integer accepts every parsed whole number', () => {
    const validate = returnee('jobsCreated');
    const checked = countChecked(numberLike, (raw) => {
      const result = parseInteger(raw);
      // The validator rejects values above the field's maximum.
      if (!result.ok || result.value > maximumOf('jobsCreated')) {
        return false;
      }
      expect(validate(result.value), raw).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });

  it('decimal accepts every parsed amount', () => {
    const validate = returnee('investment');
    const checked = countChecked(numberLike, (raw) => {
      const result = parseDecimal(raw);
      if (!result.ok || result.value > maximumOf('investment')) {
        return false;
      }
      expect(validate(result.value), raw).toBe(true);
      return true;
    });
    expect(checked).toBeGreaterThan(MIN_CHECKED);
  });
});
