import { describe, expect, it } from 'vitest';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import { toLinkRecord } from './from-records.js';

const base = {
  name: '王小明',
  sex: 'male',
  township: '龙泉镇',
  village: '青山村',
  skills: [],
  surveyedAt: '2026-06-20',
  enumerator: '李调查',
} as const;

describe('toLinkRecord', () => {
  it('maps returnee with ID', () => {
    const record: ReturneeRecord = {
      ...base,
      skills: [],
      kind: 'returnee',
      residentId: '522299199003151234',
      birthDate: '1990-03-15',
      phone: '13812345678',
      returnedAt: '2025-02',
      status: 'employed',
      support: [],
    };
    expect(toLinkRecord({ file: 'a.csv', row: 3, record })).toEqual({
      id: 'a.csv#3',
      name: '王小明',
      sex: 'male',
      township: '龙泉镇',
      village: '青山村',
      surveyedAt: '2026-06-20',
      residentId: '522299199003151234',
      residentIdValid: true,
      birthDate: '1990-03-15',
      phone: '13812345678',
      returnedAt: '2025-02',
    });
  });

  it('maps out-migrant without ID', () => {
    const record: OutMigrantRecord = {
      ...base,
      skills: [],
      kind: 'out-migrant',
      departedAt: '2019-03',
      workProvince: '44',
      needs: [],
    };
    const link = toLinkRecord({ file: 'b.csv', row: 2, record });
    expect(link.id).toBe('b.csv#2');
    expect(link.residentId).toBeUndefined();
    expect(link.residentIdValid).toBeUndefined();
    expect(link.departedAt).toBe('2019-03');
    expect(link.returnedAt).toBeUndefined();
  });
});
