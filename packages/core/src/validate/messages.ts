import type { MessageTemplates } from '../issues/issue.js';

/**
 * Issue codes that the field parsers, requirement rules, cross-field rules
 * and extra field validators of `validate/` emit. Resident ID and date
 * parsing add the codes of `id/` and `dates/`, whose messages live there.
 */
export type ValidationIssueCode =
  | 'field_required'
  | 'excel_error'
  | 'text_too_long'
  | 'name_bad_characters'
  | 'name_misplaced_middle_dot'
  | 'name_private_use'
  | 'phone_invalid'
  | 'phone_excel_scientific'
  | 'number_invalid'
  | 'number_negative'
  | 'number_too_large'
  | 'date_before_birth'
  | 'number_not_whole'
  | 'credit_code_bad_length'
  | 'credit_code_bad_characters'
  | 'credit_code_bad_checksum'
  | 'code_unknown'
  | 'township_unknown'
  | 'village_unknown'
  | 'self_employed_field_missing'
  | 'employer_missing'
  | 'resident_id_missing'
  | 'resident_id_missing_with_birth_date'
  | 'sex_mismatch_id'
  | 'birth_date_mismatch_id'
  | 'date_after_survey'
  | 'survey_date_in_future'
  | 'survey_date_before_programme'
  | 'jobs_created_not_self_employed'
  | 'started_before_return'
  | 'credit_code_missing'
  | 'credit_code_unregistered'
  | 'park_not_self_employed'
  | 'record_id_duplicate'
  | 'extra_field_invalid'
  | 'extra_field_async';

/**
 * Message templates of the validation issue codes, in Chinese and English.
 * `{column}` is the header as written in the file, or the standard header
 * when the file has no such column.
 */
