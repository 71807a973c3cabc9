import { describe, expect, it } from 'vitest';
import { nameForms, normalizeName, simplifyChinese } from './name.js';

describe('normalizeName', () => {
  it.each([
    ['surrounding spaces', ' 张三 ', '张三'],
    ['inner ideographic space', '张\u3000三', '张三'],
    ['middle dot', '买买提·艾力', '买买提艾力'],
    ['katakana middle dot', '买买提・艾力', '买买提艾力'],
    ['full-width full stop', '买买提．艾力', '买买提艾力'],
    ['bullet', '买买提•艾力', '买买提艾力'],
    ['full-width letters', 'ＴＯＭ', 'tom'],
  ])('handles %s', (_case, raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it('keeps traditional characters', () => {
    expect(normalizeName('單雄信')).toBe('單雄信');
  });
});

describe('simplifyChinese', () => {
  it('converts traditional characters', () => {
    expect(simplifyChinese('單雄信')).toBe('单雄信');
    expect(simplifyChinese('劉德華')).toBe('刘德华');
    expect(simplifyChinese('歐陽')).toBe('欧阳');
  });

  it('keeps simplified text', () => {
    expect(simplifyChinese('王小明')).toBe('王小明');
  });
});

describe('nameForms surnames', () => {
  it.each([
    ['曾国藩', 'zeng guo fan'],
    ['单田芳', 'shan tian fang'],
    ['解缙', 'xie jin'],
    ['仇英', 'qiu ying'],
    ['区小明', 'ou xiao ming'],
    ['朴正熙', 'piao zheng xi'],
    ['查良镛', 'zha liang yong'],
    ['尉迟恭', 'yu chi gong'],
    ['万俟卨', 'mo qi xie'],
    ['欧阳修', 'ou yang xiu'],
    ['司马光', 'si ma guang'],
    ['诸葛亮', 'zhu ge liang'],
  ])('reads %s as %s', (name, toneless) => {
    expect(nameForms(name).pinyinTonelessKey).toBe(toneless);
  });

  it('reads a traditional surname', () => {
    expect(nameForms('單雄信').pinyinTonelessKey).toBe('shan xiong xin');
  });

  it('reads 曾 as ceng after the start', () => {
    expect(nameForms('小曾').pinyinTonelessKey).toBe('xiao ceng');
  });
});

describe('nameForms', () => {
  it('returns every form', () => {
    expect(nameForms(' 曾 小明 ')).toEqual({
      normalized: '曾小明',
      simplified: '曾小明',
      pinyin: ['zeng1', 'xiao3', 'ming2'],
      pinyinToneless: ['zeng', 'xiao', 'ming'],
      pinyinKey: 'zeng1 xiao3 ming2',
      pinyinTonelessKey: 'zeng xiao ming',
      pinyinLetters: 'zengxiaoming',
    });
  });

  it('writes ü as v', () => {
    expect(nameForms('吕绿').pinyin).toEqual(['lv3', 'lv4']);
    expect(nameForms('吕绿').pinyinToneless).toEqual(['lv', 'lv']);
  });

  it('ignores tone sandhi', () => {
    expect(nameForms('张一鸣').pinyin).toEqual(['zhang1', 'yi1', 'ming2']);
  });

  it('keeps letters unchanged', () => {
    expect(nameForms('Tom').pinyinToneless).toEqual(['t', 'o', 'm']);
    expect(nameForms('Tom').pinyinLetters).toBe('tom');
  });

  it('returns empty forms for a blank', () => {
    const forms = nameForms(' · ');
    expect(forms.normalized).toBe('');
    expect(forms.pinyin).toEqual([]);
    expect(forms.pinyinLetters).toBe('');
  });
});
