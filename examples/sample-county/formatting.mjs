// Cell text of a record in the style of its file: labels or codes, date
// forms, separators, and the ways Excel and people write ID numbers and
// phone numbers.

import { formatDay, formatMonth } from './calendar.mjs';
import {
  ENTITY_TYPE_LABELS,
  INDUSTRIES,
  PARK_LABELS,
  PROVINCES,
  RETURN_INTENTION_LABELS,
  STATUS_LABELS,
} from './labels.mjs';
import { toLegacyResidentId } from './ids.mjs';
import { EDUCATION_CODES } from './persons.mjs';
import { OTHER_DAY_FORMS } from './file-styles.mjs';
import { allowsMonthPrecision } from './records.mjs';

/** Remarks that some offices add in a column of their own. */
const REMARKS = [
  '已核实',
  '电话无人接听',
  '家属代填',
  '本人填报',
  '外出不在家',
];

/**
 * @typedef {object} FormatContext
 * @property {import('./random.mjs').Random} random
 * @property {import('./file-styles.mjs').FileStyle} style
 * @property {Map<string, import('./registry.mjs').Township>} townships by code
 * @property {Map<string, import('./registry.mjs').Village>} villages by code
 */

/**
 * Returns the cells of a record in the order of its file's columns. Cells
 * that a fault replaced are taken from `record.raw`. Valid variations of an
 * ID number are added to `record.note`.
 * @param {import('./records.mjs').SurveyRecord} record
 * @param {string} recordId
 * @param {FormatContext} context
 * @returns {string[]}
 */
export function formatRecord(record, recordId, context) {
  return context.style.columns.map(({ field }) => {
    if (field in record.raw) return /** @type {string} */ (record.raw[field]);
    return formatField(record, field, recordId, context);
  });
}

/**
 * @param {import('./records.mjs').SurveyRecord} record
 * @param {string} field
 * @param {string} recordId
 * @param {FormatContext} context
 * @returns {string}
 */
function formatField(record, field, recordId, context) {
  const { random, style } = context;
  const r = /** @type {Record<string, unknown>} */ (
    /** @type {unknown} */ (record)
  );
  switch (field) {
    case 'recordId':
      return recordId;
    case 'name':
      return record.name;
    case 'residentId':
      return formatResidentId(record, context);
    case 'sex':
      return record.sex === 'male' ? '男' : '女';
    case 'birthDate':
      return formatDay(record.birthDay, dayForm(context));
    case 'ethnicity':
      return style.ethnicityCodes
        ? record.ethnicity.code
        : record.ethnicity.label;
    case 'education':
      return style.educationCodes
        ? (EDUCATION_CODES.get(record.education) ?? '')
        : record.education;
    case 'phone':
      return formatPhone(random, record.phone);
    case 'township':
      return formatTownship(record.townshipCode, context);
    case 'village':
      return formatVillage(record.villageCode, context);
    case 'skills':
      return record.skills.join(style.separator);
    case 'surveyedAt':
      return formatDay(record.surveyedAt, dayForm(context));
    case 'enumerator':
      return record.enumerator;
    case 'returnedAt':
    case 'startedAt':
    case 'departedAt': {
      const day = /** @type {number | null} */ (r[field]);
      return day === null
        ? ''
        : formatEventDate(day, record.surveyedAt, context);
    }
    case 'previousWorkProvince':
    case 'workProvince':
      return formatProvince(/** @type {string} */ (r[field]), style);
    case 'status':
      return record.kind === 'returnee' ? STATUS_LABELS[record.status] : '';
    case 'industry': {
      const letter = /** @type {keyof typeof INDUSTRIES | ''} */ (
        record.industry
      );
      if (letter === '') return '';
      return style.industryLetters ? letter : INDUSTRIES[letter];
    }
    case 'entityType':
      return record.kind === 'returnee' && record.entityType
        ? ENTITY_TYPE_LABELS[record.entityType]
        : '';
    case 'familyFarm': {
      const value = record.kind === 'returnee' ? record.familyFarm : null;
      if (value === null) return '';
      if (value) return '是';
      return style.blankNo ? '' : '否';
    }
    case 'park': {
      const park = record.kind === 'returnee' ? record.park : '';
      if (park === '') return '';
      if (park === 'none' && style.blankNo) return '';
      return PARK_LABELS[park];
    }
    case 'jobsCreated': {
      const jobs = record.kind === 'returnee' ? record.jobsCreated : null;
      if (jobs === null || (jobs === 0 && style.blankNo)) return '';
      return String(jobs);
    }
    case 'support':
    case 'needs':
      return /** @type {string[]} */ (r[field]).join(style.separator);
    case 'returnIntention':
      return record.kind === 'out-migrant' && record.returnIntention
        ? RETURN_INTENTION_LABELS[record.returnIntention]
        : '';
    case 'investment':
    case 'loanAmount':
    case 'monthlyIncome': {
      const value = /** @type {number | null} */ (r[field]);
      return value === null ? '' : String(value);
    }
    case 'remarks':
      return random.chance(0.03) ? random.pick(REMARKS) : '';
    default:
      return /** @type {string} */ (r[field] ?? '');
  }
}

