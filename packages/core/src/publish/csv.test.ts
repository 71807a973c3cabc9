import { describe, expect, it } from 'vitest';
import { encodeCsv } from './csv.js';

describe('encodeCsv', () => {
  it('writes BOM and CRLF', () => {
    const bytes = encodeCsv([
      ['区划代码', '名称'],
      ['522299', '雁归县'],
    ]);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      '区划代码,名称\r\n522299,雁归县\r\n',
    );
  });

  it('quotes fields when needed', () => {
    const text = new TextDecoder().decode(
      encodeCsv([['农、林,牧', 'say "hi"', 'a\nb', 'plain']]),
    );
    expect(text).toBe('"农、林,牧","say ""hi""","a\nb",plain\r\n');
  });
});
