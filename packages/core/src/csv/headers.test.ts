import { describe, expect, it } from 'vitest';
import { columnLetter, indexHeaderSpecs, normalizeHeader } from './headers.js';

describe('normalizeHeader', () => {
  it('unifies brackets and widths', () => {
    expect(normalizeHeader('月收入（元）')).toBe('月收入(元)');
    expect(normalizeHeader('月收入【元】')).toBe('月收入(元)');
    expect(normalizeHeader('月收入[元]')).toBe('月收入(元)');
  });

  it('removes spaces and required marks', () => {
    expect(normalizeHeader(' 乡镇 (街道)\u3000')).toBe('乡镇(街道)');
    expect(normalizeHeader('*姓名')).toBe('姓名');
    expect(normalizeHeader('姓名*')).toBe('姓名');
    expect(normalizeHeader('公民身份\n号码')).toBe('公民身份号码');
  });

  it('lower-cases ASCII letters', () => {
    expect(normalizeHeader('ＩＤ')).toBe('id');
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('maps %i to %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});

describe('indexHeaderSpecs', () => {
  it('maps every spelling to its field', () => {
    const index = indexHeaderSpecs([
      { field: 'name', headers: ['姓名', '名字'], required: true },
      { field: 'township', headers: ['乡镇（街道）'], required: true },
    ]);
    expect(index.get('姓名')).toBe('name');
    expect(index.get('名字')).toBe('name');
    expect(index.get('乡镇(街道)')).toBe('township');
  });

  it('throws on a shared header', () => {
    expect(() =>
      indexHeaderSpecs([
        { field: 'industry', headers: ['行业'], required: false },
        { field: 'occupation', headers: ['行业 '], required: false },
      ]),
    ).toThrow(/industry.*occupation/u);
  });
});
