// People of the linkage sample: identities with unique resident ID numbers
// and phones, and the relatives and strangers that make hard negatives
// (family members sharing a phone, namesakes born in the same year, twins).

import { isoDate, toDayNumber, toParts } from '../sample-county/calendar.mjs';
import { makeResidentId } from '../sample-county/ids.mjs';
import { drawName, surnameOf } from '../sample-county/names.mjs';
import { weightedPicker } from '../sample-county/random.mjs';
import { COUNTY, listVillages } from '../sample-county/registry.mjs';

/** Region codes of ID numbers issued outside the county, all in Guizhou. */
const OTHER_REGION_CODES = [
  '520102',
  '520111',
  '520203',
  '520321',
  '520402',
  '522224',
  '522227',
  '522601',
];

const REGION_CODES = [COUNTY.code, ...OTHER_REGION_CODES];

/** Mobile number prefixes of mainland operators. */
const PHONE_PREFIXES = [
  ...'130 131 133 135 136 138 139 150 152 155 158 166 173 177 180 182 186 187 189 199'.split(
    ' ',
  ),
];

const EARLIEST_BIRTH_DAY = toDayNumber(1958, 1, 1);
const LATEST_BIRTH_DAY = toDayNumber(2006, 12, 31);

/**
 * Identity of one person: the true values that the records copy or damage.
 * @typedef {object} Identity
 * @property {string} personId P0000001 ...
 * @property {string} name
 * @property {'male' | 'female'} sex
 * @property {number} birthDay day number (days since 1970-01-01)
 * @property {string} birthDate `YYYY-MM-DD`
 * @property {string} residentId 18 characters with a valid check character
 * @property {string} phone 11 digits
 * @property {{ township: import('../sample-county/registry.mjs').Township, village: import('../sample-county/registry.mjs').Village }} home
 * @property {string[]} tags hard-negative kinds the person belongs to:
 *   `phone_shared`, `namesake`, `twin`
 */

/** Creates identities with unique ID numbers and unique own phones. */
export class PopulationFactory {
  /**
   * @param {import('../sample-county/random.mjs').Random} random
   * @param {import('../sample-county/registry.mjs').Registry} registry
   */
  constructor(random, registry) {
    this.random = random;
    this.count = 0;
    /** ID numbers in use, keyed by region, birth day and sequence. */
    this.idKeys = new Set();
    this.phones = new Set();
    const places = listVillages(registry);
    this.pickPlace = weightedPicker(places.map((p) => [p, p.village.weight]));
  }

  /**
   * Creates a person with a new name, birth date, ID number and phone.
   * @returns {Identity}
   */
  createPerson() {
    const random = this.random;
    const home = this.pickPlace(random);
    const sex = random.chance(0.5) ? 'male' : 'female';
    const birthDay = random.int(EARLIEST_BIRTH_DAY, LATEST_BIRTH_DAY);
    let { name } = drawName(
      random,
      sex,
      toParts(birthDay).year,
      home.village.clanSurnames,
    );
    // 单 is rare nationally but it gives the traditional form 單.
    if (random.chance(0.004) && surnameOf(name).length === 1) {
      name = `单${name.slice(1)}`;
    }
    return this.identity(name, sex, birthDay, home, this.drawPhone());
  }

  /**
   * Creates a family member living with `person` and sharing the phone,
   * with the same surname: a spouse or sibling born within 6 years, or a
   * child or parent born 20 to 30 years apart, whichever fits the range
   * of birth dates.
   * @param {Identity} person
   * @returns {Identity}
   */
  createFamilyMember(person) {
    const random = this.random;
    const generation = random.int(20, 30) * 365 + random.int(0, 364);
    /** @type {number[]} */
    const options = [person.birthDay + random.int(-6 * 365, 6 * 365)];
    if (person.birthDay + generation <= LATEST_BIRTH_DAY) {
      options.push(person.birthDay + generation);
    }
    if (person.birthDay - generation >= EARLIEST_BIRTH_DAY) {
      options.push(person.birthDay - generation);
    }
    const birthDay = clampBirthDay(random.pick(options));
    const sex = random.chance(0.5) ? 'male' : 'female';
    const name = this.nameWithSurname(person, sex, birthDay);
    return this.identity(name, sex, birthDay, person.home, person.phone);
  }

