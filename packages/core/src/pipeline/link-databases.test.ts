import { describe, expect, it } from 'vitest';
import type { ValidRecord } from '../dedupe/index.js';
import {
  exampleOutMigrantInput,
  exampleReturneeInput,
} from '../fields/examples.js';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import { validateRecordObject } from '../validate/row.js';
import { linkAcrossDatabases } from './link-databases.js';

const options = { today: '2024-12-31' };

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

/** Creates a returnee record of 张丽 from the out-migrant example. */
function returnee(changes: Record<string, string>): ReturneeRecord {
  const result = validateRecordObject(
    'returnee',
    {
      ...exampleReturneeInput,
      name: '张丽',
      residentId: '522225198807040029',
      sex: '女',
      birthDate: '1988-07-04',
      phone: '13912345678',
      surveyedAt: '2024-11-20',
      returnedAt: '2024-09',
      ...changes,
    },
    options,
  );
  if (result.record === undefined) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result.record as ReturneeRecord;
}

function rows<R extends OutMigrantRecord | ReturneeRecord>(
  file: string,
  ...records: R[]
): ValidRecord<R>[] {
  return records.map((record, index) => ({ file, row: index + 2, record }));
}

describe('linkAcrossDatabases', () => {
  it('finds a person by resident ID', () => {
    const result = linkAcrossDatabases(
      rows('away.csv', outMigrant({})),
      rows('back.csv', returnee({})),
    );
    expect(result.persons).toHaveLength(1);
    const person = result.persons[0];
    expect(person?.outMigrant).toEqual([{ file: 'away.csv', row: 2 }]);
    expect(person?.returnee).toEqual([{ file: 'back.csv', row: 2 }]);
    expect(person?.key).toMatch(/^P[0-9a-z]{11}$/);
    expect(person?.weight).toBeGreaterThan(0);
    expect(result.counts).toEqual({
      outMigrantRecords: 1,
      returneeRecords: 1,
      persons: 1,
      personsInBoth: 1,
      conflicts: 0,
    });
  });

  it('finds a homophone without ID', () => {
    const result = linkAcrossDatabases(
      rows(
        'away.csv',
        outMigrant({ name: '章丽', residentId: '', birthDate: '1988-07-04' }),
      ),
      rows('back.csv', returnee({})),
    );
    expect(result.persons).toHaveLength(1);
    expect(result.persons[0]?.outMigrant).toEqual([
      { file: 'away.csv', row: 2 },
    ]);
    expect(result.persons[0]?.weight).toBeGreaterThan(0);
  });

  it('keeps two different IDs apart', () => {
    // Same name, birth date and place, and IDs one digit apart: a sister
    // or a typo, but two valid numbers are never one person.
    const result = linkAcrossDatabases(
      rows('away.csv', outMigrant({})),
      rows('back.csv', returnee({ residentId: '522225198807040045' })),
    );
    expect(result.persons).toEqual([]);
    expect(result.counts.persons).toBe(2);
    expect(result.counts.personsInBoth).toBe(0);
  });

  it('joins records of one ID', () => {
    // Different names and places keep the linker from joining the records,
    // but the shared resident ID number still makes them one person.
    const result = linkAcrossDatabases(
      rows('away.csv', outMigrant({})),
      rows(
        'back.csv',
        returnee({
          name: '王芳',
          birthDate: '',
          phone: '',
          village: '石门村',
        }),
      ),
    );
    expect(result.persons).toHaveLength(1);
    expect(result.counts.personsInBoth).toBe(1);
  });

  it('reports duplicates of one kind', () => {
    const result = linkAcrossDatabases(
      rows(
        'away.csv',
        outMigrant({}),
        outMigrant({ surveyedAt: '2024-07-01' }),
      ),
      rows('back.csv', returnee({})),
    );
    expect(result.persons).toHaveLength(1);
    expect(result.persons[0]?.outMigrant).toEqual([
      { file: 'away.csv', row: 2 },
      { file: 'away.csv', row: 3 },
    ]);
    expect(result.persons[0]?.returnee).toHaveLength(1);
  });

  it('returns no person for one kind', () => {
    const result = linkAcrossDatabases(rows('away.csv', outMigrant({})), []);
    expect(result.persons).toEqual([]);
    expect(result.counts.persons).toBe(1);
  });

  it('keeps same file#row of both kinds apart', () => {
    const result = linkAcrossDatabases(
      rows('same.csv', outMigrant({})),
      rows('same.csv', returnee({})),
    );
    expect(result.persons).toHaveLength(1);
    expect(result.counts.persons).toBe(1);
  });
});
