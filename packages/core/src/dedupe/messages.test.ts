import { describe, expect, it } from 'vitest';
import { dedupeMessages } from './messages.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/gu)]
    .map((match) => match[1] ?? '')
    .sort();
}

describe('dedupeMessages', () => {
  it('uses same placeholders in both locales', () => {
    for (const [code, templates] of Object.entries(dedupeMessages)) {
      expect(placeholders(templates.en), code).toEqual(
        placeholders(templates['zh-CN']),
      );
    }
  });

  it('fills every placeholder from params', () => {
    const params = ['residentId', 'firstFile', 'firstRow'];
    expect(placeholders(dedupeMessages.dedupe_duplicate_id?.en ?? '')).toEqual(
      [...params].sort(),
    );
  });
});
