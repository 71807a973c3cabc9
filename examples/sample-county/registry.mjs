// The fictional county 雁归县: its townships and villages with statistical
// codes. The county code 522299 lies in Guizhou (province code 52) but is
// not the code of any real county.

import { apportion } from './random.mjs';
import { LOCAL_SURNAMES } from './names.mjs';

/** County code and name. */
export const COUNTY = { code: '522299', name: '雁归县' };

/**
 * Townships: 3-digit suffix of the 9-digit code, name, and range of village
 * counts. Codes 001-099 are sub-districts (街道), 100-199 towns (镇) and
 * 200-399 townships (乡).
 */
const TOWNSHIPS = /** @type {const} */ ([
  ['001', '雁城街道', 10, 14],
  ['002', '文昌街道', 10, 14],
  ['003', '龙泉街道', 10, 14],
  ['004', '东山街道', 10, 14],
  ['100', '清溪镇', 28, 36],
  ['101', '鹤鸣镇', 28, 36],
  ['102', '桃源镇', 28, 36],
  ['103', '白沙镇', 28, 36],
  ['104', '青山镇', 28, 36],
  ['105', '双河镇', 28, 36],
  ['106', '大坪镇', 28, 36],
  ['107', '茶园镇', 28, 36],
  ['108', '新场镇', 28, 36],
  ['109', '兴隆镇', 28, 36],
  ['110', '长坝镇', 28, 36],
  ['200', '高峰乡', 16, 22],
  ['201', '云雾乡', 16, 22],
  ['202', '松林乡', 16, 22],
  ['203', '杉木苗族乡', 16, 22],
  ['204', '岩门土家族乡', 16, 22],
]);

/** Total number of villages and communities in the county. */
const VILLAGE_TOTAL = 500;

/** Names of urban communities (社区), without the suffix. */
const COMMUNITY_BASES = [
  ...'城南 城北 城东 城西 滨河 文昌 和平 新华 人民 兴隆 团结 建设 解放 东门 西门 南门 北门 桥头 河滨 龙泉 凤凰 锦江 书院 学府 花园 阳光 幸福 振兴 新城 站前 雁塔 白鹭 翠湖 望江 金桂 玉屏'.split(
    ' ',
  ),
];

/** First characters of village names. */
const VILLAGE_FIRST = [
  ...'大小新老上下中高石龙凤马牛羊杨李王张黄茶桃梨竹松柏枫青白红金银水花兴和安平太长团双三五七九沙泥岩坪田鹿鹰鱼木桐油梅杉',
];

/** Landform characters that end village names in the hills of Guizhou. */
const VILLAGE_SECOND = [
  ...'坝寨坪屯堡冲湾坡沟岩洞桥营场哨关坳塘田溪河山岭林园庄岗头口井坎',
];

/** Three-character village names. */
const VILLAGE_LONG = [
  ...'杨柳湾 大坪子 石板桥 马鞍山 老鹰岩 水井坎 观音阁 青杠林 核桃坪 桂花树 凉水井 白果树 黄泥塘 猫鼻梁 烂泥沟 梨子园 茶树坪 龙潭坝 岩脚寨 三岔河 鸭子塘 枫香坪 樱桃沟 土地坳'.split(
    ' ',
  ),
];

/**
 * @typedef {object} Village
 * @property {string} code 12-digit statistical code
 * @property {string} name full name with 村 or 社区
 * @property {string} base name without the suffix
 * @property {boolean} community true for a 社区
 * @property {number} weight relative population, about 0.5 to 1.6
 * @property {string[]} clanSurnames surnames common in the village
 */

/**
 * @typedef {object} Township
 * @property {string} code 9-digit statistical code
 * @property {string} name full name
 * @property {string} base name without 镇, 乡 or 街道
 * @property {Village[]} villages
 */

/**
 * @typedef {object} Registry
 * @property {{ code: string, name: string }} county
 * @property {Township[]} townships
 */

/**
 * Builds the county registry. Township names and codes are fixed, but
 * village names, counts and sizes depend on the random stream.
 * @param {import('./random.mjs').Random} random
 * @returns {Registry}
 */
export function buildRegistry(random) {
  const counts = TOWNSHIPS.map(([, , min, max]) => random.int(min, max));
  adjustTotal(random, counts);
  const townships = TOWNSHIPS.map(([suffix, name], index) => {
    const code = COUNTY.code + suffix;
    const base = name.replace(/(街道|镇|乡)$/, '');
    const subDistrict = suffix < '100';
    const villages = buildVillages(
      random,
      code,
      base,
      /** @type {number} */ (counts[index]),
      subDistrict,
    );
    return { code, name, base, villages };
  });
  return { county: COUNTY, townships };
}

