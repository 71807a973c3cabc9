// The faults injected into the sample files: what each one breaks and how
// many rows carry it.

/**
 * A fault: its code, how many extra persons and older copies carry it, the
 * statuses of the returnee records it may be put on, and whether it needs
 * the birth date column.
 * @typedef {object} FaultSpec
 * @property {string} code
 * @property {number} extra
 * @property {number} earlier
 * @property {readonly string[]} [statuses]
 * @property {boolean} [birthDate]
 */

const AT_HOME_WITHOUT_BUSINESS = ['employed', 'unemployed', 'left_again'];

/** Faults of returnee rows. @type {readonly FaultSpec[]} */
export const RETURNEE_FAULTS = [
  { code: 'id_excel_scientific', extra: 30, earlier: 0 },
  { code: 'id_excel_zeroed', extra: 25, earlier: 0 },
  { code: 'id_bad_checksum', extra: 30, earlier: 0 },
  { code: 'sex_mismatch', extra: 25, earlier: 10 },
  { code: 'birth_date_mismatch', extra: 15, earlier: 5, birthDate: true },
  {
    code: 'returned_after_survey',
    extra: 20,
    earlier: 10,
    statuses: AT_HOME_WITHOUT_BUSINESS,
  },
  {
    code: 'business_name_missing',
    extra: 15,
    earlier: 0,
    statuses: ['self_employed'],
  },
  {
    code: 'entity_type_missing',
    extra: 15,
    earlier: 0,
    statuses: ['self_employed'],
  },
  {
    code: 'jobs_not_self_employed',
    extra: 15,
    earlier: 5,
    statuses: ['employed'],
  },
  { code: 'village_unknown', extra: 25, earlier: 10 },
  { code: 'missing_name', extra: 8, earlier: 4 },
  { code: 'missing_resident_id', extra: 10, earlier: 0 },
  { code: 'missing_sex', extra: 6, earlier: 0 },
  { code: 'missing_township', extra: 5, earlier: 0 },
  { code: 'missing_village', extra: 6, earlier: 3 },
  { code: 'missing_surveyed_at', extra: 6, earlier: 3 },
  { code: 'missing_enumerator', extra: 8, earlier: 4 },
  { code: 'missing_returned_at', extra: 8, earlier: 4 },
  {
    code: 'missing_status',
    extra: 6,
    earlier: 4,
    statuses: ['employed', 'unemployed'],
  },
  {
    code: 'surveyed_in_future',
    extra: 8,
    earlier: 0,
    statuses: AT_HOME_WITHOUT_BUSINESS,
  },
  {
    code: 'surveyed_before_programme',
    extra: 6,
    earlier: 0,
    statuses: AT_HOME_WITHOUT_BUSINESS,
  },
];

/** Faults of rows of people working away. @type {readonly FaultSpec[]} */
export const OUT_MIGRANT_FAULTS = [
  { code: 'id_excel_scientific', extra: 40, earlier: 0 },
  { code: 'id_excel_zeroed', extra: 30, earlier: 0 },
  { code: 'id_bad_checksum', extra: 40, earlier: 0 },
  { code: 'sex_mismatch', extra: 30, earlier: 10 },
  { code: 'birth_date_mismatch', extra: 20, earlier: 5, birthDate: true },
  { code: 'departed_after_survey', extra: 20, earlier: 10 },
  { code: 'province_unknown', extra: 25, earlier: 5 },
  { code: 'income_invalid', extra: 20, earlier: 5 },
  { code: 'village_unknown', extra: 30, earlier: 10 },
  { code: 'missing_name', extra: 10, earlier: 3 },
  { code: 'missing_sex', extra: 6, earlier: 0 },
  { code: 'missing_township', extra: 5, earlier: 0 },
  { code: 'missing_village', extra: 6, earlier: 2 },
  { code: 'missing_work_province', extra: 15, earlier: 5 },
  { code: 'missing_surveyed_at', extra: 8, earlier: 3 },
  { code: 'missing_enumerator', extra: 10, earlier: 3 },
  { code: 'missing_resident_id_and_birth_date', extra: 20, earlier: 0 },
  { code: 'surveyed_in_future', extra: 8, earlier: 0 },
  { code: 'surveyed_before_programme', extra: 6, earlier: 0 },
];

/** Fields left empty by the `missing_*` faults. */
export const MISSING_FIELDS = {
  missing_name: 'name',
  missing_resident_id: 'residentId',
  missing_sex: 'sex',
  missing_township: 'township',
  missing_village: 'village',
  missing_surveyed_at: 'surveyedAt',
  missing_enumerator: 'enumerator',
  missing_returned_at: 'returnedAt',
  missing_status: 'status',
  missing_work_province: 'workProvince',
};

/** Values of the province of work that name no province. */
export const UNKNOWN_PROVINCES = ['外省', '沿海', '南方', '东莞'];

/** Monthly incomes that are not a whole number of yuan of 0 or more. */
export const INVALID_INCOMES = ['5千', '4000-5000', '-3000'];

/** Characters swapped into village names to make names the registry lacks. */
export const TYPO_CHARACTERS = [...'景清平阳洋新兴岭领林霖家佳华桦'];
