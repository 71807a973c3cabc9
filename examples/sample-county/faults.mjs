// Faulty rows that a validator must reject. Each faulty row breaks exactly
// one rule. It belongs either to an extra person who has no other record,
// or it is an older copy of a counted person's latest record, so rejecting
// it never changes which record of a counted person survives.

import {
  INVALID_INCOMES,
  MISSING_FIELDS,
  TYPO_CHARACTERS,
  UNKNOWN_PROVINCES,
} from './fault-catalogue.mjs';
import { ROUNDS } from './fieldwork.mjs';
import { residentIdCheckCharacter } from './ids.mjs';
import {
  copyRecord,
  dateRuleViolations,
  PROGRAMME_START,
  TODAY,
} from './records.mjs';

/**
 * Writes an 18-digit ID number as Excel shows it in a General cell: six
 * significant digits in scientific notation, such as 5.22299E+17.
 * @param {string} id
 * @returns {string}
 */
export function excelScientific(id) {
  let digits = String(Math.round(Number(id.slice(0, 7)) / 10));
  let exponent = id.length - 1;
  if (digits.length === 7) {
    digits = digits.slice(0, 6);
    exponent += 1;
  }
  const mantissa = `${digits[0]}.${digits.slice(1)}`.replace(/\.?0+$/, '');
  return `${mantissa}E+${exponent}`;
}

/**
 * Rounds an 18-digit ID number to the 15 significant digits Excel keeps, so
 * the last three digits become 000.
 * @param {string} id
 * @returns {string}
 */
export function excelRounded(id) {
  return (((BigInt(id) + 500n) / 1000n) * 1000n).toString();
}

/**
 * @template {import('./records.mjs').SurveyRecord} T
 * @typedef {object} FaultContext
 * @property {import('./random.mjs').Random} random
 * @property {readonly import('./fault-catalogue.mjs').FaultSpec[]} specs
 * @property {{ records: T[], counted?: boolean }[]} histories valid histories
 *   whose latest record may get an older faulty copy
 * @property {(status: string, needsBirthDate: boolean) => { records: T[] } | null}
 *   createExtra creates a person with one valid record, or returns null when
 *   the draw does not suit the fault
 * @property {import('./registry.mjs').Registry} registry
 * @property {(townshipCode: string) => boolean} hasBirthDateColumn
 */

/**
 * Adds the faulty rows: older faulty copies go into the given histories,
 * and the histories of extra persons are returned.
 * @template {import('./records.mjs').SurveyRecord} T
 * @param {FaultContext<T>} context
 * @returns {{ records: T[] }[]}
 */
export function injectFaults(context) {
  const { random, specs } = context;
  /** @type {{ records: T[] }[]} */
  const extras = [];
  for (const spec of specs) {
    let added = 0;
    while (added < spec.extra) {
      const status = spec.statuses
        ? random.pick(spec.statuses)
        : random.weighted([
            ['employed', 45],
            ['unemployed', 30],
            ['self_employed', 10],
            ['left_again', 15],
          ]);
      const history = context.createExtra(status, spec.birthDate === true);
      const record = history?.records[0];
      if (!history || !record || !applyFault(context, record, spec.code))
        continue;
      extras.push(history);
      added += 1;
    }

    added = 0;
    const tried = new Set();
    while (added < spec.earlier && tried.size < context.histories.length) {
      const history = random.pick(context.histories);
      if (tried.has(history)) continue;
      tried.add(history);
      if (!acceptsOlderCopy(context, spec, history)) continue;
      const copy = olderCopy(random, history.records);
      if (!copy || !applyFault(context, copy, spec.code)) continue;
      history.records.unshift(copy);
      history.records.sort((a, b) => a.surveyedAt - b.surveyedAt);
      added += 1;
    }
    if (added !== spec.earlier)
      throw new Error(
        `added ${added} of ${spec.earlier} older copies with ${spec.code}`,
      );
  }
  return extras;
}

/**
 * Tells whether a person may get an older faulty copy of the latest record.
 * The person must be counted or be working away, and the latest record must
 * have an ID number and the column and status the fault needs.
 * @template {import('./records.mjs').SurveyRecord} T
 * @param {FaultContext<T>} context
 * @param {import('./fault-catalogue.mjs').FaultSpec} spec
 * @param {{ records: T[], counted?: boolean }} history
 * @returns {boolean}
 */
function acceptsOlderCopy(context, spec, history) {
  const latest = history.records.at(-1);
  if (!latest || history.counted === false || latest.residentId === '') {
    return false;
  }
  if (spec.birthDate && !context.hasBirthDateColumn(latest.townshipCode)) {
    return false;
  }
  if (!spec.statuses) return true;
  return latest.kind === 'returnee' && spec.statuses.includes(latest.status);
}

/**
 * Copies the latest record of a person to a survey date 3 to 40 days
 * earlier that no other record of the person has, or returns null when the
 * copy would break a date rule.
 * @template {import('./records.mjs').SurveyRecord} T
 * @param {import('./random.mjs').Random} random
 * @param {T[]} records
 * @returns {T | null}
 */
