import { educationCodes, ethnicityCodes, sexCodes } from '../codes/index.js';
import type { PersonFieldName } from './names.js';
import type { FieldSpec, LocalizedText, Requirement } from './spec.js';

/** Specification of one of the fields shared by both record kinds. */
type PersonFieldSpec = FieldSpec<PersonFieldName>;

/** Maximum length of a name in code points. */
const MAX_NAME_LENGTH = 50;

/** Maximum length of a record number. */
const MAX_RECORD_ID_LENGTH = 50;

/** Maximum length of the enumerator's name. */
const MAX_ENUMERATOR_LENGTH = 50;

/** Maximum length of one skill in the skills list. */
const MAX_SKILL_LENGTH = 50;

const recordId: PersonFieldSpec = {
  name: 'recordId',
  label: { 'zh-CN': '记录编号', en: 'Record number' },
  headers: ['记录编号', '编号'],
  type: 'text',
  required: 'never',
  maxLength: MAX_RECORD_ID_LENGTH,
  description: {
    'zh-CN': '本轮调查内唯一的记录编号。',
    en: 'Record number, unique within a survey round.',
  },
};

const name: PersonFieldSpec = {
  name: 'name',
  label: { 'zh-CN': '姓名', en: 'Name' },
  headers: ['姓名', '名字'],
  type: 'name',
  required: 'always',
  maxLength: MAX_NAME_LENGTH,
  description: {
    'zh-CN':
      '去掉首尾空格后 1 至 50 个字符；可含间隔号“·”和基本平面以外的生僻字。',
    en: 'Name of 1 to 50 characters after trimming; may contain the middle dot (·) and rare characters beyond the BMP.',
  },
};

/**
 * Creates the resident ID field, whose requirement differs between the two
 * record kinds.
 */
function residentIdField(
  required: Requirement,
  description: LocalizedText,
): PersonFieldSpec {
  return {
    name: 'residentId',
    label: { 'zh-CN': '公民身份号码', en: 'Resident ID number' },
    headers: ['公民身份号码', '身份证号', '身份证号码', '证件号码'],
    type: 'residentId',
    required,
    description,
  };
}

const sex: PersonFieldSpec = {
  name: 'sex',
  label: { 'zh-CN': '性别', en: 'Sex' },
  headers: ['性别'],
  type: 'sex',
  codeList: sexCodes,
  required: 'always',
  description: {
    'zh-CN': '男或女，须与公民身份号码的顺序码一致（奇数为男）。',
    en: 'Male or female; must agree with the sequence digit of the resident ID number (odd means male).',
  },
};

const birthDate: PersonFieldSpec = {
  name: 'birthDate',
  label: { 'zh-CN': '出生日期', en: 'Birth date' },
  headers: ['出生日期', '出生年月'],
  type: 'date',
  precision: 'day-or-month',
  required: 'never',
  description: {
    'zh-CN':
      '出生日期或出生年月，须与公民身份号码中的出生日期一致；不填时取自公民身份号码。',
    en: 'Birth date or year and month of birth; must agree with the resident ID number, from which it is taken when empty.',
  },
};

const ethnicity: PersonFieldSpec = {
  name: 'ethnicity',
  label: { 'zh-CN': '民族', en: 'Ethnic group' },
  headers: ['民族'],
  type: 'code',
  codeList: ethnicityCodes,
  required: 'never',
  description: {
    'zh-CN': 'GB/T 3304 民族名称（如汉族、苗族）或两位代码。',
    en: 'Ethnic group as a GB/T 3304 name (汉族, 苗族 ...) or two-digit code.',
  },
};

const education: PersonFieldSpec = {
  name: 'education',
  label: { 'zh-CN': '文化程度', en: 'Education' },
  headers: ['文化程度', '学历'],
  type: 'code',
  codeList: educationCodes,
  required: 'never',
  description: {
    'zh-CN':
      '未上过学、小学、初中、高中、中专、大专、本科或研究生，也可填 GB/T 4658 代码 10 至 90。',
    en: 'Highest education completed, by name or GB/T 4658 code (10 to 90).',
  },
};

const phone: PersonFieldSpec = {
  name: 'phone',
  label: { 'zh-CN': '联系电话', en: 'Phone' },
  headers: ['联系电话', '手机号码', '电话'],
  type: 'phone',
  required: 'never',
  description: {
    'zh-CN':
      '大陆手机号码，去掉 +86、空格和连字符后为 11 位，以 13 至 19 开头。',
    en: 'Mainland mobile number: 11 digits starting with 13 to 19 after removing +86, spaces and hyphens.',
  },
};

const township: PersonFieldSpec = {
  name: 'township',
  label: { 'zh-CN': '乡镇(街道)', en: 'Township' },
  headers: ['乡镇(街道)', '乡镇', '所属乡镇', '乡镇街道'],
  type: 'township',
  required: 'always',
  description: {
    'zh-CN': '县区划名录中的乡镇或街道，填名称或 9 位统计用区划代码。',
    en: 'Township or sub-district of the county registry, by name or 9-digit statistical code.',
  },
};

const village: PersonFieldSpec = {
  name: 'village',
  label: { 'zh-CN': '村(社区)', en: 'Village' },
  headers: ['村(社区)', '村', '行政村', '村居'],
  type: 'village',
  required: 'always',
  description: {
    'zh-CN': '该乡镇在区划名录中的村或社区，填名称或 12 位统计用区划代码。',
    en: 'Village or community of that township in the registry, by name or 12-digit statistical code.',
  },
};

const skills: PersonFieldSpec = {
  name: 'skills',
  label: { 'zh-CN': '技能特长', en: 'Skills' },
  headers: ['技能特长', '专业技能'],
  type: 'list',
  required: 'never',
  maxLength: MAX_SKILL_LENGTH,
  description: {
    'zh-CN': '可填多项，用顿号、逗号或分号分隔。',
    en: 'Skills, several separated by 、 , ， ; or ；.',
  },
};

const surveyedAt: PersonFieldSpec = {
  name: 'surveyedAt',
  label: { 'zh-CN': '调查日期', en: 'Survey date' },
  headers: ['调查日期', '填报日期'],
  type: 'date',
  precision: 'day',
  required: 'always',
  description: {
    'zh-CN': '调查当天的日期，不能晚于今天，也不能早于工作开始日期。',
    en: 'Date of the survey visit; not in the future and not before the programme started.',
  },
};

const enumerator: PersonFieldSpec = {
  name: 'enumerator',
  label: { 'zh-CN': '调查员', en: 'Enumerator' },
  headers: ['调查员', '调查人'],
  type: 'text',
  required: 'always',
  maxLength: MAX_ENUMERATOR_LENGTH,
  description: {
    'zh-CN': '采集这条记录的调查员。',
    en: 'Enumerator who collected the record.',
  },
};

/** Returns the shared fields in template order, with the given ID field. */
export function createPersonFields(
  residentId: Requirement,
  residentIdDescription: LocalizedText,
): PersonFieldSpec[] {
  return [
    recordId,
    name,
    residentIdField(residentId, residentIdDescription),
    sex,
    birthDate,
    ethnicity,
    education,
    phone,
    township,
    village,
    skills,
    surveyedAt,
    enumerator,
  ];
}
