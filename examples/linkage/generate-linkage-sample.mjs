#!/usr/bin/env node
// Generates an evaluation set for record linkage: people of the sample
// county with one to three survey records each, damaged the way survey
// files damage them, and the true person of every record.
//
//   node examples/linkage/generate-linkage-sample.mjs [--seed N]
//     [--persons N | --records N] [--out FILE.jsonl]

import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { isoDate, toDayNumber } from '../sample-county/calendar.mjs';
import { Random } from '../sample-county/random.mjs';
import { buildRegistry } from '../sample-county/registry.mjs';
import {
  changeIdDigit,
  excelScientificId,
  excelZeroedId,
  HOMOPHONES,
  legacyId,
  replaceNameCharacter,
  swapDayAndMonth,
  swapIdDigits,
  TRADITIONAL_FORMS,
} from './errors.mjs';
import { PopulationFactory } from './population.mjs';

/** Seed used when none is given. */
export const DEFAULT_SEED = 20261204;

/** Number of persons generated when neither persons nor records is given. */
export const DEFAULT_PERSONS = 10_000;

/**
 * Per-record probabilities of the errors, in groups of which a record gets
 * at most one. A drawn error that the value cannot carry is left out, so
 * the counts are somewhat lower than the probabilities.
 */
const ERROR_GROUPS = /** @type {const} */ ([
  [
    ['id_missing', 0.04],
    ['id_wrong_digit', 0.015],
    ['id_transposed', 0.01],
    ['id_legacy_15', 0.015],
    ['id_excel_scientific', 0.004],
    ['id_excel_zeroed', 0.004],
  ],
  [
    ['name_homophone', 0.03],
    ['name_traditional', 0.025],
  ],
  [
    ['birth_date_missing', 0.05],
    ['birth_date_day_month_swapped', 0.015],
  ],
  [
    ['phone_missing', 0.08],
    ['phone_changed', 0.03],
  ],
]);

/**
 * Per-record probabilities that replace those of `ERROR_GROUPS` for a
 * person whose survey a relative answered: a relative often does not know
 * the ID number or the birth date.
 * @type {Readonly<Record<string, number | undefined>>}
 */
const RELATIVE_ANSWER_PROBABILITIES = {
  id_missing: 0.5,
  birth_date_missing: 0.3,
};

/** `ERROR_GROUPS` for the records of a person whose survey a relative answered. */
const RELATIVE_ANSWER_ERROR_GROUPS = ERROR_GROUPS.map((group) =>
  group.map(
    ([type, probability]) =>
      /** @type {const} */ ([
        type,
        RELATIVE_ANSWER_PROBABILITIES[type] ?? probability,
      ]),
  ),
);

/**
 * Hard-negative kinds: the share of persons that get a related person of
 * the kind right after them, and whether a relative answers the survey for
 * each person of the pair with probability `RELATIVE_ANSWER_SHARE`. The
 * order fixes which draw gives which kind, so new kinds go at the end.
 * @type {readonly { tag: string, share: number, relativeAnswers: boolean, create: (factory: PopulationFactory, person: import('./population.mjs').Identity) => import('./population.mjs').Identity }[]}
 */
const HARD_NEGATIVE_KINDS = [
  {
    tag: 'phone_shared',
    share: 0.1,
    relativeAnswers: false,
    create: (factory, person) => factory.createFamilyMember(person),
  },
  {
    tag: 'namesake',
    share: 0.02,
    relativeAnswers: false,
    create: (factory, person) => factory.createNamesake(person),
  },
  {
    tag: 'twin',
    share: 0.005,
    relativeAnswers: true,
    create: (factory, person) => factory.createTwin(person),
  },
  {
    tag: 'sibling',
    share: 0.008,
    relativeAnswers: true,
    create: (factory, person) => factory.createSibling(person),
  },
  {
    tag: 'village_namesake',
    share: 0.008,
    relativeAnswers: true,
    create: (factory, person) => factory.createVillageNamesake(person),
  },
  {
    tag: 'homophone_namesake',
    share: 0.006,
    relativeAnswers: true,
    create: (factory, person) => factory.createHomophoneNamesake(person),
  },
];

/** Share of the persons of some hard-negative kinds whose survey a relative answered. */
const RELATIVE_ANSWER_SHARE = 0.3;

/** Every error type and hard-negative tag a record can carry. */
export const ERROR_TYPES = [
  ...ERROR_GROUPS.flat().map(([type]) => type),
  'village_neighbour',
  ...HARD_NEGATIVE_KINDS.map((kind) => kind.tag),
].sort();

