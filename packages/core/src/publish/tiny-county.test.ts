import { describe, expect, it } from 'vitest';
import type { RegistryLike } from '../aggregate/townships.js';
import type { Person } from '../dedupe/types.js';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import {
  enumerateCompletionRanges,
  type PublishedCounts,
} from '../suppress/enumerate.js';
import { type BundleInput, buildBundle } from './bundle.js';

// A county of four townships with 1, 2, 3 and 6 people in each database.
// One returnee per township founded a business in a park, so the county
// publishes 4 founders in parks spread one per township. Of the people
// working away, 甲镇's one person, 乙镇's two and 丙乡's three each fall in
// a category of their own, and 丁乡's six share one category.
const registry: RegistryLike = {
  county: { code: '522299', name: '雁归县' },
  townships: [
    { code: '522299100', name: '甲镇' },
    { code: '522299101', name: '乙镇' },
    { code: '522299200', name: '丙乡' },
    { code: '522299201', name: '丁乡' },
  ],
};
const SIZES = [1, 2, 3, 6];
const MINIMUM_COUNT = 5;

function residentId(index: number): string {
  return `52229919900101${String(100 + index).padStart(3, '0')}7`;
}

function returnee(
  index: number,
  townshipCode: string,
  founder: boolean,
): Person<ReturneeRecord> {
  return {
    key: `returnee:id:${residentId(index)}`,
    record: {
      kind: 'returnee',
      name: `回乡${index}`,
      residentId: residentId(index),
      enumerator: '调查员',
      sex: 'male',
      township: '',
      townshipCode,
      village: '某村',
      skills: [],
      surveyedAt: '2026-09-01',
      returnedAt: '2026-01',
      status: founder ? 'self_employed' : 'employed',
      park: founder ? 'startup_park' : 'none',
      support: [],
    },
    sources: [{ file: 'returnee.csv', row: index + 2 }],
  };
}

function outMigrant(
  index: number,
  townshipCode: string,
  category: number,
): Person<OutMigrantRecord> {
  const provinces = ['44', '33', '52'];
  const industries = ['C', 'E', 'F'];
  const education = ['70', '60', '40'];
  const intentions = ['return_to_work', 'undecided', 'not_returning'] as const;
  return {
    key: `out-migrant:id:${residentId(index)}`,
    record: {
      kind: 'out-migrant',
      name: `在外${index}`,
      residentId: residentId(index),
      enumerator: '调查员',
      sex: 'female',
      township: '',
      townshipCode,
      village: '某村',
      skills: [],
      surveyedAt: '2026-09-01',
      workProvince: provinces[category] as string,
      industry: industries[category] as string,
      education: education[category] as string,
      returnIntention: intentions[category],
      needs: [],
    },
    sources: [{ file: 'out-migrant.csv', row: index + 2 }],
  };
}

function tinyCounty(minimumCount: number): BundleInput {
  const returnees: Person<ReturneeRecord>[] = [];
  const outMigrants: Person<OutMigrantRecord>[] = [];
  registry.townships.forEach((township, t) => {
    const size = SIZES[t] as number;
    for (let k = 0; k < size; k += 1) {
      returnees.push(returnee(returnees.length, township.code, k === 0));
      // 丁乡's people share category 0; elsewhere each has its own.
      const category = size === 6 ? 0 : k;
      outMigrants.push(
        outMigrant(100 + outMigrants.length, township.code, category),
      );
    }
  });
  const counts = { files: 1, read: 12, valid: 12, rejected: 0 };
  return {
    asOf: '2026-09-30',
    registry,
    returnee: { persons: returnees, counts },
    outMigrant: { persons: outMigrants, counts },
    minimumCount,
  };
}

