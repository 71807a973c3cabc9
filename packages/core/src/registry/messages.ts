import type { MessageTemplates } from '../issues/issue.js';

/** Messages of the issues `readRegistry` raises, by issue code. */
export const registryMessages: Record<string, MessageTemplates> = {
  registry_missing_header: {
    'zh-CN':
      '区划文件“{file}”缺少“{column}”列。表头可以写作：{headers}。区划文件的表头应为“区划代码,名称”。',
    en: 'Registry file "{file}" has no "{column}" column. Its header may be written as: {headers}. A registry file needs the header "区划代码,名称" (code, name).',
  },
  registry_bad_code: {
    'zh-CN':
      '区划文件第 {row} 行的区划代码“{code}”无效：应为 6 位（县）、9 位（乡镇、街道）或 12 位（村、社区）数字。这一行已忽略。如果代码被 Excel 改成了科学计数法，请把这一列设为文本后重新输入。',
    en: 'Registry row {row} has an invalid code "{code}": it must be 6 digits (county), 9 digits (township) or 12 digits (village). The row was ignored. If Excel turned the code into scientific notation, format the column as text and enter the codes again.',
  },
  registry_missing_name: {
    'zh-CN':
      '区划文件第 {row} 行（代码 {code}）没有名称，这一行已忽略。请补上名称。',
    en: 'Registry row {row} (code {code}) has no name, so the row was ignored. Add the name.',
  },
  registry_duplicate_code: {
    'zh-CN':
      '区划文件第 {row} 行的代码 {code} 与第 {firstRow} 行重复，这一行已忽略。请删除重复的行。',
    en: 'Registry row {row} repeats code {code} of row {firstRow}, so the row was ignored. Delete the duplicate row.',
  },
  registry_orphan_village: {
    'zh-CN':
      '区划文件第 {row} 行的村（社区）{code} 所属的乡镇 {townshipCode} 不在文件中，这一行已忽略。请加上代码为 {townshipCode} 的乡镇行。',
    en: 'The township {townshipCode} of the village on registry row {row} ({code}) is not in the file, so the row was ignored. Add a township row with code {townshipCode}.',
  },
  registry_multiple_counties: {
    'zh-CN':
      '区划文件第 {row} 行是第二个县级区划 {code}，但文件已有县 {county}。一个区划文件只能描述一个县，这一行已忽略。',
    en: 'Registry row {row} is a second county {code}, but the file already has county {county}. A registry file describes one county, so the row was ignored.',
  },
  registry_outside_county: {
    'zh-CN':
      '区划文件第 {row} 行的乡镇代码 {code} 不以县代码 {county} 开头。请确认这个乡镇属于本县。',
    en: 'The township code {code} on registry row {row} does not start with the county code {county}. Check that the township belongs to the county.',
  },
  registry_duplicate_name: {
    'zh-CN':
      '区划文件第 {row} 行的名称“{name}”与第 {firstRow} 行重复，按这个名称无法确定是哪一个。调查表中请用区划代码填写这两处。',
    en: 'The name "{name}" on registry row {row} repeats row {firstRow}, so the name alone cannot tell them apart. Use the codes for these two places in survey files.',
  },
};
