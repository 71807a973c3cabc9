export {
  computeIndicators,
  type IndicatorCounts,
  type IndicatorValues,
  zeroIndicatorValues,
} from './compute.js';
export {
  type IndicatorDefinition,
  type IndicatorId,
  indicatorById,
  returneeIndicators,
} from './definitions.js';
export {
  METHODOLOGY_BEGIN,
  METHODOLOGY_END,
  renderMethodologyMarkdown,
} from './methodology.js';
export {
  countPersons,
  type IndicatorReducer,
  type IndicatorResult,
  sumOverBusinesses,
} from './reducers.js';
export {
  businessKeyOf,
  creditCodeKey,
  type IndicatorContext,
  isCountedEntity,
  isEmployedOrSelfEmployed,
  isInPark,
  isReturneeAtHome,
  isSelfEmployed,
  REGISTERED_ENTITY_TYPES,
} from './rules.js';
export {
  defaultIndicatorSettings,
  type IndicatorSettings,
  resolveIndicatorSettings,
} from './settings.js';
