import { describe, expect, it } from 'vitest';
import type { CsvColumn, CsvRow } from '../csv/index.js';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  fieldsOf,
} from '../fields/index.js';
import { Registry } from '../registry/index.js';
import { validateRecordObject, validateRow, type RowContext } from './row.js';

const options = { today: '2024-07-01' };

const registry = new Registry([
  {
    code: '522225100',
    name: '龙泉镇',
    villages: [
      { code: '522225100201', name: '青山村', townshipCode: '522225100' },
      { code: '522225100202', name: '青石村', townshipCode: '522225100' },
      { code: '522225100003', name: '城南社区', townshipCode: '522225100' },
      { code: '522225100204', name: '上寨村', townshipCode: '522225100' },
      { code: '522225100004', name: '上寨社区', townshipCode: '522225100' },
    ],
  },
  {
    code: '522225200',
    name: '石门乡',
    villages: [
      { code: '522225200201', name: '石门村', townshipCode: '522225200' },
    ],
  },
]);

/** Columns as a township file with some aliases would have them. */
const columns: CsvColumn[] = fieldsOf('returnee').map((spec, index) => ({
  index,
  header: spec.name === 'residentId' ? '身份证号' : (spec.headers[0] ?? ''),
  field: spec.name,
}));

const context: RowContext = {
  file: '龙泉镇.csv',
  columns,
  today: '2024-07-01',
  programmeStart: '2020-01-01',
};

function csvRow(values: Record<string, string>, issues: CsvRow['issues'] = []) {
  return {
    row: 7,
    values: { ...(exampleReturneeInput as Record<string, string>), ...values },
    extra: {},
    issues,
  };
}

describe('validateRecordObject', () => {
  it('builds the typed returnee record', () => {
    const result = validateRecordObject(
      'returnee',
      exampleReturneeInput,
      options,
    );
    expect(result.issues).toEqual([]);
    expect(result.record).toEqual({
      kind: 'returnee',
      recordId: 'R-0001',
      name: '王小明',
      residentId: '522225199003151238',
      sex: 'male',
      birthDate: '1990-03-15',
      ethnicity: '06',
      education: '60',
      phone: '13812345678',
      township: '龙泉镇',
      village: '青山村',
      skills: ['电工', '焊工'],
      surveyedAt: '2024-06-20',
      enumerator: '李调查',
      returnedAt: '2023-02',
      previousWorkProvince: '44',
      status: 'self_employed',
      industry: 'A',
      businessName: '青山生态养殖场',
      entityType: 'farmers_cooperative',
      familyFarm: false,
      creditCode: '91350100M000100Y43',
      startedAt: '2023-05-10',
      investment: 12.5,
      park: 'startup_park',
      jobsCreated: 6,
      support: ['guaranteed_loan', 'business_training'],
      loanAmount: 10,
    });
  });

  it('builds the typed out-migrant record', () => {
    const result = validateRecordObject(
      'out-migrant',
      exampleOutMigrantInput,
      options,
    );
    expect(result.issues).toEqual([]);
    expect(result.record).toMatchObject({
      kind: 'out-migrant',
      phone: '13912345678',
      birthDate: '1988-07',
      workProvince: '33',
      industry: 'C',
      monthlyIncome: 5200,
      returnIntention: 'return_to_start_business',
      needs: ['business_training', 'business_loan'],
    });
  });

  it('defaults lists to empty arrays', () => {
    const result = validateRecordObject(
      'out-migrant',
      { ...exampleOutMigrantInput, skills: '', needs: undefined },
      options,
    );
    expect(result.record?.skills).toEqual([]);
    expect(result.record?.needs).toEqual([]);
  });

  it('omits empty optional fields', () => {
    const result = validateRecordObject(
      'out-migrant',
      { ...exampleOutMigrantInput, workCity: '  ', phone: '' },
      options,
    );
    expect(result.record).not.toHaveProperty('workCity');
    expect(result.record).not.toHaveProperty('phone');
  });

  it('reports every missing required field', () => {
    const result = validateRecordObject('out-migrant', {}, options);
    expect(result.record).toBeUndefined();
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['field_required', 'name'],
      ['resident_id_missing', 'residentId'],
      ['field_required', 'sex'],
      ['field_required', 'township'],
      ['field_required', 'village'],
      ['field_required', 'surveyedAt'],
      ['field_required', 'enumerator'],
      ['field_required', 'workProvince'],
    ]);
  });

  it('uses the standard header as column', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, township: '' },
      options,
    );
    expect(result.issues).toEqual([
      {
        code: 'field_required',
        severity: 'error',
        field: 'township',
        column: '乡镇(街道)',
      },
    ]);
  });

  it('reports Excel error values', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, name: '#N/A', loanAmount: ' #DIV/0! ' },
      options,
    );
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['excel_error', 'name'],
      ['excel_error', 'loanAmount'],
    ]);
    expect(result.issues[1]?.params).toEqual({ value: '#DIV/0!' });
  });

  it('passes ID warnings through', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, residentId: '522225900315123' },
      options,
    );
    expect(result.issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['id_upgraded_15', 'residentId'],
    ]);
    expect(result.record?.residentId).toHaveLength(18);
  });

  it('locates ID errors on the ID field', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, residentId: '5.22225E+17' },
      options,
    );
    expect(result.issues[0]).toMatchObject({
      code: 'id_excel_scientific',
      severity: 'error',
      field: 'residentId',
      column: '公民身份号码',
    });
  });

  it('requires day precision for the survey date', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, surveyedAt: '2024年6月' },
      options,
    );
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'date_month_only',
    ]);
  });

  it('keeps personal values out of issues', () => {
    const result = validateRecordObject(
      'returnee',
      {
        ...exampleReturneeInput,
        residentId: '522225199003151239',
        name: '王小明3',
        phone: '1381234567',
        ethnicity: '13812345678',
      },
      options,
    );
    const text = JSON.stringify(result.issues);
    expect(result.issues.length).toBe(4);
    expect(text).not.toContain('522225199003151239');
    expect(text).not.toContain('王小明');
    expect(text).not.toContain('1381234567');
  });

  it('reads numbers and null from JavaScript callers', () => {
    const values: Record<string, unknown> = {
      ...exampleReturneeInput,
      jobsCreated: 6,
      phone: null,
    };
    const result = validateRecordObject(
      'returnee',
      values as Record<string, string>,
      options,
    );
    expect(result.record?.jobsCreated).toBe(6);
    expect(result.record).not.toHaveProperty('phone');
  });

  it('rejects malformed date options', () => {
    expect(() =>
      validateRecordObject('returnee', exampleReturneeInput, {
        today: '2024/7/1',
      }),
    ).toThrow(RangeError);
  });
});

