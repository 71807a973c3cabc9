import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryMessages } from './messages.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/gu)].map((match) => match[1] ?? '');
}

describe('registryMessages', () => {
  it('covers every code the reader raises', () => {
    const source = readFileSync(new URL('read.ts', import.meta.url), 'utf8');
    const codes = new Set(
      [...source.matchAll(/'(registry_[a-z_]+)'/gu)].map((m) => m[1] ?? ''),
    );
    expect(codes.size).toBe(8);
    expect(Object.keys(registryMessages).sort()).toEqual([...codes].sort());
  });

  it('uses the same placeholders per locale', () => {
    for (const [code, templates] of Object.entries(registryMessages)) {
      expect(placeholders(templates.en).sort(), code).toEqual(
        placeholders(templates['zh-CN']).sort(),
      );
    }
  });
});
