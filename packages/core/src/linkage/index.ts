export {
  type BlockingRule,
  blockingRules,
  defaultBlockingRules,
  namePinyinBirthYearKey,
  phoneKey,
  residentIdKey,
  residentIdTypoKeys,
  villageBirthDateKey,
} from './blocking.js';
export {
  type BlockingRuleReport,
  type CandidatePairs,
  type CandidatePairsOptions,
  candidatePairs,
} from './candidates.js';
export {
  birthDateLevels,
  type Comparison,
  compareBirthDate,
  compareDepartedAt,
  compareName,
  comparePhone,
  comparePlace,
  compareRecords,
  compareResidentId,
  compareReturnedAt,
  compareSex,
  comparisons,
  dateGapLevels,
  defaultComparisons,
  equalityLevels,
  nameLevels,
  placeLevels,
  residentIdLevels,
} from './compare.js';
export { boundedEditDistance } from './edit-distance.js';
export {
  nameForms,
  type NameForms,
  normalizeName,
  simplifyChinese,
} from './name.js';
export {
  dayNumber,
  type LinkRecord,
  phoneDigits,
  type PreparedRecord,
  prepareRecord,
  prepareRecords,
} from './record.js';
