// Work of people from the county who are away: province, city, trade, pay,
// departure, return intention and the help they want.

import { toDayNumber, toParts } from './calendar.mjs';
import { NEEDS, OCCUPATIONS, PROVINCES } from './labels.mjs';
import { parseWeights, weightedPicker } from './random.mjs';

/** Industry sections of work by sex, with weights. */
const INDUSTRY_BY_SEX = {
  male: weightedPicker(
    parseWeights(
      'C 33 E 28 G 9 H 6 F 6 O 5 L 3 A 2 I 2 K 2 N 1 R 1 Q 0.5 P 0.5',
    ),
  ),
  female: weightedPicker(
    parseWeights('C 40 H 16 O 14 F 12 E 4 Q 3 G 2 A 2 I 2 K 2 L 1 N 1 P 1 R 1'),
  ),
};

/** Monthly income bands in yuan and their weights. */
const INCOME_BANDS = /** @type {const} */ ([
  [2000, 3000, 8],
  [3000, 4000, 18],
  [4000, 5000, 24],
  [5000, 6000, 20],
  [6000, 8000, 18],
  [8000, 10000, 7],
  [10000, 15000, 4],
  [15000, 30000, 1],
]);

const pickProvince = weightedPicker(PROVINCES.map((p) => [p, p.share]));
const pickIncomeBand = weightedPicker(
  INCOME_BANDS.map((band, i) => [i, band[2]]),
);

/**
 * Draws the work fields of a record of a person working away.
 * @param {import('./random.mjs').Random} random
 * @param {import('./persons.mjs').Person} person
 * @param {number} surveyedAt day number
 * @returns {Omit<import('./records.mjs').OutMigrantFields, 'kind'>}
 */
export function drawWork(random, person, surveyedAt) {
  const province = pickProvince(random);
  const industry = /** @type {keyof typeof OCCUPATIONS} */ (
    INDUSTRY_BY_SEX[person.sex](random)
  );
  const birthYear = toParts(person.birthDay).year;
  const returnIntention =
    2026 - birthYear > 45
      ? pickOlderIntention(random)
      : pickYoungerIntention(random);
  return {
    departedAt: drawDeparture(random, birthYear, surveyedAt),
    workProvince: province.code,
    workCity: random.chance(0.9) ? random.pick(province.cities) : '',
    industry: random.chance(0.95) ? industry : '',
    occupation: random.chance(0.85) ? random.pick(OCCUPATIONS[industry]) : '',
    monthlyIncome: random.chance(0.88) ? drawIncome(random, person) : null,
    returnIntention: random.chance(0.93) ? returnIntention : '',
    needs: drawNeeds(random, returnIntention),
  };
}

/**
 * Draws the first departure: from age 16 or 1995, whichever is later, to 40
 * days before the survey; unknown for one person in seven.
 * @param {import('./random.mjs').Random} random
 * @param {number} birthYear
 * @param {number} surveyedAt
 * @returns {number | null}
 */
function drawDeparture(random, birthYear, surveyedAt) {
  if (random.chance(0.14)) return null;
  const first = toDayNumber(Math.max(birthYear + 16, 1995), 7, 1);
  const last = surveyedAt - 40;
  if (first > last) return null;
  // Recent departures are more common than old ones.
  const a = random.int(first, last);
  const b = random.int(first, last);
  return Math.max(a, b);
}

/**
 * Draws a monthly income in yuan, rounded to 100 and sometimes to 500.
 * @param {import('./random.mjs').Random} random
 * @param {import('./persons.mjs').Person} person
 * @returns {number}
 */
function drawIncome(random, person) {
  let band = pickIncomeBand(random);
  const higherEducation = ['大专', '本科', '研究生'].includes(person.education);
  if (higherEducation && random.chance(0.5))
    band = Math.min(band + 1, INCOME_BANDS.length - 1);
  if (person.sex === 'female' && random.chance(0.3))
    band = Math.max(band - 1, 0);
  const [low, high] = /** @type {(typeof INCOME_BANDS)[number]} */ (
    INCOME_BANDS[band]
  );
  const value = low + random.next() * (high - low);
  const unit = random.chance(0.3) ? 500 : 100;
  return Math.round(value / unit) * unit;
}

/** Return intentions of people up to 45 years old and their weights. */
const pickYoungerIntention = weightedPicker(
  /** @type {const} */ ([
    ['not_returning', 47],
    ['return_to_work', 18],
    ['return_to_start_business', 8],
    ['undecided', 27],
  ]),
);

/** Older people more often want to come back to work at home. */
const pickOlderIntention = weightedPicker(
  /** @type {const} */ ([
    ['not_returning', 30],
    ['return_to_work', 32],
    ['return_to_start_business', 8],
    ['undecided', 27],
  ]),
);

/**
 * Draws the help a person wants, which depends on the return intention.
 * @param {import('./random.mjs').Random} random
 * @param {string} intention
 * @returns {string[]}
 */
function drawNeeds(random, intention) {
  /** @type {[string, number][]} */
  const chances =
    intention === 'return_to_start_business'
      ? [
          [NEEDS.startupTraining, 0.6],
          [NEEDS.startupLoan, 0.6],
          [NEEDS.premises, 0.3],
          [NEEDS.policyAdvice, 0.4],
        ]
      : intention === 'return_to_work'
        ? [
            [NEEDS.jobInformation, 0.7],
            [NEEDS.skillsTraining, 0.5],
            [NEEDS.policyAdvice, 0.1],
          ]
        : [
            [NEEDS.skillsTraining, 0.2],
            [NEEDS.jobInformation, 0.15],
            [NEEDS.policyAdvice, 0.1],
          ];
  chances.push([NEEDS.other, 0.02]);
  return chances.filter(([, p]) => random.chance(p)).map(([need]) => need);
}