  /**
   * Creates an unrelated person with the same name, sex and birth year,
   * living in the same township.
   * @param {Identity} person
   * @returns {Identity}
   */
  createNamesake(person) {
    const random = this.random;
    const year = toParts(person.birthDay).year;
    let birthDay = person.birthDay;
    while (birthDay === person.birthDay) {
      birthDay = random.int(toDayNumber(year, 1, 1), toDayNumber(year, 12, 31));
    }
    const village = random.pick(person.home.township.villages);
    const home = { township: person.home.township, village };
    return this.identity(
      person.name,
      person.sex,
      birthDay,
      home,
      this.drawPhone(),
    );
  }

  /**
   * Creates a twin: same birth date, surname, village and phone, another
   * given name and another ID sequence number.
   * @param {Identity} person
   * @returns {Identity}
   */
  createTwin(person) {
    const sex = this.random.chance(0.5) ? 'male' : 'female';
    const name = this.nameWithSurname(person, sex, person.birthDay);
    return this.identity(name, sex, person.birthDay, person.home, person.phone);
  }

  /**
   * Draws a name with the surname of `person` and a given name that differs
   * from that person's.
   * @private
   * @param {Identity} person
   * @param {'male' | 'female'} sex
   * @param {number} birthDay
   * @returns {string}
   */
  nameWithSurname(person, sex, birthDay) {
    const surname = surnameOf(person.name);
    const year = toParts(birthDay).year;
    for (;;) {
      const drawn = drawName(this.random, sex, year, []).name;
      const given = drawn.slice(surnameOf(drawn).length);
      if (drawn.includes('·') || given === '') continue;
      const name = surname + given;
      if (name !== person.name) return name;
    }
  }

  /**
   * @private
   * @param {string} name
   * @param {'male' | 'female'} sex
   * @param {number} birthDay
   * @param {Identity['home']} home
   * @param {string} phone
   * @returns {Identity}
   */
  identity(name, sex, birthDay, home, phone) {
    this.count += 1;
    return {
      personId: `P${String(this.count).padStart(7, '0')}`,
      name,
      sex,
      birthDay,
      birthDate: isoDate(birthDay),
      residentId: this.uniqueId(birthDay, sex),
      phone,
      home,
      tags: [],
    };
  }

  /**
   * Draws region codes and sequence numbers until the ID number is new.
   * The sequence number is odd for men and even for women.
   * @private
   * @param {number} birthDay
   * @param {'male' | 'female'} sex
   * @returns {string}
   */
  uniqueId(birthDay, sex) {
    const random = this.random;
    for (;;) {
      const region = random.chance(0.9)
        ? 0
        : random.int(1, REGION_CODES.length - 1);
      const sequence = random.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
      // Birth days lie within ±20,000 days of 1970, so the key is unique.
      const key = (region * 40_000 + birthDay + 20_000) * 1000 + sequence;
      if (this.idKeys.has(key)) continue;
      this.idKeys.add(key);
      return makeResidentId(
        /** @type {string} */ (REGION_CODES[region]),
        birthDay,
        sequence,
      );
    }
  }

  /**
   * Draws a mobile number that no other household has.
   * @returns {string}
   */
  drawPhone() {
    const random = this.random;
    for (;;) {
      const prefix = random.pick(PHONE_PREFIXES);
      const rest = String(random.int(0, 99_999_999)).padStart(8, '0');
      const phone = prefix + rest;
      const key = Number(phone);
      if (this.phones.has(key)) continue;
      this.phones.add(key);
      return phone;
    }
  }
}

/**
 * Keeps a birth day within the range of the sample.
 * @param {number} day
 * @returns {number}
 */
function clampBirthDay(day) {
  return Math.min(LATEST_BIRTH_DAY, Math.max(EARLIEST_BIRTH_DAY, day));
}