/**
 * Moves the village counts of towns up or down by one until they sum to the
 * county total.
 * @param {import('./random.mjs').Random} random
 * @param {number[]} counts
 */
function adjustTotal(random, counts) {
  let total = counts.reduce((a, b) => a + b, 0);
  const towns = TOWNSHIPS.map((t, i) => (t[1].endsWith('镇') ? i : -1)).filter(
    (i) => i >= 0,
  );
  while (total !== VILLAGE_TOTAL) {
    const index = random.pick(towns);
    const step = total < VILLAGE_TOTAL ? 1 : -1;
    counts[index] = /** @type {number} */ (counts[index]) + step;
    total += step;
  }
}

/**
 * Builds the villages of one township. A sub-district is mostly
 * communities, while a town or township has one or two communities at its
 * seat. Community codes run from 001 and village codes from 201, with a few
 * numbers skipped as after village mergers.
 * @param {import('./random.mjs').Random} random
 * @param {string} townshipCode
 * @param {string} townshipBase
 * @param {number} count
 * @param {boolean} subDistrict
 * @returns {Village[]}
 */
function buildVillages(random, townshipCode, townshipBase, count, subDistrict) {
  const communityCount = subDistrict
    ? count - random.int(2, 4)
    : random.int(1, 2);
  const used = new Set();
  /** @type {Village[]} */
  const villages = [];
  const communityBases = random.shuffle(COMMUNITY_BASES);
  let communityNumber = 0;
  let villageNumber = 200;
  for (let i = 0; i < count; i++) {
    const community = i < communityCount;
    let base;
    if (community) {
      base =
        !subDistrict && i === 0
          ? townshipBase
          : /** @type {string} */ (communityBases.find((b) => !used.has(b)));
      communityNumber += random.chance(0.1) ? 2 : 1;
    } else {
      do base = drawVillageBase(random);
      while (used.has(base));
      villageNumber += random.chance(0.1) ? 2 : 1;
    }
    used.add(base);
    const number = community ? communityNumber : villageNumber;
    villages.push({
      code: townshipCode + String(number).padStart(3, '0'),
      name: base + (community ? '社区' : '村'),
      base,
      community,
      weight: 0.5 + random.next() * 1.1,
      clanSurnames: [random.pick(LOCAL_SURNAMES), random.pick(LOCAL_SURNAMES)],
    });
  }
  return villages;
}

/**
 * Draws a village name without its suffix.
 * @param {import('./random.mjs').Random} random
 * @returns {string}
 */
function drawVillageBase(random) {
  if (random.chance(0.12)) return random.pick(VILLAGE_LONG);
  return random.pick(VILLAGE_FIRST) + random.pick(VILLAGE_SECOND);
}

/**
 * Lists every village of the registry with its township.
 * @param {Registry} registry
 * @returns {{ township: Township, village: Village }[]}
 */
export function listVillages(registry) {
  return registry.townships.flatMap((township) =>
    township.villages.map((village) => ({ township, village })),
  );
}

/**
 * Splits a number of people across all villages in proportion to their
 * weights. Every village gets at least one.
 * @param {Registry} registry
 * @param {number} total
 * @returns {number[]} counts in the order of `listVillages`
 */
export function allocateToVillages(registry, total) {
  const villages = listVillages(registry);
  const counts = apportion(
    total - villages.length,
    villages.map(({ village }) => village.weight),
  );
  return counts.map((count) => count + 1);
}

/**
 * Returns the rows of registry.csv: the county, then each township followed
 * by its villages.
 * @param {Registry} registry
 * @returns {string[][]}
 */
export function registryRows(registry) {
  /** @type {string[][]} */
  const rows = [[registry.county.code, registry.county.name]];
  for (const township of registry.townships) {
    rows.push([township.code, township.name]);
    for (const village of township.villages)
      rows.push([village.code, village.name]);
  }
  return rows;
}

/**
 * Finds a village and its township by the village's 12-digit code.
 * @param {Registry} registry
 * @param {string} villageCode
 * @returns {{ township: Township, village: Village }}
 */
export function findPlace(registry, villageCode) {
  const township = registry.townships.find(
    (t) => t.code === villageCode.slice(0, 9),
  );
  const village = township?.villages.find((v) => v.code === villageCode);
  if (!township || !village) throw new Error(`no village ${villageCode}`);
  return { township, village };
}
