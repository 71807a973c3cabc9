import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateSampleCounty } from './generate.mjs';
import { hasValidCreditCodeCheck, hasValidResidentIdCheck } from './ids.mjs';

/** Headers and aliases of the fields the recount reads. */
const FIELD_BY_HEADER = new Map(
  /** @type {[string, string[]][]} */ ([
    ['name', ['姓名', '名字']],
    ['residentId', ['公民身份号码', '身份证号', '身份证号码', '证件号码']],
    ['phone', ['联系电话', '手机号码', '电话']],
    ['enumerator', ['调查员', '调查人']],
    ['workProvince', ['务工省份', '务工地点']],
    ['monthlyIncome', ['月收入(元)', '月均收入']],
    ['returnedAt', ['返乡时间', '回乡时间']],
    ['departedAt', ['外出时间', '外出务工时间']],
    ['startedAt', ['创业时间']],
    ['businessName', ['经营主体名称', '创业项目名称']],
    ['sex', ['性别']],
    ['birthDate', ['出生日期', '出生年月']],
    ['township', ['乡镇(街道)', '乡镇', '所属乡镇', '乡镇街道']],
    ['village', ['村(社区)', '村', '行政村', '村居']],
    ['surveyedAt', ['调查日期', '填报日期']],
    ['status', ['就业创业状态', '目前状态']],
    ['entityType', ['经营主体类型', '主体类型']],
    ['familyFarm', ['家庭农场']],
    ['creditCode', ['统一社会信用代码', '信用代码']],
    ['park', ['入园情况', '是否入园']],
    ['jobsCreated', ['带动就业人数']],
  ]).flatMap(([field, headers]) => headers.map((h) => [h, field])),
);

/** Entity types whose credit codes count as economic entities. */
const ENTITY_TYPES = new Set([
  '农民专业合作社',
  '个人独资企业',
  '合伙企业',
  '有限责任公司',
  '股份有限公司',
  '其他企业',
]);

/**
 * @param {string} first17
 * @returns {string}
 */
function residentIdCheck(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11] ?? '';
}

/**
 * @param {string} code
 * @returns {boolean}
 */
function hasValidCreditCheck(code) {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += alphabet.indexOf(code[i] ?? '') * (3 ** i % 31);
  }
  return alphabet[(31 - (sum % 31)) % 31] === code[17];
}

/**
 * Normalises an ID cell: text prefixes, full-width forms, spaces and the
 * case of X, and upgrades a 15-digit number.
 * @param {string} raw
 * @returns {string}
 */
function normaliseId(raw) {
  let text = raw.normalize('NFKC').trim();
  const formula = /^="(.*)"$/.exec(text);
  if (formula) text = formula[1] ?? '';
  text = text
    .replace(/^['\t]/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
  if (/^\d{15}$/.test(text)) {
    const first17 = `${text.slice(0, 6)}19${text.slice(6)}`;
    return first17 + residentIdCheck(first17);
  }
  return text;
}

/**
 * @param {number} year
 * @param {number} month
 * @param {number} day
 * @returns {string} YYYY-MM-DD
 */
function isoDate(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Parses a day-precision date cell into YYYY-MM-DD.
 * @param {string} raw
 * @returns {string}
 */
function parseDay(raw) {
  const text = raw.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  match ??= /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  match ??= /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match)
    return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // Excel serial numbers count days from 1899-12-30 after February 1900.
  if (/^\d{5}$/.test(text)) return isoDate(1899, 12, 30 + Number(text));
  throw new Error(`not a day-precision date: ${raw}`);
}

/**
 * Parses a date cell that may keep only the month into YYYY-MM-DD or
 * YYYY-MM.
 * @param {string} raw
 * @returns {string}
 */
function parseDayOrMonth(raw) {
  const text = raw.trim();
  const match =
    /^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), 1).slice(0, 7);
  return parseDay(text);
}

