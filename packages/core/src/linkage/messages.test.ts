import { describe, expect, it } from 'vitest';
import { formatIssue as formatLinkageIssue } from '../issues/messages.js';
import { linkageMessages } from './messages.js';

describe('linkageMessages', () => {
  it('covers both locales for every code', () => {
    for (const [code, templates] of Object.entries(linkageMessages)) {
      expect(templates['zh-CN'], code).not.toBe('');
      expect(templates.en, code).not.toBe('');
    }
  });

  it('falls back to core messages', () => {
    const text = formatLinkageIssue(
      { code: 'csv_empty_file', severity: 'error', file: 'x.csv' },
      'en',
    );
    expect(text).not.toBe('csv_empty_file');
  });
});
