import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template.js';

describe('fillTemplate', () => {
  it('fills strings and numbers', () => {
    expect(
      fillTemplate('{column} 第 {row} 行', { column: '姓名', row: 3 }),
    ).toBe('姓名 第 3 行');
  });

  it('keeps a placeholder without value', () => {
    expect(fillTemplate('“{value}”无效', {})).toBe('“{value}”无效');
  });
});