/**
 * Tells whether date `a` is on or before `b`, compared at the coarser
 * precision.
 * @param {string} a YYYY-MM-DD or YYYY-MM
 * @param {string} b YYYY-MM-DD or YYYY-MM
 * @returns {boolean}
 */
function notAfter(a, b) {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) <= b.slice(0, length);
}

/**
 * Decodes a CSV file: UTF-8 with or without BOM, otherwise GB18030.
 * @param {Buffer} bytes
 * @returns {string}
 */
function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

/**
 * Reads a CSV file into rows keyed by field, with its spreadsheet row.
 * @param {string} path
 * @returns {{ row: number, values: Record<string, string> }[]}
 */
function readRows(path) {
  const cached = parsedFiles.get(path);
  if (cached) return cached;
  const parsed = Papa.parse(decode(readFileSync(path)), {
    skipEmptyLines: true,
  });
  const [header = [], ...rows] = /** @type {string[][]} */ (parsed.data);
  const fields = header.map(
    (h) => FIELD_BY_HEADER.get(h.normalize('NFKC')) ?? '',
  );
  const result = rows.map((cells, index) => ({
    row: index + 2,
    values: Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? ''])),
  }));
  parsedFiles.set(path, result);
  return result;
}

/** Parsed survey files by path. */
const parsedFiles = new Map();

/**
 * Lists the files under a folder, as paths relative to it.
 * @param {string} root
 * @returns {string[]}
 */
function listFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** GB/T 2260 province names in full and short form. */
const PROVINCE_NAMES = new Set(
  [
    '北京市',
    '天津市',
    '河北省',
    '山西省',
    '内蒙古自治区',
    '辽宁省',
    '吉林省',
    '黑龙江省',
    '上海市',
    '江苏省',
    '浙江省',
    '安徽省',
    '福建省',
    '江西省',
    '山东省',
    '河南省',
    '湖北省',
    '湖南省',
    '广东省',
    '广西壮族自治区',
    '海南省',
    '重庆市',
    '四川省',
    '贵州省',
    '云南省',
    '西藏自治区',
    '陕西省',
    '甘肃省',
    '青海省',
    '宁夏回族自治区',
    '新疆维吾尔自治区',
    '台湾省',
    '香港特别行政区',
    '澳门特别行政区',
  ].flatMap((name) => [
    name,
    name.replace(
      /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/,
      '',
    ),
  ]),
);

/** Required fields by record kind, with the fault code of an empty cell. */
const REQUIRED = {
  returnee: [
    ['name', 'missing_name'],
    ['residentId', 'missing_resident_id'],
    ['sex', 'missing_sex'],
    ['township', 'missing_township'],
    ['village', 'missing_village'],
    ['surveyedAt', 'missing_surveyed_at'],
    ['enumerator', 'missing_enumerator'],
    ['returnedAt', 'missing_returned_at'],
    ['status', 'missing_status'],
  ],
  'out-migrant': [
    ['name', 'missing_name'],
    ['sex', 'missing_sex'],
    ['township', 'missing_township'],
    ['village', 'missing_village'],
    ['surveyedAt', 'missing_surveyed_at'],
    ['enumerator', 'missing_enumerator'],
    ['workProvince', 'missing_work_province'],
  ],
};

/**
 * Reads the registry of an output folder into the ways each village may be
 * written, by township code: code, name, name without suffix, committee.
 * @param {string} folder
 * @returns {Map<string, Map<string, string>>}
 */
function villageForms(folder) {
  const registry = decode(readFileSync(join(folder, 'registry.csv')));
  /** @type {Map<string, Map<string, string>>} */
  const forms = new Map();
  for (const line of registry.split('\r\n').slice(1, -1)) {
    const [code = '', name = ''] = line.split(',');
    if (code.length === 9) forms.set(code, new Map());
    if (code.length !== 12) continue;
    const base = name.replace(/(村|社区)$/, '');
    const township = forms.get(code.slice(0, 9));
    for (const text of [code, name, base, `${base}村委会`, `${base}居委会`]) {
      township?.set(text, code);
    }
  }
  return forms;
}

