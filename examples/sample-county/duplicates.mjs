// Duplicate records of one person: the same person surveyed again by the
// enumerator of a neighbouring village.

import { ROUNDS, visitDay } from './fieldwork.mjs';
import { varyName } from './names.mjs';
import { copyRecord, dateRuleViolations } from './records.mjs';
import { listVillages } from './registry.mjs';

/**
 * @template {import('./records.mjs').SurveyRecord} T
 * @typedef {{ records: T[] }} History
 */

/**
 * Adds to `count` of the given histories a copy of one of their records,
 * made by the enumerator of a neighbouring village: mostly the next village
 * of the same township, sometimes a border village of the next township.
 * The copy has its own survey date, different from every other record of
 * the person, and sometimes a homophone in the name.
 * @template {import('./records.mjs').SurveyRecord} T
 * @param {import('./random.mjs').Random} random
 * @param {History<T>[]} histories
 * @param {number} count
 * @param {import('./registry.mjs').Registry} registry
 * @param {import('./fieldwork.mjs').Fieldwork} fieldwork
 * @returns {number} copies added
 */
export function addNeighbourDuplicates(
  random,
  histories,
  count,
  registry,
  fieldwork,
) {
  const places = listVillages(registry);
  const indexOf = new Map(places.map((p, i) => [p.village.code, i]));
  let added = 0;
  for (const history of random.shuffle(histories)) {
    if (added === count) break;
    const original = random.pick(history.records);
    const index = /** @type {number} */ (indexOf.get(original.villageCode));
    const place = places[neighbour(random, places, index)];
    if (!place) continue;
    const copy = copyRecord(original);
    copy.townshipCode = place.township.code;
    copy.villageCode = place.village.code;
    copy.enumerator = fieldwork.enumeratorOf.get(place.village.code) ?? '';
    const round = /** @type {{ end: number }} */ (ROUNDS[copy.round]);
    copy.surveyedAt = Math.min(
      visitDay(fieldwork, place.village.code, copy.round) + random.int(0, 3),
      round.end,
    );
    const dayInUse = history.records.some(
      (r) => r.surveyedAt === copy.surveyedAt,
    );
    if (dayInUse || dateRuleViolations(copy).length > 0) continue;
    copy.note = 'neighbour_village';
    if (random.chance(0.3)) {
      const varied = varyName(random, copy.name);
      if (varied !== copy.name) {
        copy.name = varied;
        copy.note += ' name_variant';
      }
    }
    history.records.push(copy);
    history.records.sort((a, b) => a.surveyedAt - b.surveyedAt);
    added += 1;
  }
  if (added !== count) throw new Error(`added ${added} of ${count} duplicates`);
  return added;
}

/**
 * Picks a neighbouring village: the next or previous one in the same
 * township (seven times in ten), or the first or last village of the next
 * or previous township.
 * @param {import('./random.mjs').Random} random
 * @param {{ township: import('./registry.mjs').Township }[]} places
 * @param {number} index
 * @returns {number}
 */
function neighbour(random, places, index) {
  const township = places[index]?.township;
  if (random.chance(0.7)) {
    const step = random.chance(0.5) ? 1 : -1;
    const candidate = index + step;
    return places[candidate]?.township === township ? candidate : index - step;
  }
  if (random.chance(0.5)) {
    let i = index;
    while (places[i + 1]?.township === township) i++;
    return i + 1;
  }
  let i = index;
  while (places[i - 1]?.township === township) i--;
  return i - 1;
}
