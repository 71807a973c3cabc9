import type { CodeList } from '../codes/index.js';
import type { Locale, Severity } from '../issues/issue.js';
import type { RecordKind } from '../model/types.js';

/** Text in each supported message language. */
export type LocalizedText = Record<Locale, string>;

/**
 * How a field's raw string is parsed. Each type has one parser in
 * `validate/`; the zod and valibot front ends reuse those parsers.
 */
export type FieldType =
  | 'text'
  | 'name'
  | 'residentId'
  | 'sex'
  | 'date'
  | 'code'
  | 'codes'
  | 'phone'
  | 'integer'
  | 'decimal'
  | 'creditCode'
  | 'township'
  | 'village'
  | 'boolean'
  | 'list';

/**
 * Condition on another field of the same record that makes a missing value
 * an issue: either that field has one of the listed codes, or it is given
 * (`present: true`) or empty (`present: false`) in the input.
 */
export type RequirementCondition =
  | { field: string; in: readonly string[] }
  | { field: string; present: boolean };

/** Issue raised for a missing value while its condition holds. */
export interface RequirementRule {
  /** Condition on another field. */
  when: RequirementCondition;
  /** Severity of the issue: `error` rejects the row. */
  severity: Severity;
  /** Issue code raised when the value is missing. */
  code: string;
}

/**
 * Whether a value must be given: `always` (a missing value is the error
 * `field_required` and the CSV column must exist), `never`, or a list of
 * rules checked in order, where the first rule whose condition is met
 * decides.
 */
export type Requirement = 'always' | 'never' | readonly RequirementRule[];

/** Precision a date field accepts. */
export type DatePrecision = 'day' | 'day-or-month';

/** Description of one field of a survey record. */
export interface FieldSpec<N extends string = string> {
  /** Field name in the TypeScript model (camelCase). */
  name: N;
  /** Short label shown in forms and messages. */
  label: LocalizedText;
  /** CSV headers: the standard header first, then the accepted aliases. */
  headers: readonly string[];
  /** Parser that converts the raw string. */
  type: FieldType;
  /** Code list of a `sex`, `code`, `codes` or `boolean` field. */
  codeList?: CodeList;
  /** Whether a value must be given. */
  required: Requirement;
  /** Precision of a `date` field. */
  precision?: DatePrecision;
  /** Maximum length in Unicode code points of a text value or list item. */
  maxLength?: number;
  /**
   * Largest plausible value of a number field. A larger value is rejected,
   * because it is usually a value from another column (a phone number in a
   * count) or a typing slip.
   */
  maximum?: number;
  /** Unit of a number field, as written in the standard header. */
  unit?: LocalizedText;
  /** One-sentence description for forms and the data dictionary page. */
  description: LocalizedText;
}

/** The record kinds, in the order the catalogue documents them. */
export const recordKinds: readonly RecordKind[] = ['returnee', 'out-migrant'];
