import type { CodeList } from '../codes/index.js';
import type { FieldSpec } from '../fields/spec.js';
import { DEFAULT_MAX_TEXT_LENGTH, LIST_SEPARATORS } from '../validate/text.js';
import {
  CREDIT_CODE_PATTERN,
  datePatternOf,
  NAME_PATTERN,
  PHONE_PATTERN,
  RESIDENT_ID_PATTERN,
  TRIMMED_PATTERN,
} from './patterns.js';
import type { JsonSchema } from './types.js';

/** Returns the code list of a coded field, and throws when it has none. */
function codeListOf(spec: FieldSpec): CodeList {
  if (spec.codeList === undefined) {
    throw new TypeError(`Field "${spec.name}" has no code list.`);
  }
  return spec.codeList;
}

/** Lists the codes of a list with their Chinese labels: `employed (就业)`. */
function describeCodes(list: CodeList): string {
  return list.entries.map((entry) => `${entry.code} (${entry.zh})`).join(', ');
}

/** Returns the label of a yes/no code, or the code when the list lacks it. */
function labelOfCode(list: CodeList, code: string): string {
  return list.entries.find((entry) => entry.code === code)?.zh ?? code;
}

/** Schema of a text value after `parseText`, `parseList` or a place parser. */
function trimmedText(maxLength?: number): JsonSchema {
  return {
    type: 'string',
    minLength: 1,
    ...(maxLength === undefined ? {} : { maxLength }),
    pattern: TRIMMED_PATTERN,
  };
}

/**
 * Value schema and stored-form sentence of a field in the normalised
 * record, chosen by the field's parser type. The value schema has neither
 * title nor description.
 */
export function recordValueOf(spec: FieldSpec): {
  schema: JsonSchema;
  storedAs: string;
} {
  switch (spec.type) {
    case 'text':
      return {
        schema: trimmedText(spec.maxLength ?? DEFAULT_MAX_TEXT_LENGTH),
        storedAs: 'Stored trimmed and in Unicode NFC.',
      };
    case 'name':
      return {
        schema: {
          type: 'string',
          minLength: 1,
          ...(spec.maxLength === undefined
            ? {}
            : { maxLength: spec.maxLength }),
          pattern: NAME_PATTERN,
        },
        storedAs:
          'Stored trimmed and in Unicode NFC, with runs of white space as one space and look-alike dots as the middle dot U+00B7.',
      };
    case 'list':
      return {
        schema: {
          type: 'array',
          items: {
            ...trimmedText(spec.maxLength ?? DEFAULT_MAX_TEXT_LENGTH),
            not: { pattern: LIST_SEPARATORS.source },
          },
          uniqueItems: true,
        },
        storedAs:
          'Stored as a list of trimmed items without repeats, empty when no value was given.',
      };
    case 'residentId':
      return {
        schema: { type: 'string', pattern: RESIDENT_ID_PATTERN },
        storedAs:
          'Stored as the 18-character number with an upper-case X; a 15-digit number is upgraded.',
      };
    case 'sex':
    case 'code': {
      const list = codeListOf(spec);
      return {
        schema: {
          type: 'string',
          enum: list.entries.map((entry) => entry.code),
        },
        storedAs: `Stored as a code: ${describeCodes(list)}.`,
      };
    }
    case 'codes': {
      const list = codeListOf(spec);
      return {
        schema: {
          type: 'array',
          items: {
            type: 'string',
            enum: list.entries.map((entry) => entry.code),
          },
          uniqueItems: true,
        },
        storedAs: `Stored as a list of codes without repeats, empty when no value was given: ${describeCodes(list)}.`,
      };
    }
    case 'boolean': {
      const list = codeListOf(spec);
      return {
        schema: { type: 'boolean' },
        storedAs: `Stored as true for ${labelOfCode(list, 'yes')} and false for ${labelOfCode(list, 'no')}.`,
      };
    }
    case 'phone':
      return {
        schema: { type: 'string', pattern: PHONE_PATTERN },
        storedAs: 'Stored as 11 digits without country code or separators.',
      };
    case 'integer':
      return {
        schema: {
          type: 'integer',
          minimum: 0,
          maximum: spec.maximum ?? Number.MAX_SAFE_INTEGER,
        },
        storedAs: 'Stored as a whole number.',
      };
    case 'decimal':
      return {
        schema:
          spec.maximum === undefined
            ? { type: 'number', minimum: 0 }
            : { type: 'number', minimum: 0, maximum: spec.maximum },
        storedAs: 'Stored as a number.',
      };
    case 'creditCode':
      return {
        schema: { type: 'string', pattern: CREDIT_CODE_PATTERN },
        storedAs: 'Stored as 18 upper-case characters without spaces.',
      };
    case 'township':
    case 'village':
      return {
        schema: trimmedText(),
        storedAs:
          'Stored as the registry name when a registry was given, else as the trimmed input.',
      };
    case 'date': {
      const precision = spec.precision ?? 'day';
      return {
        schema: { type: 'string', pattern: datePatternOf(precision) },
        storedAs:
          precision === 'day'
            ? 'Stored as YYYY-MM-DD.'
            : 'Stored as YYYY-MM-DD, or YYYY-MM when only the month was given.',
      };
    }
  }
}

/**
 * Examples for the raw input of a field: the Chinese label of every code
 * for a coded field, otherwise the given sample value when it is not empty.
 */
export function inputExamplesOf(
  spec: FieldSpec,
  sample: string | undefined,
): string[] {
  if (spec.codeList !== undefined) {
    return spec.codeList.entries.map((entry) => entry.zh);
  }
  return sample === undefined || sample.trim() === '' ? [] : [sample];
}
