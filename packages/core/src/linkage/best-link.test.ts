import { describe, expect, it } from 'vitest';
import { findBestLinks } from './best-link.js';
import { defaultComparisons } from './compare.js';
import { initialParameters } from './model.js';
import type { LinkRecord } from './record.js';

const records: LinkRecord[] = [
  { id: 'a', name: '张晓明', birthDate: '1990-03-15', township: '龙泉镇' },
  { id: 'b', name: '张晓明', birthDate: '1990-03-15', township: '龙泉镇' },
  { id: 'c', name: '章小明', birthDate: '1990-03', township: '白岩乡' },
  { id: 'd', name: '刘芳', birthDate: '1985-06-11' },
];

describe('findBestLinks', () => {
  it('picks strongest pair in person', () => {
    const parameters = initialParameters(defaultComparisons);
    const best = findBestLinks(
      records,
      [
        { key: 'P1', recordIds: ['a', 'b', 'c'] },
        { key: 'P2', recordIds: ['d'] },
      ],
      parameters,
    );
    expect(best.get('a')?.recordId).toBe('b');
    expect(best.get('b')?.recordId).toBe('a');
    expect(best.get('c')?.recordId).toBe('a');
    expect(best.get('c')!.weight).toBeLessThan(best.get('a')!.weight);
    expect(best.has('d')).toBe(false);
  });
});
