export { recordsAsOf } from './as-of.js';
export { listConflicts } from './conflicts.js';
export { dedupeByResidentId } from './dedupe.js';
export { dedupeMessages } from './messages.js';
export { compareRecency, compareSourceRows, residentIdKey } from './order.js';
export { indexByResidentId, type ResidentIdIndex } from './strict-index.js';
export type {
  DedupeResult,
  FieldConflict,
  MergeGroup,
  Person,
  SourceRow,
  ValidRecord,
} from './types.js';