describe('registry matching', () => {
  const withRegistry = { ...options, registry };

  it('matches names without suffix and codes', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, township: '龙泉', village: '522225100201' },
      withRegistry,
    );
    expect(result.record).toMatchObject({
      township: '龙泉镇',
      townshipCode: '522225100',
      village: '青山村',
      villageCode: '522225100201',
    });
  });

  it('names the closest townships', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, township: '龙全镇' },
      withRegistry,
    );
    expect(result.issues).toEqual([
      {
        code: 'township_unknown',
        severity: 'error',
        field: 'township',
        column: '乡镇(街道)',
        params: {
          value: '龙全镇',
          suggestions: '龙泉镇 (522225100)、石门乡 (522225200)',
        },
      },
    ]);
  });

  it('names the closest villages', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, village: '青云村' },
      withRegistry,
    );
    expect(result.issues[0]).toMatchObject({
      code: 'village_unknown',
      field: 'village',
      params: { value: '青云村', township: '龙泉镇' },
    });
    expect(result.issues[0]?.params?.['suggestions']).toMatch(
      /^青山村 \(522225100201\)、青石村 \(522225100202\)/,
    );
  });

  it('rejects a village of another township', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, village: '石门村' },
      withRegistry,
    );
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'village_unknown',
    ]);
  });

  it('reports an ambiguous village name', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, village: '上寨' },
      withRegistry,
    );
    expect(result.issues[0]?.code).toBe('village_unknown');
    expect(result.issues[0]?.params?.['suggestions']).toBe(
      '上寨社区 (522225100004)、上寨村 (522225100204)、城南社区 (522225100003)',
    );
  });

  it('skips the village when the township fails', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, township: '不存在镇', village: '青云村' },
      withRegistry,
    );
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'township_unknown',
    ]);
  });

  it('keeps names without a registry', () => {
    const result = validateRecordObject(
      'returnee',
      { ...exampleReturneeInput, township: '任意镇 ' },
      options,
    );
    expect(result.record?.township).toBe('任意镇');
    expect(result.record).not.toHaveProperty('townshipCode');
  });
});

describe('validateRow', () => {
  it('locates issues by file, row and header', () => {
    const result = validateRow('returnee', csvRow({ residentId: '' }), context);
    expect(result.issues).toEqual([
      {
        code: 'field_required',
        severity: 'error',
        field: 'residentId',
        column: '身份证号',
        row: 7,
        file: '龙泉镇.csv',
      },
    ]);
  });

  it('returns the record of a valid row', () => {
    const result = validateRow('returnee', csvRow({}), context);
    expect(result.issues).toEqual([]);
    expect(result.record?.name).toBe('王小明');
  });

  it('uses the registry of the context', () => {
    const result = validateRow('returnee', csvRow({}), {
      ...context,
      registry,
    });
    expect(result.record?.villageCode).toBe('522225100201');
  });

  it('rejects a row with CSV errors', () => {
    const cellError = {
      code: 'csv_row_too_short',
      severity: 'error' as const,
      row: 7,
      file: '龙泉镇.csv',
      params: { cells: 3, columns: 28 },
    };
    const result = validateRow('returnee', csvRow({}, [cellError]), context);
    expect(result.record).toBeUndefined();
    expect(result.issues).toEqual([cellError]);
  });
});
