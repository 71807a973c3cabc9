import { differenceInCalendarDays, lastDayOfMonth } from 'date-fns';
import { compareCalendarDates } from '../dates/calendar.js';
import type { Issue, Severity } from '../issues/issue.js';
import type { CalendarDate } from '../model/types.js';
import type { CrossFieldRule, ParsedRow } from './types.js';

/**
 * Days a business may have started before its founder returned without a
 * warning. Some returnees set up a business at home while still working
 * away, so a short lead is normal. A lead of more than a year usually means
 * a wrong year in one of the two dates.
 */
export const START_BEFORE_RETURN_TOLERANCE_DAYS = 365;

/** Returns the parsed value of a field when it has the expected type. */
function stringValue(row: ParsedRow, field: string): string | undefined {
  const value = row.values[field];
  return typeof value === 'string' ? value : undefined;
}

/** Creates an issue about one field. */
function fieldIssue(
  code: string,
  severity: Severity,
  field: string,
  params?: Record<string, string | number>,
): Issue {
  return params === undefined
    ? { code, severity, field }
    : { code, severity, field, params };
}

/** Rejects a sex that differs from the parity of the ID's 17th character. */
export const checkSexAgainstId: CrossFieldRule = (row) => {
  const sex = stringValue(row, 'sex');
  if (row.residentId === undefined || sex === undefined) {
    return [];
  }
  return sex === row.residentId.sex
    ? []
    : [fieldIssue('sex_mismatch_id', 'error', 'sex')];
};

/**
 * Rejects a birth date that differs from the ID's birth date. A year-month
 * value is compared at month precision.
 */
export const checkBirthDateAgainstId: CrossFieldRule = (row) => {
  const birthDate = stringValue(row, 'birthDate');
  if (row.residentId === undefined || birthDate === undefined) {
    return [];
  }
  return compareCalendarDates(birthDate, row.residentId.birthDate) === 0
    ? []
    : [fieldIssue('birth_date_mismatch_id', 'error', 'birthDate')];
};

/**
 * Dates that cannot be after the survey date, with the severity of a
 * violation. A business start date after the survey may be a plan, so it
 * is only a warning.
 */
const datesNotAfterSurvey: readonly [field: string, severity: Severity][] = [
  ['birthDate', 'error'],
  ['departedAt', 'error'],
  ['returnedAt', 'error'],
  ['startedAt', 'warning'],
];

/** Flags birth, departure, return and start dates after the survey date. */
export const checkDatesNotAfterSurvey: CrossFieldRule = (row) => {
  const surveyedAt = stringValue(row, 'surveyedAt');
  if (surveyedAt === undefined) {
    return [];
  }
  const issues: Issue[] = [];
  for (const [field, severity] of datesNotAfterSurvey) {
    const date = stringValue(row, field);
    if (date !== undefined && compareCalendarDates(date, surveyedAt) > 0) {
      issues.push(
        fieldIssue('date_after_survey', severity, field, { date, surveyedAt }),
      );
    }
  }
  return issues;
};

/** Dates of a life event that cannot come before the person's birth. */
const datesNotBeforeBirth: readonly string[] = [
  'departedAt',
  'returnedAt',
  'startedAt',
];

/**
 * Rejects departure, return and start dates before the birth date, taken
 * from the file or from the ID number. Such a date is usually a typing slip
 * in the year, or a date from another column.
 */
export const checkDatesNotBeforeBirth: CrossFieldRule = (row) => {
  const birthDate = row.residentId?.birthDate ?? stringValue(row, 'birthDate');
  if (birthDate === undefined) {
    return [];
  }
  const issues: Issue[] = [];
  for (const field of datesNotBeforeBirth) {
    const date = stringValue(row, field);
    if (date !== undefined && compareCalendarDates(date, birthDate) < 0) {
      issues.push(fieldIssue('date_before_birth', 'error', field, { date }));
    }
  }
  return issues;
};

