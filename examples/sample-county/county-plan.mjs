// Plans the sample county: registry, fieldwork, file styles, and the
// records of every returnee and person working away, faults included.

import { buildEmployers } from './business-names.mjs';
import { addNeighbourDuplicates } from './duplicates.mjs';
import { OUT_MIGRANT_FAULTS, RETURNEE_FAULTS } from './fault-catalogue.mjs';
import { injectFaults } from './faults.mjs';
import { planFieldwork } from './fieldwork.mjs';
import { chooseFileStyle, hasColumn } from './file-styles.mjs';
import { createExtraOutMigrant, planOutMigrants } from './out-migrants.mjs';
import { PersonFactory } from './persons.mjs';
import { Random, weightedPicker } from './random.mjs';
import { buildRegistry, listVillages } from './registry.mjs';
import { createExtraReturnee, planReturnees } from './returnees.mjs';

/** Copies of records made by the enumerator of a neighbouring village. */
const NEIGHBOUR_COPIES = { atHome: 150, leftAgain: 20, outMigrant: 150 };

/**
 * Everything the output files are written from.
 * @typedef {object} CountyPlan
 * @property {number} seed
 * @property {import('./random.mjs').Random} random
 * @property {import('./registry.mjs').Registry} registry
 * @property {Map<string, import('./file-styles.mjs').FileStyle>} styles by
 *   `kind:townshipCode`
 * @property {{ returnee: { records: import('./records.mjs').ReturneeRecord[] }[], 'out-migrant': { records: import('./records.mjs').OutMigrantRecord[] }[] }} histories
 *   records of each person, by kind
 */

/**
 * Plans the county from a seed.
 * @param {number} seed a non-negative safe integer
 * @returns {CountyPlan}
 */
export function planCounty(seed) {
  const random = new Random(seed);
  const registry = buildRegistry(random.fork('registry'));
  const fieldwork = planFieldwork(random.fork('fieldwork'), registry);
  const kinds = /** @type {const} */ (['returnee', 'out-migrant']);
  const styles = new Map(
    kinds.flatMap((kind) =>
      registry.townships.map((t) => [
        `${kind}:${t.code}`,
        chooseFileStyle(random.fork(`style/${kind}/${t.code}`), kind),
      ]),
    ),
  );
  /** @param {'returnee' | 'out-migrant'} kind */
  const birthDateColumn = (kind) => (/** @type {string} */ townshipCode) =>
    hasColumn(
      /** @type {import('./file-styles.mjs').FileStyle} */ (
        styles.get(`${kind}:${townshipCode}`)
      ),
      'birthDate',
    );
  const factory = new PersonFactory(random.fork('persons'));
  const places = listVillages(registry);
  const pickPlace = weightedPicker(places.map((p) => [p, p.village.weight]));
  /**
   * @param {import('./random.mjs').Random} stream
   * @param {boolean} needsBirthDate
   * @param {(townshipCode: string) => boolean} hasBirthDate
   */
  const extraPlace = (stream, needsBirthDate, hasBirthDate) => {
    for (;;) {
      const place = pickPlace(stream);
      if (!needsBirthDate || hasBirthDate(place.township.code)) return place;
    }
  };

  // Returnees, their neighbour copies and faulty rows.
  const returneeContext = {
    random: random.fork('returnees'),
    registry,
    fieldwork,
    factory,
    statusContext: {
      employers: buildEmployers(random.fork('employers'), registry),
      townshipCodes: registry.townships.map((t) => t.code),
    },
    creditCodes: new Set(),
  };
  const { histories: returnees } = planReturnees(returneeContext);
  const neighbours = random.fork('neighbours');
  const atHome = returnees.filter((h) => h.counted);
  addNeighbourDuplicates(
    neighbours,
    atHome,
    NEIGHBOUR_COPIES.atHome,
    registry,
    fieldwork,
  );
  const leftAgain = returnees.filter((h) => !h.counted);
  addNeighbourDuplicates(
    neighbours,
    leftAgain,
    NEIGHBOUR_COPIES.leftAgain,
    registry,
    fieldwork,
  );
  const returneeFaults = random.fork('returnee-faults');
  const returneeExtras = injectFaults({
    random: returneeFaults,
    specs: RETURNEE_FAULTS,
    histories: returnees,
    registry,
    hasBirthDateColumn: birthDateColumn('returnee'),
    createExtra: (status, needsBirthDate) => {
      const place = extraPlace(
        returneeFaults,
        needsBirthDate,
        birthDateColumn('returnee'),
      );
      return createExtraReturnee(
        { ...returneeContext, random: returneeFaults },
        place.township,
        place.village,
        /** @type {import('./labels.mjs').Status} */ (status),
      );
    },
  });

  // People working away.
  const outMigrantContext = {
    random: random.fork('out-migrants'),
    registry,
    fieldwork,
    factory,
    hasBirthDateColumn: birthDateColumn('out-migrant'),
    returnees,
  };
  const outMigrants = planOutMigrants(outMigrantContext);
  const withIds = outMigrants.filter((h) =>
    h.records.every((r) => r.residentId !== ''),
  );
  addNeighbourDuplicates(
    neighbours,
    withIds,
    NEIGHBOUR_COPIES.outMigrant,
    registry,
    fieldwork,
  );
  const outMigrantFaults = random.fork('out-migrant-faults');
  const outMigrantExtras = injectFaults({
    random: outMigrantFaults,
    specs: OUT_MIGRANT_FAULTS,
    histories: withIds,
    registry,
    hasBirthDateColumn: birthDateColumn('out-migrant'),
    createExtra: (_status, needsBirthDate) => {
      const place = extraPlace(
        outMigrantFaults,
        needsBirthDate,
        birthDateColumn('out-migrant'),
      );
      return createExtraOutMigrant(
        { ...outMigrantContext, random: outMigrantFaults },
        place.township,
        place.village,
      );
    },
  });

  return {
    seed,
    random,
    registry,
    styles,
    histories: {
      returnee: [...returnees, ...returneeExtras],
      'out-migrant': [...outMigrants, ...outMigrantExtras],
    },
  };
}
