import type { HeaderSpec } from '../csv/index.js';
import type { RecordKind } from '../model/types.js';
import type { FieldNameOf } from './names.js';
import { outMigrantFields } from './out-migrant.js';
import { returneeFields } from './returnee.js';
import type { FieldSpec } from './spec.js';

/** Returns the fields of a record kind in template order. */
export function fieldsOf<K extends RecordKind>(
  kind: K,
): readonly FieldSpec<FieldNameOf<K>>[];
export function fieldsOf(kind: RecordKind): readonly FieldSpec[] {
  return kind === 'returnee' ? returneeFields : outMigrantFields;
}

/** Finds a field of a record kind by name. */
export function findField(
  kind: RecordKind,
  name: string,
): FieldSpec | undefined {
  return fieldsOf(kind).find((spec) => spec.name === name);
}

/**
 * Returns the CSV header specifications of a record kind. A column is
 * required when its field is always required. A conditionally required
 * field may be left out of the file, and its rule is then checked per row.
 */
export function headerSpecsOf(kind: RecordKind): HeaderSpec[] {
  return fieldsOf(kind).map((spec) => ({
    field: spec.name,
    headers: spec.headers,
    required: spec.required === 'always',
  }));
}