function readRows(contents: Uint8Array | string | undefined): string[][] {
  const text =
    typeof contents === 'string'
      ? contents
      : new TextDecoder().decode(contents ?? new Uint8Array());
  return text
    .replace(/^\uFEFF/u, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .slice(1)
    .map((line) => line.split(',').slice(3));
}

const parse = (cell: string) => (cell === '*' ? null : Number(cell));

/** Reads a published table as the county row over township rows. */
function returneeCounts(rows: string[][]): PublishedCounts {
  const [county, ...townships] = rows;
  return {
    cells: townships.map((row) => row.map(parse)),
    columnTotals: (county ?? []).map(parse),
  };
}

/** Reads a table of people working away: total column, then categories. */
function outMigrantCounts(rows: string[][]): PublishedCounts {
  const [county, ...townships] = rows;
  return {
    cells: townships.map((row) => row.slice(1).map(parse)),
    rowTotals: townships.map((row) => parse(row[0] as string)),
    columnTotals: (county ?? []).slice(1).map(parse),
    grandTotal: parse(county?.[0] as string),
  };
}

const OUT_MIGRANT_FILES = [
  'out-migrant-by-township.csv',
  'out-migrant-province.csv',
  'out-migrant-industry.csv',
  'out-migrant-education.csv',
  'out-migrant-return-intention.csv',
];

/**
 * Lists each suppressed count from 1 to `MINIMUM_COUNT - 1` with the range
 * a reader can narrow it to, found by enumerating whole-number completions.
 */
function exposure(
  published: PublishedCounts[],
  truth: PublishedCounts[],
  sharedTotals: boolean,
) {
  const ranges = enumerateCompletionRanges(published, {
    bound: 12,
    sharedTotals,
  });
  return ranges.flatMap((range) => {
    const table = truth[range.table] as PublishedCounts;
    const value =
      range.part === 'cell'
        ? table.cells[range.row]?.[range.column]
        : range.part === 'rowTotal'
          ? table.rowTotals?.[range.row]
          : range.part === 'columnTotal'
            ? table.columnTotals?.[range.column]
            : table.grandTotal;
    const small =
      typeof value === 'number' && value >= 1 && value < MINIMUM_COUNT;
    return small ? [{ ...range, value }] : [];
  });
}

describe('tiny county publication', () => {
  const published = buildBundle(tinyCounty(MINIMUM_COUNT)).files;
  const truth = buildBundle(tinyCounty(1)).files;

  it('hides small counts from readers', () => {
    const ranges = exposure(
      [returneeCounts(readRows(published.get('returnee-indicators.csv')))],
      [returneeCounts(readRows(truth.get('returnee-indicators.csv')))],
      false,
    );
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) {
      const where = `${range.part} ${range.row} ${range.column}`;
      expect(range.min, where).toBe(0);
      expect(range.max, where).toBeGreaterThanOrEqual(MINIMUM_COUNT);
    }
  });

  it('hides small counts of people working away', () => {
    const tables = (files: typeof published) =>
      OUT_MIGRANT_FILES.map((file) =>
        outMigrantCounts(readRows(files.get(file))),
      );
    const ranges = exposure(tables(published), tables(truth), true);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) {
      const where = `${OUT_MIGRANT_FILES[range.table]} ${range.part} ${range.row} ${range.column}`;
      expect(range.min, where).toBe(0);
      expect(range.max, where).toBeGreaterThanOrEqual(MINIMUM_COUNT);
    }
  });

  it('suppresses small county values', () => {
    const [county] = readRows(published.get('returnee-indicators.csv'));
    // Returnees, employed or self-employed, self-employed, in a park, jobs
    // created, economic entities.
    expect(county).toEqual(['12', '12', '*', '*', '0', '0']);
  });

  it('publishes the county total of people working away', () => {
    const [county] = readRows(published.get('out-migrant-by-township.csv'));
    expect(county).toEqual(['12']);
  });

  it('hides zeros where they protect', () => {
    const hiddenZeros = OUT_MIGRANT_FILES.flatMap((file) => {
      const publishedCells = readRows(published.get(file)).flat();
      const trueCells = readRows(truth.get(file)).flat();
      return publishedCells.filter(
        (cell, i) => cell === '*' && trueCells[i] === '0',
      );
    });
    expect(hiddenZeros.length).toBeGreaterThan(0);
  });
});
