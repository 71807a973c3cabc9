// The businesses that returnees run: entity type, credit code, founders,
// jobs created and park place, planned so that the county's figures come
// out exactly.

import { makeCreditCode } from './ids.mjs';
import { COUNTY } from './registry.mjs';

/**
 * @typedef {object} Business
 * @property {string} key B0001 ...
 * @property {import('./labels.mjs').EntityType} entityType
 * @property {boolean} familyFarm designated a family farm (家庭农场)
 * @property {string} creditCode 18 characters, or empty when not registered
 *   or not filled in
 * @property {boolean} economicEntity counts as an economic entity founded
 * @property {number} founders returnees who run it together
 * @property {import('./labels.mjs').IndustryLetter} industry
 * @property {number} jobsCreated jobs reported by each founder
 * @property {import('./labels.mjs').Park} park
 * @property {number} investment in units of 10,000 yuan
 * @property {string} name set once the first founder is known
 * @property {number | null} startedAt day number, set by the first founder
 */

/**
 * Registered economic entities: type, family-farm designation, count and
 * co-founder groups (sizes of the groups with more than one founder).
 */
const ENTITY_SLOTS = /** @type {const} */ ([
  ['farmers_cooperative', false, 16, [2, 2]],
  ['limited_company', false, 12, [2, 2, 3]],
  ['sole_proprietorship', false, 4, []],
  ['sole_proprietorship', true, 2, []],
  ['partnership', false, 4, [2, 2]],
  ['joint_stock_company', false, 1, []],
  ['other_enterprise', false, 2, []],
  ['individual_household', true, 9, []],
]);

/** Individual households that are not family farms. */
const HOUSEHOLDS = 800;

/** Share of individual households whose credit code was left blank. */
const HOUSEHOLD_CODE_BLANK = 0.05;

/** Industries by entity type, with weights. */
const INDUSTRY_BY_TYPE = {
  farmers_cooperative: [
    ['A', 9],
    ['C', 1],
  ],
  limited_company: [
    ['C', 30],
    ['A', 15],
    ['H', 15],
    ['F', 15],
    ['E', 10],
    ['G', 10],
    ['I', 5],
  ],
  joint_stock_company: [['C', 1]],
  sole_proprietorship: [
    ['F', 4],
    ['H', 3],
    ['C', 3],
  ],
  partnership: [
    ['H', 4],
    ['C', 3],
    ['E', 3],
  ],
  other_enterprise: [
    ['O', 1],
    ['L', 1],
  ],
  individual_household: [
    ['F', 35],
    ['H', 25],
    ['O', 25],
    ['G', 10],
    ['A', 5],
  ],
  unregistered: [
    ['A', 35],
    ['F', 20],
    ['H', 15],
    ['O', 20],
    ['G', 10],
  ],
};

/** Jobs created by one business: range by entity type. */
const JOBS_RANGE = {
  farmers_cooperative: [5, 40],
  limited_company: [5, 60],
  joint_stock_company: [30, 80],
  sole_proprietorship: [2, 15],
  partnership: [3, 20],
  other_enterprise: [2, 20],
};

/** Investment range in units of 10,000 yuan by entity type. */
const INVESTMENT_RANGE = {
  farmers_cooperative: [10, 200],
  limited_company: [20, 500],
  joint_stock_company: [300, 1500],
  sole_proprietorship: [5, 50],
  partnership: [10, 100],
  other_enterprise: [5, 80],
  individual_household: [1, 20],
  unregistered: [0.3, 5],
};

/**
 * Plans every business of the self-employed returnees: the 50 economic
 * entities, 800 individual households and the unregistered businesses, with
 * `selfEmployed` founders in all, `jobsCreated` jobs counted once per
 * business and `inPark` founders in a park.
 * @param {import('./random.mjs').Random} random
 * @param {{ selfEmployed: number, jobsCreated: number, inPark: number }} targets
 * @param {Set<string>} codes credit codes already used; new ones are added
 * @returns {Business[]}
 */
