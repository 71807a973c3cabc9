/**
 * Linkage parameters used when a run has too few records to estimate its
 * own: estimated by EM on 87,552 records of 50,000 persons of
 * the linkage evaluation set (seed 20261204), written by
 * `node scripts/write-default-parameters.mjs`. Do not edit by hand.
 */
import { type LinkageParameters, validateParameters } from './model.js';

/** Records the default parameters were estimated on. */
export const DEFAULT_PARAMETERS_RECORDS = 87552;

const estimated = {
  version: 1,
  comparisons: [
    {
      name: 'residentId',
      levels: [
        'exact',
        'legacy_equal',
        'one_substitution',
        'adjacent_transposition',
        'different',
        'unusable',
        'missing',
      ],
      m: [0.905409, 0.0251063, 0.0300314, 0.0191734, 0.00540109, 0.0148788],
      u: [
        0.0000192138, 0.00000274482, 0.00000274482, 0.00000274482, 0.984912,
        0.0150609,
      ],
    },
    {
      name: 'name',
      levels: [
        'exact',
        'simplified_equal',
        'pinyin_equal',
        'pinyin_toneless_equal',
        'pinyin_distance_1',
        'pinyin_distance_2',
        'different',
        'missing',
      ],
      m: [
        0.934947, 0.0237899, 0.0260303, 0.00826478, 0.000460724, 0.00292683,
        0.0035807,
      ],
      u: [
        0.0000524991, 0.00000749987, 0.0000124998, 0.0000174997, 0.000237496,
        0.00193247, 0.99774,
      ],
    },
    {
      name: 'birthDate',
      levels: [
        'exact',
        'day_month_swapped',
        'year_month_equal',
        'year_equal',
        'different',
        'missing',
      ],
      m: [0.988618, 0.0112247, 0.0000296921, 0.000126112, 0.0000017753],
      u: [0.0000753577, 0.0000251192, 0.0014932, 0.0189371, 0.979469],
    },
    {
      name: 'sex',
      levels: ['equal', 'different', 'missing'],
      m: [0.998669, 0.00133107],
      u: [0.50207, 0.49793],
    },
    {
      name: 'phone',
      levels: ['equal', 'different', 'missing'],
      m: [0.939285, 0.0607148],
      u: [0.0000147628, 0.999985],
    },
    {
      name: 'place',
      levels: ['same_village', 'same_township', 'different', 'missing'],
      m: [0.719675, 0.280324, 9.99999e-7],
      u: [0.00219748, 0.0545871, 0.943215],
    },
    {
      name: 'returnedAt',
      levels: ['within_31_days', 'within_366_days', 'different', 'missing'],
      m: [0.998639, 0.000395508, 0.000965708],
      u: [0.108, 0.624893, 0.267107],
    },
    {
      name: 'departedAt',
      levels: ['within_31_days', 'within_366_days', 'different', 'missing'],
      m: [0.995683, 0.000932114, 0.00338465],
      u: [0.0178784, 0.146746, 0.835376],
    },
  ],
  lambda: 0.0000124702,
  thresholds: { match: 6, review: 0 },
  termFrequencies: [
    { comparison: 'name', minU: 0.0001 },
    { comparison: 'name', part: 'surname', minU: 0.001 },
  ],
};

/**
 * Returns a fresh copy of the default linkage parameters for a run of
 * `records` records. λ, the chance that two records drawn at random
 * match, falls as the number of records grows. Each person has about the
 * same number of records, while the number of pairs grows with the square.
 * So λ is scaled by `(DEFAULT_PARAMETERS_RECORDS - 1) / (records - 1)`,
 * at most 0.5.
 */
export function defaultParameters(
  records: number = DEFAULT_PARAMETERS_RECORDS,
): LinkageParameters {
  const parameters = validateParameters(estimated);
  const scale = (DEFAULT_PARAMETERS_RECORDS - 1) / Math.max(1, records - 1);
  return { ...parameters, lambda: Math.min(0.5, parameters.lambda * scale) };
}
