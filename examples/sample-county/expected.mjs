// The figures the valid records give: deduplication by resident ID number
// (the latest survey wins) and the six returnee indicators.

import { compareText } from './random.mjs';

/**
 * Keeps the latest valid record of each resident ID number. Records without
 * an ID number are kept one each.
 * @template {import('./records.mjs').SurveyRecord} T
 * @param {T[]} records
 * @returns {T[]}
 */
export function latestValidRecords(records) {
  /** @type {Map<string, T>} */
  const latest = new Map();
  /** @type {T[]} */
  const withoutId = [];
  for (const record of records) {
    if (record.fault !== '') continue;
    if (record.residentId === '') {
      withoutId.push(record);
      continue;
    }
    const current = latest.get(record.residentId);
    if (current && current.surveyedAt === record.surveyedAt) {
      throw new Error(`two records of ${record.personId} on one day`);
    }
    if (!current || current.surveyedAt < record.surveyedAt) {
      latest.set(record.residentId, record);
    }
  }
  return [...latest.values(), ...withoutId];
}

/**
 * Entity types whose credit codes count as economic entities founded. An
 * individual household counts only when it is a designated family farm.
 */
const ENTITY_TYPES = new Set([
  'farmers_cooperative',
  'sole_proprietorship',
  'partnership',
  'limited_company',
  'joint_stock_company',
  'other_enterprise',
]);

/**
 * Computes the six returnee indicators from the latest valid records.
 * @param {import('./records.mjs').ReturneeRecord[]} latest
 * @returns {{ returnees: number, employedOrSelfEmployed: number, selfEmployed: number, inPark: number, jobsCreated: number, entitiesFounded: number }}
 */
export function returneeIndicators(latest) {
  const atHome = latest.filter((r) => r.status !== 'left_again');
  const working = atHome.filter((r) => r.status !== 'unemployed');
  const founders = working.filter((r) => r.status === 'self_employed');
  const inPark = founders.filter(
    (r) => r.park === 'incubation_park' || r.park === 'startup_park',
  );

  // A business is its credit code, or the founder when it has none.
  /** @type {Map<string, number>} */
  const jobsByBusiness = new Map();
  /** @type {Set<string>} */
  const entities = new Set();
  for (const record of founders) {
    const business = record.creditCode || `person:${record.residentId}`;
    const jobs = record.jobsCreated ?? 0;
    const known = jobsByBusiness.get(business);
    if (known !== undefined && known !== jobs) {
      throw new Error(`co-founders of ${business} report different jobs`);
    }
    jobsByBusiness.set(business, jobs);
    const counts =
      record.creditCode !== '' &&
      (ENTITY_TYPES.has(record.entityType) || record.familyFarm === true);
    if (counts) entities.add(record.creditCode);
  }

  let jobsCreated = 0;
  for (const jobs of jobsByBusiness.values()) jobsCreated += jobs;
  return {
    returnees: atHome.length,
    employedOrSelfEmployed: working.length,
    selfEmployed: founders.length,
    inPark: inPark.length,
    jobsCreated,
    entitiesFounded: entities.size,
  };
}

/**
 * Counts the rows and persons of one database.
 * @param {import('./records.mjs').SurveyRecord[]} records
 * @param {number} files
 * @returns {{ files: number, read: number, valid: number, rejected: number, persons: number }}
 */
export function rowCounts(records, files) {
  const valid = records.filter((r) => r.fault === '').length;
  return {
    files,
    read: records.length,
    valid,
    rejected: records.length - valid,
    persons: latestValidRecords(records).length,
  };
}

/**
 * Counts the faulty rows of one database by fault code, in code order.
 * @param {import('./records.mjs').SurveyRecord[]} records
 * @returns {Record<string, number>}
 */
export function faultCounts(records) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const record of records) {
    if (record.fault !== '')
      counts.set(record.fault, (counts.get(record.fault) ?? 0) + 1);
  }
  const codes = [...counts.keys()].sort(compareText);
  return Object.fromEntries(codes.map((code) => [code, counts.get(code) ?? 0]));
}