export function planBusinesses(random, targets, codes) {
  /** @type {Business[]} */
  const businesses = [];
  /**
   * @param {import('./labels.mjs').EntityType} entityType
   * @param {boolean} familyFarm
   * @param {number} founders
   */
  const add = (entityType, familyFarm, founders) => {
    const registered = entityType !== 'unregistered';
    const economicEntity =
      familyFarm || (registered && entityType !== 'individual_household');
    let creditCode = '';
    if (registered) creditCode = newCreditCode(random, entityType, codes);
    if (!economicEntity && registered && random.chance(HOUSEHOLD_CODE_BLANK)) {
      creditCode = '';
    }
    const industry = familyFarm
      ? 'A'
      : random.weighted(
          /** @type {[import('./labels.mjs').IndustryLetter, number][]} */ (
            INDUSTRY_BY_TYPE[entityType]
          ),
        );
    businesses.push({
      key: `B${String(businesses.length + 1).padStart(4, '0')}`,
      entityType,
      familyFarm,
      creditCode,
      economicEntity,
      founders,
      industry,
      jobsCreated: drawJobs(random, entityType, familyFarm),
      park: 'none',
      investment: drawInvestment(random, entityType),
      name: '',
      startedAt: null,
    });
  };

  for (const [entityType, familyFarm, count, groups] of ENTITY_SLOTS) {
    for (let i = 0; i < count; i++) add(entityType, familyFarm, groups[i] ?? 1);
  }
  for (let i = 0; i < HOUSEHOLDS; i++) add('individual_household', false, 1);
  let founders = businesses.reduce((sum, b) => sum + b.founders, 0);
  while (founders < targets.selfEmployed) {
    add('unregistered', false, 1);
    founders += 1;
  }

  adjustJobs(random, businesses, targets.jobsCreated);
  assignParks(random, businesses, targets.inPark);
  return random.shuffle(businesses);
}

/**
 * Draws a new credit code of the right registration category.
 * @param {import('./random.mjs').Random} random
 * @param {import('./labels.mjs').EntityType} entityType
 * @param {Set<string>} codes codes already used
 * @returns {string}
 */
export function newCreditCode(random, entityType, codes) {
  const category =
    entityType === 'individual_household'
      ? '2'
      : entityType === 'farmers_cooperative'
        ? '3'
        : '1';
  for (;;) {
    const code = makeCreditCode(random, category, COUNTY.code);
    if (!codes.has(code)) {
      codes.add(code);
      return code;
    }
  }
}

/**
 * Draws the jobs a business created before the county total is adjusted.
 * @param {import('./random.mjs').Random} random
 * @param {import('./labels.mjs').EntityType} entityType
 * @param {boolean} familyFarm
 * @returns {number}
 */
function drawJobs(random, entityType, familyFarm) {
  if (familyFarm) return random.int(2, 10);
  if (entityType === 'individual_household') {
    return random.weighted([
      [0, 25],
      [1, 30],
      [2, 25],
      [3, 12],
      [4, 8],
    ]);
  }
  if (entityType === 'unregistered') {
    return random.weighted([
      [0, 55],
      [1, 30],
      [2, 15],
    ]);
  }
  const [min, max] = JOBS_RANGE[entityType];
  return random.int(min, max);
}

/**
 * Draws an investment, rounded to one decimal below 10 and to whole units
 * above.
 * @param {import('./random.mjs').Random} random
 * @param {import('./labels.mjs').EntityType} entityType
 * @returns {number}
 */
function drawInvestment(random, entityType) {
  const [min, max] = INVESTMENT_RANGE[entityType];
  const value = min + random.next() * (max - min);
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}

/**
 * Adds or removes single jobs at random businesses that employ someone until
 * the county total is reached.
 * @param {import('./random.mjs').Random} random
 * @param {Business[]} businesses
 * @param {number} total
 */
function adjustJobs(random, businesses, total) {
  let sum = businesses.reduce((s, b) => s + b.jobsCreated, 0);
  const employers = businesses.filter((b) => b.jobsCreated > 0);
  while (sum !== total) {
    const business = random.pick(employers);
    if (sum < total) {
      business.jobsCreated += 1;
      sum += 1;
    } else if (business.jobsCreated > 1) {
      business.jobsCreated -= 1;
      sum -= 1;
    }
  }
}

/**
 * Gives park places to businesses until exactly `inPark` founders are in a
 * park. Cooperatives and family farms work the land and get none.
 * @param {import('./random.mjs').Random} random
 * @param {Business[]} businesses
 * @param {number} inPark
 */
function assignParks(random, businesses, inPark) {
  const candidates = random.shuffle(
    businesses.filter(
      (b) => b.entityType !== 'farmers_cooperative' && !b.familyFarm,
    ),
  );
  let placed = 0;
  for (const business of candidates) {
    if (placed === inPark) break;
    if (placed + business.founders > inPark) continue;
    business.park = random.chance(0.45) ? 'incubation_park' : 'startup_park';
    placed += business.founders;
  }
  if (placed !== inPark) throw new Error(`placed ${placed} founders in parks`);
}
