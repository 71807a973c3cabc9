// People from the county working away: where, in what trade, for what pay,
// and whether they want to come back.

import { visitDay } from './fieldwork.mjs';
import { PROVINCES } from './labels.mjs';
import { drawWork } from './out-migrant-values.mjs';
import { weightedPicker } from './random.mjs';
import { allocateToVillages, listVillages } from './registry.mjs';
import { createOutMigrantRecord } from './records.mjs';

/** People working away in the sample county, counted once each. */
export const OUT_MIGRANT_PERSONS = 40_000;

/** Returnees also recorded as working away in round 1, before they returned. */
const RETURNED_LATER = 300;

/** People first reported without an ID number, then with it. */
const PROBABLE_DUPLICATES = 40;

/** Age bands at mid-2026 and their weights. */
/** @type {readonly (readonly [readonly [number, number], number])[]} */
const AGE_BANDS = [
  [[16, 25], 22],
  [[26, 35], 30],
  [[36, 45], 25],
  [[46, 55], 17],
  [[56, 64], 6],
];

const pickAgeBand = weightedPicker(AGE_BANDS);
const pickFirstRound = weightedPicker([
  [0, 85],
  [1, 9],
  [2, 6],
]);

/**
 * @typedef {object} OutMigrantHistory
 * @property {import('./persons.mjs').Person} person
 * @property {import('./records.mjs').OutMigrantRecord[]} records oldest first
 */

/**
 * @typedef {object} OutMigrantContext
 * @property {import('./random.mjs').Random} random
 * @property {import('./registry.mjs').Registry} registry
 * @property {import('./fieldwork.mjs').Fieldwork} fieldwork
 * @property {import('./persons.mjs').PersonFactory} factory
 * @property {(townshipCode: string) => boolean} hasBirthDateColumn whether
 *   the township's file has a birth date column, which a record without an
 *   ID number needs
 * @property {import('./returnee-history.mjs').ReturneeHistory[]} returnees
 */

/**
 * Plans the people working away and their valid records, oldest first.
 * @param {OutMigrantContext} context
 * @returns {OutMigrantHistory[]}
 */
export function planOutMigrants(context) {
  const { random, registry, fieldwork, factory } = context;
  /** @type {OutMigrantHistory[]} */
  const histories = [];

  // Returnees who were still away at the census of round 1.
  const returnedLater = random
    .shuffle(
      context.returnees.filter(
        (h) => h.returnedAt > visitDay(fieldwork, h.person.villageCode, 0) + 15,
      ),
    )
    .slice(0, RETURNED_LATER);
  for (const returnee of returnedLater) {
    const record = newRecord(context, returnee.person, 0);
    const province = PROVINCES.find(
      (p) => p.code === returnee.previousWorkProvince,
    );
    if (province) {
      record.workProvince = province.code;
      record.workCity = random.pick(province.cities);
    }
    record.returnIntention = random.pick([
      'return_to_work',
      'return_to_start_business',
    ]);
    record.note = 'returned_later';
    histories.push({ person: returnee.person, records: [record] });
  }

  const places = listVillages(registry);
  const counts = allocateToVillages(
    registry,
    OUT_MIGRANT_PERSONS - returnedLater.length,
  );
  let probableDuplicates = 0;
  counts.forEach((count, placeIndex) => {
    const { township, village } = /** @type {(typeof places)[number]} */ (
      places[placeIndex]
    );
    const withoutIdAllowed = context.hasBirthDateColumn(township.code);
    for (let i = 0; i < count; i++) {
      const [minAge, maxAge] = pickAgeBand(random);
      const person = factory.create(township, village, {
        minAge,
        maxAge,
        maleShare: 0.6,
      });
      const firstRound = pickFirstRound(random);
      const records = [newRecord(context, person, firstRound)];
      if (firstRound < 2 && random.chance(0.04)) {
        const update = newRecord(
          context,
          person,
          random.int(firstRound + 1, 2),
        );
        const first = /** @type {import('./records.mjs').OutMigrantRecord} */ (
          records[0]
        );
        update.departedAt = first.departedAt;
        if (random.chance(0.5)) update.workProvince = first.workProvince;
        records.push(update);
      }
      const first = /** @type {import('./records.mjs').OutMigrantRecord} */ (
        records[0]
      );
      if (withoutIdAllowed && records.length === 1 && random.chance(0.045)) {
        first.residentId = '';
        first.note = 'no_resident_id';
      } else if (
        withoutIdAllowed &&
        probableDuplicates < PROBABLE_DUPLICATES &&
        firstRound === 0 &&
        records.length === 2
      ) {
        first.residentId = '';
        first.note = 'no_resident_id probable_duplicate';
        probableDuplicates += 1;
      }
      histories.push({ person, records });
    }
  });
  if (probableDuplicates !== PROBABLE_DUPLICATES) {
    throw new Error(`planned ${probableDuplicates} probable duplicates`);
  }
  return histories;
}

/**
 * Creates a person with a single valid record, to be damaged by a fault.
 * @param {OutMigrantContext} context
 * @param {import('./registry.mjs').Township} township
 * @param {import('./registry.mjs').Village} village
 * @returns {OutMigrantHistory}
 */
export function createExtraOutMigrant(context, township, village) {
  const random = context.random;
  const [minAge, maxAge] = pickAgeBand(random);
  const person = context.factory.create(township, village, {
    minAge,
    maxAge,
    maleShare: 0.6,
    digitCheck: true,
  });
  const round = random.weighted([
    [0, 70],
    [1, 15],
    [2, 15],
  ]);
  return { person, records: [newRecord(context, person, round)] };
}

/**
 * Builds a record of a person working away, surveyed in a round.
 * @param {OutMigrantContext} context
 * @param {import('./persons.mjs').Person} person
 * @param {number} round
 * @returns {import('./records.mjs').OutMigrantRecord}
 */
function newRecord(context, person, round) {
  const random = context.random;
  const surveyedAt =
    visitDay(context.fieldwork, person.villageCode, round) + random.int(0, 3);
  const enumerator =
    context.fieldwork.enumeratorOf.get(person.villageCode) ?? '';
  return createOutMigrantRecord(
    person,
    { round, surveyedAt, enumerator },
    drawWork(random, person, surveyedAt),
  );
}
