import { describe, expect, it } from 'vitest';
import { formatIssue, issueMessages } from './messages.js';

describe('issueMessages', () => {
  it('has both languages for every code', () => {
    for (const [code, templates] of Object.entries(issueMessages)) {
      expect(templates['zh-CN'], code).toMatch(/\S/);
      expect(templates.en, code).toMatch(/\S/);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [code, templates] of Object.entries(issueMessages)) {
      expect(placeholders(templates.en), code).toEqual(
        placeholders(templates['zh-CN']),
      );
    }
  });
});

describe('formatIssue', () => {
  it('fills params in Chinese by default', () => {
    const message = formatIssue({
      code: 'id_bad_checksum',
      severity: 'error',
      column: '身份证号',
      params: { value: '1101**********002Y' },
    });
    expect(message).toContain('1101**********002Y');
    expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('switches to English per call', () => {
    const message = formatIssue(
      { code: 'id_bad_checksum', severity: 'error', params: { value: 'x' } },
      'en',
    );
    expect(message).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('returns the code when no template exists', () => {
    expect(formatIssue({ code: 'no_such_code', severity: 'error' })).toBe(
      'no_such_code',
    );
  });
});
