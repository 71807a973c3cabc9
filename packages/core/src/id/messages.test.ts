import { describe, expect, it } from 'vitest';
import { idMessages } from './messages.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

describe('idMessages', () => {
  it('covers every resident ID code', () => {
    expect(Object.keys(idMessages).sort()).toEqual([
      'id_bad_birth_date',
      'id_bad_characters',
      'id_bad_checksum',
      'id_bad_length',
      'id_excel_scientific',
      'id_excel_zeroed',
      'id_unknown_province',
      'id_upgraded_15',
    ]);
  });

  it('uses the same placeholders per locale', () => {
    for (const templates of Object.values(idMessages)) {
      expect(templates['zh-CN'].length).toBeGreaterThan(0);
      expect(templates.en.length).toBeGreaterThan(0);
      expect(placeholders(templates['zh-CN']).sort()).toEqual(
        placeholders(templates.en).sort(),
      );
    }
  });

  it('tells Excel users to use text', () => {
    for (const code of ['id_excel_scientific', 'id_excel_zeroed'] as const) {
      expect(idMessages[code]['zh-CN']).toContain('“文本”格式');
      expect(idMessages[code].en).toContain('format the column as Text');
    }
  });
});
