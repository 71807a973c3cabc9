// Labels of the code lists the survey template uses, with the shares this
// sample county draws them with. Shares are invented for the example and
// only loosely follow published migrant-worker statistics.

/**
 * Provinces of work of people from the county, one a line: GB/T 2260 code,
 * full name, short name, relative share, and cities or districts of work.
 */
const PROVINCE_TABLE = `
  44 广东省 广东 30 广州市 深圳市 东莞市 佛山市 中山市 惠州市 珠海市 江门市
  33 浙江省 浙江 22 杭州市 宁波市 温州市 金华市 义乌市 台州市 嘉兴市 绍兴市
  52 贵州省 贵州 12 贵阳市 遵义市 铜仁市 毕节市 六盘水市 安顺市 凯里市
  35 福建省 福建 9 厦门市 福州市 泉州市 晋江市 莆田市
  32 江苏省 江苏 8 苏州市 昆山市 无锡市 南京市 常州市
  31 上海市 上海 6 松江区 嘉定区 闵行区 浦东新区
  11 北京市 北京 2 朝阳区 大兴区 昌平区
  50 重庆市 重庆 2 渝北区 九龙坡区 涪陵区
  43 湖南省 湖南 1.5 长沙市 怀化市
  53 云南省 云南 1.5 昆明市 玉溪市
  42 湖北省 湖北 1 武汉市 宜昌市
  51 四川省 四川 1 成都市
  45 广西壮族自治区 广西 1 南宁市 柳州市
  37 山东省 山东 1 青岛市 济南市
  12 天津市 天津 0.5 滨海新区
  46 海南省 海南 0.5 海口市 三亚市
  65 新疆维吾尔自治区 新疆 0.5 乌鲁木齐市 库尔勒市
`;

/**
 * A province of work.
 * @typedef {object} Province
 * @property {string} code GB/T 2260 two-digit code
 * @property {string} name full name
 * @property {string} short short name
 * @property {number} share relative share of people working there
 * @property {string[]} cities
 */

/** Provinces of work, largest share first. @type {readonly Province[]} */
export const PROVINCES = PROVINCE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code = '', name = '', short = '', share = '', ...cities] = line
      .trim()
      .split(/\s+/);
    return { code, name, short, share: Number(share), cities };
  });

/** GB/T 4754-2017 sections used in the sample county, by letter. */
export const INDUSTRIES = {
  A: '农、林、牧、渔业',
  C: '制造业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  K: '房地产业',
  L: '租赁和商务服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
};

/** @typedef {keyof typeof INDUSTRIES} IndustryLetter */

/** Occupations of people working away, by industry section. */
export const OCCUPATIONS = {
  A: ['果园工', '养殖工'],
  C: ['普工', '操作工', '电子装配工', '质检员', '缝纫工', '机修工', '技术员'],
  E: ['钢筋工', '木工', '泥瓦工', '架子工', '电焊工', '水电工', '油漆工'],
  F: ['销售员', '店员', '理货员', '电商客服'],
  G: ['货车司机', '快递员', '外卖骑手', '网约车司机', '仓管员'],
  H: ['厨师', '服务员', '帮厨', '收银员'],
  I: ['网络主播', '程序员', '网络维护员'],
  K: ['物业管理员', '房产中介'],
  L: ['保安', '劳务派遣员'],
  N: ['环卫工', '绿化工'],
  O: ['保洁员', '家政服务员', '美发师', '汽车修理工'],
  P: ['幼儿教师'],
  Q: ['护工', '护士'],
  R: ['演员', '健身教练'],
};

/**
 * Education levels: label and GB/T 4658 code.
 * @type {readonly { label: string, code: string }[]}
 */
export const EDUCATION = [
  { label: '研究生', code: '10' },
  { label: '本科', code: '20' },
  { label: '大专', code: '30' },
  { label: '中专', code: '40' },
  { label: '高中', code: '60' },
  { label: '初中', code: '70' },
  { label: '小学', code: '80' },
  { label: '未上过学', code: '90' },
];

/**
 * Ethnic groups of the county with GB/T 3304 codes and shares.
 * @type {readonly { label: string, code: string, share: number }[]}
 */
export const ETHNICITIES = [
  { label: '汉族', code: '01', share: 55 },
  { label: '土家族', code: '15', share: 20 },
  { label: '苗族', code: '06', share: 12 },
  { label: '侗族', code: '12', share: 8 },
  { label: '仡佬族', code: '37', share: 3 },
  { label: '布依族', code: '09', share: 1 },
  { label: '彝族', code: '07', share: 1 },
];

/** Label of the Uyghur ethnic group and its GB/T 3304 code. */
export const UYGHUR = { label: '维吾尔族', code: '05' };

/** Returnee status labels by model code. */
export const STATUS_LABELS = {
  employed: '就业',
  self_employed: '自主创业',
  unemployed: '未就业',
  left_again: '再次外出',
};

/** @typedef {keyof typeof STATUS_LABELS} Status */

/** Entity type labels by model code. */
export const ENTITY_TYPE_LABELS = {
  individual_household: '个体工商户',
  farmers_cooperative: '农民专业合作社',
  sole_proprietorship: '个人独资企业',
  partnership: '合伙企业',
  limited_company: '有限责任公司',
  joint_stock_company: '股份有限公司',
  other_enterprise: '其他企业',
  unregistered: '未登记',
};

/** @typedef {keyof typeof ENTITY_TYPE_LABELS} EntityType */

/** Park labels by model code. */
export const PARK_LABELS = {
  incubation_park: '创业孵化园',
  startup_park: '创业园',
  none: '否',
};

/** @typedef {keyof typeof PARK_LABELS} Park */

/** Support policy labels. */
export const SUPPORT = {
  guaranteedLoan: '创业担保贷款',
  householdCredit: '互惠农家贷款',
  microEnterprise: '微型企业扶持',
  startupTraining: '创业培训',
  skillsTraining: '技能培训',
  rentSubsidy: '场地租金补贴',
  other: '其他',
};

/** Need labels of people working away. */
export const NEEDS = {
  skillsTraining: '技能培训',
  startupTraining: '创业培训',
  startupLoan: '创业贷款',
  jobInformation: '就业信息',
  premises: '创业场地',
  policyAdvice: '政策咨询',
  other: '其他',
};

/** Return intention labels by model code. */
export const RETURN_INTENTION_LABELS = {
  return_to_work: '返乡就业',
  return_to_start_business: '返乡创业',
  not_returning: '暂不返乡',
  undecided: '不确定',
};

/** @typedef {keyof typeof RETURN_INTENTION_LABELS} ReturnIntention */

/** Skills recorded in the survey. */
export const SKILLS = [
  '电工',
  '焊工',
  '厨师',
  '驾驶',
  '泥瓦工',
  '木工',
  '缝纫',
  '美容美发',
  '电子装配',
  '家政服务',
  '养殖',
  '种植',
  '电商',
  '汽车维修',
  '钢筋工',
  '水电安装',
  '茶叶加工',
  '挖掘机操作',
];

/** Separators of multi-value cells seen in the files. */
export const LIST_SEPARATORS = ['、', '；', ';', '，', ','];
