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
export {
  type ClusterConflict,
  type ClusterInput,
  type ClusterResult,
  clusterPairs,
  type ReviewReason,
} from './cluster.js';
export {
  countPatterns,
  createRandom,
  estimateM,
  estimateParameters,
  estimateU,
} from './estimate.js';
export {
  type LinkConflict,
  type LinkedPerson,
  type LinkOptions,
  type LinkResult,
  linkRecords,
  type LinkStats,
  MIN_RECORDS_TO_ESTIMATE,
  type ParameterSource,
  type ReviewDecision,
  type ReviewPair,
} from './link.js';
export {
  type IncrementalLinkResult,
  type KnownPersons,
  linkNewRecords,
} from './link-new.js';
export {
  DEFAULT_PARAMETERS_RECORDS,
  defaultParameters,
} from './default-parameters.js';
export { identifyingPairs } from './identity.js';
export {
  type ComparisonParameters,
  defaultThresholds,
  initialParameters,
  type LinkageParameters,
  type LinkageThresholds,
  parametersFromJson,
  parametersToJson,
  validateParameters,
} from './model.js';
export {
  createPairExplainer,
  createPairScorer,
  type PairScore,
  scoreCandidates,
  scorePair,
  termFrequencyTables,
  type WeightContribution,
} from './score.js';
export {
  linkRecordId,
  type SurveyRow,
  toLinkRecord,
  toUnverifiedLinkRecord,
  type UnverifiedSurveyRow,
} from './from-records.js';
export {
  type KnownPersonsReading,
  type KnownRecord,
  readKnownPersonsCsv,
  writeKnownPersonsCsv,
} from './known-file.js';
export { linkageMessages } from './messages.js';
/** Formats any issue, linkage issues included; the same as `formatIssue`. */
export { formatIssue as formatLinkageIssue } from '../issues/messages.js';
export {
  assignStableKeys,
  type KeyEvent,
  type PersonRow,
  type PersonsReading,
  type PreviousPersons,
  readPersonsCsv,
  type StableKeys,
  writePersonsCsv,
} from './persist.js';
export {
  type DecisionsReading,
  formatExplanation,
  type ReadDecisionsOptions,
  readDecisionsCsv,
  type WriteReviewOptions,
  writeReviewCsv,
} from './review.js';
export {
  type BestLink,
  type BestLinkOptions,
  findBestLinks,
} from './best-link.js';
