import { describe, expect, it } from 'vitest';
import { exampleOutMigrantInput } from '../fields/examples.js';
import type { OutMigrantRecord } from '../model/types.js';
import { validateRecordObject } from '../validate/row.js';
import { dedupeByLinkage } from './link-survey.js';

const options = { today: '2024-07-01' };

function outMigrant(changes: Record<string, string>): OutMigrantRecord {
  const result = validateRecordObject(
    'out-migrant',
    { ...exampleOutMigrantInput, ...changes },
    options,
  );
  if (result.record === undefined) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result.record as OutMigrantRecord;
}

describe('dedupeByLinkage', () => {
  it('merges a homophone name without ID', () => {
    const rows = [
      { file: 'a.csv', row: 2, record: outMigrant({}) },
      {
        file: 'b.csv',
        row: 5,
        record: outMigrant({
          name: '章丽',
          residentId: '',
          birthDate: '1988-07-04',
          surveyedAt: '2024-06-25',
        }),
      },
    ];
    const { persons, merges } = dedupeByLinkage(rows);
    expect(persons).toHaveLength(1);
    expect(persons[0]?.record.surveyedAt).toBe('2024-06-25');
    expect(merges).toHaveLength(1);
  });

  it('keeps two different valid IDs apart', () => {
    const rows = [
      { file: 'a.csv', row: 2, record: outMigrant({}) },
      {
        file: 'a.csv',
        row: 3,
        record: outMigrant({ residentId: '522225198807040037', sex: '男' }),
      },
    ];
    expect(dedupeByLinkage(rows).persons).toHaveLength(2);
  });

  it('puts records of one ID together', () => {
    const rows = [
      { file: 'a.csv', row: 2, record: outMigrant({}) },
      {
        file: 'b.csv',
        row: 9,
        record: outMigrant({ name: '王芳', phone: '', village: '石门村' }),
      },
    ];
    expect(dedupeByLinkage(rows).persons).toHaveLength(1);
  });
});
