import type {
  OutMigrantRecord,
  PersonFields,
  RecordKind,
  ReturneeRecord,
} from '../model/types.js';

/** Record properties that the validator derives rather than reads. */
type DerivedProperty = 'kind' | 'townshipCode' | 'villageCode';

/** Names of the fields shared by both record kinds. */
export type PersonFieldName = Exclude<keyof PersonFields, DerivedProperty>;

/** Names of the input fields of a returnee record. */
export type ReturneeFieldName = Exclude<keyof ReturneeRecord, DerivedProperty>;

/** Names of the input fields of an out-migrant record. */
export type OutMigrantFieldName = Exclude<
  keyof OutMigrantRecord,
  DerivedProperty
>;

/** Record type of a record kind. */
export type RecordOf<K extends RecordKind> = K extends 'returnee'
  ? ReturneeRecord
  : OutMigrantRecord;

/** Input field names of a record kind. */
export type FieldNameOf<K extends RecordKind> = K extends 'returnee'
  ? ReturneeFieldName
  : OutMigrantFieldName;

/**
 * Raw input of a record kind: one optional string per field name, as a CSV
 * row or a form gives it. A missing field and an empty string both mean
 * that no value was given.
 */
export type RawRecordOf<K extends RecordKind> = {
  [F in FieldNameOf<K>]?: string | undefined;
};
