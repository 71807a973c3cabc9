export {
  BUNDLE_FORMAT_VERSION,
  type Bundle,
  type BundleInput,
  type BundleManifest,
  type BundleSurvey,
  buildBundle,
  DEFAULT_MINIMUM_COUNT,
  type ManifestTable,
  type SurveyCounts,
} from './bundle.js';
export { encodeCsv } from './csv.js';
export { sha256Hex } from './sha256.js';
export {
  buildOutMigrantTables,
  buildReturneeTable,
  type PublishedColumn,
  type PublishedTable,
  SUPPRESSION_MARKER,
} from './tables.js';
