import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { returneeIndicators } from './definitions.js';
import {
  METHODOLOGY_BEGIN,
  METHODOLOGY_END,
  renderMethodologyMarkdown,
} from './methodology.js';

const docsUrl = new URL('../../../../docs/methodology.md', import.meta.url);

describe('renderMethodologyMarkdown', () => {
  it('includes every rule in both languages', () => {
    const markdown = renderMethodologyMarkdown();
    for (const indicator of returneeIndicators) {
      expect(markdown).toContain(`\`${indicator.id}\``);
      expect(markdown).toContain(indicator.rule.en);
      expect(markdown).toContain(indicator.rule['zh-CN']);
    }
    expect(markdown.startsWith(METHODOLOGY_BEGIN)).toBe(true);
    expect(markdown.endsWith(METHODOLOGY_END)).toBe(true);
  });

  it('matches docs/methodology.md', () => {
    const docs = readFileSync(docsUrl, 'utf8').replace(/\r\n/g, '\n');
    const begin = docs.indexOf(METHODOLOGY_BEGIN);
    const end = docs.indexOf(METHODOLOGY_END);
    expect(
      begin,
      'docs/methodology.md lacks the BEGIN marker',
    ).toBeGreaterThanOrEqual(0);
    expect(end, 'docs/methodology.md lacks the END marker').toBeGreaterThan(
      begin,
    );
    // On failure, paste the output of renderMethodologyMarkdown() between
    // the markers of docs/methodology.md.
    expect(docs.slice(begin, end + METHODOLOGY_END.length)).toBe(
      renderMethodologyMarkdown(),
    );
  });
});
