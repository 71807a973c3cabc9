export {
  aggregateSurvey,
  dedupeSurvey,
  type AggregateSurveyOptions,
  type DedupedSurvey,
  type PersonMatcher,
  type SurveyAggregation,
} from './aggregate-survey.js';
export { dedupeByLinkage } from './link-survey.js';
export {
  linkAcrossDatabases,
  type CrossDatabaseCounts,
  type CrossDatabaseLinks,
  type PersonInBothDatabases,
} from './link-databases.js';
export { buildPublication, type PublicationInput } from './publication.js';
export {
  collectSurveyFiles,
  validateSurveyFiles,
  type FileReport,
  type RowCounts,
  type SurveyValidation,
} from './survey.js';
