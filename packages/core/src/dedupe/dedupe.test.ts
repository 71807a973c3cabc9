import { describe, expect, it } from 'vitest';
import type { ReturneeRecord } from '../model/types.js';
import { recordsAsOf } from './as-of.js';
import { dedupeByResidentId } from './dedupe.js';
import { indexByResidentId } from './strict-index.js';
import type { ValidRecord } from './types.js';

const ID_A = '52222519900315123X';
const ID_B = '522225198507200021';

function returnee(
  file: string,
  row: number,
  fields: Partial<ReturneeRecord> = {},
): ValidRecord<ReturneeRecord> {
  return {
    file,
    row,
    record: {
      kind: 'returnee',
      name: '吴明远',
      residentId: ID_A,
      sex: 'male',
      township: '雁归镇',
      village: '石桥村',
      skills: [],
      surveyedAt: '2026-03-10',
      enumerator: '调查员甲',
      returnedAt: '2025-12',
      status: 'employed',
      support: [],
      ...fields,
    },
  };
}

describe('dedupeByResidentId', () => {
  it('keeps latest survey of person', () => {
    const rows = [
      returnee('a.csv', 2, { surveyedAt: '2026-06-01', status: 'employed' }),
      returnee('b.csv', 5, { surveyedAt: '2026-09-01', status: 'unemployed' }),
      returnee('c.csv', 3, { surveyedAt: '2026-03-01', status: 'left_again' }),
    ];
    const { persons, merges } = dedupeByResidentId(rows);
    expect(persons).toHaveLength(1);
    expect(persons[0]?.record.status).toBe('unemployed');
    expect(persons[0]?.sources).toEqual([
      { file: 'b.csv', row: 5 },
      { file: 'a.csv', row: 2 },
      { file: 'c.csv', row: 3 },
    ]);
    expect(merges).toHaveLength(1);
    expect(merges[0]?.survivor).toEqual({ file: 'b.csv', row: 5 });
    expect(merges[0]?.merged).toEqual([
      { file: 'a.csv', row: 2 },
      { file: 'c.csv', row: 3 },
    ]);
  });

  it('breaks date ties by file then row', () => {
    const rows = [
      returnee('b.csv', 9, { status: 'employed' }),
      returnee('b.csv', 12, { status: 'self_employed' }),
      returnee('a.csv', 40, { status: 'unemployed' }),
    ];
    const { persons } = dedupeByResidentId(rows);
    expect(persons[0]?.record.status).toBe('self_employed');
    expect(persons[0]?.sources[0]).toEqual({ file: 'b.csv', row: 12 });
  });

  it('treats month precision survey dates', () => {
    // Survey dates have day precision after validation, but the comparison
    // still works for a month value: 2026-03 equals any day of March.
    const rows = [
      returnee('a.csv', 2, { surveyedAt: '2026-03-31' }),
      returnee('a.csv', 3, { surveyedAt: '2026-03', status: 'unemployed' }),
    ];
    expect(dedupeByResidentId(rows).persons[0]?.record.status).toBe(
      'unemployed',
    );
  });

  it('matches normalised resident ID numbers', () => {
    const rows = [
      returnee('a.csv', 2, { residentId: ID_A.toLowerCase() }),
      returnee('a.csv', 3, { residentId: ` ５２２２２５19900315123X` }),
    ];
    const { persons } = dedupeByResidentId(rows);
    expect(persons).toHaveLength(1);
    expect(persons[0]?.key).toBe(`returnee:id:${ID_A}`);
  });

  it('never merges records without ID', () => {
    const rows = [
      returnee('a.csv', 2, { residentId: undefined }),
      returnee('a.csv', 3, { residentId: undefined }),
      returnee('a.csv', 4, { residentId: '  ' }),
    ];
    const { persons, merges } = dedupeByResidentId(rows);
    expect(persons.map((person) => person.key)).toEqual([
      'returnee:row:2:a.csv',
      'returnee:row:3:a.csv',
      'returnee:row:4:a.csv',
    ]);
    expect(merges).toEqual([]);
  });

  it('keeps kinds apart', () => {
    const outMigrant: ValidRecord<ReturneeRecord> = returnee('m.csv', 2);
    const mixed = {
      ...outMigrant,
      record: { ...outMigrant.record, kind: 'out-migrant' },
    } as unknown as ValidRecord<ReturneeRecord>;
    const { persons } = dedupeByResidentId([returnee('r.csv', 2), mixed]);
    expect(persons).toHaveLength(2);
  });

  it('lists conflicts with masked values', () => {
    const rows = [
      returnee('a.csv', 2, {
        surveyedAt: '2026-06-01',
        name: '吴明远',
        phone: '13812345678',
        skills: ['电工', '焊工'],
        enumerator: '调查员甲',
      }),
      returnee('b.csv', 2, {
        surveyedAt: '2026-09-01',
        name: '伍明远',
        phone: '13912345678',
        skills: ['焊工', '电工'],
        enumerator: '调查员乙',
        status: 'self_employed',
      }),
    ];
    const [merge] = dedupeByResidentId(rows).merges;
    expect(merge?.residentId).toBe('5222**********123X');
    expect(merge?.conflicts).toEqual([
      { field: 'name', values: ['伍**', '吴**'] },
      { field: 'phone', values: ['139****5678', '138****5678'] },
      { field: 'status', values: ['self_employed', 'employed'] },
    ]);
  });

  it('ignores values missing from one record', () => {
    const rows = [
      returnee('a.csv', 2, { phone: '13812345678', education: '20' }),
      returnee('a.csv', 3, { education: '20' }),
    ];
    expect(dedupeByResidentId(rows).merges[0]?.conflicts).toEqual([]);
  });

  it('does not depend on input order', () => {
    const rows = [
      returnee('a.csv', 2, { surveyedAt: '2026-06-01' }),
      returnee('b.csv', 2, { residentId: ID_B, name: '李芳', sex: 'female' }),
      returnee('c.csv', 7, { surveyedAt: '2026-06-01', status: 'unemployed' }),
      returnee('c.csv', 8, { residentId: undefined }),
    ];
    const forward = dedupeByResidentId(rows);
    const backward = dedupeByResidentId([...rows].reverse());
    expect(backward).toEqual(forward);
    expect(forward.persons.map((person) => person.sources[0])).toEqual([
      { file: 'b.csv', row: 2 },
      { file: 'c.csv', row: 7 },
      { file: 'c.csv', row: 8 },
    ]);
  });

  it('returns nothing for empty input', () => {
    expect(dedupeByResidentId([])).toEqual({ persons: [], merges: [] });
  });
});

