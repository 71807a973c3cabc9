import type { FieldSpec, RequirementCondition } from '../fields/spec.js';
import type { Issue } from '../issues/issue.js';
import type { ParsedRow } from './types.js';

/** Returns whether a requirement condition holds for a parsed row. */
function conditionHolds(
  condition: RequirementCondition,
  row: ParsedRow,
): boolean {
  if ('in' in condition) {
    const value = row.values[condition.field];
    return typeof value === 'string' && condition.in.includes(value);
  }
  return row.presentFields.has(condition.field) === condition.present;
}

/**
 * Checks a field whose raw value is empty against its requirement: an
 * always required field gives `field_required`, and a conditional one gives
 * the issue of its first rule whose condition holds. A condition on a field
 * that failed to parse does not hold.
 */
export function checkRequirement(
  spec: FieldSpec,
  row: ParsedRow,
): Issue | undefined {
  if (spec.required === 'never') {
    return undefined;
  }
  if (spec.required === 'always') {
    return { code: 'field_required', severity: 'error', field: spec.name };
  }
  const rule = spec.required.find((candidate) =>
    conditionHolds(candidate.when, row),
  );
  if (rule === undefined) {
    return undefined;
  }
  return { code: rule.code, severity: rule.severity, field: spec.name };
}
