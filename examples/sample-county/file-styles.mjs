// File styles of the townships: header wording, column order and selection,
// encoding, date forms and value forms. Townships differ, as exports saved
// from Excel by different offices do.

import { DAY_FORMS, MONTH_FORMS } from './calendar.mjs';
import { LIST_SEPARATORS } from './labels.mjs';

/**
 * Fields in template order: name, headers (standard first, then aliases),
 * and whether a township may leave the column out.
 * @typedef {readonly [string, readonly string[], boolean]} FieldColumn
 */

/** @type {readonly FieldColumn[]} */
const COMMON_LEADING = [
  ['recordId', ['记录编号', '编号'], true],
  ['name', ['姓名', '名字'], false],
  ['residentId', ['公民身份号码', '身份证号', '身份证号码', '证件号码'], false],
  ['sex', ['性别'], false],
  ['birthDate', ['出生日期', '出生年月'], true],
  ['ethnicity', ['民族'], true],
  ['education', ['文化程度', '学历'], true],
  ['phone', ['联系电话', '手机号码', '电话'], true],
  ['township', ['乡镇(街道)', '乡镇', '所属乡镇', '乡镇街道'], false],
  ['village', ['村(社区)', '村', '行政村', '村居'], false],
  ['skills', ['技能特长', '专业技能'], true],
];

/** @type {readonly FieldColumn[]} */
const COMMON_TRAILING = [
  ['surveyedAt', ['调查日期', '填报日期'], false],
  ['enumerator', ['调查员', '调查人'], false],
];

/** Columns of the returnee database, in template order. */
export const RETURNEE_COLUMNS = /** @type {readonly FieldColumn[]} */ ([
  ...COMMON_LEADING,
  ['returnedAt', ['返乡时间', '回乡时间'], false],
  ['previousWorkProvince', ['返乡前务工省份'], true],
  ['status', ['就业创业状态', '目前状态'], false],
  ['employer', ['就业单位'], false],
  ['industry', ['从事行业', '行业'], false],
  ['businessName', ['经营主体名称', '创业项目名称'], false],
  ['entityType', ['经营主体类型', '主体类型'], false],
  ['familyFarm', ['家庭农场'], false],
  ['creditCode', ['统一社会信用代码', '信用代码'], false],
  ['startedAt', ['创业时间'], false],
  ['investment', ['投资额(万元)'], true],
  ['park', ['入园情况', '是否入园'], false],
  ['jobsCreated', ['带动就业人数'], false],
  ['support', ['享受扶持政策', '扶持政策'], false],
  ['loanAmount', ['贷款金额(万元)'], false],
  ...COMMON_TRAILING,
]);

/** Columns of the database of people working away, in template order. */
export const OUT_MIGRANT_COLUMNS = /** @type {readonly FieldColumn[]} */ ([
  ...COMMON_LEADING,
  // Always present: the departed-after-survey fault needs the column.
  ['departedAt', ['外出时间', '外出务工时间'], false],
  ['workProvince', ['务工省份', '务工地点'], false],
  ['workCity', ['务工城市'], true],
  ['industry', ['从事行业', '行业'], false],
  ['occupation', ['职业(工种)', '工种'], true],
  ['monthlyIncome', ['月收入(元)', '月均收入'], false],
  ['returnIntention', ['返乡意愿'], false],
  ['needs', ['需求', '希望获得的帮助'], false],
  ...COMMON_TRAILING,
]);

/** Header of a column the template does not define. */
export const REMARKS_HEADER = '备注';

/**
 * @typedef {object} FileStyle
 * @property {{ field: string, header: string }[]} columns in file order
 * @property {'utf-8-bom' | 'utf-8' | 'gb18030'} encoding
 * @property {import('./calendar.mjs').DayForm} dayForm main form of dates
 * @property {import('./calendar.mjs').MonthForm | null} monthForm main form
 *   of return, departure and start dates when only the month is kept, or
 *   null when the file always keeps the day
 * @property {'name' | 'short' | 'code'} townshipForm
 * @property {'name' | 'short' | 'code' | 'committee'} villageForm
 * @property {'name' | 'short' | 'code'} provinceForm
 * @property {boolean} industryLetters
 * @property {boolean} educationCodes
 * @property {boolean} ethnicityCodes
 * @property {string} separator of multi-value cells
 * @property {boolean} blankNo writes 否 and 0 as empty cells
 * @property {'X' | 'x'} checkX case of the check character X
 * @property {'' | "'" | 'formula'} idWrapper text prefix of ID numbers
 */

/**
 * Chooses the style of one file.
 * @param {import('./random.mjs').Random} random
 * @param {'returnee' | 'out-migrant'} kind
 * @returns {FileStyle}
 */
export function chooseFileStyle(random, kind) {
  const template = kind === 'returnee' ? RETURNEE_COLUMNS : OUT_MIGRANT_COLUMNS;
  const fullWidthBrackets = random.chance(0.2);
  /** @type {{ field: string, header: string }[]} */
  let columns = [];
  for (const [field, headers, optional] of template) {
    if (optional && random.chance(0.2)) continue;
    let header = random.chance(0.55)
      ? /** @type {string} */ (headers[0])
      : random.pick(headers);
    if (fullWidthBrackets)
      header = header.replace('(', '（').replace(')', '）');
    columns.push({ field, header });
  }
  const order = random.next();
  if (order < 0.1) {
    columns = random.shuffle(columns);
  } else if (order < 0.3) {
    for (let i = 0; i < 3; i++) {
      const a = random.int(0, columns.length - 1);
      const b = random.int(0, columns.length - 1);
      [columns[a], columns[b]] = [
        /** @type {{ field: string, header: string }} */ (columns[b]),
        /** @type {{ field: string, header: string }} */ (columns[a]),
      ];
    }
  }
  if (random.chance(0.15))
    columns.push({ field: 'remarks', header: REMARKS_HEADER });

  return {
    columns,
    encoding: random.weighted([
      ['utf-8-bom', 35],
      ['utf-8', 30],
      ['gb18030', 35],
    ]),
    dayForm: random.weighted([
      ['iso', 30],
      ['slash', 25],
      ['chinese', 12],
      ['compact', 10],
      ['dot', 8],
      ['serial', 15],
    ]),
    monthForm: random.chance(0.35) ? random.pick(MONTH_FORMS) : null,
    townshipForm: random.weighted([
      ['name', 70],
      ['short', 15],
      ['code', 15],
    ]),
    villageForm: random.weighted([
      ['name', 65],
      ['short', 20],
      ['code', 10],
      ['committee', 5],
    ]),
    provinceForm: random.weighted([
      ['name', 50],
      ['short', 40],
      ['code', 10],
    ]),
    industryLetters: random.chance(0.2),
    educationCodes: random.chance(0.1),
    ethnicityCodes: random.chance(0.1),
    separator: random.pick(LIST_SEPARATORS),
    blankNo: random.chance(0.4),
    checkX: random.chance(0.3) ? 'x' : 'X',
    idWrapper: random.weighted([
      ['', 85],
      ["'", 10],
      ['formula', 5],
    ]),
  };
}

/**
 * Tells whether a file style has a column for a field.
 * @param {FileStyle} style
 * @param {string} field
 * @returns {boolean}
 */
export function hasColumn(style, field) {
  return style.columns.some((column) => column.field === field);
}

/** Every day form, for rows that stray from their file's main form. */
export const OTHER_DAY_FORMS = DAY_FORMS.filter((form) => form !== 'serial');
