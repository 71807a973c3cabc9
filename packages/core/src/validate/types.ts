import type { Issue } from '../issues/issue.js';
import type { CalendarDate, RecordKind, Sex } from '../model/types.js';
import type { Registry } from '../registry/index.js';
import type { ExtraFields, NoExtraFields } from './extra-fields.js';

/** Default first day on which a survey may have taken place. */
export const DEFAULT_PROGRAMME_START: CalendarDate = '2020-01-01';

/** Settings of a validation run; every field is optional. */
export interface ValidationOptions {
  /** County registry of townships and villages; without it only presence is checked. */
  registry?: Registry;
  /** Date the run treats as today (`YYYY-MM-DD`); defaults to the local date. */
  today?: CalendarDate;
  /**
   * First day on which a survey may have taken place (`YYYY-MM-DD`);
   * defaults to `DEFAULT_PROGRAMME_START`, 2020-01-01, because each county
   * sets its own launch date.
   */
  programmeStart?: CalendarDate;
}

/** Settings of validating one record given as an object, such as a form. */
export interface RecordObjectOptions<
  E extends ExtraFields = NoExtraFields,
> extends ValidationOptions {
  /**
   * Standard Schema validators of fields that the embedding app adds, by
   * field name. Their outputs are added to the record, and their failures
   * are `extra_field_invalid` errors. A name may not be that of a record
   * field.
   */
  extraFields?: E;
}

/** Settings of a validation run with every default applied. */
export interface RuleContext {
  /** County registry, when given. */
  registry?: Registry;
  /** Date treated as today. */
  today: CalendarDate;
  /** First day on which a survey may have taken place. */
  programmeStart: CalendarDate;
  /** Validators of the fields an embedding app adds, when given. */
  extraFields?: ExtraFields;
}

/** Birth date and sex encoded in a valid resident ID number. */
export interface ResidentIdFacts {
  /** Birth date from characters 7 to 14. */
  birthDate: CalendarDate;
  /** Sex from the parity of the 17th character. */
  sex: Sex;
}

/** Values of one row after the field parsers ran, read by cross-field rules. */
export interface ParsedRow {
  /** Record kind. */
  kind: RecordKind;
  /** Converted values of the fields that parsed without error. */
  values: Readonly<Record<string, unknown>>;
  /** Fields whose raw value was not empty. */
  presentFields: ReadonlySet<string>;
  /** Facts from the resident ID number, when it is valid. */
  residentId?: ResidentIdFacts;
}

/** A cross-field rule: returns issues whose `field` is set. */
export type CrossFieldRule = (row: ParsedRow, context: RuleContext) => Issue[];
