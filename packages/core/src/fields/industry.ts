import { industryCodes } from '../codes/index.js';
import type { FieldSpec } from './spec.js';

/** Industry of work, a field of both record kinds after the common block. */
export const industryField: FieldSpec<'industry'> = {
  name: 'industry',
  label: { 'zh-CN': '从事行业', en: 'Industry' },
  headers: ['从事行业', '行业'],
  type: 'code',
  codeList: industryCodes,
  required: 'never',
  description: {
    'zh-CN': 'GB/T 4754-2017 行业门类字母（A 至 T）或门类名称。',
    en: 'Industry as a GB/T 4754-2017 section letter (A to T) or section name.',
  },
};