/**
 * Lists the faults a row shows under the template rules. A valid row shows
 * none, and a faulty row exactly the one it was given.
 * @param {Record<string, string>} values
 * @param {{ kind: string, forms: Map<string, string> }} context
 * @returns {string[]}
 */
function detectFaults(values, { kind, forms }) {
  /** @type {string[]} */
  const faults = [];
  const cell = (/** @type {string} */ field) => (values[field] ?? '').trim();
  for (const [field, code] of REQUIRED[
    kind === 'returnee' ? 'returnee' : 'out-migrant'
  ]) {
    if (cell(field ?? '') === '') faults.push(code ?? '');
  }

  const rawId = cell('residentId');
  const id = normaliseId(rawId);
  let idValid = false;
  if (/^\d(\.\d+)?E\+\d+$/i.test(rawId)) {
    faults.push('id_excel_scientific');
  } else if (id !== '') {
    const checkOk =
      /^\d{17}[\dX]$/.test(id) && residentIdCheck(id.slice(0, 17)) === id[17];
    if (!checkOk && /^\d{15}000$/.test(id)) faults.push('id_excel_zeroed');
    else if (!checkOk) faults.push('id_bad_checksum');
    idValid = checkOk;
  } else if (kind === 'out-migrant' && cell('birthDate') === '') {
    faults.push('missing_resident_id_and_birth_date');
  }
  if (idValid && cell('sex') !== '') {
    const male = Number(id[16]) % 2 === 1;
    if (cell('sex') !== (male ? '男' : '女')) faults.push('sex_mismatch');
  }
  if (idValid && cell('birthDate') !== '') {
    const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    if (parseDay(cell('birthDate')) !== birth)
      faults.push('birth_date_mismatch');
  }

  const surveyedAt =
    cell('surveyedAt') === '' ? '' : parseDay(cell('surveyedAt'));
  if (surveyedAt > '2026-12-04') faults.push('surveyed_in_future');
  if (surveyedAt !== '' && surveyedAt < '2020-01-01')
    faults.push('surveyed_before_programme');
  const village = cell('village');
  if (village !== '' && !forms.has(village)) faults.push('village_unknown');
  const phone = cell('phone').replace(/^\+86/, '').replace(/[\s-]/g, '');
  if (phone !== '' && !/^1[3-9]\d{9}$/.test(phone))
    faults.push('phone_invalid');

  if (kind === 'out-migrant') {
    const departedAt = cell('departedAt');
    if (
      departedAt !== '' &&
      surveyedAt !== '' &&
      !notAfter(parseDayOrMonth(departedAt), surveyedAt)
    ) {
      faults.push('departed_after_survey');
    }
    const province = cell('workProvince');
    if (
      province !== '' &&
      !PROVINCE_NAMES.has(province) &&
      !/^\d{2}$/.test(province)
    ) {
      faults.push('province_unknown');
    }
    const income = cell('monthlyIncome');
    if (income !== '' && !/^\d+$/.test(income)) faults.push('income_invalid');
    return faults;
  }

  const returnedAt =
    cell('returnedAt') === '' ? '' : parseDayOrMonth(cell('returnedAt'));
  if (
    returnedAt !== '' &&
    surveyedAt !== '' &&
    !notAfter(returnedAt, surveyedAt)
  ) {
    faults.push('returned_after_survey');
  }
  if (cell('status') === '自主创业') {
    if (cell('businessName') === '') faults.push('business_name_missing');
    if (cell('entityType') === '') faults.push('entity_type_missing');
  } else if (cell('jobsCreated') !== '') {
    faults.push('jobs_not_self_employed');
  }
  if (cell('startedAt') !== '' && returnedAt !== '') {
    const startedAt = parseDayOrMonth(cell('startedAt'));
    const yearBefore = `${Number(returnedAt.slice(0, 4)) - 1}${returnedAt.slice(4)}`;
    if (!notAfter(yearBefore, startedAt)) faults.push('started_too_early');
  }
  return faults;
}

