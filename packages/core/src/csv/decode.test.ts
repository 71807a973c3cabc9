import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectNonTextFile } from './decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('姓名,性别')]);
    expect(decodeCsvBytes(bytes)).toEqual({
      text: '姓名,性别',
      encoding: 'utf-8-bom',
    });
  });

  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeCsvBytes(utf8('姓名,性别\r\n张三,男'))).toEqual({
      text: '姓名,性别\r\n张三,男',
      encoding: 'utf-8',
    });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeCsvBytes(utf8('a,b')).encoding).toBe('utf-8');
  });

  it('falls back to GB18030', () => {
    const text = '姓名,民族\r\n刘䶮,汉族\r\n阿依古丽·买买提,维吾尔族';
    const bytes = iconv.encode(text, 'gb18030');
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads GBK bytes as GB18030', () => {
    const bytes = iconv.encode('乡镇(街道),村(社区)', 'gbk');
    expect(decodeCsvBytes(bytes).text).toBe('乡镇(街道),村(社区)');
  });

  it('returns empty text for no bytes', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
    });
  });
});

describe('detectNonTextFile', () => {
  it('recognises an xlsx workbook', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(detectNonTextFile(bytes)).toBe('excel_workbook');
  });

  it('recognises an xls workbook', () => {
    const bytes = new Uint8Array([
      0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00,
    ]);
    expect(detectNonTextFile(bytes)).toBe('excel_workbook');
  });

  it('recognises UTF-16 text', () => {
    expect(detectNonTextFile(new Uint8Array([0xff, 0xfe, 0x59, 0x59]))).toBe(
      'utf16',
    );
    expect(detectNonTextFile(new Uint8Array([0xfe, 0xff, 0x59, 0x59]))).toBe(
      'utf16',
    );
  });

  it('recognises NUL bytes', () => {
    expect(detectNonTextFile(new Uint8Array([0x61, 0x00, 0x62]))).toBe(
      'binary',
    );
  });

  it('accepts CSV text', () => {
    expect(detectNonTextFile(utf8('PK,姓名\r\n'))).toBeUndefined();
    expect(detectNonTextFile(new Uint8Array())).toBeUndefined();
  });
});

describe('decodeCsvBytes on mixed encodings', () => {
  it('keeps a mostly UTF-8 file as UTF-8', () => {
    const utf8 = new TextEncoder().encode(
      '姓名,公民身份号码,性别\r\n张三,1,男\r\n李四,2,女\r\n王五,3,男\r\n',
    );
    // 赵 in GBK: two bytes that are not valid UTF-8.
    const gbkRow = Uint8Array.from([0xd5, 0xd4, 0x2c, 0x34, 0x2c, 0x0d, 0x0a]);
    const bytes = new Uint8Array(utf8.length + gbkRow.length);
    bytes.set(utf8);
    bytes.set(gbkRow, utf8.length);

    const decoded = decodeCsvBytes(bytes);

    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('姓名,公民身份号码,性别')).toBe(true);
    expect(decoded.text).toContain('\uFFFD');
  });
});