/**
 * Chooses the form of a day-precision date: the file's main form for most
 * rows. Files saved with serial numbers use them throughout.
 * @param {FormatContext} context
 * @returns {import('./calendar.mjs').DayForm}
 */
function dayForm(context) {
  const { random, style } = context;
  if (style.dayForm === 'serial' || random.chance(0.85)) return style.dayForm;
  return random.pick(OTHER_DAY_FORMS);
}

/**
 * Writes a return, departure or start date, with month precision in files
 * that keep only the month when the month is before the survey's month.
 * @param {number} day
 * @param {number} surveyedAt
 * @param {FormatContext} context
 * @returns {string}
 */
function formatEventDate(day, surveyedAt, context) {
  const { random, style } = context;
  if (
    style.monthForm &&
    allowsMonthPrecision(day, surveyedAt) &&
    random.chance(0.7)
  ) {
    return formatMonth(day, style.monthForm);
  }
  return formatDay(day, dayForm(context));
}

/**
 * Writes an ID number as the file has it: a lower-case x in some files, a
 * text prefix in others, and now and then full-width digits or spaces
 * between the groups. All of these are valid once normalised.
 * @param {import('./records.mjs').SurveyRecord} record
 * @param {FormatContext} context
 * @returns {string}
 */
function formatResidentId(record, context) {
  const { random, style } = context;
  let text = record.residentId;
  if (text === '') return '';
  /** @type {string[]} */
  const notes = [];
  if (
    random.chance(0.012) &&
    record.kind === 'out-migrant' &&
    text.slice(6, 8) === '19'
  ) {
    text = toLegacyResidentId(text);
    notes.push('id_15_digit');
  }

  if (text.endsWith('X') && style.checkX === 'x') {
    text = `${text.slice(0, -1)}x`;
    notes.push('id_lower_x');
  }

  const variation = random.next();
  if (variation < 0.003) {
    text = [...text]
      .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .join('');
    notes.push('id_full_width');
  } else if (variation < 0.006) {
    text = `${text.slice(0, 6)} ${text.slice(6, 14)} ${text.slice(14)}`;
    notes.push('id_spaces');
  }

  if (style.idWrapper === "'") {
    text = `'${text}`;
    notes.push('id_text_prefix');
  } else if (style.idWrapper === 'formula') {
    text = `="${text}"`;
    notes.push('id_formula');
  }

  if (notes.length > 0) {
    record.note = [record.note, ...notes].filter((n) => n !== '').join(' ');
  }
  return text;
}

/**
 * Writes a mobile number plainly, grouped, with hyphens or with +86.
 * @param {import('./random.mjs').Random} random
 * @param {string} phone
 * @returns {string}
 */
function formatPhone(random, phone) {
  if (phone === '') return '';
  const form = random.weighted([
    ['plain', 85],
    ['spaces', 5],
    ['hyphens', 4],
    ['prefix', 6],
  ]);
  const groups = [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)];
  if (form === 'spaces') return groups.join(' ');
  if (form === 'hyphens') return groups.join('-');
  if (form === 'prefix') return `+86 ${phone}`;
  return phone;
}

/**
 * Writes a province as its full name, its short name or its code.
 * @param {string} code
 * @param {import('./file-styles.mjs').FileStyle} style
 * @returns {string}
 */
function formatProvince(code, style) {
  const province = PROVINCES.find((p) => p.code === code);
  if (!province) return '';
  if (style.provinceForm === 'code') return province.code;
  return style.provinceForm === 'short' ? province.short : province.name;
}

/**
 * Writes a township by name, by name without its suffix, or by code. One row
 * in twenty departs from the file's usual form.
 * @param {string} code
 * @param {FormatContext} context
 * @returns {string}
 */
function formatTownship(code, context) {
  const township = context.townships.get(code);
  if (!township) throw new Error(`no township ${code}`);
  const form = context.random.chance(0.95)
    ? context.style.townshipForm
    : context.random.pick(['name', 'short', 'code']);
  if (form === 'code') return township.code;
  return form === 'short' ? township.base : township.name;
}

/**
 * Writes a village by name, by name without its suffix, by code, or as its
 * committee (村委会 or 居委会). One row in twenty departs from the file's
 * usual form.
 * @param {string} code
 * @param {FormatContext} context
 * @returns {string}
 */
function formatVillage(code, context) {
  const village = context.villages.get(code);
  if (!village) throw new Error(`no village ${code}`);
  const form = context.random.chance(0.95)
    ? context.style.villageForm
    : context.random.pick(['name', 'short', 'code', 'committee']);
  if (form === 'code') return village.code;
  if (form === 'short') return village.base;
  if (form === 'committee')
    return village.base + (village.community ? '居委会' : '村委会');
  return village.name;
}