/** Hard-negative tags, which mark the records of both persons of a pair. */
export const HARD_NEGATIVE_TAGS = HARD_NEGATIVE_KINDS.map((kind) => kind.tag);

/** First days of the three survey rounds, each lasting 60 days. */
const ROUND_STARTS = [
  toDayNumber(2024, 3, 1),
  toDayNumber(2025, 3, 1),
  toDayNumber(2026, 3, 1),
];

/** Shared by every record without errors, so it must not be changed. */
const NO_ERRORS = Object.freeze([]);

/**
 * A generated record: the `LinkRecord` fields, the true person and the
 * injected error types.
 * @typedef {object} SampleRecord
 * @property {string} id R0000001 ..., in the shuffled order
 * @property {string} personId the true person
 * @property {readonly string[]} errors error types and hard-negative tags
 * @property {import('./population.mjs').LookAlike | undefined} lookAlike
 *   the other person of the person's hard-negative pair
 * @property {string | undefined} name
 * @property {string | undefined} residentId
 * @property {'male' | 'female'} sex
 * @property {string | undefined} birthDate `YYYY-MM-DD`
 * @property {string | undefined} phone
 * @property {string} township
 * @property {string} village
 * @property {string | undefined} returnedAt `YYYY-MM-DD` or `YYYY-MM`
 * @property {string | undefined} departedAt `YYYY-MM-DD` or `YYYY-MM`
 * @property {string} surveyedAt `YYYY-MM-DD`
 */

/**
 * Generates the evaluation set. The same options always give the same
 * records in the same order.
 * @param {{ seed?: number, persons?: number, records?: number, includeTruth?: boolean }} [options]
 *   `records` requests that many records, and then `persons` is ignored.
 *   `includeTruth` adds the identities by person ID.
 * @returns {{ seed: number, records: SampleRecord[], personCount: number, errorCounts: Record<string, number>, truth?: Map<string, import('./population.mjs').Identity> }}
 */
export function generateLinkageSample(options = {}) {
  const { seed = DEFAULT_SEED, includeTruth = false } = options;
  const recordTarget = options.records ?? Infinity;
  const maxPersons =
    options.records === undefined
      ? (options.persons ?? DEFAULT_PERSONS)
      : Infinity;
  checkCount('seed', seed, 0);
  if (maxPersons !== Infinity) checkCount('persons', maxPersons, 1);
  if (recordTarget !== Infinity) checkCount('records', recordTarget, 1);

  const random = new Random(seed, 'linkage');
  const registry = buildRegistry(new Random(seed).fork('registry'));
  const factory = new PopulationFactory(random.fork('persons'), registry);
  const writer = new RecordWriter(random.fork('records'), factory);
  /** @type {Map<string, import('./population.mjs').Identity> | undefined} */
  const truth = includeTruth ? new Map() : undefined;

  while (factory.count < maxPersons && writer.records.length < recordTarget) {
    const group = [factory.createPerson()];
    const person = /** @type {import('./population.mjs').Identity} */ (
      group[0]
    );
    const draw = random.next();
    if (factory.count < maxPersons) {
      const related = relatedPerson(factory, person, draw);
      if (related) group.push(related);
    }
    for (const member of group) {
      truth?.set(member.personId, member);
      writer.writeRecords(member);
    }
  }

  const records = writer.records;
  if (records.length > recordTarget) records.length = recordTarget;
  shuffleInPlace(random.fork('order'), records);
  const errorCounts = Object.fromEntries(ERROR_TYPES.map((type) => [type, 0]));
  const persons = new Set();
  for (let i = 0; i < records.length; i++) {
    const record = /** @type {SampleRecord} */ (records[i]);
    record.id = `R${String(i + 1).padStart(7, '0')}`;
    persons.add(record.personId);
    for (const type of record.errors) errorCounts[type] += 1;
  }
  return { seed, records, personCount: persons.size, errorCounts, truth };
}

/**
 * Creates the other person of a hard-negative pair with `person`, or
 * returns null when `draw` falls outside the shares of the kinds. Both
 * persons get the tag, because either side of a false merge shows it, and
 * name each other as look-alikes.
 * @param {PopulationFactory} factory
 * @param {import('./population.mjs').Identity} person
 * @param {number} draw uniform in [0, 1)
 */
function relatedPerson(factory, person, draw) {
  let end = 0;
  for (const kind of HARD_NEGATIVE_KINDS) {
    end += kind.share;
    if (draw >= end) continue;
    const related = kind.create(factory, person);
    for (const [member, other] of [
      [person, related],
      [related, person],
    ]) {
      member.tags.push(kind.tag);
      member.lookAlike = Object.freeze({
        kind: kind.tag,
        personId: other.personId,
      });
      member.answeredByRelative =
        kind.relativeAnswers && factory.random.chance(RELATIVE_ANSWER_SHARE);
    }
    return related;
  }
  return null;
}

