import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateMessages } from '../dates/index.js';
import { fieldsOf } from '../fields/index.js';
import { idMessages } from '../id/index.js';
import { validationMessages } from './messages.js';

/**
 * Source folders whose emitted issue codes must have messages. `schema/`
 * only forwards these codes inside zod `custom` issues.
 */
const folders = ['../fields/', './'].map(
  (folder) => new URL(folder, import.meta.url),
);

/** Patterns that introduce an issue code in the source. */
const codePatterns = [
  /\breject\(\s*'([a-z0-9_]+)'/g,
  /\bcreateIssue\(\s*'([a-z0-9_]+)'/g,
  /\bfieldIssue\(\s*'([a-z0-9_]+)'/g,
  /\bcode: '([a-z0-9_]+)'/g,
];

/** Collects every issue code written in the non-test sources. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const folder of folders) {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) {
        continue;
      }
      const source = readFileSync(new URL(name, folder), 'utf8');
      for (const pattern of codePatterns) {
        for (const match of source.matchAll(pattern)) {
          codes.add(match[1] ?? '');
        }
      }
    }
  }
  return codes;
}

/** Lists the `{placeholder}` names of a template. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

const allMessages = { ...idMessages, ...dateMessages, ...validationMessages };

describe('validation messages', () => {
  it('cover every emitted code', () => {
    const codes = emittedCodes();
    expect(codes.size).toBeGreaterThan(25);
    for (const code of codes) {
      expect(allMessages, code).toHaveProperty(code);
    }
  });

  it('cover every requirement rule code', () => {
    for (const kind of ['returnee', 'out-migrant'] as const) {
      for (const spec of fieldsOf(kind)) {
        if (typeof spec.required === 'string') {
          continue;
        }
        for (const rule of spec.required) {
          expect(validationMessages, rule.code).toHaveProperty(rule.code);
        }
      }
    }
  });

  it('list no code that is never emitted', () => {
    const codes = emittedCodes();
    for (const code of Object.keys(validationMessages)) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('have both languages with equal placeholders', () => {
    for (const [code, templates] of Object.entries(validationMessages)) {
      expect(templates['zh-CN'], code).not.toBe('');
      expect(templates.en, code).not.toBe('');
      expect(placeholders(templates.en).sort(), code).toEqual(
        placeholders(templates['zh-CN']).sort(),
      );
    }
  });

  it('use snake_case codes', () => {
    for (const code of Object.keys(validationMessages)) {
      expect(code).toMatch(/^[a-z]+(?:_[a-z0-9]+)*$/);
    }
  });
});
