// Survey records before they are written: values in canonical form (codes,
// day numbers, numbers), plus the fault injected into the row, if any.

import { monthIndex, parseIsoDate } from './calendar.mjs';

/** Day the validator runs. No survey date may be after it. */
export const TODAY = parseIsoDate('2026-12-04');

/** Start of the programme. No survey date may be before it. */
export const PROGRAMME_START = parseIsoDate('2020-01-01');

/** Date the published figures refer to. */
export const AS_OF = parseIsoDate('2026-09-30');

/** Greatest gap allowed between an earlier start of business and the return. */
export const STARTED_BEFORE_RETURN_DAYS = 365;

/**
 * @typedef {object} CommonRecord
 * @property {string} personId
 * @property {string} name
 * @property {string} residentId 18 characters, or empty
 * @property {'male' | 'female'} sex
 * @property {number} birthDay day number
 * @property {{ label: string, code: string }} ethnicity
 * @property {string} education label
 * @property {string} phone
 * @property {string[]} skills
 * @property {string} townshipCode
 * @property {string} villageCode
 * @property {number} round 0, 1 or 2
 * @property {number} surveyedAt day number
 * @property {string} enumerator
 * @property {string} fault short code of the injected fault, or empty
 * @property {Record<string, string>} raw cell text that replaces the
 *   formatted value of a field, used by faults
 * @property {string} note a valid variation worth knowing, or empty
 */

/**
 * @typedef {object} ReturneeFields
 * @property {'returnee'} kind
 * @property {number} returnedAt day number
 * @property {string} previousWorkProvince GB/T 2260 code, or empty
 * @property {import('./labels.mjs').Status} status
 * @property {string} employer
 * @property {string} industry section letter, or empty
 * @property {string} businessKey key of the business, or empty
 * @property {string} businessName
 * @property {import('./labels.mjs').EntityType | ''} entityType
 * @property {boolean | null} familyFarm
 * @property {string} creditCode
 * @property {number | null} startedAt day number
 * @property {number | null} investment units of 10,000 yuan
 * @property {import('./labels.mjs').Park | ''} park
 * @property {number | null} jobsCreated
 * @property {string[]} support
 * @property {number | null} loanAmount units of 10,000 yuan
 */

/**
 * @typedef {object} OutMigrantFields
 * @property {'out-migrant'} kind
 * @property {number | null} departedAt day number
 * @property {string} workProvince GB/T 2260 code
 * @property {string} workCity
 * @property {string} industry section letter, or empty
 * @property {string} occupation
 * @property {number | null} monthlyIncome whole yuan
 * @property {import('./labels.mjs').ReturnIntention | ''} returnIntention
 * @property {string[]} needs
 */

/** @typedef {CommonRecord & ReturneeFields} ReturneeRecord */
/** @typedef {CommonRecord & OutMigrantFields} OutMigrantRecord */
/** @typedef {ReturneeRecord | OutMigrantRecord} SurveyRecord */

/**
 * The round, day and enumerator of the survey visit that produced a record.
 * @typedef {object} Visit
 * @property {number} round 0, 1 or 2
 * @property {number} surveyedAt day number
 * @property {string} enumerator
 */

/**
 * Creates a returnee record of a person with empty status fields. Every
 * property is written in one literal so that all records share one shape.
 * @param {import('./persons.mjs').Person} person
 * @param {Visit} visit
 * @param {number} returnedAt day number
 * @param {string} previousWorkProvince
 * @returns {ReturneeRecord}
 */