/** Writes the records of one person at a time into `records`. */
class RecordWriter {
  /**
   * @param {Random} random
   * @param {PopulationFactory} factory
   */
  constructor(random, factory) {
    this.random = random;
    this.factory = factory;
    /** @type {SampleRecord[]} */
    this.records = [];
    /** @type {Map<number, string>} */
    this.dates = new Map();
  }

  /**
   * Writes one to three records of a person: in different survey rounds,
   * or a copy made by a neighbouring village in the same round. A record
   * is a returnee record once the person has returned, and a record of a
   * person working away before.
   * @param {import('./population.mjs').Identity} person
   */
  writeRecords(person) {
    const random = this.random;
    const count = random.weighted([
      [1, 45],
      [2, 35],
      [3, 20],
    ]);
    const departedDay = random.int(
      toDayNumber(2012, 1, 1),
      toDayNumber(2023, 12, 31),
    );
    const returnedDay = random.chance(0.5)
      ? random.int(toDayNumber(2024, 1, 1), toDayNumber(2026, 4, 30))
      : Infinity;
    const rounds = random.shuffle([0, 1, 2]);
    let used = 0;
    /** @type {number} */
    let surveyDay = 0;
    for (let k = 0; k < count; k++) {
      const neighbour = k > 0 && (used === 3 || random.chance(0.25));
      if (neighbour) {
        surveyDay += random.int(0, 20);
      } else {
        const round = /** @type {number} */ (rounds[used]);
        used += 1;
        surveyDay =
          /** @type {number} */ (ROUND_STARTS[round]) + random.int(0, 59);
      }
      const returned = returnedDay <= surveyDay;
      this.writeRecord(person, {
        neighbour,
        surveyDay,
        returnedDay: returned ? returnedDay : undefined,
        departedDay: returned ? undefined : departedDay,
      });
    }
  }

  /**
   * Writes one record with its errors.
   * @private
   * @param {import('./population.mjs').Identity} person
   * @param {{ neighbour: boolean, surveyDay: number, returnedDay?: number, departedDay?: number }} plan
   */
  writeRecord(person, plan) {
    const random = this.random;
    /** @type {string[]} */
    const errors = [...person.tags];
    let village = person.home.village;
    if (plan.neighbour) {
      const villages = person.home.township.villages;
      const at = villages.indexOf(village);
      const next = villages[at + 1] ?? villages[at - 1];
      if (next) {
        village = next;
        errors.push('village_neighbour');
      }
    }

    /** @type {Record<string, string | undefined>} */
    const values = {
      residentId: person.residentId,
      name: person.name,
      birthDate: person.birthDate,
      phone: person.phone,
    };
    const groups = person.answeredByRelative
      ? RELATIVE_ANSWER_ERROR_GROUPS
      : ERROR_GROUPS;
    for (const group of groups) {
      const type = drawError(random, group);
      if (type && applyError(this, type, person, values)) errors.push(type);
    }

    writeAsTyped(random, person, values);
    this.records.push({
      id: '',
      personId: person.personId,
      errors: errors.length === 0 ? NO_ERRORS : errors,
      lookAlike: person.lookAlike,
      name: values.name,
      residentId: values.residentId,
      sex: person.sex,
      birthDate: values.birthDate,
      phone: values.phone,
      township: person.home.township.name,
      village: village.name,
      returnedAt: this.date(plan.returnedDay, 0.25),
      departedAt: this.date(plan.departedDay, 0.25),
      surveyedAt: /** @type {string} */ (this.date(plan.surveyDay, 0)),
    });
  }

  /**
   * Formats a day as `YYYY-MM-DD`, or as `YYYY-MM` with probability
   * `monthShare`, caching the text of each day.
   * @private
   * @param {number | undefined} day
   * @param {number} monthShare
   */
  date(day, monthShare) {
    if (day === undefined) return undefined;
    let text = this.dates.get(day);
    if (text === undefined) {
      text = isoDate(day);
      this.dates.set(day, text);
    }
    return monthShare > 0 && this.random.chance(monthShare)
      ? text.slice(0, 7)
      : text;
  }
}

/**
 * Writes correct IDs and phones the ways people type them, which
 * normalisation undoes: a lower-case x, a leading `'` that keeps Excel
 * from reading the ID as a number, and phones with +86, spaces or hyphens.
 * @param {Random} random
 * @param {import('./population.mjs').Identity} person
 * @param {Record<string, string | undefined>} values
 */
