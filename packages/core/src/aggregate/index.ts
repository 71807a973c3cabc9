export {
  aggregateOutMigrants,
  mergeOutMigrantAggregates,
  type OutMigrantAggregate,
  type OutMigrantAggregateOptions,
  type OutMigrantDimension,
  outMigrantDimensions,
  type OutMigrantRow,
  UNKNOWN_CATEGORY,
} from './out-migrant.js';
export {
  aggregateReturnees,
  mergeReturneeAggregates,
  type ReturneeAggregate,
  type ReturneeAggregateOptions,
  type ReturneeRow,
} from './returnee.js';
export {
  compareTownships,
  groupByTownship,
  type RegistryLike,
  type TownshipKey,
  townshipId,
  townshipOf,
} from './townships.js';