/** Rejects a survey date after today or before the programme start. */
export const checkSurveyDateRange: CrossFieldRule = (row, context) => {
  const surveyedAt = stringValue(row, 'surveyedAt');
  if (surveyedAt === undefined) {
    return [];
  }
  if (compareCalendarDates(surveyedAt, context.today) > 0) {
    return [
      fieldIssue('survey_date_in_future', 'error', 'surveyedAt', {
        surveyedAt,
        today: context.today,
      }),
    ];
  }
  if (compareCalendarDates(surveyedAt, context.programmeStart) < 0) {
    return [
      fieldIssue('survey_date_before_programme', 'error', 'surveyedAt', {
        surveyedAt,
        programmeStart: context.programmeStart,
      }),
    ];
  }
  return [];
};

/**
 * Rejects jobs created for a status other than self-employed. A value of 0
 * for another status means the same as an empty cell and passes.
 */
export const checkJobsCreatedStatus: CrossFieldRule = (row) => {
  const jobsCreated = row.values['jobsCreated'];
  const status = stringValue(row, 'status');
  if (
    typeof jobsCreated !== 'number' ||
    jobsCreated === 0 ||
    status === undefined ||
    status === 'self_employed'
  ) {
    return [];
  }
  return [
    fieldIssue('jobs_created_not_self_employed', 'error', 'jobsCreated', {
      value: jobsCreated,
    }),
  ];
};

/**
 * Builds a local `Date` for date-fns arithmetic: the day itself, or for a
 * `YYYY-MM` value the first or the last day of the month.
 */
function toBoundaryDate(date: CalendarDate, end: 'first' | 'last'): Date {
  const [year = 0, month = 1, day] = date.split('-').map(Number);
  const first = new Date(year, month - 1, day ?? 1);
  return day === undefined && end === 'last' ? lastDayOfMonth(first) : first;
}

/**
 * Warns on a business start more than `START_BEFORE_RETURN_TOLERANCE_DAYS`
 * before the return date. With a year-month value the gap is
 * measured from the last possible start day to the first possible return
 * day, so a warning is raised only when every reading of the dates exceeds
 * the tolerance.
 */
export const checkStartNearReturn: CrossFieldRule = (row) => {
  const startedAt = stringValue(row, 'startedAt');
  const returnedAt = stringValue(row, 'returnedAt');
  if (startedAt === undefined || returnedAt === undefined) {
    return [];
  }
  const days = differenceInCalendarDays(
    toBoundaryDate(returnedAt, 'first'),
    toBoundaryDate(startedAt, 'last'),
  );
  if (days <= START_BEFORE_RETURN_TOLERANCE_DAYS) {
    return [];
  }
  return [
    fieldIssue('started_before_return', 'warning', 'startedAt', {
      days,
      tolerance: START_BEFORE_RETURN_TOLERANCE_DAYS,
    }),
  ];
};

/**
 * Warns when a registered entity (any type but `unregistered`) has no
 * credit code, and when an unregistered one has a code.
 */
export const checkCreditCodeForEntityType: CrossFieldRule = (row) => {
  const entityType = stringValue(row, 'entityType');
  if (entityType === undefined) {
    return [];
  }
  const hasCreditCode = row.presentFields.has('creditCode');
  if (entityType !== 'unregistered' && !hasCreditCode) {
    return [fieldIssue('credit_code_missing', 'warning', 'creditCode')];
  }
  if (entityType === 'unregistered' && hasCreditCode) {
    return [fieldIssue('credit_code_unregistered', 'warning', 'creditCode')];
  }
  return [];
};

/** Warns on a park other than `none` for a status other than self-employed. */
export const checkParkStatus: CrossFieldRule = (row) => {
  const park = stringValue(row, 'park');
  const status = stringValue(row, 'status');
  if (
    park === undefined ||
    park === 'none' ||
    status === undefined ||
    status === 'self_employed'
  ) {
    return [];
  }
  return [fieldIssue('park_not_self_employed', 'warning', 'park')];
};

/** Cross-field rules in the order they run; each skips absent values. */
export const crossFieldRules: readonly CrossFieldRule[] = [
  checkSexAgainstId,
  checkBirthDateAgainstId,
  checkDatesNotAfterSurvey,
  checkDatesNotBeforeBirth,
  checkSurveyDateRange,
  checkJobsCreatedStatus,
  checkStartNearReturn,
  checkCreditCodeForEntityType,
  checkParkStatus,
];