describe('sample county generator', () => {
  /** @type {string} */
  let root;
  /** @type {string} */
  let first;
  /** @type {string} */
  let second;
  /** @type {string} */
  let other;
  /** @type {Map<string, Record<string, string>>} */
  const truth = new Map();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sample-county-'));
    first = join(root, 'first');
    second = join(root, 'second');
    other = join(root, 'other');
    generateSampleCounty({ seed: 7, outDir: first });
    generateSampleCounty({ seed: 7, outDir: second });
    generateSampleCounty({ seed: 8, outDir: other });
    const text = decode(readFileSync(join(first, 'ground-truth.csv')));
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
    for (const row of /** @type {Record<string, string>[]} */ (parsed.data)) {
      truth.set(`${row.file}#${row.row}`, row);
    }
  });

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('same seed gives identical bytes', () => {
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    for (const file of files) {
      const a = readFileSync(join(first, file));
      const b = readFileSync(join(second, file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('different seed gives different files', () => {
    const a = readFileSync(join(first, 'ground-truth.csv'));
    const b = readFileSync(join(other, 'ground-truth.csv'));
    expect(a.equals(b)).toBe(false);
  });

  it('registry sizes are in range', () => {
    const text = decode(readFileSync(join(first, 'registry.csv')));
    const codes = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0] ?? '');
    expect(codes.filter((c) => c.length === 6)).toEqual(['522299']);
    const townships = codes.filter((c) => c.length === 9).length;
    const villages = codes.filter((c) => c.length === 12).length;
    expect(townships).toBeGreaterThanOrEqual(18);
    expect(townships).toBeLessThanOrEqual(22);
    expect(villages).toBeGreaterThanOrEqual(480);
    expect(villages).toBeLessThanOrEqual(520);
  });

  it('recount reproduces the six figures', () => {
    /** @type {Map<string, { surveyedAt: string, values: Record<string, string> }>} */
    const latest = new Map();
    for (const file of listFiles(join(first, 'returnee'))) {
      const path = `returnee/${file}`;
      for (const { row, values } of readRows(join(first, path))) {
        const expected = truth.get(`${path}#${row}`);
        expect(expected, `${path} row ${row}`).toBeDefined();
        if (expected?.expected !== 'valid') continue;
        const id = normaliseId(values.residentId ?? '');
        const surveyedAt = parseDay(values.surveyedAt ?? '');
        const current = latest.get(id);
        expect(current?.surveyedAt, `${id} surveyed twice on one day`).not.toBe(
          surveyedAt,
        );
        if (!current || current.surveyedAt < surveyedAt)
          latest.set(id, { surveyedAt, values });
      }
    }
    const records = [...latest.values()].map((r) => r.values);
    const atHome = records.filter((v) =>
      ['就业', '自主创业', '未就业'].includes(v.status ?? ''),
    );
    const working = atHome.filter((v) => v.status !== '未就业');
    const founders = working.filter((v) => v.status === '自主创业');
    const inPark = founders.filter(
      (v) => v.park === '创业孵化园' || v.park === '创业园',
    );
    /** @type {Map<string, number>} */
    const jobs = new Map();
    /** @type {Set<string>} */
    const entities = new Set();
    founders.forEach((v, index) => {
      const business = v.creditCode || `person ${index}`;
      jobs.set(business, Number(v.jobsCreated || 0));
      const counts =
        ENTITY_TYPES.has(v.entityType ?? '') || v.familyFarm === '是';
      if (v.creditCode && counts) entities.add(v.creditCode);
    });
    const jobsCreated = [...jobs.values()].reduce((a, b) => a + b, 0);

    expect(atHome.length).toBe(11_000);
    expect(working.length).toBe(8_000);
    expect(founders.length).toBe(1_500);
    expect(inPark.length).toBe(80);
    expect(jobsCreated).toBe(3_000);
    expect(entities.size).toBe(50);
  });

  it('valid rows have correct checks', () => {
    let checked = 0;
    for (const kind of ['returnee', 'out-migrant']) {
      for (const file of listFiles(join(first, kind))) {
        const path = `${kind}/${file}`;
        for (const { row, values } of readRows(join(first, path))) {
          if (truth.get(`${path}#${row}`)?.expected !== 'valid') continue;
          const where = `${path} row ${row}`;
          const credit = values.creditCode ?? '';
          if (credit !== '') {
            expect(hasValidCreditCheck(credit), where).toBe(true);
            expect(hasValidCreditCodeCheck(credit), where).toBe(true);
          }
          if ((values.residentId ?? '') === '') {
            expect(kind, where).toBe('out-migrant');
            expect(values.birthDate, where).not.toBe('');
            continue;
          }
          const id = normaliseId(values.residentId ?? '');
          expect(id.slice(17), where).toBe(residentIdCheck(id.slice(0, 17)));
          expect(hasValidResidentIdCheck(id), where).toBe(true);
          const male = Number(id[16]) % 2 === 1;
          expect(values.sex, where).toBe(male ? '男' : '女');
          if (values.birthDate) {
            const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
            expect(parseDay(values.birthDate), where).toBe(birth);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  it('every row shows its fault', () => {
    const villages = villageForms(first);
    for (const kind of ['returnee', 'out-migrant']) {
      for (const file of listFiles(join(first, kind))) {
        const path = `${kind}/${file}`;
        const township = file.slice(0, 9);
        for (const { row, values } of readRows(join(first, path))) {
          const fault = truth.get(`${path}#${row}`)?.fault ?? '';
          const context = { kind, forms: villages.get(township) ?? new Map() };
          expect(detectFaults(values, context), `${path} row ${row}`).toEqual(
            fault === '' ? [] : [fault],
          );
        }
      }
    }
  });

  it('expected.json matches ground truth', () => {
    const expected = JSON.parse(
      readFileSync(join(first, 'expected.json'), 'utf8'),
    );
    for (const [kind, key] of [
      ['returnee', 'returnee'],
      ['out-migrant', 'outMigrant'],
    ]) {
      const rows = [...truth.values()].filter((t) => t.kind === kind);
      const rejected = rows.filter((t) => t.expected === 'rejected');
      expect(expected.rows[key].read).toBe(rows.length);
      expect(expected.rows[key].rejected).toBe(rejected.length);
      expect(rejected.every((t) => t.fault !== '')).toBe(true);
      expect(
        rows.filter((t) => t.expected === 'valid' && t.fault !== ''),
      ).toEqual([]);
    }
    expect(expected.indicators).toEqual({
      returnees: 11_000,
      employedOrSelfEmployed: 8_000,
      selfEmployed: 1_500,
      inPark: 80,
      jobsCreated: 3_000,
      entitiesFounded: 50,
    });
  });

  it('every village reports in both', () => {
    const forms = villageForms(first);
    const villages = [...forms.values()].flatMap((m) => [
      ...new Set(m.values()),
    ]);
    for (const kind of ['returnee', 'out-migrant']) {
      /** @type {Set<string>} */
      const reported = new Set();
      for (const file of listFiles(join(first, kind))) {
        const path = `${kind}/${file}`;
        const township = forms.get(file.slice(0, 9));
        for (const { row, values } of readRows(join(first, path))) {
          if (truth.get(`${path}#${row}`)?.expected !== 'valid') continue;
          reported.add(township?.get(values.village ?? '') ?? '');
        }
      }
      expect(villages.filter((v) => !reported.has(v))).toEqual([]);
    }
  });
});
