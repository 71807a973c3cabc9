import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvMessages } from './messages.js';

const folder = new URL('./', import.meta.url);

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/gu)].map((match) => match[1] ?? '');
}

/** Issue codes written as string literals in the module's source files. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const sources = readdirSync(folder).filter(
    (name) =>
      name.endsWith('.ts') &&
      !name.endsWith('.test.ts') &&
      name !== 'messages.ts',
  );
  for (const name of sources) {
    const text = readFileSync(new URL(name, folder), 'utf8');
    for (const match of text.matchAll(/'(csv_[a-z0-9_]+)'/gu)) {
      codes.add(match[1] ?? '');
    }
  }
  return codes;
}

describe('csvMessages', () => {
  it('covers every code the reader raises', () => {
    const codes = codesInSource();
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) {
      expect(csvMessages, code).toHaveProperty(code);
    }
    expect(Object.keys(csvMessages).sort()).toEqual([...codes].sort());
  });

  it('uses the same placeholders per locale', () => {
    for (const [code, templates] of Object.entries(csvMessages)) {
      expect(placeholders(templates.en).sort(), code).toEqual(
        placeholders(templates['zh-CN']).sort(),
      );
      expect(templates['zh-CN'], code).not.toBe('');
      expect(templates.en, code).not.toBe('');
    }
  });
});