function writeAsTyped(random, person, values) {
  const id = values.residentId;
  if (id === person.residentId) {
    if (id.endsWith('X') && random.chance(0.3)) {
      values.residentId = id.toLowerCase();
    } else if (random.chance(0.02)) {
      values.residentId = `'${id}`;
    }
  }
  const phone = values.phone;
  if (phone !== undefined) {
    const draw = random.next();
    const parts = [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)];
    if (draw < 0.08) values.phone = `+86 ${parts.join(' ')}`;
    else if (draw < 0.14) values.phone = parts.join('-');
  }
}

/**
 * Draws at most one error type of a group with one uniform number.
 * @param {Random} random
 * @param {readonly (readonly [string, number])[]} group
 */
function drawError(random, group) {
  let draw = random.next();
  for (const [type, probability] of group) {
    if (draw < probability) return type;
    draw -= probability;
  }
  return null;
}

/**
 * Damages `values` with an error. Returns false and leaves the values as
 * they are when the value cannot carry the error.
 * @param {RecordWriter} writer
 * @param {string} type
 * @param {import('./population.mjs').Identity} person
 * @param {Record<string, string | undefined>} values
 * @returns {boolean}
 */
function applyError(writer, type, person, values) {
  const random = writer.random;
  const id = person.residentId;
  /** @type {string | null | undefined} */
  let damaged;
  switch (type) {
    case 'id_missing':
      values.residentId = undefined;
      return true;
    case 'id_wrong_digit':
      damaged = changeIdDigit(random, id);
      break;
    case 'id_transposed':
      damaged = swapIdDigits(random, id);
      break;
    case 'id_legacy_15':
      damaged = legacyId(id);
      break;
    case 'id_excel_scientific':
      damaged = excelScientificId(id);
      break;
    case 'id_excel_zeroed':
      damaged = excelZeroedId(id);
      break;
    case 'name_homophone':
      values.name =
        replaceNameCharacter(random, person.name, HOMOPHONES) ?? values.name;
      return values.name !== person.name;
    case 'name_traditional':
      values.name =
        replaceNameCharacter(random, person.name, TRADITIONAL_FORMS) ??
        values.name;
      return values.name !== person.name;
    case 'birth_date_missing':
      values.birthDate = undefined;
      return true;
    case 'birth_date_day_month_swapped':
      damaged = swapDayAndMonth(person.birthDate);
      if (damaged === null) return false;
      values.birthDate = damaged;
      return true;
    case 'phone_missing':
      values.phone = undefined;
      return true;
    case 'phone_changed':
      values.phone = writer.factory.drawPhone();
      return true;
    default:
      throw new Error(`unknown error type ${type}`);
  }
  if (damaged === null) return false;
  values.residentId = damaged;
  return true;
}

/**
 * Shuffles an array in place (Fisher-Yates).
 * @template T
 * @param {Random} random
 * @param {T[]} items
 */
function shuffleInPlace(random, items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = /** @type {T} */ (items[i]);
    items[i] = /** @type {T} */ (items[j]);
    items[j] = swap;
  }
}

/**
 * @param {string} name
 * @param {number} value
 * @param {number} min
 */
function checkCount(name, value, min) {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(
      `${name} must be an integer of at least ${min}, got ${value}`,
    );
  }
}

/**
 * Writes records as JSON Lines, one record per line, in chunks.
 * @param {string} path
 * @param {readonly SampleRecord[]} records
 */
export function writeJsonLines(path, records) {
  const fd = openSync(path, 'w');
  try {
    for (let start = 0; start < records.length; start += 10_000) {
      const chunk = records.slice(start, start + 10_000);
      writeSync(fd, `${chunk.map((r) => JSON.stringify(r)).join('\n')}\n`);
    }
  } finally {
    closeSync(fd);
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      persons: { type: 'string' },
      records: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const started = performance.now();
  const sample = generateLinkageSample({
    seed: values.seed === undefined ? DEFAULT_SEED : Number(values.seed),
    persons: values.persons === undefined ? undefined : Number(values.persons),
    records: values.records === undefined ? undefined : Number(values.records),
  });
  const seconds = (performance.now() - started) / 1000;
  if (values.out) writeJsonLines(resolve(values.out), sample.records);
  const summary = {
    seed: sample.seed,
    persons: sample.personCount,
    records: sample.records.length,
    seconds: Number(seconds.toFixed(2)),
    errorCounts: sample.errorCounts,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(2);
  }
}
