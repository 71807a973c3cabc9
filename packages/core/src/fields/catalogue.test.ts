import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../csv/index.js';
import type { RecordKind } from '../model/types.js';
import { fieldsOf, findField, headerSpecsOf } from './catalogue.js';
import type { OutMigrantFieldName, ReturneeFieldName } from './names.js';
import { outMigrantFields } from './out-migrant.js';
import { returneeFields } from './returnee.js';

/** Headers of the shared fields, standard first, as the template lists them. */
const personHeaders = {
  recordId: ['记录编号', '编号'],
  name: ['姓名', '名字'],
  residentId: ['公民身份号码', '身份证号', '身份证号码', '证件号码'],
  sex: ['性别'],
  birthDate: ['出生日期', '出生年月'],
  ethnicity: ['民族'],
  education: ['文化程度', '学历'],
  phone: ['联系电话', '手机号码', '电话'],
  township: ['乡镇(街道)', '乡镇', '所属乡镇', '乡镇街道'],
  village: ['村(社区)', '村', '行政村', '村居'],
  skills: ['技能特长', '专业技能'],
  surveyedAt: ['调查日期', '填报日期'],
  enumerator: ['调查员', '调查人'],
};

/** Every returnee field with its headers; the keys must cover the record. */
const returneeHeaders: Record<ReturneeFieldName, string[]> = {
  ...personHeaders,
  returnedAt: ['返乡时间', '回乡时间'],
  previousWorkProvince: ['返乡前务工省份'],
  status: ['就业创业状态', '目前状态'],
  employer: ['就业单位'],
  industry: ['从事行业', '行业'],
  businessName: ['经营主体名称', '创业项目名称'],
  entityType: ['经营主体类型', '主体类型'],
  familyFarm: ['家庭农场'],
  creditCode: ['统一社会信用代码', '信用代码'],
  startedAt: ['创业时间'],
  investment: ['投资额(万元)'],
  park: ['入园情况', '是否入园'],
  jobsCreated: ['带动就业人数'],
  support: ['享受扶持政策', '扶持政策'],
  loanAmount: ['贷款金额(万元)'],
};

/** Every out-migrant field with its headers; the keys must cover the record. */
const outMigrantHeaders: Record<OutMigrantFieldName, string[]> = {
  ...personHeaders,
  departedAt: ['外出时间', '外出务工时间'],
  workProvince: ['务工省份', '务工地点'],
  workCity: ['务工城市'],
  industry: ['从事行业', '行业'],
  occupation: ['职业(工种)', '工种'],
  monthlyIncome: ['月收入(元)', '月均收入'],
  returnIntention: ['返乡意愿'],
  needs: ['需求', '希望获得的帮助'],
};

const expectedHeaders: Record<RecordKind, Record<string, string[]>> = {
  returnee: returneeHeaders,
  'out-migrant': outMigrantHeaders,
};

describe.each(['returnee', 'out-migrant'] as const)('%s catalogue', (kind) => {
  const fields = fieldsOf(kind);

  it('has one spec per record field', () => {
    const names = fields.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(
      Object.keys(expectedHeaders[kind]).sort(),
    );
  });

  it('lists headers as the template', () => {
    for (const spec of fields) {
      expect(spec.headers, spec.name).toEqual(expectedHeaders[kind][spec.name]);
    }
  });

  it('has no clashing normalised headers', () => {
    const owners = new Map<string, string>();
    for (const spec of fields) {
      for (const header of spec.headers) {
        const key = normalizeHeader(header);
        expect(owners.get(key) ?? spec.name, header).toBe(spec.name);
        owners.set(key, spec.name);
      }
    }
  });

  it('gives coded fields a code list', () => {
    for (const spec of fields) {
      const coded = ['sex', 'code', 'codes', 'boolean'].includes(spec.type);
      expect(spec.codeList !== undefined, spec.name).toBe(coded);
    }
  });

  it('gives date fields a precision', () => {
    for (const spec of fields) {
      expect(spec.precision !== undefined, spec.name).toBe(
        spec.type === 'date',
      );
    }
  });

  it('has labels and descriptions in both languages', () => {
    for (const spec of fields) {
      for (const text of [spec.label, spec.description]) {
        expect(text['zh-CN'], spec.name).not.toBe('');
        expect(text.en, spec.name).not.toBe('');
      }
    }
  });

  it('refers to existing fields in requirements', () => {
    for (const spec of fields) {
      if (typeof spec.required === 'string') {
        continue;
      }
      for (const rule of spec.required) {
        expect(findField(kind, rule.when.field), spec.name).toBeDefined();
      }
    }
  });

  it('requires columns of always-required fields', () => {
    const required = headerSpecsOf(kind)
      .filter((header) => header.required)
      .map((header) => header.field);
    const expected = fields
      .filter((spec) => spec.required === 'always')
      .map((spec) => spec.name);
    expect(required).toEqual(expected);
  });
});

describe('field requirements', () => {
  it('require the ID of returnees', () => {
    expect(findField('returnee', 'residentId')?.required).toBe('always');
  });

  it('make the ID of people away conditional', () => {
    expect(findField('out-migrant', 'residentId')?.required).toEqual([
      {
        when: { field: 'birthDate', present: false },
        severity: 'error',
        code: 'resident_id_missing',
      },
      {
        when: { field: 'birthDate', present: true },
        severity: 'warning',
        code: 'resident_id_missing_with_birth_date',
      },
    ]);
  });

  it('require business fields when self-employed', () => {
    for (const name of ['businessName', 'entityType']) {
      expect(findField('returnee', name)?.required).toEqual([
        {
          when: { field: 'status', in: ['self_employed'] },
          severity: 'error',
          code: 'self_employed_field_missing',
        },
      ]);
    }
  });

  it('list the always-required fields', () => {
    const alwaysRequired = (kind: RecordKind) =>
      fieldsOf(kind)
        .filter((spec) => spec.required === 'always')
        .map((spec) => spec.name);
    expect(alwaysRequired('returnee')).toEqual([
      'name',
      'residentId',
      'sex',
      'township',
      'village',
      'surveyedAt',
      'enumerator',
      'returnedAt',
      'status',
    ]);
    expect(alwaysRequired('out-migrant')).toEqual([
      'name',
      'sex',
      'township',
      'village',
      'surveyedAt',
      'enumerator',
      'workProvince',
    ]);
  });
});

describe('fieldsOf', () => {
  it('returns the catalogue of each kind', () => {
    expect(fieldsOf('returnee')).toBe(returneeFields);
    expect(fieldsOf('out-migrant')).toBe(outMigrantFields);
  });

  it('starts with the shared fields', () => {
    const shared = Object.keys(personHeaders);
    expect(returneeFields.slice(0, 13).map((spec) => spec.name)).toEqual(
      shared,
    );
    expect(outMigrantFields.slice(0, 13).map((spec) => spec.name)).toEqual(
      shared,
    );
  });
});
