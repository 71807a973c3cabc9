import { describe, expect, it } from 'vitest';
import type { LinkedPerson } from './link.js';
import {
  assignStableKeys,
  readPersonsCsv,
  writePersonsCsv,
} from './persist.js';

function previous(entries: Record<string, string>) {
  return { recordKey: new Map(Object.entries(entries)) };
}

function persons(...groups: string[][]): { persons: LinkedPerson[] } {
  return {
    persons: groups.map((recordIds, index) => ({
      key: `NEW${index}`,
      recordIds,
    })),
  };
}

describe('assignStableKeys', () => {
  it('gives hashed keys without previous round', () => {
    const first = assignStableKeys(persons(['a#2', 'b#3'], ['a#4']));
    expect(first.events).toEqual([]);
    expect(first.persons[0]?.key).toMatch(/^P[0-9a-z]{11}$/);
    expect(first.persons[1]?.key).toMatch(/^P[0-9a-z]{11}$/);
    expect(first.persons[0]?.key).not.toBe(first.persons[1]?.key);
  });

  it('keeps previous key when records are added', () => {
    const result = assignStableKeys(
      persons(['a#1', 'b#2', 'c#3'], ['d#4']),
      previous({ 'b#2': 'PKEEP', 'c#3': 'PKEEP', 'd#4': 'POTHER' }),
    );
    expect(result.persons.map((person) => person.key)).toEqual([
      'PKEEP',
      'POTHER',
    ]);
    expect(result.events).toEqual([]);
  });

  it('keeps key of larger person on merge', () => {
    const result = assignStableKeys(
      persons(['a#1', 'b#2', 'c#3']),
      previous({ 'a#1': 'PSMALL', 'b#2': 'PLARGE', 'c#3': 'PLARGE' }),
    );
    expect(result.persons[0]?.key).toBe('PLARGE');
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({
      type: 'merge',
      key: 'PLARGE',
      keys: ['PLARGE', 'PSMALL'],
    });
  });

  it('keeps earlier key on merge tie', () => {
    const result = assignStableKeys(
      persons(['a#1', 'b#2']),
      previous({ 'b#2': 'PFIRST', 'a#1': 'PSECOND' }),
    );
    expect(result.persons[0]?.key).toBe('PFIRST');
  });

  it('gives new key to smaller part on split', () => {
    const result = assignStableKeys(
      persons(['a#1'], ['b#2', 'c#3']),
      previous({ 'a#1': 'PSPLIT', 'b#2': 'PSPLIT', 'c#3': 'PSPLIT' }),
    );
    const [small, large] = result.persons;
    expect(large?.key).toBe('PSPLIT');
    expect(small?.key).toMatch(/^P[0-9a-z]{11}$/);
    expect(small?.key).not.toBe('PSPLIT');
    expect(result.events).toEqual([
      {
        type: 'split',
        key: 'PSPLIT',
        keys: ['PSPLIT', small?.key],
        reason: 'records of one previous person now fall in 2 persons',
      },
    ]);
  });

  it('never reuses retired key', () => {
    // PGONE's only record moved into PKEPT's person, so the key is retired;
    // a new person whose hashed key would collide must not get it.
    const fresh = assignStableKeys(persons(['z#9'])).persons[0]?.key as string;
    const result = assignStableKeys(
      persons(['a#1', 'b#2'], ['z#9']),
      previous({ 'a#1': 'PKEPT', 'b#2': fresh }),
    );
    expect(result.persons[0]?.key).toBe('PKEPT');
    expect(result.persons[1]?.key).toBe(`${fresh}-2`);
  });
});

describe('persons CSV', () => {
  it('round-trips record keys', () => {
    const text = writePersonsCsv([
      { file: 'a.csv', row: 2, recordId: 'a.csv#2', personKey: 'P1' },
      { file: 'a.csv', row: 3, recordId: 'a.csv#3', personKey: 'P1' },
      { file: 'b,c.csv', row: 2, recordId: 'b,c.csv#2', personKey: 'P2' },
    ]);
    const reading = readPersonsCsv(text);
    expect(reading.fatal).toBe(false);
    expect(reading.issues).toEqual([]);
    expect([...reading.recordKey]).toEqual([
      ['a.csv#2', 'P1'],
      ['a.csv#3', 'P1'],
      ['b,c.csv#2', 'P2'],
    ]);
  });

  it('ignores extra columns', () => {
    const text =
      'file,row,recordId,personKey,best link weight\r\na,2,a#2,P1,7.5\r\n';
    const reading = readPersonsCsv(text);
    expect(reading.issues).toEqual([]);
    expect(reading.recordKey.get('a#2')).toBe('P1');
  });

  it('warns on repeated record', () => {
    const text = 'recordId,personKey\r\na#2,P1\r\na#2,P2\r\nb#3,\r\n';
    const reading = readPersonsCsv(text, { file: 'p.csv' });
    expect(reading.recordKey.get('a#2')).toBe('P1');
    expect(reading.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['linkage_repeated_record', 3],
      ['linkage_missing_person_key', 4],
    ]);
  });
});
