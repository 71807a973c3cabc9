import type { CodeList } from '../codes/index.js';
import { parseCalendarDate } from '../dates/parse.js';
import type { FieldSpec, FieldType } from '../fields/spec.js';
import { parseResidentId, type ValidResidentId } from '../id/parse.js';
import type { CalendarDate } from '../model/types.js';
import type { Registry, Township } from '../registry/index.js';
import { parseBoolean, parseCode, parseCodes } from './codes.js';
import { parseCreditCode } from './credit-code.js';
import { parseDecimal, parseInteger } from './numbers.js';
import { parsePhone } from './phone.js';
import {
  parseTownship,
  parseVillage,
  type ParsedPlace,
  type ParsedTownship,
} from './places.js';
import { accept, reject, type ParseResult } from './result.js';
import { quoteValue } from './safe-value.js';
import { parseList, parseName, parseText } from './text.js';

/** Converted value of each field type. */
export interface FieldValueByType {
  text: string;
  name: string;
  residentId: ValidResidentId;
  sex: string;
  date: CalendarDate;
  code: string;
  codes: string[];
  phone: string;
  integer: number;
  decimal: number;
  creditCode: string;
  township: ParsedTownship;
  village: ParsedPlace;
  boolean: boolean;
  list: string[];
}

/** Registry data that a field parser reads besides the raw value. */
export interface FieldParseContext {
  /** County registry, for townships and villages. */
  registry?: Registry;
  /** Registry entry of the row's township, for its village. */
  township?: Township;
}

/** Returns the code list of a coded field; a spec without one is a bug. */
function codeListOf(spec: FieldSpec): CodeList {
  if (spec.codeList === undefined) {
    throw new TypeError(`Field "${spec.name}" has no code list.`);
  }
  return spec.codeList;
}

/**
 * Parses the non-empty raw value of one field with the parser of its type.
 * Issues carry neither field nor location. Throws only when the spec itself
 * is inconsistent, such as a coded field without a code list.
 */
export function parseField(
  spec: FieldSpec,
  raw: string,
  context: FieldParseContext = {},
): ParseResult<FieldValueByType[FieldType]> {
  switch (spec.type) {
    case 'text':
      return parseText(raw, spec.maxLength);
    case 'name':
      return parseName(raw, spec.maxLength);
    case 'list':
      return parseList(raw, spec.maxLength);
    case 'residentId': {
      const result = parseResidentId(raw);
      return result.ok ? accept(result, result.issues) : result;
    }
    case 'date': {
      const result = parseCalendarDate(raw, {
        precision: spec.precision ?? 'day',
      });
      return result.ok ? accept(result.value) : result;
    }
    case 'sex':
    case 'code':
      return parseCode(raw, codeListOf(spec));
    case 'codes':
      return parseCodes(raw, codeListOf(spec));
    case 'boolean':
      return parseBoolean(raw, codeListOf(spec));
    case 'phone':
      return parsePhone(raw);
    case 'integer':
      return checkMaximum(parseInteger(raw), spec, raw);
    case 'decimal':
      return checkMaximum(parseDecimal(raw), spec, raw);
    case 'creditCode':
      return parseCreditCode(raw);
    case 'township':
      return parseTownship(raw, context.registry);
    case 'village':
      return parseVillage(raw, context.registry, context.township);
  }
}

/** Rejects a parsed number above the field's plausible maximum. */
function checkMaximum(
  result: ParseResult<number>,
  spec: FieldSpec,
  raw: string,
): ParseResult<number> {
  if (!result.ok || spec.maximum === undefined) return result;
  if (result.value <= spec.maximum) return result;
  return reject('number_too_large', {
    value: quoteValue(raw),
    maximum: spec.maximum,
  });
}
