import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../csv/index.js';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
  fieldsOf,
} from '../fields/index.js';
import type { Issue } from '../issues/issue.js';
import type { RecordKind } from '../model/types.js';
import { readRegistry } from '../registry/index.js';
import { validateRecordObject } from './row.js';
import { readSurveyCsv, validateSurveyCsv, validateTable } from './table.js';

const fixtures = new URL('../../test-fixtures/', import.meta.url);
const options = { today: '2024-07-01' };

function readFixture(path: string) {
  return { file: path, bytes: readFileSync(new URL(path, fixtures)) };
}

const { registry } = readRegistry(readFixture('registry/registry.csv'));

/** Lists `row:code:severity:column` of each issue. */
function summarise(issues: readonly Issue[]): string[] {
  return issues.map(
    (issue) =>
      `${issue.row ?? ''}:${issue.code}:${issue.severity}:${issue.column ?? ''}`,
  );
}

/** Encodes a CSV text with every field of a kind, from the example input. */
function templateCsv(kind: RecordKind, rows: Record<string, string>[]) {
  const specs = fieldsOf(kind);
  const header = specs.map((spec) => spec.headers[0] ?? spec.name);
  const cells = rows.map((row) => specs.map((spec) => row[spec.name] ?? ''));
  return new TextEncoder().encode(writeCsv(header, cells));
}

describe('validateTable with fixtures', () => {
  it('validates the standard UTF-8 file', () => {
    const table = readSurveyCsv(readFixture('csv/utf8-bom.csv'), 'returnee');
    const result = validateTable(table, 'returnee', { ...options, registry });

    expect(result.counts).toEqual({ read: 3, valid: 2, rejected: 1 });
    expect(summarise(result.issues)).toEqual([
      '2:self_employed_field_missing:error:经营主体名称',
      '2:self_employed_field_missing:error:经营主体类型',
      '3:employer_missing:warning:就业单位',
      '4:employer_missing:warning:就业单位',
    ]);
    expect(result.records.map((row) => row.row)).toEqual([3, 4]);
    expect(result.records[1]?.record).toMatchObject({
      name: '阿依古丽·买买提',
      township: '城关街道',
      townshipCode: '522225001',
      village: '新华社区',
      villageCode: '522225001001',
      returnedAt: '2023-09',
      sex: 'female',
      birthDate: '1992-02-08',
    });
  });

  it('reads aliased headers into the same records', () => {
    const table = readSurveyCsv(
      readFixture('csv/aliased-headers.csv'),
      'returnee',
    );
    const result = validateTable(table, 'returnee', { ...options, registry });

    expect(result.counts).toEqual({ read: 2, valid: 1, rejected: 1 });
    expect(summarise(result.issues)).toContain(
      '2:self_employed_field_missing:error:经营主体名称',
    );
    expect(result.records[0]?.record).toMatchObject({
      name: '王五',
      status: 'unemployed',
      township: '青山乡',
      returnedAt: '2024-01',
      skills: [],
    });
  });

  it('reports the ID damage Excel causes', () => {
    const table = readSurveyCsv(
      readFixture('csv/excel-damaged-ids.csv'),
      'returnee',
    );
    const result = validateTable(table, 'returnee', options);
    const idIssues = result.issues.filter(
      (issue) => issue.field === 'residentId',
    );

    expect(summarise(idIssues)).toEqual([
      '2:id_excel_scientific:error:公民身份号码',
      '3:id_excel_zeroed:error:公民身份号码',
    ]);
  });

  it('repairs IDs Excel only reformatted', () => {
    const table = readSurveyCsv(
      readFixture('csv/excel-damaged-ids.csv'),
      'returnee',
    );
    const expected: [row: number, sex: string, id: string][] = [
      [4, '男', '52222519700101015X'],
      [5, '女', '522225198811022464'],
      [6, '男', '522225199507203177'],
      [7, '女', '522225199202084285'],
      [8, '男', '522225197912306517'],
    ];
    // The fixture's names (人员1 ...) contain digits, which names may not.
    const fixes = { name: '人员', status: '未就业', jobsCreated: '' };
    for (const [rowNumber, sex, id] of expected) {
      const row = table.rows.find((candidate) => candidate.row === rowNumber);
      const values = { ...row?.values, ...fixes, sex };
      const result = validateRecordObject('returnee', values, options);
      expect(result.issues, `row ${rowNumber}`).toEqual([]);
      expect(result.record?.residentId, `row ${rowNumber}`).toBe(id);
    }
  });

  it('rejects rows with wrong cell counts', () => {
    const table = readSurveyCsv(
      readFixture('csv/trailing-columns.csv'),
      'returnee',
    );
    const result = validateTable(table, 'returnee', options);
    expect(result.counts.read).toBe(4);
    expect(summarise(result.issues)).toContain('3:csv_row_too_long:error:');
    expect(summarise(result.issues)).toContain('4:csv_row_too_short:error:');
    expect(result.records.map((row) => row.row)).not.toContain(3);
    expect(result.records.map((row) => row.row)).not.toContain(4);
  });

  it('returns only file issues when fatal', () => {
    const table = readSurveyCsv(
      readFixture('csv/missing-column.csv'),
      'returnee',
    );
    const result = validateTable(table, 'returnee', options);
    expect(table.fatal).toBe(true);
    expect(result.counts).toEqual({ read: 0, valid: 0, rejected: 0 });
    expect(result.issues).toEqual(table.issues);
  });
});

describe('template row-through', () => {
  it.each(['returnee', 'out-migrant'] as const)(
    'matches object validation for %s',
    (kind) => {
      const example =
        kind === 'returnee' ? exampleReturneeInput : exampleOutMigrantInput;
      const input = {
        file: `${kind}.csv`,
        bytes: templateCsv(kind, [example]),
      };
      const result = validateSurveyCsv(input, kind, options);

      expect(result.table.issues).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.counts).toEqual({ read: 1, valid: 1, rejected: 0 });
      expect(result.records[0]).toEqual({
        file: `${kind}.csv`,
        row: 2,
        record: validateRecordObject(kind, example, options).record,
      });
    },
  );

  it('counts read as valid plus rejected', () => {
    const rows = [
      exampleReturneeInput,
      { ...exampleReturneeInput, recordId: 'R-0002', sex: '女' },
      {
        ...exampleReturneeInput,
        recordId: 'R-0003',
        employer: '',
        status: '就业',
        jobsCreated: '',
      },
      { ...exampleReturneeInput, recordId: 'R-0004', surveyedAt: '2030-01-01' },
    ] as Record<string, string>[];
    const result = validateSurveyCsv(
      { file: 'mixed.csv', bytes: templateCsv('returnee', rows) },
      'returnee',
      options,
    );
    expect(result.counts).toEqual({ read: 4, valid: 2, rejected: 2 });
    expect(result.records.map((row) => row.row)).toEqual([2, 4]);
  });

  it('warns on repeated record numbers', () => {
    const rows = [exampleReturneeInput, exampleReturneeInput] as Record<
      string,
      string
    >[];
    const result = validateSurveyCsv(
      { file: 'twice.csv', bytes: templateCsv('returnee', rows) },
      'returnee',
      options,
    );
    expect(result.counts).toEqual({ read: 2, valid: 2, rejected: 0 });
    expect(result.issues).toEqual([
      {
        code: 'record_id_duplicate',
        severity: 'warning',
        field: 'recordId',
        column: '记录编号',
        row: 3,
        file: 'twice.csv',
        params: { value: 'R-0001', firstRow: 2 },
      },
    ]);
  });
});
