import type { CodeList } from './code-list.js';

/**
 * The 20 sections A to T of GB/T 4754-2017 (national industry
 * classification), with common short names as aliases.
 */
export const industryCodes: CodeList = {
  id: 'industry',
  entries: [
    {
      code: 'A',
      zh: '农、林、牧、渔业',
      en: 'Agriculture, forestry, animal husbandry and fishery',
      aliases: ['农林牧渔业', '农林牧渔', '农业'],
    },
    { code: 'B', zh: '采矿业', en: 'Mining', aliases: ['采矿', '矿业'] },
    { code: 'C', zh: '制造业', en: 'Manufacturing', aliases: ['制造'] },
    {
      code: 'D',
      zh: '电力、热力、燃气及水生产和供应业',
      en: 'Production and supply of electricity, heat, gas and water',
      aliases: ['电力热力燃气及水生产和供应业', '电力'],
    },
    { code: 'E', zh: '建筑业', en: 'Construction', aliases: ['建筑'] },
    {
      code: 'F',
      zh: '批发和零售业',
      en: 'Wholesale and retail trade',
      aliases: ['批发零售', '批发零售业', '零售'],
    },
    {
      code: 'G',
      zh: '交通运输、仓储和邮政业',
      en: 'Transport, storage and postal services',
      aliases: ['交通运输仓储和邮政业', '交通运输', '物流'],
    },
    {
      code: 'H',
      zh: '住宿和餐饮业',
      en: 'Accommodation and catering',
      aliases: ['住宿餐饮', '住宿餐饮业', '餐饮'],
    },
    {
      code: 'I',
      zh: '信息传输、软件和信息技术服务业',
      en: 'Information transmission, software and information technology services',
      aliases: ['信息传输软件和信息技术服务业', '信息技术', '软件'],
    },
    { code: 'J', zh: '金融业', en: 'Finance', aliases: ['金融'] },
    { code: 'K', zh: '房地产业', en: 'Real estate', aliases: ['房地产'] },
    {
      code: 'L',
      zh: '租赁和商务服务业',
      en: 'Leasing and business services',
      aliases: ['租赁商务服务', '商务服务'],
    },
    {
      code: 'M',
      zh: '科学研究和技术服务业',
      en: 'Scientific research and technical services',
      aliases: ['科学研究', '技术服务'],
    },
    {
      code: 'N',
      zh: '水利、环境和公共设施管理业',
      en: 'Water conservancy, environment and public facilities management',
      aliases: ['水利环境和公共设施管理业', '公共设施管理'],
    },
    {
      code: 'O',
      zh: '居民服务、修理和其他服务业',
      en: 'Resident services, repair and other services',
      aliases: ['居民服务修理和其他服务业', '居民服务', '修理', '家政'],
    },
    { code: 'P', zh: '教育', en: 'Education' },
    {
      code: 'Q',
      zh: '卫生和社会工作',
      en: 'Health and social work',
      aliases: ['卫生', '医疗卫生', '社会工作'],
    },
    {
      code: 'R',
      zh: '文化、体育和娱乐业',
      en: 'Culture, sports and entertainment',
      aliases: ['文化体育和娱乐业', '文体娱乐', '文化体育娱乐'],
    },
    {
      code: 'S',
      zh: '公共管理、社会保障和社会组织',
      en: 'Public administration, social security and social organizations',
      aliases: ['公共管理社会保障和社会组织', '公共管理'],
    },
    {
      code: 'T',
      zh: '国际组织',
      en: 'International organizations',
    },
  ],
};