export function createReturneeRecord(
  person,
  visit,
  returnedAt,
  previousWorkProvince,
) {
  return {
    personId: person.personId,
    name: person.name,
    residentId: person.residentId,
    sex: person.sex,
    birthDay: person.birthDay,
    ethnicity: person.ethnicity,
    education: person.education,
    phone: person.phone,
    skills: person.skills,
    townshipCode: person.townshipCode,
    villageCode: person.villageCode,
    round: visit.round,
    surveyedAt: visit.surveyedAt,
    enumerator: visit.enumerator,
    fault: '',
    raw: {},
    note: '',
    kind: 'returnee',
    returnedAt,
    previousWorkProvince,
    status: 'unemployed',
    employer: '',
    industry: '',
    businessKey: '',
    businessName: '',
    entityType: '',
    familyFarm: null,
    creditCode: '',
    startedAt: null,
    investment: null,
    park: '',
    jobsCreated: null,
    support: [],
    loanAmount: null,
  };
}

/**
 * Creates a record of a person working away. Every property is written in
 * one literal so that all records share one shape.
 * @param {import('./persons.mjs').Person} person
 * @param {Visit} visit
 * @param {Omit<OutMigrantFields, 'kind'>} fields
 * @returns {OutMigrantRecord}
 */
export function createOutMigrantRecord(person, visit, fields) {
  return {
    personId: person.personId,
    name: person.name,
    residentId: person.residentId,
    sex: person.sex,
    birthDay: person.birthDay,
    ethnicity: person.ethnicity,
    education: person.education,
    phone: person.phone,
    skills: person.skills,
    townshipCode: person.townshipCode,
    villageCode: person.villageCode,
    round: visit.round,
    surveyedAt: visit.surveyedAt,
    enumerator: visit.enumerator,
    fault: '',
    raw: {},
    note: '',
    kind: 'out-migrant',
    departedAt: fields.departedAt,
    workProvince: fields.workProvince,
    workCity: fields.workCity,
    industry: fields.industry,
    occupation: fields.occupation,
    monthlyIncome: fields.monthlyIncome,
    returnIntention: fields.returnIntention,
    needs: fields.needs,
  };
}

/**
 * Returns a copy of a record whose arrays and raw-text map are not shared.
 * @template {SurveyRecord} T
 * @param {T} record
 * @returns {T}
 */
export function copyRecord(record) {
  const copy = {
    ...record,
    skills: [...record.skills],
    raw: { ...record.raw },
  };
  if (copy.kind === 'returnee') {
    copy.support = [...copy.support];
  } else {
    copy.needs = [...copy.needs];
  }
  return copy;
}

/**
 * Lists the date rules a record breaks: surveyedAt inside the programme
 * period, and returnedAt, departedAt and startedAt consistent with it. The
 * generator checks every record meant to be valid against this list.
 * @param {SurveyRecord} record
 * @returns {string[]}
 */
export function dateRuleViolations(record) {
  /** @type {string[]} */
  const violations = [];
  if (record.surveyedAt > TODAY || record.surveyedAt < PROGRAMME_START) {
    violations.push('surveyedAt outside the programme period');
  }
  if (record.surveyedAt > AS_OF)
    violations.push('surveyedAt after the as-of date');
  if (record.kind === 'returnee') {
    if (record.returnedAt >= record.surveyedAt) {
      violations.push('returnedAt not before surveyedAt');
    }
    if (record.startedAt !== null) {
      if (record.startedAt >= record.surveyedAt) {
        violations.push('startedAt not before surveyedAt');
      }
      if (
        record.returnedAt - record.startedAt >
        STARTED_BEFORE_RETURN_DAYS - 31
      ) {
        violations.push('startedAt too long before returnedAt');
      }
    }
  } else if (
    record.departedAt !== null &&
    record.departedAt >= record.surveyedAt
  ) {
    violations.push('departedAt not before surveyedAt');
  }
  return violations;
}

/**
 * Tells whether a date may be written with month precision next to a survey
 * date: only when it falls in an earlier month, so comparing at month
 * precision still finds it before the survey.
 * @param {number} day
 * @param {number} surveyedAt
 * @returns {boolean}
 */
export function allowsMonthPrecision(day, surveyedAt) {
  return monthIndex(day) < monthIndex(surveyedAt);
}
