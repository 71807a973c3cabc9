import type { SurveyRecord } from '../model/types.js';
import { maskName, maskPhone, maskResidentId } from '../privacy/mask.js';
import type { FieldConflict } from './types.js';

/**
 * Fields that describe the survey visit rather than the person, so they
 * differ between rounds without any conflict.
 */
const VISIT_FIELDS: ReadonlySet<string> = new Set([
  'recordId',
  'surveyedAt',
  'enumerator',
  'kind',
]);

const MASKS: Readonly<Record<string, (value: string) => string>> = {
  name: maskName,
  phone: maskPhone,
  residentId: maskResidentId,
};

/**
 * Formats a field value for comparison: lists are sorted and joined with
 * `、` (so order does not count as a difference), numbers and booleans are
 * written as in JSON. Returns `undefined` for a missing or empty value.
 */
function formatValue(value: unknown): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return undefined;
    }
    return value.map(String).sort().join('、');
  }
  const text = String(value);
  return text === '' ? undefined : text;
}

/**
 * Lists the fields on which the records disagree, in field name order.
 * A field conflicts when the records give two or more distinct non-empty
 * values. A value missing from some records is not a conflict. Fields of the
 * survey visit (record number, survey date, enumerator) are skipped.
 *
 * @param records Records of one person, the surviving record first.
 */
export function listConflicts(
  records: readonly SurveyRecord[],
): FieldConflict[] {
  const fields = new Set<string>();
  for (const record of records) {
    for (const field of Object.keys(record)) {
      if (!VISIT_FIELDS.has(field)) {
        fields.add(field);
      }
    }
  }

  const conflicts: FieldConflict[] = [];
  for (const field of [...fields].sort()) {
    const distinct: string[] = [];
    for (const record of records) {
      const value = formatValue(
        (record as unknown as Record<string, unknown>)[field],
      );
      if (value !== undefined && !distinct.includes(value)) {
        distinct.push(value);
      }
    }
    if (distinct.length > 1) {
      const mask = MASKS[field];
      conflicts.push({
        field,
        values: mask === undefined ? distinct : distinct.map(mask),
      });
    }
  }
  return conflicts;
}
