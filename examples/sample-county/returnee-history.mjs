// The records of one returnee: when the person returned, in which rounds
// the person was surveyed, and the status each record shows.

import { toDayNumber } from './calendar.mjs';
import { nameBusiness } from './business-names.mjs';
import { ROUNDS, visitDay } from './fieldwork.mjs';
import { PROVINCES } from './labels.mjs';
import { surnameOf, varyName } from './names.mjs';
import { weightedPicker } from './random.mjs';
import { PROGRAMME_START, createReturneeRecord } from './records.mjs';
import { findPlace } from './registry.mjs';
import {
  makeUncountedBusiness,
  setEmployed,
  setSelfEmployed,
  setWithoutWork,
} from './returnee-status.mjs';

/** Share of people at home with an older record from an earlier round. */
const UPDATED_SHARE = 0.12;

/** Share of people first surveyed in a round after the one they could be. */
const LATE_SURVEY_SHARE = 0.15;

/** Return years and their weights; returns grow as the programme runs. */
const RETURN_YEARS = /** @type {const} */ ([
  [2020, 5],
  [2021, 7],
  [2022, 9],
  [2023, 12],
  [2024, 16],
  [2025, 24],
  [2026, 27],
]);

/** Earlier statuses of people updated in a later round, by latest status. */
const EARLIER_STATUS = {
  employed: [
    ['unemployed', 6],
    ['employed', 4],
  ],
  self_employed: [
    ['unemployed', 3],
    ['employed', 2],
    ['self_employed', 5],
  ],
  unemployed: [['unemployed', 1]],
  left_again: [
    ['employed', 5],
    ['unemployed', 4],
    ['self_employed', 1],
  ],
};

const pickProvince = weightedPicker(PROVINCES.map((p) => [p.code, p.share]));

/**
 * @typedef {object} ReturneeHistory
 * @property {import('./persons.mjs').Person} person
 * @property {boolean} counted true when the latest status is at home
 * @property {number} returnedAt day number
 * @property {string} previousWorkProvince
 * @property {import('./records.mjs').ReturneeRecord[]} records oldest first
 */

/**
 * @typedef {object} PlanContext
 * @property {import('./random.mjs').Random} random
 * @property {import('./registry.mjs').Registry} registry
 * @property {import('./fieldwork.mjs').Fieldwork} fieldwork
 * @property {import('./persons.mjs').PersonFactory} factory
 * @property {import('./returnee-status.mjs').StatusContext} statusContext
 * @property {Set<string>} creditCodes
 */

/**
 * Draws a return date.
 * @param {import('./random.mjs').Random} random
 * @returns {number}
 */
function drawReturnDay(random) {
  const year = random.weighted(RETURN_YEARS);
  const first = toDayNumber(year, 1, 1);
  const last =
    year === 2026 ? toDayNumber(2026, 9, 10) : toDayNumber(year, 12, 31);
  return random.int(first, last);
}

/**
 * Builds the valid records of one person: the latest one with the given
 * status and, for some, an older record from an earlier round.
 * @param {PlanContext} context
 * @param {import('./persons.mjs').Person} person
 * @param {import('./labels.mjs').Status} status latest status
 * @param {import('./businesses.mjs').Business} [business]
 * @param {boolean} [single] true for a person with only the latest record
 * @returns {ReturneeHistory}
 */
