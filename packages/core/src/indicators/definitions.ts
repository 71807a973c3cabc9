import type { Locale } from '../issues/issue.js';
import {
  countPersons,
  type IndicatorReducer,
  sumOverBusinesses,
} from './reducers.js';
import {
  isCountedEntity,
  isEmployedOrSelfEmployed,
  isInPark,
  isReturneeAtHome,
  isSelfEmployed,
} from './rules.js';

/** Identifiers of the six returnee indicators, in publication order. */
export type IndicatorId =
  | 'returnees'
  | 'employedOrSelfEmployed'
  | 'selfEmployed'
  | 'inPark'
  | 'jobsCreated'
  | 'entitiesFounded';

/** Text in each supported language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** One returnee indicator: its published texts and its reducer. */
export interface IndicatorDefinition {
  /** Stable identifier, also the column id in the publication bundle. */
  id: IndicatorId;
  /** Short name, used as column header. */
  label: LocalizedText;
  /** Unit of the value. */
  unit: LocalizedText;
  /** Exact counting rule, as published on the methodology page. */
  rule: LocalizedText;
  /**
   * `person` when the indicator counts persons, `business` when it sums over
   * businesses, which the aggregation keeps in one township.
   */
  scope: 'person' | 'business';
  /** Reducer from deduplicated persons to the value. */
  compute: IndicatorReducer;
}

/** The six returnee indicators, in publication order. */
export const returneeIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'returnees',
    label: { 'zh-CN': '回乡就业创业人数', en: 'Returnees at home' },
    unit: { 'zh-CN': '人', en: 'people' },
    rule: {
      'zh-CN':
        '同一人的多条记录合并后每人计一次（按公民身份号码、姓名、出生日期、电话和地点匹配，见“去重”）：截至统计日期的最新一条调查记录中，就业创业状态为“就业”“自主创业”或“未就业”，且返乡时间不晚于统计日期的人员。返乡时间只填到年月的，该月不晚于统计日期所在月即计入。最新记录为“再次外出”的人员不计入。',
      en: 'Persons, counted once after the records of one person are merged (matched on resident ID number, name, birth date, phone and place; see Deduplication), whose latest record surveyed on or before the reference date has the status employed, self-employed or not yet employed, and whose return date is on or before the reference date. A return date given as a year and month counts when that month is not after the month of the reference date. A person whose latest record says left again is not counted.',
    },
    scope: 'person',
    compute: countPersons(isReturneeAtHome),
  },
  {
    id: 'employedOrSelfEmployed',
    label: { 'zh-CN': '实现就业创业人数', en: 'Employed or self-employed' },
    unit: { 'zh-CN': '人', en: 'people' },
    rule: {
      'zh-CN': '回乡就业创业人员中，状态为“就业”或“自主创业”的人员。',
      en: 'Returnees at home whose status is employed or self-employed.',
    },
    scope: 'person',
    compute: countPersons(isEmployedOrSelfEmployed),
  },
  {
    id: 'selfEmployed',
    label: { 'zh-CN': '自主创业人数', en: 'Self-employed founders' },
    unit: { 'zh-CN': '人', en: 'people' },
    rule: {
      'zh-CN':
        '回乡就业创业人员中，状态为“自主创业”的人员。共同创办同一经营主体的，每人各计一次。',
      en: 'Returnees at home whose status is self-employed. Co-founders of one business each count.',
    },
    scope: 'person',
    compute: countPersons(isSelfEmployed),
  },
  {
    id: 'inPark',
    label: { 'zh-CN': '入园创业人数', en: 'Founders in a park' },
    unit: { 'zh-CN': '人', en: 'people' },
    rule: {
      'zh-CN': '自主创业人员中，入园情况为“创业孵化园”或“创业园”的人员。',
      en: 'Self-employed returnees whose park is the incubation park (创业孵化园) or the startup park (创业园).',
    },
    scope: 'person',
    compute: countPersons(isInPark),
  },
  {
    id: 'jobsCreated',
    label: { 'zh-CN': '带动就业人数', en: 'Jobs created' },
    unit: { 'zh-CN': '人', en: 'jobs' },
    rule: {
      'zh-CN':
        '自主创业人员所办经营主体的带动就业人数之和。经营主体按统一社会信用代码识别，未填代码的以创业者本人为一个经营主体。填报同一信用代码的共同创业者只计一个经营主体，取其中最大的带动就业人数。未填带动就业人数的按 0 计。创业者分属不同乡镇的经营主体，计入其中乡镇代码最小的乡镇。',
      en: 'Sum of the jobs created by the businesses of self-employed returnees. A business is identified by its unified social credit code, or, without a code, by its founder. Co-founders who give the same credit code count as one business, with the largest number of jobs any of them reports. A missing number counts as 0. A business whose founders are recorded in different townships counts in the township with the lowest code among them.',
    },
    scope: 'business',
    compute: sumOverBusinesses((record, context) =>
      isSelfEmployed(record, context) ? (record.jobsCreated ?? 0) : undefined,
    ),
  },
  {
    id: 'entitiesFounded',
    label: { 'zh-CN': '创办经济实体数', en: 'Economic entities founded' },
    unit: { 'zh-CN': '个', en: 'entities' },
    rule: {
      'zh-CN':
        '自主创业人员所办已登记经济实体的个数，按统一社会信用代码去重。计入的主体类型为农民专业合作社、个人独资企业、合伙企业、有限责任公司、股份有限公司和其他企业；认定为家庭农场的主体无论登记类型均计入，但“未登记”的除外。个体工商户只在设置 countIndividualHouseholds 为 true 时计入（默认不计入）。“未登记”的主体和未填统一社会信用代码的主体一律不计入。共同创业者中有一人的记录符合条件，该主体即计入。创业者分属不同乡镇的经济实体，计入其中乡镇代码最小的乡镇。',
      en: "Number of registered economic entities founded by self-employed returnees, counted once per unified social credit code. Farmers' cooperatives, sole proprietorships, partnerships, limited companies, joint-stock companies and other enterprises count, and so does any business designated a family farm unless its entity type is unregistered. Individual businesses (个体工商户) count only when the setting countIndividualHouseholds is true (default false). Unregistered businesses and businesses without a credit code never count. An entity counts when the record of any one of its co-founders meets these conditions. An entity whose founders are recorded in different townships counts in the township with the lowest code among them.",
    },
    scope: 'business',
    compute: sumOverBusinesses((record, context) =>
      isCountedEntity(record, context) ? 1 : undefined,
    ),
  },
];

/** Returns the definition of an indicator. */
export function indicatorById(id: IndicatorId): IndicatorDefinition {
  const definition = returneeIndicators.find(
    (candidate) => candidate.id === id,
  );
  if (definition === undefined) {
    throw new RangeError(`Unknown indicator id: ${id}`);
  }
  return definition;
}
