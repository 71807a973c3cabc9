import { describe, expect, it } from 'vitest';
import {
  editDistance,
  normalizeName,
  shortTownshipName,
  shortVillageName,
} from './names.js';

describe('shortTownshipName', () => {
  it.each([
    ['龙泉镇', '龙泉'],
    ['青山乡', '青山'],
    ['城关街道', '城关'],
    ['城关街道办事处', '城关'],
    ['城关街道办', '城关'],
    ['白岩苗族乡', '白岩'],
    ['白岩布依族苗族乡', '白岩'],
    ['龙泉', '龙泉'],
    ['镇', '镇'],
    ['苗族乡', '苗族'],
  ])('shortens %s to %s', (name, short) => {
    expect(shortTownshipName(name)).toBe(short);
  });
});

describe('shortVillageName', () => {
  it.each([
    ['龙泉村', '龙泉'],
    ['新华社区', '新华'],
    ['新华社区居委会', '新华'],
    ['新华社区居民委员会', '新华'],
    ['龙泉村委会', '龙泉'],
    ['龙泉村民委员会', '龙泉'],
    ['东门居委会', '东门'],
    ['村', '村'],
  ])('shortens %s to %s', (name, short) => {
    expect(shortVillageName(name)).toBe(short);
  });
});

describe('normalizeName', () => {
  it('removes spaces and full-width forms', () => {
    expect(normalizeName(' 龙泉　镇 ')).toBe('龙泉镇');
    expect(normalizeName('５２２２２５１００')).toBe('522225100');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['龙泉', '龙泉', 0],
    ['龙泉', '龙全', 1],
    ['龙泉', '泉', 1],
    ['青山', '山青', 2],
    ['', '石桥', 2],
    ['𬌗田', '田', 1],
  ])('measures %s to %s as %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('shortTownshipName without suffix', () => {
  it('drops the ethnic group of 白岩苗族', () => {
    expect(shortTownshipName('白岩苗族')).toBe('白岩');
  });

  it('drops both groups of 岩门土家族苗族', () => {
    expect(shortTownshipName('岩门土家族苗族')).toBe('岩门');
  });
});

describe('normalizeName invisible characters', () => {
  it('drops a zero-width space', () => {
    expect(normalizeName('\u200b白岩镇')).toBe('白岩镇');
  });
});
