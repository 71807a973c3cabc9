// The output files of the sample county and the figures in expected.json.

import { isoDate } from './calendar.mjs';
import {
  faultCounts,
  latestValidRecords,
  returneeIndicators,
  rowCounts,
} from './expected.mjs';
import { listVillages, registryRows } from './registry.mjs';
import {
  AS_OF,
  PROGRAMME_START,
  TODAY,
  dateRuleViolations,
} from './records.mjs';
import { RETURNEE_TARGETS } from './returnees.mjs';
import {
  assignRoles,
  encodeText,
  groundTruthBytes,
  toCsvText,
  writeSurveyFile,
} from './writing.mjs';

/** The two databases, in the order their files are written. */
const KINDS = /** @type {const} */ (['returnee', 'out-migrant']);

/**
 * Writes the files of a planned county in memory, after checking that the
 * valid records keep the date rules and give the target figures.
 * @param {import('./county-plan.mjs').CountyPlan} plan
 * @returns {{ files: Map<string, Uint8Array>, expected: object }}
 */
export function writeOutputs(plan) {
  const expected = expectedFigures(plan);
  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  const registryText = toCsvText([
    ['区划代码', '名称'],
    ...registryRows(plan.registry),
  ]);
  files.set('registry.csv', encodeText(registryText, 'utf-8-bom'));
  /** @type {import('./writing.mjs').TruthRow[]} */
  const truth = [];
  for (const file of surveyFiles(plan)) {
    files.set(file.path, file.bytes);
    truth.push(...file.truth);
  }
  files.set('ground-truth.csv', groundTruthBytes(truth));
  const json = `${JSON.stringify(expected, null, 2)}\n`;
  files.set('expected.json', new TextEncoder().encode(json));
  return { files, expected };
}

/**
 * Writes one survey file per kind and township, returnee files first.
 * @param {import('./county-plan.mjs').CountyPlan} plan
 * @returns {import('./writing.mjs').SurveyFile[]}
 */
function surveyFiles(plan) {
  const { random, registry, styles } = plan;
  const townships = new Map(registry.townships.map((t) => [t.code, t]));
  const villages = new Map(
    listVillages(registry).map((p) => [p.village.code, p.village]),
  );
  /** @type {import('./writing.mjs').SurveyFile[]} */
  const files = [];
  for (const kind of KINDS) {
    /** @type {{ records: import('./records.mjs').SurveyRecord[] }[]} */
    const histories = plan.histories[kind];
    const roles = assignRoles(histories);
    /** @type {Map<string, import('./records.mjs').SurveyRecord[]>} */
    const byTownship = new Map(registry.townships.map((t) => [t.code, []]));
    for (const record of histories.flatMap((h) => h.records)) {
      byTownship.get(record.townshipCode)?.push(record);
    }
    for (const township of registry.townships) {
      const path = `${kind}/${township.code}-${township.name}.csv`;
      const style = styles.get(`${kind}:${township.code}`);
      if (!style) throw new Error(`no file style for ${path}`);
      const file = writeSurveyFile({
        path,
        records: byTownship.get(township.code) ?? [],
        roles,
        context: {
          random: random.fork(`format/${path}`),
          style,
          townships,
          villages,
        },
      });
      files.push(file);
    }
  }
  return files;
}

/**
 * Computes the contents of expected.json: the six indicators, row counts
 * and fault counts. Throws when a valid record breaks a date rule or an
 * indicator misses its target, as either is a bug in the generator.
 * @param {import('./county-plan.mjs').CountyPlan} plan
 * @returns {object}
 */
function expectedFigures(plan) {
  const { registry } = plan;
  const returneeRecords = plan.histories.returnee.flatMap((h) => h.records);
  const outMigrantHistories = plan.histories['out-migrant'];
  const outMigrantRecords = outMigrantHistories.flatMap((h) => h.records);
  for (const record of [...returneeRecords, ...outMigrantRecords]) {
    const violations = record.fault === '' ? dateRuleViolations(record) : [];
    if (violations.length > 0) {
      const list = violations.join(', ');
      throw new Error(`valid record of ${record.personId}: ${list}`);
    }
  }

  const indicators = returneeIndicators(latestValidRecords(returneeRecords));
  for (const [name, target] of Object.entries(RETURNEE_TARGETS)) {
    const value = indicators[/** @type {keyof typeof indicators} */ (name)];
    if (value !== target) {
      throw new Error(`${name} is ${value}, expected ${target}`);
    }
  }

  const files = registry.townships.length;
  const distinctPersons = outMigrantHistories.filter((h) =>
    h.records.some((r) => r.fault === ''),
  ).length;
  return {
    seed: plan.seed,
    county: {
      code: registry.county.code,
      name: registry.county.name,
      townships: registry.townships.length,
      villages: listVillages(registry).length,
    },
    asOf: isoDate(AS_OF),
    today: isoDate(TODAY),
    programmeStart: isoDate(PROGRAMME_START),
    indicators,
    rows: {
      returnee: rowCounts(returneeRecords, files),
      outMigrant: { ...rowCounts(outMigrantRecords, files), distinctPersons },
    },
    faults: {
      returnee: faultCounts(returneeRecords),
      outMigrant: faultCounts(outMigrantRecords),
    },
  };
}
