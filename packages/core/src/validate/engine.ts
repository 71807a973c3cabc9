import { fieldsOf } from '../fields/catalogue.js';
import type { FieldSpec } from '../fields/spec.js';
import type { ValidResidentId } from '../id/parse.js';
import type { Issue } from '../issues/issue.js';
import { maskLongDigitRuns } from '../issues/mask-params.js';
import type { RecordKind, SurveyRecord } from '../model/types.js';
import type { Township } from '../registry/index.js';
import { isExcelError } from './excel-error.js';
import { validateExtraFields } from './extra-fields.js';
import { parseField } from './field.js';
import type { ParsedPlace, ParsedTownship } from './places.js';
import { checkRequirement } from './requirements.js';
import { createIssue } from './result.js';
import { crossFieldRules } from './rules.js';
import { quoteValue } from './safe-value.js';
import type { ParsedRow, ResidentIdFacts, RuleContext } from './types.js';

/** Origin of a record's values, used to locate its issues. */
export interface RecordLocation {
  /** File name or path. */
  file?: string;
  /** Spreadsheet row. */
  row?: number;
  /** Header as written in the file, by field name. */
  headers?: ReadonlyMap<string, string>;
}

/** Outcome of validating one record. */
export interface RecordValidation<R extends SurveyRecord = SurveyRecord> {
  /** The typed record, absent when any issue is an error. */
  record?: R;
  /** Errors and warnings, located and with personal values masked. */
  issues: Issue[];
  /**
   * Present when the record is rejected only because of its resident ID
   * number (a wrong check character, a digit typed wrong, Excel damage):
   * the record built from the other fields, without `residentId`, and the
   * ID number as written. Record linkage can still find the person from
   * it, so that a clerk learns which valid record has the right number.
   */
  unverified?: UnverifiedRecord<R>;
}

/** A record rejected only for its resident ID number; see `unverified`. */
export interface UnverifiedRecord<R extends SurveyRecord = SurveyRecord> {
  /** The record from the other fields; `residentId` is absent. */
  record: R;
  /** The resident ID number as written in the input, not validated. */
  residentId: string;
}

/**
 * A single quote before a character that starts a spreadsheet formula. CSV
 * writers (including `writeCsv`) add it so that Excel shows the value as
 * text instead of running it, and the validator removes it.
 */
const FORMULA_ESCAPE = /^(\s*)'(?=[=+\-@])/u;

/** Returns whether a field contains a list, which defaults to `[]`. */
function isListField(spec: FieldSpec): boolean {
  return spec.type === 'list' || spec.type === 'codes';
}

/**
 * Adds field, column, row and file to an issue, in that order. The column
 * is the header as written, or the standard header when the input has no
 * such column. Runs of 7 or more digits in params are masked.
 */
function locateIssue(
  issue: Issue,
  kind: RecordKind,
  location: RecordLocation,
): Issue {
  const located: Issue = { code: issue.code, severity: issue.severity };
  const field = issue.field;
  if (field !== undefined) {
    located.field = field;
    const standard = fieldsOf(kind).find((spec) => spec.name === field);
    const column = location.headers?.get(field) ?? standard?.headers[0];
    if (column !== undefined) {
      located.column = column;
    }
  }
  if (location.row !== undefined) {
    located.row = location.row;
  }
  if (location.file !== undefined) {
    located.file = location.file;
  }
  if (issue.params !== undefined) {
    // Date and other parsers quote the raw value; a shifted column can put
    // an ID or phone number there, so long digit runs are masked here.
    located.params = maskLongDigitRuns(issue.params);
  }
  return located;
}

/** Values and facts collected while the field parsers run. */
interface ParseState {
  values: Record<string, unknown>;
  presentFields: Set<string>;
  missing: FieldSpec[];
  issues: Issue[];
  residentId?: ResidentIdFacts;
  township?: Township;
  placeCodes: Map<string, string>;
}

/**
 * Returns a raw input value as a string. The types allow only strings, but
 * JavaScript callers may pass a number from a form, which is read as its
 * decimal text, and `null`, which is read as empty.
 */
function toRawString(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return value === null || value === undefined ? '' : String(value);
}

