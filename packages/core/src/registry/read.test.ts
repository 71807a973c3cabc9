import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegistry } from './read.js';

const fixtures = new URL('../../test-fixtures/registry/', import.meta.url);

function readFixture(name: string): ReturnType<typeof readRegistry> {
  return readRegistry({
    file: name,
    bytes: readFileSync(new URL(name, fixtures)),
  });
}

function readText(text: string): ReturnType<typeof readRegistry> {
  return readRegistry({
    file: 'registry.csv',
    bytes: new TextEncoder().encode(text),
  });
}

describe('readRegistry issues', () => {
  it('reports one issue per bad row', () => {
    const { issues } = readFixture('registry-problems.csv');
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['registry_bad_code', 5],
      ['registry_missing_name', 6],
      ['registry_duplicate_code', 7],
      ['registry_orphan_village', 8],
      ['registry_multiple_counties', 9],
      ['registry_outside_county', 10],
      ['registry_duplicate_name', 11],
    ]);
    expect(issues.map((issue) => issue.severity)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'warning',
      'warning',
    ]);
    expect(issues.every((issue) => issue.column === '统计用区划代码')).toBe(
      true,
    );
    expect(
      issues.every((issue) => issue.file === 'registry-problems.csv'),
    ).toBe(true);
  });

  it('fills message parameters', () => {
    const { issues } = readFixture('registry-problems.csv');
    expect(issues.map((issue) => issue.params)).toEqual([
      { code: '5.22225E+11' },
      { code: '522225100202' },
      { code: '522225100201', firstRow: 4 },
      { code: '522225300201', townshipCode: '522225300' },
      { code: '522226', county: '522225' },
      { code: '522226100', county: '522225' },
      { name: '龙泉村', firstRow: 4 },
    ]);
  });

  it('keeps the valid rows', () => {
    const { registry } = readFixture('registry-problems.csv');
    expect(registry.county).toEqual({ code: '522225', name: '示例县' });
    expect(registry.townships).toEqual([
      {
        code: '522225100',
        name: '龙泉镇',
        villages: [
          { code: '522225100201', name: '龙泉村', townshipCode: '522225100' },
          { code: '522225100203', name: '龙泉村', townshipCode: '522225100' },
        ],
      },
      { code: '522226100', name: '外县镇', villages: [] },
    ]);
  });

  it('renames a missing header issue', () => {
    const { registry, issues } = readFixture('registry-bad-header.csv');
    expect(registry.townships).toEqual([]);
    const missing = issues.filter(
      (issue) => issue.code === 'registry_missing_header',
    );
    expect(missing.map((issue) => issue.column)).toEqual(['区划代码', '名称']);
    expect(missing[0]?.params).toEqual({
      headers: '区划代码 / 统计用区划代码 / 代码',
    });
    expect(missing.every((issue) => issue.severity === 'error')).toBe(true);
  });
});

describe('readRegistry codes', () => {
  it('repairs codes Excel users leave', () => {
    const { registry, issues } = readText(
      '区划代码,名称\n\'522225100,龙泉镇\n="522225100201",龙泉村\n５２２２２５１００２０２,石桥村\n 522225100203 ,新华村\n',
    );
    expect(issues).toEqual([]);
    expect(registry.townships[0]?.villages.map((v) => v.code)).toEqual([
      '522225100201',
      '522225100202',
      '522225100203',
    ]);
  });

  it('accepts village rows before their township', () => {
    const { registry, issues } = readText(
      '区划代码,名称\n522225100201,龙泉村\n522225100,龙泉镇\n',
    );
    expect(issues).toEqual([]);
    expect(registry.townships[0]?.villages).toHaveLength(1);
  });

  it('rejects codes of other lengths', () => {
    const { registry, issues } = readText(
      '区划代码,名称\n5222251,甲\n52222510020,乙\n龙泉,丙\n',
    );
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['registry_bad_code', 2],
      ['registry_bad_code', 3],
      ['registry_bad_code', 4],
    ]);
    expect(registry.townships).toEqual([]);
  });

  it('skips rows with CSV errors', () => {
    const { registry, issues } = readText(
      '区划代码,名称\n522225100,龙泉镇,多余\n522225200,青山乡\n',
    );
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['csv_row_too_long', 2],
    ]);
    expect(registry.townships.map((entry) => entry.code)).toEqual([
      '522225200',
    ]);
  });
});
