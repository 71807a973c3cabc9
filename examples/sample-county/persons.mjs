// Identities of the people in the sample: name, sex, birth date, resident ID
// number, phone, ethnicity, education and skills.

import { addYears, toDayNumber, toParts } from './calendar.mjs';
import { makeResidentId } from './ids.mjs';
import { EDUCATION, ETHNICITIES, SKILLS, UYGHUR } from './labels.mjs';
import { drawName } from './names.mjs';
import { weightedPicker } from './random.mjs';
import { COUNTY } from './registry.mjs';

/**
 * Other county codes of Guizhou, some of them of counties that have since
 * been abolished or renumbered. People keep the code their ID was issued
 * with.
 */
const OTHER_REGION_CODES = [
  '520102',
  '520111',
  '520203',
  '520221',
  '520321',
  '520402',
  '520502',
  '520602',
  '522221',
  '522224',
  '522225',
  '522227',
  '522228',
  '522601',
  '522701',
  '522301',
];

/** Mobile number prefixes of mainland operators. */
const PHONE_PREFIXES = [
  ...'130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 173 175 176 177 178 180 181 182 183 185 186 187 188 189 191 198 199'.split(
    ' ',
  ),
];

/** Education shares by the birth year from which they apply. */
const EDUCATION_BY_COHORT = /** @type {const} */ ([
  [0, { 未上过学: 8, 小学: 35, 初中: 42, 高中: 10, 中专: 4, 大专: 1 }],
  [1970, { 小学: 15, 初中: 50, 高中: 18, 中专: 10, 大专: 5, 本科: 2 }],
  [1985, { 小学: 5, 初中: 42, 高中: 20, 中专: 15, 大专: 12, 本科: 6 }],
  [
    1995,
    { 小学: 2, 初中: 30, 高中: 20, 中专: 20, 大专: 18, 本科: 9, 研究生: 1 },
  ],
]);

const educationPickers = EDUCATION_BY_COHORT.map(
  ([from, shares]) =>
    /** @type {const} */ ([from, weightedPicker(Object.entries(shares))]),
);

const pickEthnicity = weightedPicker(ETHNICITIES.map((e) => [e, e.share]));

/** Reference day for ages: the middle of the 2026 survey year. */
const AGE_REFERENCE_DAY = toDayNumber(2026, 6, 30);

/**
 * @typedef {object} Person
 * @property {string} personId stable synthetic key, P000001 ...
 * @property {string} name
 * @property {'male' | 'female'} sex
 * @property {number} birthDay day number
 * @property {string} residentId 18 characters, unique in the sample
 * @property {{ label: string, code: string }} ethnicity
 * @property {string} education label
 * @property {string} phone 11 digits, or empty
 * @property {string[]} skills
 * @property {string} townshipCode home township
 * @property {string} villageCode home village
 */

/** Creates people with unique keys and unique resident ID numbers. */
export class PersonFactory {
  /**
   * @param {import('./random.mjs').Random} random
   */
  constructor(random) {
    /** @private */
    this.random = random;
    /** @private @type {Set<string>} */
    this.ids = new Set();
    /** @private */
    this.count = 0;
  }

  /**
   * Creates a person living in a village.
   * @param {import('./registry.mjs').Township} township
   * @param {import('./registry.mjs').Village} village
   * @param {{ minAge: number, maxAge: number, maleShare: number, digitCheck?: boolean }} options
   *   ages at mid-2026. `digitCheck` requests an ID ending in a digit,
   *   because Excel can only damage an all-digit number.
   * @returns {Person}
   */
  create(township, village, options) {
    const random = this.random;
    this.count += 1;
    const personId = `P${String(this.count).padStart(6, '0')}`;

    const sex = random.chance(options.maleShare) ? 'male' : 'female';
    const latest = addYears(AGE_REFERENCE_DAY, -options.minAge);
    const earliest = addYears(AGE_REFERENCE_DAY, -options.maxAge - 1) + 1;
    const birthDay = random.int(earliest, latest);
    const birthYear = toParts(birthDay).year;
    const regionCode = random.chance(0.93)
      ? COUNTY.code
      : random.pick(OTHER_REGION_CODES);
    const residentId = this.uniqueId(
      regionCode,
      birthDay,
      sex,
      options.digitCheck,
    );

    const { name, middleDot } = drawName(
      random,
      sex,
      birthYear,
      village.clanSurnames,
    );
    const ethnicity = middleDot ? UYGHUR : pickEthnicity(random);
    const cohort = educationPickers.filter(([from]) => birthYear >= from).pop();
    const education = /** @type {NonNullable<typeof cohort>} */ (cohort)[1](
      random,
    );

    const phone = random.chance(0.92) ? this.drawPhone() : '';
    const skillCount = random.weighted([
      [0, 40],
      [1, 45],
      [2, 15],
    ]);
    const skills = random.shuffle(SKILLS).slice(0, skillCount);
    return {
      personId,
      name,
      sex,
      birthDay,
      residentId,
      ethnicity,
      education,
      phone,
      skills,
      townshipCode: township.code,
      villageCode: village.code,
    };
  }

  /**
   * Draws a mobile number.
   * @returns {string}
   */
  drawPhone() {
    let digits = this.random.pick(PHONE_PREFIXES);
    for (let i = 0; i < 8; i++) digits += String(this.random.int(0, 9));
    return digits;
  }

  /**
   * Draws sequence numbers until the ID number is new in the sample.
   * @private
   * @param {string} regionCode
   * @param {number} birthDay
   * @param {'male' | 'female'} sex
   * @param {boolean | undefined} digitCheck
   * @returns {string}
   */
  uniqueId(regionCode, birthDay, sex, digitCheck) {
    for (;;) {
      // The sequence number is odd for men and even for women.
      const sequence = this.random.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
      const id = makeResidentId(regionCode, birthDay, sequence);
      if (this.ids.has(id) || (digitCheck && id.endsWith('X'))) continue;
      this.ids.add(id);
      return id;
    }
  }
}

/** Education labels in GB/T 4658 order, for code lookups. */
export const EDUCATION_CODES = new Map(EDUCATION.map((e) => [e.label, e.code]));
