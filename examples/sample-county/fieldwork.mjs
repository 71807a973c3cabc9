// Survey rounds, the day each village is visited in each round, and the
// enumerators of each township.

import { parseIsoDate } from './calendar.mjs';
import { drawName } from './names.mjs';

/**
 * Survey rounds of 2026 as day numbers. Round 1 is the initial census;
 * rounds 2 and 3 update the records of people who changed status and add
 * people who returned since.
 */
export const ROUNDS = [
  { start: parseIsoDate('2026-01-05'), end: parseIsoDate('2026-03-31') },
  { start: parseIsoDate('2026-04-07'), end: parseIsoDate('2026-06-26') },
  { start: parseIsoDate('2026-07-06'), end: parseIsoDate('2026-09-25') },
];

/**
 * @typedef {object} Fieldwork
 * @property {Map<string, number[]>} visitDays day number of the visit to
 *   each village in each round, by village code
 * @property {Map<string, string[]>} enumerators names by township code
 * @property {Map<string, string>} enumeratorOf name by village code
 */

/**
 * Plans the visits: a township team works through its villages in code
 * order, spread over the round, and each village has one enumerator.
 * @param {import('./random.mjs').Random} random
 * @param {import('./registry.mjs').Registry} registry
 * @returns {Fieldwork}
 */
export function planFieldwork(random, registry) {
  /** @type {Map<string, number[]>} */
  const visitDays = new Map();
  /** @type {Map<string, string[]>} */
  const enumerators = new Map();
  /** @type {Map<string, string>} */
  const enumeratorOf = new Map();
  for (const township of registry.townships) {
    /** @type {string[]} */
    const team = [];
    const size = random.int(3, 6);
    while (team.length < size) {
      const sex = random.chance(0.5) ? 'male' : 'female';
      const { name } = drawName(random, sex, random.int(1970, 1998), []);
      if (!team.includes(name)) team.push(name);
    }
    enumerators.set(township.code, team);

    const count = township.villages.length;
    township.villages.forEach((village, index) => {
      enumeratorOf.set(village.code, random.pick(team));
      const days = ROUNDS.map(({ start, end }) => {
        // Leave three days at the end of the round for late interviews.
        const span = end - start - 3;
        const day =
          start + Math.floor((index * span) / count) + random.int(0, 2);
        return Math.min(day, end - 3);
      });
      visitDays.set(village.code, days);
    });
  }
  return { visitDays, enumerators, enumeratorOf };
}

/**
 * Returns the day of the visit to a village in a round (0, 1 or 2).
 * @param {Fieldwork} fieldwork
 * @param {string} villageCode
 * @param {number} round
 * @returns {number}
 */
export function visitDay(fieldwork, villageCode, round) {
  const days = fieldwork.visitDays.get(villageCode);
  if (!days) throw new Error(`no visits planned for village ${villageCode}`);
  return /** @type {number} */ (days[round]);
}
