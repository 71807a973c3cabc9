// Names of returnee businesses and of the employers returnees work for.

/** Words that start the trade names of local firms. */
const TRADE_WORDS = [
  ...'山水 雁归 绿源 黔东 鑫源 恒达 兴旺 云雾 青峰 佳和 乡味 黔味 丰源 众鑫 盛达 金穗 翠谷 福满 华泰 百川 源丰 锦程 喜乐 顺发'.split(
    ' ',
  ),
];

/** Trade descriptions of companies by industry section. */
/** @type {Partial<Record<string, string[]>>} */
const COMPANY_TRADES = {
  A: ['农业开发', '生态农业', '茶业'],
  C: ['食品', '茶业', '服饰', '电子', '竹木制品'],
  E: ['建筑工程', '装饰工程'],
  F: ['商贸', '电子商务'],
  G: ['物流', '运输'],
  H: ['餐饮管理', '酒店管理'],
  I: ['网络科技'],
  L: ['劳务服务'],
  O: ['家政服务'],
};

/** Shop names of individual households by industry section. */
/** @type {Partial<Record<string, string[]>>} */
const SHOP_KINDS = {
  A: ['养殖场', '种植园'],
  F: ['便利店', '农资店', '建材店', '副食店', '五金店'],
  G: ['货运部'],
  H: ['小吃店', '农家乐', '粉馆', '火锅店'],
  O: ['理发店', '家电维修部', '摩托车修理店', '洗车店'],
};

/** Names of unregistered businesses by industry section. */
/** @type {Partial<Record<string, string[]>>} */
const PROJECTS = {
  A: [
    '生猪养殖',
    '蔬菜种植',
    '肉牛养殖',
    '林下养鸡',
    '中药材种植',
    '精品水果种植',
  ],
  F: ['网店', '农村电商代购', '水果批发'],
  G: ['自有货车运输', '乡村客运'],
  H: ['早餐摊', '烧烤摊'],
  O: ['摩托车修理', '装修队', '家政服务'],
};

/** Products of cooperatives and family farms. */
const FARM_PRODUCTS = [
  '茶叶种植',
  '生猪养殖',
  '蔬菜种植',
  '中药材种植',
  '精品水果种植',
  '肉牛养殖',
  '食用菌种植',
  '油茶种植',
  '蜜蜂养殖',
  '生态养鸡',
];

/**
 * @typedef {object} NameContext
 * @property {string} surname surname of the first founder
 * @property {string} villageBase village name without 村 or 社区
 * @property {string} townshipName
 */

/**
 * Names a business after its type, industry, first founder and village.
 * @param {import('./random.mjs').Random} random
 * @param {import('./businesses.mjs').Business} business
 * @param {NameContext} context
 * @returns {string}
 */
export function nameBusiness(random, business, context) {
  const word = random.pick(TRADE_WORDS);
  const industry = business.industry;
  const trade = random.pick(COMPANY_TRADES[industry] ?? ['实业']);
  if (business.familyFarm) {
    return `雁归县${context.villageBase}${context.surname}氏家庭农场`;
  }
  switch (business.entityType) {
    case 'farmers_cooperative':
      return `雁归县${context.villageBase}${random.pick(FARM_PRODUCTS)}专业合作社`;
    case 'limited_company':
      return `${random.chance(0.6) ? '雁归县' : '贵州'}${word}${trade}有限公司`;
    case 'joint_stock_company':
      return `贵州${word}${trade}股份有限公司`;
    case 'sole_proprietorship':
      return `雁归县${word}${trade}经营部`;
    case 'partnership':
      return `雁归县${word}${trade}中心（普通合伙）`;
    case 'other_enterprise':
      return `雁归县${word}${trade}中心`;
    case 'individual_household': {
      const shop = random.pick(SHOP_KINDS[industry] ?? ['经营部']);
      return `雁归县${context.townshipName}${context.surname}记${shop}`;
    }
    case 'unregistered':
      return `${context.surname}家${random.pick(PROJECTS[industry] ?? ['小生意'])}`;
  }
}

/** Shops of a township seat and their industry sections. */
const LOCAL_SHOPS = /** @type {const} */ ([
  ['超市', 'F'],
  ['酒店', 'H'],
  ['物流站', 'G'],
]);

/**
 * @typedef {object} Employer
 * @property {string} name
 * @property {import('./labels.mjs').IndustryLetter} industry
 */

/**
 * Builds the employers of the county: firms, the hospital, schools and
 * township health centres.
 * @param {import('./random.mjs').Random} random
 * @param {import('./registry.mjs').Registry} registry
 * @returns {{ county: Employer[], byTownship: Map<string, Employer[]> }}
 */
export function buildEmployers(random, registry) {
  /** @type {Employer[]} */
  const county = [
    { name: '雁归县人民医院', industry: 'Q' },
    { name: '雁归县中医院', industry: 'Q' },
    { name: '雁归县第一中学', industry: 'P' },
    { name: '雁归县职业教育中心', industry: 'P' },
    { name: '雁归县城市管理综合服务中心', industry: 'N' },
  ];
  const industries = /** @type {const} */ ([
    'C',
    'C',
    'C',
    'E',
    'E',
    'F',
    'G',
    'H',
    'A',
    'O',
    'N',
    'K',
  ]);
  const names = new Set();
  while (county.length < 70) {
    const industry = random.pick(industries);
    const trade = random.pick(
      COMPANY_TRADES[industry] ?? ['环卫服务', '物业服务'],
    );
    const prefix = random.chance(0.7) ? '雁归县' : '贵州';
    const name = `${prefix}${random.pick(TRADE_WORDS)}${trade}有限公司`;
    if (names.has(name)) continue;
    names.add(name);
    county.push({ name, industry });
  }
  /** @type {Map<string, Employer[]>} */
  const byTownship = new Map();
  for (const township of registry.townships) {
    const clinic = township.name.endsWith('街道')
      ? '社区卫生服务中心'
      : '卫生院';
    const [shop, industry] = random.pick(LOCAL_SHOPS);
    byTownship.set(township.code, [
      { name: `${township.name}${clinic}`, industry: 'Q' },
      { name: `${township.name}中心小学`, industry: 'P' },
      { name: `${township.base}${shop}`, industry },
    ]);
  }
  return { county, byTownship };
}
