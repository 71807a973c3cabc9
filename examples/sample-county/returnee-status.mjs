// Status-dependent values of a returnee record: employer, business fields,
// support policies and loans.

import { newCreditCode } from './businesses.mjs';
import { SUPPORT } from './labels.mjs';

/**
 * @typedef {object} StatusContext
 * @property {{ county: import('./business-names.mjs').Employer[], byTownship: Map<string, import('./business-names.mjs').Employer[]> }} employers
 * @property {string[]} townshipCodes
 */

/**
 * Clears every status-dependent field of a record.
 * @param {import('./records.mjs').ReturneeRecord} record
 */
function clearStatusFields(record) {
  record.employer = '';
  record.industry = '';
  record.businessKey = '';
  record.businessName = '';
  record.entityType = '';
  record.familyFarm = null;
  record.creditCode = '';
  record.startedAt = null;
  record.investment = null;
  record.park = '';
  record.jobsCreated = null;
  record.support = [];
  record.loanAmount = null;
}

/**
 * Sets a record to employed at an employer of the county, of the person's
 * township or of another township.
 * @param {import('./random.mjs').Random} random
 * @param {import('./records.mjs').ReturneeRecord} record
 * @param {StatusContext} context
 */
export function setEmployed(random, record, context) {
  clearStatusFields(record);
  record.status = 'employed';
  const draw = random.next();
  const townshipCode =
    draw < 0.25 ? record.townshipCode : random.pick(context.townshipCodes);
  const pool =
    draw < 0.6
      ? context.employers.county
      : context.employers.byTownship.get(townshipCode);
  const employer = random.pick(
    /** @type {import('./business-names.mjs').Employer[]} */ (pool),
  );
  record.employer = employer.name;
  record.industry = employer.industry;
  if (random.chance(0.15)) record.support.push(SUPPORT.skillsTraining);
}

/**
 * Sets a record to not yet employed, or to left again.
 * @param {import('./random.mjs').Random} random
 * @param {import('./records.mjs').ReturneeRecord} record
 * @param {'unemployed' | 'left_again'} status
 */
export function setWithoutWork(random, record, status) {
  clearStatusFields(record);
  record.status = status;
  if (random.chance(0.1)) record.support.push(SUPPORT.skillsTraining);
  if (random.chance(0.04)) record.support.push(SUPPORT.startupTraining);
}

/**
 * Sets a record to self-employed in a business. An earlier record of the
 * same business may show fewer jobs, no park place yet, or the business
 * before it was registered.
 * @param {import('./random.mjs').Random} random
 * @param {import('./records.mjs').ReturneeRecord} record
 * @param {import('./businesses.mjs').Business} business
 * @param {number} startedAt day number
 * @param {boolean} earlier true for a record older than the person's latest
 */
export function setSelfEmployed(random, record, business, startedAt, earlier) {
  clearStatusFields(record);
  record.status = 'self_employed';
  record.industry = business.industry;
  record.businessKey = business.key;
  record.businessName = business.name;
  record.entityType = business.entityType;
  record.familyFarm = business.familyFarm;
  record.creditCode = business.creditCode;
  record.startedAt = startedAt;
  record.investment = business.investment;
  record.park = business.park;
  record.jobsCreated = business.jobsCreated;
  if (earlier) {
    record.jobsCreated = Math.floor(
      business.jobsCreated * (0.3 + random.next() * 0.5),
    );
    if (random.chance(0.5)) record.park = 'none';
    if (business.entityType !== 'unregistered' && random.chance(0.4)) {
      record.entityType = 'unregistered';
      record.creditCode = '';
      record.familyFarm = false;
    }
  }
  drawBusinessSupport(random, record);
}

/**
 * Draws the support policies and loan amount of a self-employed returnee.
 * @param {import('./random.mjs').Random} random
 * @param {import('./records.mjs').ReturneeRecord} record
 */
function drawBusinessSupport(random, record) {
  const company = !['individual_household', 'unregistered', ''].includes(
    record.entityType,
  );
  let loan = 0;
  if (random.chance(0.3)) {
    record.support.push(SUPPORT.guaranteedLoan);
    loan += company
      ? random.pick([30, 50, 80, 100, 150, 200])
      : random.pick([5, 8, 10, 10, 15, 20, 20]);
  }
  if (random.chance(0.15)) {
    record.support.push(SUPPORT.householdCredit);
    loan += random.int(1, 5);
  }
  if (company && random.chance(0.4))
    record.support.push(SUPPORT.microEnterprise);
  if (random.chance(0.35)) record.support.push(SUPPORT.startupTraining);
  if (random.chance(0.08)) record.support.push(SUPPORT.skillsTraining);
  const inPark =
    record.park === 'incubation_park' || record.park === 'startup_park';
  if (inPark && random.chance(0.7)) record.support.push(SUPPORT.rentSubsidy);
  if (random.chance(0.02)) record.support.push(SUPPORT.other);
  // One loan in ten is recorded without its amount.
  if (loan > 0 && random.chance(0.9)) record.loanAmount = loan;
}

/**
 * Creates a business that no figure counts: one that a returnee ran before
 * leaving again, or one of an extra person whose only row is faulty.
 * @param {import('./random.mjs').Random} random
 * @param {string} key
 * @param {Set<string>} codes credit codes already used
 * @returns {import('./businesses.mjs').Business}
 */
export function makeUncountedBusiness(random, key, codes) {
  /** @type {import('./labels.mjs').EntityType} */
  const entityType = random.weighted([
    ['unregistered', 50],
    ['individual_household', 35],
    ['limited_company', 8],
    ['farmers_cooperative', 7],
  ]);
  const economicEntity =
    entityType === 'limited_company' || entityType === 'farmers_cooperative';
  return {
    key,
    entityType,
    familyFarm: false,
    creditCode:
      entityType === 'unregistered'
        ? ''
        : newCreditCode(random, entityType, codes),
    economicEntity,
    founders: 1,
    industry:
      entityType === 'farmers_cooperative' ? 'A' : random.pick(['F', 'H', 'O']),
    jobsCreated: economicEntity ? random.int(3, 12) : random.int(0, 2),
    park: 'none',
    investment: economicEntity ? random.int(10, 60) : random.int(1, 8),
    name: '',
    startedAt: null,
  };
}
