// People of the linkage sample: identities with unique resident ID numbers
// and phones, and the relatives and strangers that make hard negatives
// (family members sharing a phone, namesakes, twins, siblings and persons
// whose names sound alike).

import { isoDate, toDayNumber, toParts } from '../sample-county/calendar.mjs';
import { makeResidentId } from '../sample-county/ids.mjs';
import { drawName, surnameOf } from '../sample-county/names.mjs';
import { weightedPicker } from '../sample-county/random.mjs';
import { COUNTY, listVillages } from '../sample-county/registry.mjs';
import { HOMOPHONES } from './errors.mjs';

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
 * Surnames and given names that many people share. Village namesakes and
 * persons with sound-alike names are named from them, because two persons
 * of one village share a name mostly when the name is common.
 */
export const COMMON_SURNAMES = [...'王李张刘陈'];
const COMMON_GIVEN_NAMES = {
  male: [...'伟强军勇磊杰涛明刚斌超辉'],
  female: [...'芳娜敏静丽艳燕娟霞', '秀英', '秀兰', '桂英'],
};

/**
 * Surnames and another surname with the same toneless pinyin. 黎 (li2)
 * differs from 李 (li3) in tone only.
 */
export const SOUND_ALIKE_SURNAMES = new Map([
  ['王', '汪'],
  ['李', '黎'],
  ['张', '章'],
  ['刘', '柳'],
  ['徐', '许'],
  ['吴', '伍'],
]);

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
 *   `phone_shared`, `namesake`, `twin`, `sibling`, `village_namesake`,
 *   `homophone_namesake`
 * @property {LookAlike | undefined} lookAlike the other person of the
 *   person's hard-negative pair
 * @property {boolean} answeredByRelative whether a relative answered the
 *   survey for the person, so that the records miss the ID number and the
 *   birth date more often
 */

