import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegistry } from './read.js';
import { Registry, type Township } from './registry.js';

const file = new URL(
  '../../test-fixtures/registry/registry.csv',
  import.meta.url,
);
const { registry, issues } = readRegistry({
  file: 'registry.csv',
  bytes: readFileSync(file),
});

function township(text: string): Township {
  const found = registry.findTownship(text);
  if (found === undefined) throw new Error(`fixture has no township ${text}`);
  return found;
}

describe('Registry from fixture', () => {
  it('reads without issues', () => {
    expect(issues).toEqual([]);
    expect(registry.county).toEqual({ code: '522225', name: '示例县' });
    expect(registry.townships.map((entry) => entry.code)).toEqual([
      '522225001',
      '522225100',
      '522225200',
      '522225201',
    ]);
    expect(township('龙泉镇').villages.map((village) => village.name)).toEqual([
      '龙泉村',
      '石桥村',
      '新华村',
    ]);
    expect(township('龙泉镇').villages[0]).toEqual({
      code: '522225100201',
      name: '龙泉村',
      townshipCode: '522225100',
    });
  });
});

describe('Registry.findTownship', () => {
  it.each([
    ['龙泉镇', '522225100'],
    ['龙泉', '522225100'],
    ['龙泉乡', '522225100'],
    [' 龙泉 镇 ', '522225100'],
    ['城关街道办事处', '522225001'],
    ['城关', '522225001'],
    ['白岩苗族乡', '522225201'],
    ['白岩乡', '522225201'],
    ['白岩', '522225201'],
    ['522225200', '522225200'],
    ['522225200000', '522225200'],
    ['５２２２２５２００', '522225200'],
  ])('finds %s', (text, code) => {
    expect(registry.findTownship(text)?.code).toBe(code);
  });

  it.each([['龙全镇'], [''], ['522225999'], ['522225100201'], ['示例县']])(
    'finds nothing for %s',
    (text) => {
      expect(registry.findTownship(text)).toBeUndefined();
    },
  );
});

describe('Registry.findVillage', () => {
  it.each([
    ['龙泉镇', '石桥村', '522225100202'],
    ['龙泉镇', '石桥', '522225100202'],
    ['龙泉镇', '石桥村委会', '522225100202'],
    ['龙泉镇', '石桥村民委员会', '522225100202'],
    ['龙泉镇', '522225100203', '522225100203'],
    ['城关街道', '新华', '522225001001'],
    ['城关街道', '新华社区居委会', '522225001001'],
    ['青山乡', '上寨村', '522225200202'],
    ['青山乡', '上寨社区', '522225200203'],
    ['白岩苗族乡', '𬌗田', '522225201202'],
  ])('finds %s %s', (townshipName, text, code) => {
    expect(registry.findVillage(township(townshipName), text)?.code).toBe(code);
  });

  it('finds nothing in another township', () => {
    expect(registry.findVillage(township('青山乡'), '石桥村')).toBeUndefined();
    expect(
      registry.findVillage(township('青山乡'), '522225100202'),
    ).toBeUndefined();
  });

  it('finds nothing for ambiguous short name', () => {
    expect(registry.findVillage(township('青山乡'), '上寨')).toBeUndefined();
    expect(
      registry.findVillage(township('青山乡'), '上寨居委会'),
    ).toBeUndefined();
  });
});

describe('Registry suggestions', () => {
  it('suggests closest townships first', () => {
    const names = registry
      .suggestTownships('龙全镇', 2)
      .map((entry) => entry.name);
    expect(names).toEqual(['龙泉镇', '城关街道']);
  });

  it('suggests closest villages first', () => {
    const villages = registry.suggestVillages(township('龙泉镇'), '石侨', 1);
    expect(villages.map((village) => village.name)).toEqual(['石桥村']);
  });

  it('lists ambiguous names together', () => {
    const villages = registry.suggestVillages(township('青山乡'), '上寨', 2);
    expect(villages.map((village) => village.name)).toEqual([
      '上寨村',
      '上寨社区',
    ]);
  });

  it('defaults to three suggestions', () => {
    expect(registry.suggestTownships('某镇')).toHaveLength(3);
    expect(registry.suggestTownships('')).toEqual([]);
    expect(registry.suggestTownships('龙泉', 0)).toEqual([]);
  });
});

describe('Registry constructor', () => {
  it('sorts townships and villages by code', () => {
    const built = new Registry([
      {
        code: '522225200',
        name: '青山乡',
        villages: [
          { code: '522225200202', name: '上寨村', townshipCode: '522225200' },
          { code: '522225200201', name: '青山村', townshipCode: '522225200' },
        ],
      },
      { code: '522225100', name: '龙泉镇', villages: [] },
    ]);
    expect(built.county).toBeUndefined();
    expect(built.townships.map((entry) => entry.code)).toEqual([
      '522225100',
      '522225200',
    ]);
    expect(built.townships[1]?.villages.map((v) => v.code)).toEqual([
      '522225200201',
      '522225200202',
    ]);
  });
});
