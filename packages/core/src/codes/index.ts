export {
  labelOf,
  lookupCode,
  normalizeCodeInput,
  spellingsOf,
} from './code-list.js';
export type { CodeEntry, CodeList } from './code-list.js';
export { industryCodes } from './industry.js';
export {
  educationCodes,
  ethnicityCodes,
  sexCodes,
  yesNoCodes,
} from './people.js';
export { provinceCodes } from './provinces.js';
export {
  entityTypeCodes,
  needCodes,
  parkCodes,
  returneeStatusCodes,
  returnIntentionCodes,
  supportCodes,
} from './survey.js';
export { codeLists } from './all.js';
