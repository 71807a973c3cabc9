import { describe, expect, it } from 'vitest';
import { dateMessages } from './messages.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

describe('dateMessages', () => {
  it('covers every date code', () => {
    expect(Object.keys(dateMessages).sort()).toEqual([
      'date_invalid',
      'date_month_only',
    ]);
  });

  it('uses the same placeholders per locale', () => {
    for (const templates of Object.values(dateMessages)) {
      expect(templates['zh-CN'].length).toBeGreaterThan(0);
      expect(templates.en.length).toBeGreaterThan(0);
      expect(placeholders(templates['zh-CN']).sort()).toEqual(
        placeholders(templates.en).sort(),
      );
    }
  });

  it('uses only the value placeholder', () => {
    for (const templates of Object.values(dateMessages)) {
      for (const name of placeholders(templates.en)) {
        expect(name).toBe('value');
      }
    }
  });
});
