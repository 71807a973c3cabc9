// The returnee population: who is at home with which status, when each
// person returned and was surveyed, and the earlier records that later
// rounds and neighbouring villages add.

import { nameBusiness } from './business-names.mjs';
import { planBusinesses } from './businesses.mjs';
import { surnameOf } from './names.mjs';
import { weightedPicker } from './random.mjs';
import { allocateToVillages, listVillages } from './registry.mjs';
import { buildHistory } from './returnee-history.mjs';
import { makeUncountedBusiness } from './returnee-status.mjs';

/** Figures the valid returnee records must give after deduplication. */
export const RETURNEE_TARGETS = {
  returnees: 11_000,
  employedOrSelfEmployed: 8_000,
  selfEmployed: 1_500,
  inPark: 80,
  jobsCreated: 3_000,
  entitiesFounded: 50,
};

/** People whose latest record has the status 再次外出 (left again). */
const LEFT_AGAIN = 900;

/**
 * Plans every returnee and the valid records of each, oldest first.
 * @param {import('./returnee-history.mjs').PlanContext} context
 * @returns {{ histories: import('./returnee-history.mjs').ReturneeHistory[], businesses: import('./businesses.mjs').Business[] }}
 */
export function planReturnees(context) {
  const random = context.random;
  const places = listVillages(context.registry);
  const pickPlace = weightedPicker(places.map((p, i) => [i, p.village.weight]));
  /** @type {import('./returnee-history.mjs').ReturneeHistory[]} */
  const histories = [];
  /**
   * @param {number} placeIndex
   * @param {import('./labels.mjs').Status} status
   * @param {import('./businesses.mjs').Business} [business]
   */
  const addPerson = (placeIndex, status, business) => {
    const { township, village } = /** @type {(typeof places)[number]} */ (
      places[placeIndex]
    );
    const person = context.factory.create(township, village, {
      minAge: 20,
      maxAge: 58,
      maleShare: 0.62,
    });
    if (business && !business.name) {
      business.name = nameBusiness(random, business, {
        surname: surnameOf(person.name),
        villageBase: village.base,
        townshipName: township.name,
      });
    }
    histories.push(buildHistory(context, person, status, business));
  };

  // People at home who are employed or not yet employed, spread by village.
  const { returnees, selfEmployed, employedOrSelfEmployed } = RETURNEE_TARGETS;
  const employed = employedOrSelfEmployed - selfEmployed;
  const statuses = random.shuffle([
    ...Array(employed).fill('employed'),
    ...Array(returnees - employedOrSelfEmployed).fill('unemployed'),
  ]);
  const counts = allocateToVillages(context.registry, statuses.length);
  let next = 0;
  counts.forEach((count, placeIndex) => {
    for (let i = 0; i < count; i++) addPerson(placeIndex, statuses[next++]);
  });

  // Founders: co-founders mostly live in the same village.
  const businesses = planBusinesses(
    random.fork('businesses'),
    RETURNEE_TARGETS,
    context.creditCodes,
  );
  for (const business of businesses) {
    const home = pickPlace(random);
    for (let f = 0; f < business.founders; f++) {
      const sameVillage = f === 0 || random.chance(0.7);
      const place = sameVillage ? home : neighbourIndex(places, home);
      addPerson(place, 'self_employed', business);
    }
  }

  for (let i = 0; i < LEFT_AGAIN; i++) {
    addPerson(pickPlace(random), 'left_again');
  }
  return { histories, businesses };
}

/**
 * Creates a person with a single valid returnee record, to be damaged by a
 * fault. A self-employed person gets a business of their own that no
 * figure counts.
 * @param {import('./returnee-history.mjs').PlanContext} context
 * @param {import('./registry.mjs').Township} township
 * @param {import('./registry.mjs').Village} village
 * @param {import('./labels.mjs').Status} status
 * @returns {import('./returnee-history.mjs').ReturneeHistory}
 */
export function createExtraReturnee(context, township, village, status) {
  const random = context.random;
  const person = context.factory.create(township, village, {
    minAge: 20,
    maxAge: 58,
    maleShare: 0.62,
    digitCheck: true,
  });
  let business;
  if (status === 'self_employed') {
    business = makeUncountedBusiness(
      random,
      `X${person.personId}`,
      context.creditCodes,
    );
    business.name = nameBusiness(random, business, {
      surname: surnameOf(person.name),
      villageBase: village.base,
      townshipName: township.name,
    });
  }
  return buildHistory(context, person, status, business, true);
}

/**
 * Returns the index of the next village of the same township, or of the
 * previous one at the end of the township.
 * @param {{ township: import('./registry.mjs').Township }[]} places
 * @param {number} index
 * @returns {number}
 */
function neighbourIndex(places, index) {
  const township = places[index]?.township;
  return places[index + 1]?.township === township ? index + 1 : index - 1;
}