/**
 * The other person of a hard-negative pair, and the kind of the pair. Both
 * persons of a pair name each other.
 * @typedef {object} LookAlike
 * @property {string} kind a hard-negative tag, such as `twin`
 * @property {string} personId the other person
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
   * Creates a twin: same birth date, surname, village and phone, another ID
   * sequence number and a given name that differs from the twin's in one
   * character (李亮 and 李明, 王建国 and 王建军). Two thirds of twins have
   * the same sex.
   * @param {Identity} person
   * @returns {Identity}
   */
  createTwin(person) {
    const random = this.random;
    const otherSex = person.sex === 'male' ? 'female' : 'male';
    const sex = random.chance(2 / 3) ? person.sex : otherSex;
    const name = this.nameWithOneCharacterChanged(person, sex, person.birthDay);
    return this.identity(name, sex, person.birthDay, person.home, person.phone);
  }

  /**
   * Creates a brother or sister living with `person` and sharing the phone,
   * born 10 months to 8 years apart, with a given name that differs from
   * the sibling's in one character, as when siblings share a generation
   * character.
   * @param {Identity} person
   * @returns {Identity}
   */
  createSibling(person) {
    const random = this.random;
    const gap = random.int(300, 8 * 365);
    const later = person.birthDay + gap;
    const earlier = person.birthDay - gap;
    let birthDay = random.chance(0.5) ? later : earlier;
    if (birthDay > LATEST_BIRTH_DAY) birthDay = earlier;
    if (birthDay < EARLIEST_BIRTH_DAY) birthDay = later;
    const sex = random.chance(0.5) ? 'male' : 'female';
    const name = this.nameWithOneCharacterChanged(person, sex, birthDay);
    return this.identity(name, sex, birthDay, person.home, person.phone);
  }

  /**
   * Creates an unrelated person of the same village with the same common
   * name and sex, born on another day of the same year (half of them) or
   * one or two years apart, with a phone of their own. `person` gets a
   * common name first.
   * @param {Identity} person
   * @returns {Identity}
   */
  createVillageNamesake(person) {
    const random = this.random;
    person.name = this.drawCommonName(person.sex);
    const offset = random.weighted([
      [0, 10],
      [-1, 4],
      [1, 4],
      [-2, 1],
      [2, 1],
    ]);
    // Keeping the year in the range keeps the day in it.
    const year = Math.min(
      toParts(LATEST_BIRTH_DAY).year,
      Math.max(
        toParts(EARLIEST_BIRTH_DAY).year,
        toParts(person.birthDay).year + offset,
      ),
    );
    let birthDay = person.birthDay;
    while (birthDay === person.birthDay) {
      birthDay = random.int(toDayNumber(year, 1, 1), toDayNumber(year, 12, 31));
    }
    return this.identity(
      person.name,
      person.sex,
      birthDay,
      person.home,
      this.drawPhone(),
    );
  }

  /**
   * Creates an unrelated person of the same village and sex whose name
   * sounds like the common name that `person` gets first (张伟 and 章伟,
   * 李娜 and 黎娜, 王芳 and 王方). The new person is born on another day
   * within 5 years and has a phone of their own.
   * @param {Identity} person
   * @returns {Identity}
   */
  createHomophoneNamesake(person) {
    const random = this.random;
    let name = null;
    while (name === null) {
      person.name = this.drawCommonName(person.sex);
      name = soundAlikeName(random, person.name);
    }
    let birthDay = person.birthDay;
    while (birthDay === person.birthDay) {
      birthDay = clampBirthDay(person.birthDay + random.int(-5 * 365, 5 * 365));
    }
    return this.identity(
      name,
      person.sex,
      birthDay,
      person.home,
      this.drawPhone(),
    );
  }

  /**
   * Draws a common name for a person of the given sex.
   * @private
   * @param {'male' | 'female'} sex
   * @returns {string}
   */
  drawCommonName(sex) {
    const random = this.random;
    return random.pick(COMMON_SURNAMES) + random.pick(COMMON_GIVEN_NAMES[sex]);
  }

  /**
   * Returns the name of `person` with one given-name character replaced by
   * a character drawn for `sex` and the birth year. The replaced character
   * is the only one of a one-character given name, and otherwise the
   * second in 7 of 10 names and the first in the rest. A name with a
   * middle dot, or without a given name, gets another given name
   * altogether.
   * @private
   * @param {Identity} person
   * @param {'male' | 'female'} sex
   * @param {number} birthDay
   * @returns {string}
   */
  nameWithOneCharacterChanged(person, sex, birthDay) {
    const random = this.random;
    const surname = surnameOf(person.name);
    const givenCharacters = [...person.name.slice(surname.length)];
    if (person.name.includes('·') || givenCharacters.length === 0) {
      return this.nameWithSurname(person, sex, birthDay);
    }
    let position = 0;
    if (givenCharacters.length > 1) position = random.chance(0.7) ? 1 : 0;
    const year = toParts(birthDay).year;
    for (;;) {
      const character = this.drawGivenCharacter(sex, year);
      if (character === givenCharacters[position]) continue;
      givenCharacters[position] = character;
      return surname + givenCharacters.join('');
    }
  }

  /**
   * Draws the first character of a given name for `sex` and `year`.
   * @private
   * @param {'male' | 'female'} sex
   * @param {number} year
   * @returns {string}
   */
  drawGivenCharacter(sex, year) {
    for (;;) {
      const drawn = drawName(this.random, sex, year, []).name;
      const character = [...drawn.slice(surnameOf(drawn).length)][0];
      if (!drawn.includes('·') && character !== undefined) return character;
    }
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
      lookAlike: undefined,
      answeredByRelative: false,
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

/**
 * Returns a name that sounds like `name`, with the surname replaced by a
 * surname of the same toneless pinyin or one given-name character by a
 * homophone, each available replacement equally likely.
 * @param {import('../sample-county/random.mjs').Random} random
 * @param {string} name
 * @returns {string | null} null when no character has a replacement
 */
export function soundAlikeName(random, name) {
  const surname = surnameOf(name);
  const givenCharacters = [...name.slice(surname.length)];
  // Position -1 stands for the surname.
  /** @type {number[]} */
  const positions = [];
  if (SOUND_ALIKE_SURNAMES.has(surname)) positions.push(-1);
  for (let i = 0; i < givenCharacters.length; i++) {
    const character = /** @type {string} */ (givenCharacters[i]);
    if (HOMOPHONES.has(character)) positions.push(i);
  }
  if (positions.length === 0) return null;
  const position = random.pick(positions);
  if (position < 0) {
    return `${SOUND_ALIKE_SURNAMES.get(surname)}${givenCharacters.join('')}`;
  }
  givenCharacters[position] = /** @type {string} */ (
    HOMOPHONES.get(/** @type {string} */ (givenCharacters[position]))
  );
  return surname + givenCharacters.join('');
}
