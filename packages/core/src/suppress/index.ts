export {
  type AuditOptions,
  auditLinkedSuppression,
  auditSuppression,
  type ProtectionRange,
} from './audit.js';
export {
  findRecoverableLinked,
  type LinkedPosition,
  type LinkedTable,
  suppressLinkedTables,
} from './linked.js';
export { findRecoverableCells, suppressSmallCounts } from './suppress.js';
export type {
  CountTable,
  PartialMask,
  SuppressionMask,
  SuppressionOptions,
  TablePosition,
} from './types.js';
