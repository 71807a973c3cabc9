import { describe, expect, it } from 'vitest';
import { countCodePoints, parseList, parseName, parseText } from './text.js';

/** A CJK Extension B character, outside the BMP (two UTF-16 units). */
const EXTENSION_B = '\u{20000}';

describe('parseText', () => {
  it('trims and normalises to NFC', () => {
    const result = parseText('  Cafe\u0301  ');
    expect(result).toEqual({ ok: true, value: 'Café', issues: [] });
  });

  it('accepts text at the maximum length', () => {
    expect(parseText('a'.repeat(10), 10).ok).toBe(true);
  });

  it('rejects text over the maximum length', () => {
    const result = parseText('a'.repeat(11), 10);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'text_too_long',
        severity: 'error',
        params: { length: 11, max: 10 },
      },
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(countCodePoints(EXTENSION_B.repeat(3))).toBe(3);
    expect(parseText(EXTENSION_B.repeat(3), 3).ok).toBe(true);
  });
});

describe('parseName', () => {
  it('accepts a plain Chinese name', () => {
    expect(parseName(' 张三 ')).toEqual({
      ok: true,
      value: '张三',
      issues: [],
    });
  });

  it('accepts the middle dot', () => {
    const result = parseName('阿卜杜拉·买买提');
    expect(result).toEqual({ ok: true, value: '阿卜杜拉·买买提', issues: [] });
  });

  it('replaces look-alike dots with U+00B7', () => {
    for (const dot of ['\u30fb', '\uff65', '\u2022', '\u2027', '\u22c5']) {
      const result = parseName(`阿依·古丽${dot}热合曼`.replace('·', dot));
      expect(result).toEqual({
        ok: true,
        value: '阿依·古丽·热合曼',
        issues: [],
      });
    }
  });

  it('accepts characters beyond the BMP', () => {
    const result = parseName(`王${EXTENSION_B}`);
    expect(result).toEqual({ ok: true, value: `王${EXTENSION_B}`, issues: [] });
  });

  it('counts length in code points', () => {
    expect(parseName(EXTENSION_B.repeat(50)).ok).toBe(true);
    const result = parseName(EXTENSION_B.repeat(51));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('text_too_long');
    expect(result.issues[0]?.params).toEqual({ length: 51, max: 50 });
  });

  it('normalises to NFC', () => {
    const decomposed = 'Jose\u0301';
    const result = parseName(decomposed);
    expect(result).toEqual({ ok: true, value: 'José', issues: [] });
  });

  it('collapses inner white space', () => {
    const result = parseName('John \u3000 Smith');
    expect(result).toEqual({ ok: true, value: 'John Smith', issues: [] });
  });

  it('rejects digits and punctuation', () => {
    const result = parseName('张三2号!');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'name_bad_characters',
        severity: 'error',
        params: { characters: '2 !' },
      },
    ]);
  });

  it('rejects a misplaced middle dot', () => {
    for (const name of ['·买买提', '买买提·', '阿卜杜拉··买买提']) {
      const result = parseName(name);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.code).toBe('name_misplaced_middle_dot');
    }
  });

  it('warns on a private-use character', () => {
    const result = parseName('李\ue000');
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      { code: 'name_private_use', severity: 'warning' },
    ]);
  });

  it('never puts the name in parameters', () => {
    const result = parseName('张三3');
    expect(JSON.stringify(result.issues)).not.toContain('张');
  });
});

describe('parseList', () => {
  it('splits on every separator', () => {
    const result = parseList('电工、焊工;厨师；司机,木工，瓦工');
    expect(result).toEqual({
      ok: true,
      value: ['电工', '焊工', '厨师', '司机', '木工', '瓦工'],
      issues: [],
    });
  });

  it('splits on line breaks', () => {
    const result = parseList('电工\r\n焊工');
    expect(result).toEqual({ ok: true, value: ['电工', '焊工'], issues: [] });
  });

  it('drops empty items and repeats', () => {
    const result = parseList(' 电工 、、电工， ');
    expect(result).toEqual({ ok: true, value: ['电工'], issues: [] });
  });

  it('rejects an item over the maximum', () => {
    const result = parseList('电工、挖掘机驾驶', 3);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.params).toEqual({ length: 5, max: 3 });
  });
});

describe('parseText invisible characters', () => {
  it('removes a zero-width space', () => {
    expect(parseText('\u200b白岩镇')).toMatchObject({
      ok: true,
      value: '白岩镇',
    });
  });

  it('turns a NUL into a space', () => {
    expect(parseText('x\u0000y')).toMatchObject({ ok: true, value: 'x y' });
  });
});