describe('recordsAsOf', () => {
  it('keeps records surveyed by date', () => {
    const rows = [
      returnee('a.csv', 2, { surveyedAt: '2026-09-30' }),
      returnee('a.csv', 3, { surveyedAt: '2026-10-01' }),
      returnee('a.csv', 4, { surveyedAt: '2026-01-15' }),
    ];
    expect(recordsAsOf(rows, '2026-09-30').map((row) => row.row)).toEqual([
      2, 4,
    ]);
  });

  it('changes the survivor when applied first', () => {
    const rows = [
      returnee('a.csv', 2, { surveyedAt: '2026-06-01', status: 'employed' }),
      returnee('a.csv', 3, { surveyedAt: '2026-12-01', status: 'left_again' }),
    ];
    const persons = dedupeByResidentId(recordsAsOf(rows, '2026-09-30')).persons;
    expect(persons[0]?.record.status).toBe('employed');
  });
});

describe('indexByResidentId', () => {
  it('reports later duplicates as warnings', () => {
    const rows = [
      returnee('a.csv', 2),
      returnee('b.csv', 4, { residentId: ID_B }),
      returnee('c.csv', 6, { residentId: ID_A.toLowerCase() }),
      returnee('c.csv', 7, { residentId: undefined }),
      returnee('c.csv', 8, { residentId: undefined }),
    ];
    const { index, issues } = indexByResidentId(rows);
    expect([...index.keys()]).toEqual([ID_A, ID_B]);
    expect(index.get(ID_A)?.file).toBe('a.csv');
    expect(issues).toEqual([
      {
        code: 'dedupe_duplicate_id',
        severity: 'warning',
        field: 'residentId',
        file: 'c.csv',
        row: 6,
        params: {
          residentId: '5222**********123X',
          firstFile: 'a.csv',
          firstRow: 2,
        },
      },
    ]);
  });
});
