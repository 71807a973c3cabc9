import type { MessageTemplates } from '../issues/issue.js';
import type { ResidentIdIssueCode } from './parse.js';

const REEXPORT_ZH =
  '请在 Excel 中把该列设置为“文本”格式，从原始记录重新填入完整号码，再重新导出。';
const REEXPORT_EN =
  'In Excel, format the column as Text (文本), enter the full numbers again from the original records, and export again.';
const CHECK_ZH = '请对照证件核对后更正。';
const CHECK_EN = 'Check it against the ID card and correct it.';

/** Message templates of the resident ID issue codes, in Chinese and English. */
export const idMessages: Record<ResidentIdIssueCode, MessageTemplates> = {
  id_excel_scientific: {
    'zh-CN': `公民身份号码“{value}”被 Excel 存成了科学计数法，后面的数字已经丢失，无法从本文件恢复。${REEXPORT_ZH}`,
    en: `Resident ID number "{value}" was stored by Excel in scientific notation, so its last digits are lost and cannot be recovered from this file. ${REEXPORT_EN}`,
  },
  id_excel_zeroed: {
    'zh-CN': `公民身份号码“{value}”的末三位被 Excel 改成了 000（Excel 只保留 15 位有效数字），原来的数字无法从本文件恢复。${REEXPORT_ZH}`,
    en: `Resident ID number "{value}" ends in 000 and fails the check, because Excel keeps only 15 significant digits and replaced the last three with zeros. They cannot be recovered from this file. ${REEXPORT_EN}`,
  },
  id_bad_length: {
    'zh-CN': `公民身份号码“{value}”有 {length} 位，应为 18 位（旧号码为 15 位）。${CHECK_ZH}`,
    en: `Resident ID number "{value}" has {length} characters, but it must have 18 (or 15 for an old number). ${CHECK_EN}`,
  },
  id_bad_characters: {
    'zh-CN': `公民身份号码“{value}”含有无效字符：号码只能由数字组成，只有 18 位号码的最后一位可以是 X。${CHECK_ZH}`,
    en: `Resident ID number "{value}" contains invalid characters: it must consist of digits, and only the last character of an 18-character number may be X. ${CHECK_EN}`,
  },
  id_bad_checksum: {
    'zh-CN': `公民身份号码“{value}”的校验码（最后一位）与前 17 位不符，号码中可能有输错的数字。${CHECK_ZH}`,
    en: `Resident ID number "{value}" has an invalid check character (the last one) for its first 17 digits, so a digit was probably mistyped. ${CHECK_EN}`,
  },
  id_bad_birth_date: {
    'zh-CN': `公民身份号码“{value}”的第 7 至 14 位不是 1900 年以后的有效出生日期。${CHECK_ZH}`,
    en: `Resident ID number "{value}" has no valid birth date from 1900 on in characters 7 to 14. ${CHECK_EN}`,
  },
  id_unknown_province: {
    'zh-CN': `公民身份号码“{value}”的前两位 {province} 不是有效的省级行政区划代码。${CHECK_ZH}`,
    en: `Resident ID number "{value}" starts with {province}, which is not a valid province code (GB/T 2260). ${CHECK_EN}`,
  },
  id_upgraded_15: {
    'zh-CN':
      '公民身份号码“{value}”是 15 位旧号码，已按国家标准升级为 18 位号码“{upgraded}”。请核对升级后的号码与现用身份证是否一致，并在源文件中改填 18 位号码。',
    en: 'Resident ID number "{value}" is an old 15-digit number and was upgraded to the 18-character number "{upgraded}" by the national standard rule. Check that it matches the current ID card, and write the 18-character number in the source file.',
  },
};
