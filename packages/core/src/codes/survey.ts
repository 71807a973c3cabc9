import type {
  EntityType,
  Park,
  ReturneeStatus,
  ReturnIntention,
} from '../model/types.js';
import type { CodeList } from './code-list.js';

/** Employment or business status of a returnee. */
export const returneeStatusCodes: CodeList<ReturneeStatus> = {
  id: 'returneeStatus',
  entries: [
    {
      code: 'employed',
      zh: '就业',
      en: 'Employed',
      aliases: ['已就业', '务工'],
    },
    {
      code: 'self_employed',
      zh: '自主创业',
      en: 'Self-employed',
      aliases: ['创业', '自主创业者'],
    },
    {
      code: 'unemployed',
      zh: '未就业',
      en: 'Not yet employed',
      aliases: ['待业', '暂未就业'],
    },
    {
      code: 'left_again',
      zh: '再次外出',
      en: 'Left again',
      aliases: ['重新外出', '再外出'],
    },
  ],
};

/** Legal form of a returnee business. */
export const entityTypeCodes: CodeList<EntityType> = {
  id: 'entityType',
  entries: [
    {
      code: 'individual_household',
      zh: '个体工商户',
      en: 'Individual business',
      aliases: ['个体户', '个体'],
    },
    {
      code: 'farmers_cooperative',
      zh: '农民专业合作社',
      en: "Farmers' cooperative",
      aliases: ['专业合作社', '合作社'],
    },
    {
      code: 'sole_proprietorship',
      zh: '个人独资企业',
      en: 'Sole proprietorship',
      aliases: ['独资企业'],
    },
    { code: 'partnership', zh: '合伙企业', en: 'Partnership' },
    {
      code: 'limited_company',
      zh: '有限责任公司',
      en: 'Limited liability company',
      aliases: ['有限公司'],
    },
    {
      code: 'joint_stock_company',
      zh: '股份有限公司',
      en: 'Joint-stock company',
      aliases: ['股份公司'],
    },
    { code: 'other_enterprise', zh: '其他企业', en: 'Other enterprise' },
    {
      code: 'unregistered',
      zh: '未登记',
      en: 'Not registered',
      aliases: ['未注册'],
    },
  ],
};

/** Park a returnee business is in. */
export const parkCodes: CodeList<Park> = {
  id: 'park',
  entries: [
    {
      code: 'incubation_park',
      zh: '创业孵化园',
      en: 'Incubation park',
      aliases: ['孵化园'],
    },
    { code: 'startup_park', zh: '创业园', en: 'Startup park' },
    {
      code: 'none',
      zh: '否',
      en: 'None',
      aliases: ['未入园', '无', '不在园区'],
    },
  ],
};

/** Intention of a person working away to come back. */
export const returnIntentionCodes: CodeList<ReturnIntention> = {
  id: 'returnIntention',
  entries: [
    {
      code: 'return_to_work',
      zh: '返乡就业',
      en: 'Return to work',
      aliases: ['回乡就业'],
    },
    {
      code: 'return_to_start_business',
      zh: '返乡创业',
      en: 'Return to start a business',
      aliases: ['回乡创业'],
    },
    {
      code: 'not_returning',
      zh: '暂不返乡',
      en: 'Not returning for now',
      aliases: ['暂不回乡', '不返乡'],
    },
    {
      code: 'undecided',
      zh: '不确定',
      en: 'Undecided',
      aliases: ['未定', '说不清'],
    },
  ],
};

/** Help a person working away would like from the programme. */
export const needCodes: CodeList = {
  id: 'need',
  entries: [
    { code: 'skills_training', zh: '技能培训', en: 'Skills training' },
    { code: 'business_training', zh: '创业培训', en: 'Business training' },
    { code: 'business_loan', zh: '创业贷款', en: 'Business loan' },
    { code: 'job_information', zh: '就业信息', en: 'Job information' },
    { code: 'business_premises', zh: '创业场地', en: 'Business premises' },
    { code: 'policy_advice', zh: '政策咨询', en: 'Policy advice' },
    { code: 'other', zh: '其他', en: 'Other' },
  ],
};

/**
 * Support policies a returnee received. 微型企业扶持 is the micro-enterprise
 * package of investment, subsidy and loan.
 */
export const supportCodes: CodeList = {
  id: 'support',
  entries: [
    {
      code: 'guaranteed_loan',
      zh: '创业担保贷款',
      en: 'Guaranteed start-up loan',
      // 小额担保贷款 is the former name of the same loan scheme.
      aliases: ['小额担保贷款'],
    },
    {
      code: 'rural_household_credit',
      zh: '互惠农家贷款',
      en: 'Rural household credit',
    },
    {
      code: 'micro_enterprise_support',
      zh: '微型企业扶持',
      en: 'Micro-enterprise support',
    },
    { code: 'business_training', zh: '创业培训', en: 'Business training' },
    { code: 'skills_training', zh: '技能培训', en: 'Skills training' },
    {
      code: 'rent_subsidy',
      zh: '场地租金补贴',
      en: 'Rent subsidy',
      aliases: ['租金补贴', '场租补贴'],
    },
    { code: 'other', zh: '其他', en: 'Other' },
  ],
};
