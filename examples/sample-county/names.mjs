// Personal names: surnames with approximate national frequencies (per
// thousand people), given-name characters by sex and generation, and a few
// names of minority peoples written with the middle dot.

import { parseWeights, weightedPicker } from './random.mjs';

/** Surnames and their approximate share per thousand people. */
const SURNAME_TABLE = `
  王 71  李 70  张 67  刘 54  陈 45  杨 31  黄 22  赵 21  吴 20  周 19
  徐 17  孙 15  马 14  朱 13  胡 13  郭 12  何 12  高 11  林 11  罗 11
  郑 10  梁 10  谢 9   宋 8   唐 8   许 7   韩 7   冯 7   邓 7   曹 7
  彭 6   曾 6   肖 6   田 6   董 5   袁 5   潘 5   于 5   蒋 5   蔡 5
  余 5   杜 5   叶 4   程 4   苏 4   魏 4   吕 4   丁 4   任 4   沈 4
  姚 4   卢 4   姜 4   崔 3   钟 3   谭 3   陆 3   汪 3   范 3   金 3
  石 3   廖 3   贾 3   夏 3   韦 3   付 3   方 3   白 3   邹 3   孟 3
  熊 3   秦 3   邱 3   江 3   尹 3   薛 2   闫 2   段 2   雷 2   侯 2
  龙 2   史 2   陶 2   黎 2   贺 2   顾 2   毛 2   郝 2   龚 2   邵 2
  万 2   覃 2   武 2   戴 2   莫 2   冉 2   安 1   舒 1   滕 1
  欧阳 0.5  上官 0.2  司马 0.2
`;

/** Surnames with their weights. */
const SURNAMES = parseWeights(SURNAME_TABLE);

/** Surnames common in the hills of north-east Guizhou, used as village clans. */
export const LOCAL_SURNAMES = [...'杨田龙吴张冉安石滕罗杜舒姚任'];

/** Given-name characters by sex for people born before 1980. */
const OLDER_GIVEN = {
  male: [
    ...'建国华军明强平伟志文海林斌勇刚成德忠荣祥发春永正光昌兴旺金顺友才山贵富福学松云生',
  ],
  female: [...'芳英兰秀桂珍梅凤菊翠花玉红霞琴萍丽艳群美云春香莲素巧娥'],
};

/** Given-name characters by sex for people born in 1980 or later. */
const YOUNGER_GIVEN = {
  male: [
    ...'伟强杰涛明斌超辉鹏飞磊宇浩俊峰龙江波勇军毅鑫凯帅亮晨阳洋博文豪宏雄航',
  ],
  female: [...'丽娟敏静霞燕艳玲婷雪慧琳洁娜倩莉欣怡梦佳颖蕾瑶丹露晶璐琴芳'],
};

/** Given-name characters for people born in 2000 or later. */
const YOUNGEST_GIVEN = {
  male: [...'浩宇轩子涵博文俊杰睿泽晨阳航铭皓然奕'],
  female: [...'欣怡梓涵雨萱诗语嘉思佳梦琪悦瑶可馨雪'],
};

/** Rare characters used in a few given names, one of them beyond the BMP. */
const RARE_GIVEN = ['䶮', '𠅤'];

/** Names of Uyghur people, with their sex, written with the middle dot. */
const MIDDLE_DOT_NAMES = /** @type {const} */ ([
  ['阿不都·热合曼', 'male'],
  ['买买提·吐尔逊', 'male'],
  ['艾力·买买提', 'male'],
  ['努尔·艾合买提', 'male'],
  ['古丽·艾力', 'female'],
  ['热依拉·买买提', 'female'],
  ['阿依古丽·吐尔洪', 'female'],
]);

/** Homophones and traditional forms that appear in duplicate records. */
const VARIANTS = new Map([
  ['张', '章'],
  ['徐', '许'],
  ['杨', '阳'],
  ['刘', '劉'],
  ['吴', '伍'],
  ['陈', '陳'],
  ['李', '黎'],
  ['明', '铭'],
  ['伟', '玮'],
  ['丽', '莉'],
  ['芳', '方'],
  ['军', '君'],
  ['华', '華'],
  ['红', '紅'],
  ['林', '琳'],
]);

const pickSurname = weightedPicker(SURNAMES);

/**
 * Draws a surname: one of the village's clan surnames with probability 0.4,
 * otherwise from the national frequencies.
 * @param {import('./random.mjs').Random} random
 * @param {readonly string[]} clanSurnames
 * @returns {string}
 */
export function drawSurname(random, clanSurnames) {
  if (clanSurnames.length > 0 && random.chance(0.4)) {
    return random.pick(clanSurnames);
  }
  return pickSurname(random);
}

/**
 * Draws a full name for a person of a given sex and birth year. About one in
 * 2,000 names is a Uyghur name with a middle dot and about one in 5,000 uses
 * a rare character.
 * @param {import('./random.mjs').Random} random
 * @param {'male' | 'female'} sex
 * @param {number} birthYear
 * @param {readonly string[]} clanSurnames
 * @returns {{ name: string, middleDot: boolean }}
 */
export function drawName(random, sex, birthYear, clanSurnames) {
  if (random.chance(0.0005)) {
    const candidates = MIDDLE_DOT_NAMES.filter(([, s]) => s === sex);
    return { name: random.pick(candidates)[0], middleDot: true };
  }
  const surname = drawSurname(random, clanSurnames);
  const pool =
    birthYear < 1980
      ? OLDER_GIVEN[sex]
      : birthYear < 2000
        ? YOUNGER_GIVEN[sex]
        : random.chance(0.5)
          ? YOUNGEST_GIVEN[sex]
          : YOUNGER_GIVEN[sex];
  const first = random.pick(pool);
  if (random.chance(0.0002)) {
    return {
      name: surname + first + random.pick(RARE_GIVEN),
      middleDot: false,
    };
  }
  // About a third of given names have one character and the rest two.
  if (random.chance(0.32)) return { name: surname + first, middleDot: false };
  const second = random.chance(0.04) ? first : random.pick(pool);
  return { name: surname + first + second, middleDot: false };
}

/**
 * Returns the name with one character replaced by a homophone or a
 * traditional form, or the name itself when no character has a variant.
 * @param {import('./random.mjs').Random} random
 * @param {string} name
 * @returns {string}
 */
export function varyName(random, name) {
  const characters = [...name];
  const positions = characters
    .map((character, index) => (VARIANTS.has(character) ? index : -1))
    .filter((index) => index >= 0);
  if (positions.length === 0) return name;
  const index = random.pick(positions);
  characters[index] = /** @type {string} */ (
    VARIANTS.get(/** @type {string} */ (characters[index]))
  );
  return characters.join('');
}

/**
 * Returns the surname of a Chinese name: two characters for compound
 * surnames, otherwise the first character.
 * @param {string} name
 * @returns {string}
 */
export function surnameOf(name) {
  const compound = ['欧阳', '上官', '司马'].find((s) => name.startsWith(s));
  return compound ?? [...name][0] ?? '';
}