export const validationMessages: Record<ValidationIssueCode, MessageTemplates> =
  {
    field_required: {
      'zh-CN': '“{column}”是必填项，但没有填写。请补填。',
      en: '"{column}" is required but empty. Fill it in.',
    },
    excel_error: {
      'zh-CN':
        '“{column}”的内容是 Excel 错误值 {value}，不是数据。请在表格中改正公式或直接填写数值，再重新导出。',
      en: '"{column}" contains the Excel error value {value}, not data. Fix the formula in the spreadsheet or type the value, then export the file again.',
    },
    text_too_long: {
      'zh-CN': '“{column}”有 {length} 个字，超过上限 {max} 个字。请删减。',
      en: '"{column}" has {length} characters, more than the maximum of {max}. Shorten it.',
    },
    name_bad_characters: {
      'zh-CN':
        '“{column}”含有姓名中不能出现的字符：{characters}。姓名只能由文字、间隔号“·”和空格组成，请改正。',
      en: '"{column}" contains characters that a name cannot contain: {characters}. A name may contain only letters, the middle dot (·) and spaces; correct it.',
    },
    name_misplaced_middle_dot: {
      'zh-CN':
        '“{column}”中的间隔号“·”位置不对：不能在开头或结尾，也不能连用。请改正。',
      en: 'The middle dot (·) in "{column}" is misplaced: it cannot start or end the name or appear twice in a row. Correct the name.',
    },
    name_private_use: {
      'zh-CN':
        '“{column}”含有造字程序造的字（Unicode 私人使用区），其他系统可能显示不出。如有对应的标准汉字，请改用标准字。',
      en: '"{column}" contains a private-use character (often a self-made rare character) that other systems may not display. Use the standard Unicode character if one exists.',
    },
    phone_invalid: {
      'zh-CN':
        '“{column}”的值 {value} 不是有效的大陆手机号码。请填写以 13 至 19 开头的 11 位手机号码，不填座机号码。',
      en: '"{column}" value {value} is not a valid mainland mobile number. Enter 11 digits starting with 13 to 19; landline numbers are not accepted.',
    },
    phone_excel_scientific: {
      'zh-CN':
        '“{column}”的值 {value} 被 Excel 改成了科学计数法，号码已无法还原。请把该列设为文本格式，重新填写号码后再导出。',
      en: '"{column}" value {value} was turned into scientific notation by Excel and cannot be recovered. Format the column as text, enter the numbers again and export the file again.',
    },
    number_invalid: {
      'zh-CN':
        '“{column}”的值“{value}”不是有效数字。请只填阿拉伯数字，可带小数点，不要带单位或文字。',
      en: '"{column}" value "{value}" is not a valid number. Enter digits only, with an optional decimal point, and no unit or text.',
    },
    number_too_large: {
      'zh-CN':
        '“{column}”的值 {value} 大于合理上限 {maximum}，可能是填错了列或多输了数字。请核对后更正。',
      en: '"{column}" is {value}, above the plausible maximum of {maximum}; the value may come from another column or have extra digits. Check and correct it.',
    },
    date_before_birth: {
      'zh-CN':
        '“{column}”的日期 {date} 早于出生日期。请核对年份，或核对是否填错了列。',
      en: '"{column}" is {date}, before the birth date. Check the year, or whether the value belongs to another column.',
    },
    number_negative: {
      'zh-CN': '“{column}”的值 {value} 是负数，此项只能是 0 或正数。请改正。',
      en: '"{column}" value {value} is negative, but it must be 0 or more. Correct it.',
    },
    number_not_whole: {
      'zh-CN': '“{column}”的值 {value} 不是整数，此项只能填整数。请改正。',
      en: '"{column}" value {value} is not a whole number, but this field takes whole numbers only. Correct it.',
    },
    credit_code_bad_length: {
      'zh-CN':
        '“{column}”有 {length} 个字符，统一社会信用代码应为 18 位。请对照营业执照改正。',
      en: '"{column}" has {length} characters, but a unified social credit code has 18. Copy it again from the business licence.',
    },
    credit_code_bad_characters: {
      'zh-CN':
        '“{column}”含有统一社会信用代码中不会出现的字符：{characters}。代码只由数字和除 I、O、S、V、Z 以外的大写字母组成，请对照营业执照改正。',
      en: '"{column}" contains characters that never occur in a unified social credit code: {characters}. The code uses digits and capital letters other than I, O, S, V and Z; copy it again from the business licence.',
    },
    credit_code_bad_checksum: {
      'zh-CN':
        '“{column}”的最后一位校验码与前 17 位不符，代码可能抄错了。请对照营业执照改正。',
      en: 'The check character (last character) of "{column}" does not match the first 17 characters, so the code was probably copied wrongly. Copy it again from the business licence.',
    },
    code_unknown: {
      'zh-CN':
        '“{column}”的值“{value}”不是可选的值。请填写以下之一：{allowed}。',
      en: '"{column}" value "{value}" is not an allowed value. Use one of: {allowed}.',
    },
    township_unknown: {
      'zh-CN':
        '“{column}”的值“{value}”不是区划名录中的乡镇（街道）。最接近的有：{suggestions}。请改用名录中的名称或 9 位代码。',
      en: '"{column}" value "{value}" is not a township of the registry. The closest entries are: {suggestions}. Use a registry name or 9-digit code.',
    },
    village_unknown: {
      'zh-CN':
        '“{column}”的值“{value}”不是区划名录中{township}的村（社区）。最接近的有：{suggestions}。请改用名录中的名称或 12 位代码，并核对所填乡镇。',
      en: '"{column}" value "{value}" is not a village of {township} in the registry. The closest entries are: {suggestions}. Use a registry name or 12-digit code, and check the township.',
    },
    self_employed_field_missing: {
      'zh-CN':
        '就业创业状态为自主创业时，“{column}”必须填写。请补填，或核实就业创业状态。',
      en: '"{column}" is required when the status is self-employed. Fill it in, or check the status.',
    },
    employer_missing: {
      'zh-CN': '就业创业状态为就业，但没有填写“{column}”。请补填就业单位。',
      en: 'The status is employed but "{column}" is empty. Fill in the employer.',
    },
    resident_id_missing: {
      'zh-CN':
        '“{column}”和出生日期都没有填写，无法确认是哪个人。请填写公民身份号码；家属不知道号码时，至少填写出生日期。',
      en: '"{column}" and the birth date are both empty, so the person cannot be identified. Fill in the resident ID number, or at least the birth date when the family does not know the number.',
    },
    resident_id_missing_with_birth_date: {
      'zh-CN':
        '没有填写“{column}”。记录凭出生日期保留，但无法按身份号码去重。能核实时请补填号码。',
      en: '"{column}" is empty. The record is kept on the strength of the birth date, but it cannot be deduplicated by ID number. Fill in the number once it is known.',
    },
    sex_mismatch_id: {
      'zh-CN':
        '“{column}”与公民身份号码第 17 位表示的性别（奇数为男，偶数为女）不一致。请核对后改正错误的一项。',
      en: '"{column}" does not match the sex encoded in the resident ID number (17th digit: odd is male, even is female). Check both and correct the wrong one.',
    },
    birth_date_mismatch_id: {
      'zh-CN':
        '“{column}”与公民身份号码第 7 至 14 位的出生日期不一致。请核对后改正错误的一项。',
      en: '"{column}" does not match the birth date in characters 7 to 14 of the resident ID number. Check both and correct the wrong one.',
    },
    date_after_survey: {
      'zh-CN':
        '“{column}”为 {date}，晚于调查日期 {surveyedAt}。请核对这两个日期。',
      en: '"{column}" is {date}, after the survey date {surveyedAt}. Check both dates.',
    },
    survey_date_in_future: {
      'zh-CN':
        '“{column}”为 {surveyedAt}，晚于今天（{today}）。请改正调查日期。',
      en: '"{column}" is {surveyedAt}, after today ({today}). Correct the survey date.',
    },
    survey_date_before_programme: {
      'zh-CN':
        '“{column}”为 {surveyedAt}，早于工作开始日期 {programmeStart}。请改正调查日期；如果工作开始日期设置有误，请修改该设置。',
      en: '"{column}" is {surveyedAt}, before the programme start date {programmeStart}. Correct the survey date, or the programme start setting if that is wrong.',
    },
    jobs_created_not_self_employed: {
      'zh-CN':
        '“{column}”为 {value}，但就业创业状态不是自主创业。带动就业人数只统计自主创业人员：请核实状态，或清空此项（也可填 0）。',
      en: '"{column}" is {value}, but the status is not self-employed. Jobs created are counted for the self-employed only: check the status, or clear the value (0 is also accepted).',
    },
    started_before_return: {
      'zh-CN':
        '“{column}”比返乡时间早 {days} 天，超过允许的 {tolerance} 天。请核实创业时间和返乡时间。',
      en: '"{column}" is {days} days before the return date, more than the {tolerance} days allowed. Check the business start date and the return date.',
    },
    credit_code_missing: {
      'zh-CN':
        '经营主体类型是登记注册的主体，但没有填写“{column}”。请对照营业执照补填。',
      en: 'The entity type is a registered one, but "{column}" is empty. Fill it in from the business licence.',
    },
    credit_code_unregistered: {
      'zh-CN': '经营主体类型为未登记，却填写了“{column}”。请核实经营主体类型。',
      en: 'The entity type is unregistered, but "{column}" is filled in. Check the entity type.',
    },
    park_not_self_employed: {
      'zh-CN':
        '“{column}”填写了入园，但就业创业状态不是自主创业。入园创业只统计自主创业人员，请核实。',
      en: '"{column}" names a park, but the status is not self-employed. Only the self-employed are counted in parks; check both values.',
    },
    record_id_duplicate: {
      'zh-CN':
        '“{column}”{value} 与第 {firstRow} 行重复。记录编号在一轮调查内应唯一，请核实是否重复录入。',
      en: '"{column}" {value} repeats row {firstRow}. Record numbers must be unique within a survey round; check whether the person was entered twice.',
    },
    // The validator belongs to the embedding app, so its message is shown
    // as written.
    extra_field_invalid: {
      'zh-CN': '{message}',
      en: '{message}',
    },
    extra_field_async: {
      'zh-CN':
        '“{column}”的校验器返回了 Promise，但额外字段只支持同步校验。请改用不含异步检查的校验器。',
      en: 'The validator of "{column}" returned a Promise, but extra fields take synchronous validators only. Use a validator without asynchronous checks.',
    },
  };
