import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('matches FIPS 180-4 examples', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('hashes empty input', () => {
    expect(sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256Hex(new Uint8Array(0))).toBe(sha256Hex(''));
  });

  it('hashes one million a', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('encodes strings as UTF-8', () => {
    expect(sha256Hex('雁归县')).toBe(
      createHash('sha256').update('雁归县', 'utf8').digest('hex'),
    );
  });

  it('agrees with node:crypto around block edges', () => {
    for (let length = 50; length <= 130; length += 1) {
      const bytes = Uint8Array.from(
        { length },
        (_, index) => (index * 7) & 0xff,
      );
      expect(sha256Hex(bytes)).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
  });

  it('agrees with node:crypto on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(
          createHash('sha256').update(bytes).digest('hex'),
        );
      }),
      { numRuns: 200 },
    );
  });
});
