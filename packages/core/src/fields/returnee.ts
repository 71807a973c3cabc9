import {
  entityTypeCodes,
  parkCodes,
  provinceCodes,
  returneeStatusCodes,
  supportCodes,
  yesNoCodes,
} from '../codes/index.js';
import { industryField } from './industry.js';
import type { ReturneeFieldName } from './names.js';
import { createPersonFields } from './person.js';
import type { FieldSpec, RequirementRule } from './spec.js';

/** Maximum length of the employer and the business name. */
const MAX_ORGANISATION_NAME_LENGTH = 100;

/** Requirement of the business fields: an error when self-employed. */
const requiredWhenSelfEmployed: readonly RequirementRule[] = [
  {
    when: { field: 'status', in: ['self_employed'] },
    severity: 'error',
    code: 'self_employed_field_missing',
  },
];

/**
 * Fields of the returnee database (回乡人员创业就业情况), in template
 * order: the shared fields, then the fields about work and business at home.
 */
export const returneeFields: readonly FieldSpec<ReturneeFieldName>[] = [
  ...createPersonFields('always', {
    'zh-CN': '18 位公民身份号码，末位为校验码；15 位旧号码自动升位并给出警告。',
    en: 'Resident ID number of 18 characters with a check character; a 15-digit legacy number is upgraded with a warning.',
  }),
  {
    name: 'returnedAt',
    label: { 'zh-CN': '返乡时间', en: 'Return date' },
    headers: ['返乡时间', '回乡时间'],
    type: 'date',
    precision: 'day-or-month',
    required: 'always',
    description: {
      'zh-CN': '返乡的日期或年月，不能晚于调查日期。',
      en: 'Date or year and month of return; not after the survey date.',
    },
  },
  {
    name: 'previousWorkProvince',
    label: { 'zh-CN': '返乡前务工省份', en: 'Previous province of work' },
    headers: ['返乡前务工省份'],
    type: 'code',
    codeList: provinceCodes,
    required: 'never',
    description: {
      'zh-CN': '返乡前务工所在省份，填名称、简称或 GB/T 2260 两位代码。',
      en: 'Province of work before returning, by full or short name or GB/T 2260 two-digit code.',
    },
  },
  {
    name: 'status',
    label: { 'zh-CN': '就业创业状态', en: 'Status' },
    headers: ['就业创业状态', '目前状态'],
    type: 'code',
    codeList: returneeStatusCodes,
    required: 'always',
    description: {
      'zh-CN': '就业、自主创业、未就业或再次外出。',
      en: 'Employed, self-employed or founder, not yet employed, or left again.',
    },
  },
  {
    name: 'employer',
    label: { 'zh-CN': '就业单位', en: 'Employer' },
    headers: ['就业单位'],
    type: 'text',
    required: [
      {
        when: { field: 'status', in: ['employed'] },
        severity: 'warning',
        code: 'employer_missing',
      },
    ],
    maxLength: MAX_ORGANISATION_NAME_LENGTH,
    description: {
      'zh-CN': '就业单位名称，状态为就业时应填写（缺少时给出警告）。',
      en: 'Employer, expected when the status is employed (a warning when missing).',
    },
  },
  industryField,
  {
    name: 'businessName',
    label: { 'zh-CN': '经营主体名称', en: 'Business name' },
    headers: ['经营主体名称', '创业项目名称'],
    type: 'text',
    required: requiredWhenSelfEmployed,
    maxLength: MAX_ORGANISATION_NAME_LENGTH,
    description: {
      'zh-CN': '所办经营主体或创业项目的名称，状态为自主创业时必填。',
      en: 'Name of the business or start-up project; required when self-employed.',
    },
  },
  {
    name: 'entityType',
    label: { 'zh-CN': '经营主体类型', en: 'Entity type' },
    headers: ['经营主体类型', '主体类型'],
    type: 'code',
    codeList: entityTypeCodes,
    required: requiredWhenSelfEmployed,
    description: {
      'zh-CN':
        '个体工商户、农民专业合作社、个人独资企业、合伙企业、有限责任公司、股份有限公司、其他企业或未登记，状态为自主创业时必填。',
      en: 'Legal form of the business, or unregistered; required when self-employed.',
    },
  },
  {
    name: 'familyFarm',
    label: { 'zh-CN': '家庭农场', en: 'Family farm' },
    headers: ['家庭农场'],
    type: 'boolean',
    codeList: yesNoCodes,
    required: 'never',
    description: {
      'zh-CN': '是否认定为家庭农场（是或否），是在主体类型之外的认定。',
      en: 'Whether the business is designated a family farm (yes or no), in addition to its entity type.',
    },
  },
  {
    name: 'creditCode',
    label: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
    headers: ['统一社会信用代码', '信用代码'],
    type: 'creditCode',
    required: 'never',
    description: {
      'zh-CN':
        'GB 32100 统一社会信用代码，18 位，由数字和除 I、O、S、V、Z 以外的大写字母组成，末位为校验码。',
      en: 'GB 32100 unified social credit code: 18 characters of digits and capital letters other than I, O, S, V and Z, the last a check character.',
    },
  },
  {
    name: 'startedAt',
    label: { 'zh-CN': '创业时间', en: 'Business start date' },
    headers: ['创业时间'],
    type: 'date',
    precision: 'day-or-month',
    required: 'never',
    description: {
      'zh-CN': '开始创业的日期或年月；早于返乡时间一年以上时给出警告。',
      en: 'Date or year and month the business started; a warning when more than a year before the return date.',
    },
  },
  {
    name: 'investment',
    label: { 'zh-CN': '投资额(万元)', en: 'Investment (10,000 yuan)' },
    headers: ['投资额(万元)'],
    type: 'decimal',
    maximum: 100_000,
    unit: { 'zh-CN': '万元', en: '10,000 yuan' },
    required: 'never',
    description: {
      'zh-CN': '投资额，以万元为单位，0 或以上。',
      en: 'Investment in units of 10,000 yuan, 0 or more.',
    },
  },
  {
    name: 'park',
    label: { 'zh-CN': '入园情况', en: 'Park' },
    headers: ['入园情况', '是否入园'],
    type: 'code',
    codeList: parkCodes,
    required: 'never',
    description: {
      'zh-CN': '创业孵化园、创业园或否。',
      en: 'Incubation park, startup park, or none.',
    },
  },
  {
    name: 'jobsCreated',
    label: { 'zh-CN': '带动就业人数', en: 'Jobs created' },
    headers: ['带动就业人数'],
    type: 'integer',
    maximum: 10_000,
    unit: { 'zh-CN': '人', en: 'people' },
    required: 'never',
    description: {
      'zh-CN': '所办经营主体带动就业的人数，非负整数，仅限自主创业。',
      en: 'Jobs created by the business, a whole number of 0 or more; only for the self-employed.',
    },
  },
  {
    name: 'support',
    label: { 'zh-CN': '享受扶持政策', en: 'Support received' },
    headers: ['享受扶持政策', '扶持政策'],
    type: 'codes',
    codeList: supportCodes,
    required: 'never',
    description: {
      'zh-CN':
        '可填多项：创业担保贷款、互惠农家贷款、微型企业扶持、创业培训、技能培训、场地租金补贴、其他。',
      en: 'Support policies received, several of: guaranteed start-up loan, rural household credit, micro-enterprise support, start-up training, skills training, premises rent subsidy, other.',
    },
  },
  {
    name: 'loanAmount',
    label: { 'zh-CN': '贷款金额(万元)', en: 'Loan amount (10,000 yuan)' },
    headers: ['贷款金额(万元)'],
    type: 'decimal',
    maximum: 10_000,
    unit: { 'zh-CN': '万元', en: '10,000 yuan' },
    required: 'never',
    description: {
      'zh-CN': '贷款金额，以万元为单位，0 或以上。',
      en: 'Loan amount in units of 10,000 yuan, 0 or more.',
    },
  },
];