function olderCopy(random, records) {
  const latest = /** @type {T} */ (records.at(-1));
  const day = latest.surveyedAt - random.int(3, 40);
  if (day < /** @type {{ start: number }} */ (ROUNDS[0]).start) return null;
  if (records.some((r) => r.surveyedAt === day)) return null;
  const copy = copyRecord(latest);
  copy.surveyedAt = day;
  copy.round = Math.max(
    0,
    ROUNDS.findLastIndex((round) => round.start <= day),
  );
  copy.note = '';
  return dateRuleViolations(copy).length === 0 ? copy : null;
}

/**
 * Damages a record with one fault, or returns false when the record cannot
 * carry it.
 * @template {import('./records.mjs').SurveyRecord} T
 * @param {FaultContext<T>} context
 * @param {T} record
 * @param {string} code
 * @returns {boolean}
 */
function applyFault(context, record, code) {
  const random = context.random;
  const id = record.residentId;
  record.fault = code;
  if (code in MISSING_FIELDS) {
    record.raw[
      MISSING_FIELDS[/** @type {keyof typeof MISSING_FIELDS} */ (code)]
    ] = '';
    return true;
  }
  switch (code) {
    case 'id_excel_scientific':
      record.raw.residentId = excelScientific(id);
      return /^\d{18}$/.test(id);
    case 'id_excel_zeroed': {
      const rounded = excelRounded(id);
      record.raw.residentId = rounded;
      return (
        /^\d{18}$/.test(rounded) &&
        residentIdCheckCharacter(rounded.slice(0, 17)) !== rounded[17]
      );
    }
    case 'id_bad_checksum': {
      const wrong = random.pick([...'0123456789X'].filter((c) => c !== id[17]));
      record.raw.residentId = id.slice(0, 17) + wrong;
      return true;
    }
    case 'sex_mismatch':
      record.raw.sex = record.sex === 'male' ? '女' : '男';
      return true;
    case 'birth_date_mismatch':
      record.birthDay += random.chance(0.5)
        ? random.int(1, 40)
        : -random.int(1, 40);
      return context.hasBirthDateColumn(record.townshipCode);
    case 'returned_after_survey':
      if (record.kind !== 'returnee') return false;
      record.returnedAt = Math.min(
        record.surveyedAt + random.int(5, 60),
        TODAY - 1,
      );
      return record.returnedAt > record.surveyedAt;
    case 'departed_after_survey':
      if (record.kind !== 'out-migrant') return false;
      record.departedAt = Math.min(
        record.surveyedAt + random.int(5, 60),
        TODAY - 1,
      );
      return record.departedAt > record.surveyedAt;
    case 'business_name_missing':
      if (record.kind !== 'returnee') return false;
      record.businessName = '';
      return record.status === 'self_employed';
    case 'entity_type_missing':
      if (record.kind !== 'returnee') return false;
      record.entityType = '';
      record.creditCode = '';
      record.familyFarm = null;
      return record.status === 'self_employed';
    case 'jobs_not_self_employed':
      if (record.kind !== 'returnee') return false;
      record.jobsCreated = random.int(1, 8);
      return record.status === 'employed';
    case 'village_unknown':
      record.raw.village = unknownVillageName(context, record);
      return true;
    case 'province_unknown':
      record.raw.workProvince = random.pick(UNKNOWN_PROVINCES);
      return true;
    case 'income_invalid':
      record.raw.monthlyIncome = random.pick(INVALID_INCOMES);
      return true;
    case 'missing_resident_id_and_birth_date':
      record.residentId = '';
      record.raw.birthDate = '';
      return true;
    case 'surveyed_in_future':
      record.surveyedAt = TODAY + random.int(10, 120);
      record.round = 2;
      return true;
    case 'surveyed_before_programme':
      record.surveyedAt = PROGRAMME_START - random.int(20, 700);
      record.round = 0;
      if (record.kind === 'returnee') {
        record.returnedAt = record.surveyedAt - random.int(30, 300);
      } else {
        record.departedAt = null;
      }
      return true;
    default:
      throw new Error(`unknown fault ${code}`);
  }
}

/**
 * Changes one character of the record's village name so that no village of
 * its township has that name, with or without the suffix.
 * @param {{ registry: import('./registry.mjs').Registry, random: import('./random.mjs').Random }} context
 * @param {import('./records.mjs').SurveyRecord} record
 * @returns {string}
 */
function unknownVillageName(context, record) {
  const township = context.registry.townships.find(
    (t) => t.code === record.townshipCode,
  );
  const village = township?.villages.find((v) => v.code === record.villageCode);
  if (!township || !village)
    throw new Error(`no village ${record.villageCode}`);
  for (;;) {
    const characters = [...village.base];
    characters[context.random.int(0, characters.length - 1)] =
      context.random.pick(TYPO_CHARACTERS);
    const base = characters.join('');
    const nameInUse = township.villages.some(
      (v) => v.base === base || v.name === base,
    );
    if (!nameInUse) return base + (village.community ? '社区' : '村');
  }
}