/** Runs the parser of every field with a value, in catalogue order. */
function parseFields(
  kind: RecordKind,
  input: Readonly<Record<string, unknown>>,
  context: RuleContext,
): ParseState {
  const state: ParseState = {
    values: {},
    presentFields: new Set(),
    missing: [],
    issues: [],
    placeCodes: new Map(),
  };

  for (const spec of fieldsOf(kind)) {
    const raw = toRawString(input[spec.name]).replace(FORMULA_ESCAPE, '$1');
    if (raw.trim() === '') {
      state.missing.push(spec);
      continue;
    }
    state.presentFields.add(spec.name);

    if (isExcelError(raw.trim())) {
      state.issues.push({
        ...createIssue('excel_error', 'error', { value: quoteValue(raw) }),
        field: spec.name,
      });
      continue;
    }

    const result = parseField(spec, raw, {
      ...(context.registry === undefined ? {} : { registry: context.registry }),
      ...(state.township === undefined ? {} : { township: state.township }),
    });
    for (const issue of result.issues) {
      state.issues.push({ ...issue, field: spec.name });
    }
    if (result.ok) {
      storeValue(state, spec, result.value);
    }
  }
  return state;
}

/** Stores a parsed value, unpacking resident ID numbers and places. */
function storeValue(state: ParseState, spec: FieldSpec, value: unknown): void {
  if (spec.type === 'residentId') {
    const id = value as ValidResidentId;
    state.values[spec.name] = id.value;
    state.residentId = { birthDate: id.birthDate, sex: id.sex };
    return;
  }
  if (spec.type === 'township' || spec.type === 'village') {
    const place = value as ParsedPlace;
    state.values[spec.name] = place.name;
    if (place.code !== undefined) {
      state.placeCodes.set(spec.name, place.code);
    }
    const township = (value as ParsedTownship).township;
    if (spec.type === 'township' && township !== undefined) {
      state.township = township;
    }
    return;
  }
  state.values[spec.name] = value;
}

/** Builds the typed record from values that passed every check. */
function buildRecord(kind: RecordKind, state: ParseState): SurveyRecord {
  const record: Record<string, unknown> = { kind };
  for (const spec of fieldsOf(kind)) {
    const value = state.values[spec.name];
    if (value !== undefined) {
      record[spec.name] = value;
    } else if (isListField(spec)) {
      record[spec.name] = [];
    } else if (spec.name === 'birthDate' && state.residentId !== undefined) {
      record[spec.name] = state.residentId.birthDate;
    }
    const code = state.placeCodes.get(spec.name);
    if (code !== undefined) {
      record[`${spec.name}Code`] = code;
    }
  }
  return record as unknown as SurveyRecord;
}

/**
 * Validates the raw values of one record, keyed by field name: runs the
 * field parsers, the requirements of empty fields, the cross-field rules
 * and the validators of `context.extraFields`, then builds the typed record
 * when no issue is an error. Extra field outputs are added to the record.
 */
export function validateValues(
  kind: RecordKind,
  input: Readonly<Record<string, unknown>>,
  context: RuleContext,
  location: RecordLocation = {},
): RecordValidation {
  const state = parseFields(kind, input, context);
  const row: ParsedRow = {
    kind,
    values: state.values,
    presentFields: state.presentFields,
    ...(state.residentId === undefined ? {} : { residentId: state.residentId }),
  };

  const issues = [...state.issues];
  for (const spec of state.missing) {
    const issue = checkRequirement(spec, row);
    if (issue !== undefined) {
      issues.push(issue);
    }
  }
  for (const rule of crossFieldRules) {
    issues.push(...rule(row, context));
  }
  const extra =
    context.extraFields === undefined
      ? undefined
      : validateExtraFields(input, context.extraFields);
  issues.push(...(extra?.issues ?? []));

  const located = issues.map((issue) => locateIssue(issue, kind, location));
  const errors = located.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    const residentId = toRawString(input['residentId']).trim();
    const idOnly = errors.every((issue) => issue.field === 'residentId');
    return idOnly && residentId !== '' && extra === undefined
      ? {
          issues: located,
          unverified: { record: buildRecord(kind, state), residentId },
        }
      : { issues: located };
  }
  const record = buildRecord(kind, state);
  return {
    record: extra === undefined ? record : { ...record, ...extra.values },
    issues: located,
  };
}