export function buildHistory(
  context,
  person,
  status,
  business,
  single = false,
) {
  const random = context.random;
  const visits = ROUNDS.map((_, round) =>
    visitDay(context.fieldwork, person.villageCode, round),
  );
  /** @type {number} */
  let returnedAt;
  /** @type {number} */
  let firstRound;
  do {
    returnedAt = drawReturnDay(random);
    firstRound = visits.findIndex((day) => day >= returnedAt + 10);
  } while (firstRound < 0);

  const counted = status !== 'left_again';
  const updateShare = counted ? UPDATED_SHARE : 0.5;
  /** @type {number[]} */
  let rounds;
  if (!single && firstRound < 2 && random.chance(updateShare)) {
    rounds = [firstRound, random.int(firstRound + 1, 2)];
  } else if (firstRound < 2 && random.chance(LATE_SURVEY_SHARE)) {
    rounds = [random.int(firstRound + 1, 2)];
  } else {
    rounds = [firstRound];
  }
  const surveyDays = rounds.map(
    (round) => (visits[round] ?? 0) + random.int(0, 3),
  );
  const previousWorkProvince = random.chance(0.88) ? pickProvince(random) : '';
  const enumerator =
    context.fieldwork.enumeratorOf.get(person.villageCode) ?? '';

  const records = rounds.map((round, index) =>
    createReturneeRecord(
      person,
      {
        round,
        surveyedAt: /** @type {number} */ (surveyDays[index]),
        enumerator,
      },
      returnedAt,
      previousWorkProvince,
    ),
  );

  const latest = /** @type {import('./records.mjs').ReturneeRecord} */ (
    records.at(-1)
  );
  applyStatus(context, latest, status, business, false);
  if (records.length === 2) {
    const earlier = /** @type {import('./records.mjs').ReturneeRecord} */ (
      records[0]
    );
    let earlierStatus = random.weighted(
      /** @type {[import('./labels.mjs').Status, number][]} */ (
        EARLIER_STATUS[status]
      ),
    );
    if (earlierStatus === 'self_employed' && status === 'left_again') {
      business = makeUncountedBusiness(
        random,
        `L${person.personId}`,
        context.creditCodes,
      );
      const place = findPlace(context.registry, person.villageCode);
      business.name = nameBusiness(random, business, {
        surname: surnameOf(person.name),
        villageBase: place.village.base,
        townshipName: place.township.name,
      });
    }
    if (
      earlierStatus === 'self_employed' &&
      !canStartBy(returnedAt, earlier.surveyedAt)
    ) {
      earlierStatus = 'unemployed';
    }
    applyStatus(context, earlier, earlierStatus, business, true);
    if (random.chance(0.1)) {
      const varied = varyName(random, earlier.name);
      if (varied !== earlier.name) {
        earlier.name = varied;
        earlier.note = 'name_variant';
      }
    }
    // Someone whose job or business lasts keeps its start date.
    if (
      earlier.status === 'self_employed' &&
      latest.status === 'self_employed'
    ) {
      latest.startedAt = earlier.startedAt;
    }
  }
  return { person, counted, returnedAt, previousWorkProvince, records };
}

/**
 * Tells whether a business can have started at least five days before a
 * survey, no earlier than 60 days before the return.
 * @param {number} returnedAt
 * @param {number} surveyedAt
 * @returns {boolean}
 */
function canStartBy(returnedAt, surveyedAt) {
  return surveyedAt - 5 >= Math.max(returnedAt - 60, PROGRAMME_START);
}

/**
 * Sets the status fields of a record.
 * @param {PlanContext} context
 * @param {import('./records.mjs').ReturneeRecord} record
 * @param {import('./labels.mjs').Status} status
 * @param {import('./businesses.mjs').Business | undefined} business
 * @param {boolean} earlier
 */
function applyStatus(context, record, status, business, earlier) {
  const random = context.random;
  if (status === 'employed') {
    setEmployed(random, record, context.statusContext);
  } else if (status === 'self_employed') {
    if (!business) throw new Error(`no business for ${record.personId}`);
    setSelfEmployed(
      random,
      record,
      business,
      startDay(random, record, business),
      earlier,
    );
  } else {
    setWithoutWork(random, record, status);
  }
}

/**
 * Returns the start date of a founder's business: the business's date when
 * it fits the founder's return and survey, otherwise a new one, mostly after
 * the return and never more than 60 days before it.
 * @param {import('./random.mjs').Random} random
 * @param {import('./records.mjs').ReturneeRecord} record
 * @param {import('./businesses.mjs').Business} business
 * @returns {number}
 */
function startDay(random, record, business) {
  const earliest = Math.max(record.returnedAt - 60, PROGRAMME_START);
  const latest = record.surveyedAt - 5;
  const shared = business.startedAt;
  if (shared !== null && shared >= earliest && shared <= latest) return shared;
  const day =
    latest >= record.returnedAt && random.chance(0.85)
      ? random.int(record.returnedAt, latest)
      : random.int(earliest, latest);
  if (business.startedAt === null) business.startedAt = day;
  return day;
}
