import {
  needCodes,
  provinceCodes,
  returnIntentionCodes,
} from '../codes/index.js';
import { industryField } from './industry.js';
import type { OutMigrantFieldName } from './names.js';
import { createPersonFields } from './person.js';
import type { FieldSpec } from './spec.js';

/** Maximum length of the city of work. */
const MAX_CITY_LENGTH = 50;

/** Maximum length of the occupation. */
const MAX_OCCUPATION_LENGTH = 50;

/**
 * Fields of the database of people working away (在外人员基本情况), in
 * template order: the shared fields, then the fields about work away.
 */
export const outMigrantFields: readonly FieldSpec<OutMigrantFieldName>[] = [
  ...createPersonFields(
    [
      {
        when: { field: 'birthDate', present: false },
        severity: 'error',
        code: 'resident_id_missing',
      },
      {
        when: { field: 'birthDate', present: true },
        severity: 'warning',
        code: 'resident_id_missing_with_birth_date',
      },
    ],
    {
      'zh-CN':
        '18 位公民身份号码。家属代报常不知道号码：未填号码但填了出生日期时记录有效并给出警告，两者都未填时为错误。',
      en: 'Resident ID number of 18 characters. Relatives reporting for the person often do not know it: a record without it is valid with a warning when the birth date is given, and rejected otherwise.',
    },
  ),
  {
    name: 'departedAt',
    label: { 'zh-CN': '外出时间', en: 'Departure date' },
    headers: ['外出时间', '外出务工时间'],
    type: 'date',
    precision: 'day-or-month',
    required: 'never',
    description: {
      'zh-CN': '外出务工的日期或年月，不能晚于调查日期。',
      en: 'Date or year and month of leaving to work away; not after the survey date.',
    },
  },
  {
    name: 'workProvince',
    label: { 'zh-CN': '务工省份', en: 'Province of work' },
    headers: ['务工省份', '务工地点'],
    type: 'code',
    codeList: provinceCodes,
    required: 'always',
    description: {
      'zh-CN': '务工所在省份，填名称、简称或 GB/T 2260 两位代码。',
      en: 'Province of work, by full or short name or GB/T 2260 two-digit code.',
    },
  },
  {
    name: 'workCity',
    label: { 'zh-CN': '务工城市', en: 'City of work' },
    headers: ['务工城市'],
    type: 'text',
    required: 'never',
    maxLength: MAX_CITY_LENGTH,
    description: {
      'zh-CN': '务工所在城市，自由填写。',
      en: 'City of work, free text.',
    },
  },
  industryField,
  {
    name: 'occupation',
    label: { 'zh-CN': '职业(工种)', en: 'Occupation' },
    headers: ['职业(工种)', '工种'],
    type: 'text',
    required: 'never',
    maxLength: MAX_OCCUPATION_LENGTH,
    description: {
      'zh-CN': '职业或工种，自由填写。',
      en: 'Occupation or trade, free text.',
    },
  },
  {
    name: 'monthlyIncome',
    label: { 'zh-CN': '月收入(元)', en: 'Monthly income (yuan)' },
    headers: ['月收入(元)', '月均收入'],
    type: 'integer',
    maximum: 1_000_000,
    unit: { 'zh-CN': '元', en: 'yuan' },
    required: 'never',
    description: {
      'zh-CN': '月收入，以元为单位的非负整数。',
      en: 'Monthly income in whole yuan, 0 or more.',
    },
  },
  {
    name: 'returnIntention',
    label: { 'zh-CN': '返乡意愿', en: 'Return intention' },
    headers: ['返乡意愿'],
    type: 'code',
    codeList: returnIntentionCodes,
    required: 'never',
    description: {
      'zh-CN': '返乡就业、返乡创业、暂不返乡或不确定。',
      en: 'Intention to return: to work, to start a business, not for now, or undecided.',
    },
  },
  {
    name: 'needs',
    label: { 'zh-CN': '需求', en: 'Needs' },
    headers: ['需求', '希望获得的帮助'],
    type: 'codes',
    codeList: needCodes,
    required: 'never',
    description: {
      'zh-CN':
        '希望获得的帮助，可填多项：技能培训、创业培训、创业贷款、就业信息、创业场地、政策咨询、其他。',
      en: 'Help wanted, several of: skills training, start-up training, start-up loans, job information, business premises, policy advice, other.',
    },
  },
];
