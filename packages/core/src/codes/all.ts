import type { CodeList } from './code-list.js';
import { industryCodes } from './industry.js';
import {
  educationCodes,
  ethnicityCodes,
  sexCodes,
  yesNoCodes,
} from './people.js';
import { provinceCodes } from './provinces.js';
import {
  entityTypeCodes,
  needCodes,
  parkCodes,
  returneeStatusCodes,
  returnIntentionCodes,
  supportCodes,
} from './survey.js';

/** Every code list of the survey, keyed by list id. */
export const codeLists = {
  sex: sexCodes,
  ethnicity: ethnicityCodes,
  education: educationCodes,
  province: provinceCodes,
  industry: industryCodes,
  returneeStatus: returneeStatusCodes,
  entityType: entityTypeCodes,
  park: parkCodes,
  returnIntention: returnIntentionCodes,
  need: needCodes,
  support: supportCodes,
  yesNo: yesNoCodes,
} as const satisfies Readonly<Record<string, CodeList>>;
