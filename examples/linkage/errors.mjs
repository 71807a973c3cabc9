// Errors that survey records of one person show. Each function returns the
// damaged value, or null when the value cannot carry that error: a name
// without a character that has a homophone, or a person born after 1999,
// who has no 15-digit ID number.

import { excelRounded, excelScientific } from '../sample-county/faults.mjs';
import { toLegacyResidentId } from '../sample-county/ids.mjs';

/**
 * Characters and a homophone that an enumerator writing from hearing may
 * use instead. Each pair has the same toneless pinyin.
 */
export const HOMOPHONES = new Map([
  ['张', '章'],
  ['王', '汪'],
  ['李', '理'],
  ['刘', '柳'],
  ['杨', '阳'],
  ['吴', '伍'],
  ['徐', '许'],
  ['林', '琳'],
  ['周', '舟'],
  ['胡', '湖'],
  ['朱', '珠'],
  ['陈', '晨'],
  ['明', '铭'],
  ['伟', '玮'],
  ['丽', '莉'],
  ['芳', '方'],
  ['军', '君'],
  ['华', '桦'],
  ['红', '宏'],
  ['英', '莹'],
  ['静', '婧'],
  ['娟', '鹃'],
  ['峰', '锋'],
  ['平', '萍'],
  ['兰', '岚'],
  ['燕', '艳'],
  ['婷', '亭'],
  ['浩', '皓'],
  ['涛', '滔'],
  ['斌', '彬'],
  ['辉', '晖'],
  ['勇', '永'],
  ['刚', '钢'],
]);

/** Simplified characters and the traditional form some people still write. */
export const TRADITIONAL_FORMS = new Map([
  ['张', '張'],
  ['陈', '陳'],
  ['刘', '劉'],
  ['黄', '黃'],
  ['单', '單'],
  ['赵', '趙'],
  ['吴', '吳'],
  ['杨', '楊'],
  ['马', '馬'],
  ['郑', '鄭'],
  ['谢', '謝'],
  ['韩', '韓'],
  ['冯', '馮'],
  ['邓', '鄧'],
  ['孙', '孫'],
  ['罗', '羅'],
  ['许', '許'],
  ['龙', '龍'],
  ['华', '華'],
  ['红', '紅'],
  ['军', '軍'],
  ['伟', '偉'],
  ['丽', '麗'],
  ['强', '強'],
  ['凤', '鳳'],
  ['兰', '蘭'],
  ['国', '國'],
  ['涛', '濤'],
  ['鹏', '鵬'],
  ['辉', '輝'],
  ['贵', '貴'],
  ['荣', '榮'],
  ['飞', '飛'],
  ['学', '學'],
  ['顺', '順'],
]);

/**
 * Replaces one character of a name that has an entry in `table`.
 * @param {import('../sample-county/random.mjs').Random} random
 * @param {string} name
 * @param {ReadonlyMap<string, string>} table
 * @returns {string | null}
 */
export function replaceNameCharacter(random, name, table) {
  const characters = [...name];
  const positions = [];
  for (let i = 0; i < characters.length; i++) {
    if (table.has(/** @type {string} */ (characters[i]))) positions.push(i);
  }
  if (positions.length === 0) return null;
  const position = random.pick(positions);
  characters[position] = /** @type {string} */ (
    table.get(/** @type {string} */ (characters[position]))
  );
  return characters.join('');
}

/**
 * Changes one of the 18 characters of an ID number to another digit. A
 * changed digit always breaks the GB 11643 check, because every weight is
 * non-zero modulo 11.
 * @param {import('../sample-county/random.mjs').Random} random
 * @param {string} id 18 characters
 * @returns {string}
 */
export function changeIdDigit(random, id) {
  const position = random.int(0, 17);
  const old = id.charCodeAt(position) - 48;
  // A digit from 0 to 9 other than the old one (X counts as 10, so any
  // digit differs from it).
  let digit = random.int(0, 8);
  if (old <= 9 && digit >= old) digit += 1;
  return id.slice(0, position) + String(digit) + id.slice(position + 1);
}

/**
 * Swaps two adjacent, different digits among the first 17. The swap always
 * breaks the check, because adjacent weights differ modulo 11.
 * @param {import('../sample-county/random.mjs').Random} random
 * @param {string} id 18 characters
 * @returns {string | null} null when no adjacent digits differ
 */
export function swapIdDigits(random, id) {
  const positions = [];
  for (let i = 0; i < 16; i++) {
    if (id[i] !== id[i + 1]) positions.push(i);
  }
  if (positions.length === 0) return null;
  const i = random.pick(positions);
  return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
}

/**
 * Returns the legacy 15-digit number of a person born in the 1900s.
 * @param {string} id 18 characters
 * @returns {string | null}
 */
export function legacyId(id) {
  return id.slice(6, 8) === '19' ? toLegacyResidentId(id) : null;
}

/**
 * Returns the ID number as Excel shows it in a General cell, 5.22299E+17.
 * @param {string} id
 * @returns {string | null} null when the number ends in X, which Excel keeps
 *   as text
 */
export function excelScientificId(id) {
  return id.endsWith('X') ? null : excelScientific(id);
}

/**
 * Returns the ID number rounded by Excel to 15 significant digits, so that
 * it ends in 000.
 * @param {string} id
 * @returns {string | null} null when the number ends in X or already in 000
 */
export function excelZeroedId(id) {
  if (id.endsWith('X') || id.endsWith('000')) return null;
  return excelRounded(id);
}

/**
 * Swaps month and day of a `YYYY-MM-DD` date, as a `MM/DD` reading of a
 * `DD/MM` date does.
 * @param {string} date
 * @returns {string | null} null when the day is above 12 or equals the month
 */
export function swapDayAndMonth(date) {
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day > '12' || day === month) return null;
  return `${date.slice(0, 4)}-${day}-${month}`;
}
