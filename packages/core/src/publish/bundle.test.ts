import { describe, expect, it } from 'vitest';
import type { RegistryLike } from '../aggregate/townships.js';
import type { Person } from '../dedupe/types.js';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import { type BundleInput, buildBundle } from './bundle.js';
import { sha256Hex } from './sha256.js';

const registry: RegistryLike = {
  county: { code: '522299', name: '雁归县' },
  townships: [
    { code: '522299100', name: '雁归镇' },
    { code: '522299200', name: '石门乡' },
    { code: '522299201', name: '青岩乡' },
  ],
};

const SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫'];
const GIVEN = ['子涵', '浩然', '雨桐', '梓萱', '俊杰', '欣怡', '明轩'];

/** Builds a distinct identity for person number `index`. */
function identity(index: number) {
  const serial = String(100 + index).padStart(3, '0');
  return {
    name: `${SURNAMES[index % SURNAMES.length]}${GIVEN[index % GIVEN.length]}${index}`,
    residentId: `52229919850101${serial}7`,
    phone: `139${String(10_000_000 + index * 7919).slice(0, 8)}`,
    recordId: `REC-${index}-ZZ`,
    enumerator: `调查员${SURNAMES[index % SURNAMES.length]}${index}`,
  };
}

function returnee(
  index: number,
  townshipCode: string,
  fields: Partial<ReturneeRecord> = {},
): Person<ReturneeRecord> {
  const id = identity(index);
  return {
    key: `returnee:id:${id.residentId}`,
    record: {
      kind: 'returnee',
      ...id,
      sex: 'male',
      township: '',
      townshipCode,
      village: '某村',
      skills: ['电工'],
      surveyedAt: '2026-09-01',
      returnedAt: '2026-01',
      status: 'employed',
      employer: `雇主${index}号公司`,
      support: [],
      ...fields,
    },
    sources: [{ file: `r-${townshipCode}.csv`, row: index + 2 }],
  };
}

function outMigrant(
  index: number,
  townshipCode: string,
  fields: Partial<OutMigrantRecord> = {},
): Person<OutMigrantRecord> {
  const id = identity(index);
  return {
    key: `out-migrant:id:${id.residentId}`,
    record: {
      kind: 'out-migrant',
      ...id,
      sex: 'female',
      township: '',
      townshipCode,
      village: '某村',
      skills: [],
      surveyedAt: '2026-09-01',
      workProvince: '44',
      workCity: `务工城市${index}`,
      occupation: `工种${index}`,
      needs: [],
      ...fields,
    },
    sources: [{ file: `m-${townshipCode}.csv`, row: index + 2 }],
  };
}

function sampleInput(): BundleInput {
  const returnees: Person<ReturneeRecord>[] = [];
  for (let index = 0; index < 30; index += 1) {
    const selfEmployed = index % 3 === 0;
    returnees.push(
      returnee(index, '522299100', {
        status: selfEmployed ? 'self_employed' : 'employed',
        businessName: selfEmployed ? `雁归特产${index}合作社` : undefined,
        entityType: selfEmployed ? 'farmers_cooperative' : undefined,
        creditCode: selfEmployed
          ? `93522299MA${String(index).padStart(7, '0')}X`
          : undefined,
        jobsCreated: selfEmployed ? 4 : undefined,
        park: index % 6 === 0 ? 'startup_park' : 'none',
      }),
    );
  }
  for (let index = 30; index < 33; index += 1) {
    returnees.push(returnee(index, '522299200', { status: 'unemployed' }));
  }

  const outMigrants: Person<OutMigrantRecord>[] = [];
  const provinces = ['44', '33', '52'];
  for (let index = 100; index < 140; index += 1) {
    outMigrants.push(
      outMigrant(index, '522299100', {
        workProvince: provinces[index % 3] as string,
        industry: index % 4 === 0 ? undefined : 'C',
        education: '70',
        returnIntention: index % 2 === 0 ? 'return_to_work' : 'undecided',
      }),
    );
  }
  outMigrants.push(outMigrant(140, '522299200', { workProvince: '32' }));
  outMigrants.push(outMigrant(141, '522299200', { workProvince: '44' }));
  for (let index = 142; index < 150; index += 1) {
    outMigrants.push(outMigrant(index, '522299201', { industry: 'E' }));
  }

  return {
    asOf: '2026-09-30',
    registry,
    returnee: {
      persons: returnees,
      counts: { files: 2, read: 35, valid: 33, rejected: 2 },
    },
    outMigrant: {
      persons: outMigrants,
      counts: { files: 3, read: 50, valid: 50, rejected: 0 },
    },
    minimumCount: 5,
  };
}

function decode(contents: Uint8Array | string): string {
  return typeof contents === 'string'
    ? contents
    : new TextDecoder('utf-8', { ignoreBOM: true }).decode(contents);
}

function readCsv(contents: Uint8Array | string | undefined): string[][] {
  const text = decode(contents ?? '').replace(/^\uFEFF/u, '');
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

const FILES = [
  'manifest.json',
  'out-migrant-by-township.csv',
  'out-migrant-education.csv',
  'out-migrant-industry.csv',
  'out-migrant-province.csv',
  'out-migrant-return-intention.csv',
  'returnee-indicators.csv',
];

describe('buildBundle', () => {
  it('writes exactly the bundle files', () => {
    const { files } = buildBundle(sampleInput());
    expect([...files.keys()].sort()).toEqual(FILES);
  });

  it('writes CSV with BOM and CRLF', () => {
    const { files } = buildBundle(sampleInput());
    for (const [name, contents] of files) {
      if (!name.endsWith('.csv')) continue;
      const bytes = contents as Uint8Array;
      expect(Array.from(bytes.slice(0, 3)), name).toEqual([0xef, 0xbb, 0xbf]);
      const text = decode(bytes);
      expect(text.endsWith('\r\n'), name).toBe(true);
      expect(text.replace(/\r\n/gu, '').includes('\n'), name).toBe(false);
    }
  });

  it('describes every table in manifest', () => {
    const { files, manifest } = buildBundle(sampleInput());
    const text = files.get('manifest.json') as string;
    expect(JSON.parse(text)).toEqual(manifest);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(manifest)).toEqual([
      'format',
      'version',
      'asOf',
      'county',
      'suppression',
      'settings',
      'rows',
      'indicators',
      'tables',
    ]);
    expect(manifest.rows.returnee).toEqual({
      files: 2,
      read: 35,
      valid: 33,
      rejected: 2,
      persons: 33,
    });
    expect(manifest.indicators.map((indicator) => indicator.id)).toEqual([
      'returnees',
      'employedOrSelfEmployed',
      'selfEmployed',
      'inPark',
      'jobsCreated',
      'entitiesFounded',
    ]);
    for (const table of manifest.tables) {
      const contents = files.get(table.file) as Uint8Array;
      expect(table.sha256).toBe(sha256Hex(contents));
      const [header, ...rows] = readCsv(contents);
      expect(header).toEqual(table.columns.map((column) => column.header));
      expect(rows).toHaveLength(table.rows);
      expect(table.rows).toBe(1 + registry.townships.length);
    }
  });

  it('keeps the county row whole', () => {
    const { files } = buildBundle(sampleInput());
    const [, county, town, shimen, qingyan] = readCsv(
      files.get('returnee-indicators.csv'),
    );
    expect(county).toEqual([
      '522299',
      '雁归县',
      '县',
      '33',
      '30',
      '10',
      '5',
      '40',
      '10',
    ]);
    expect(town?.slice(0, 3)).toEqual(['522299100', '雁归镇', '乡镇']);
    // 雁归镇 has 30 of 33 returnees, so its count is recoverable from the
    // county row unless suppressed alongside 石门乡's 3.
    expect(shimen).toEqual([
      '522299200',
      '石门乡',
      '乡镇',
      '*',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(town?.[3]).toBe('*');
    expect(qingyan).toEqual([
      '522299201',
      '青岩乡',
      '乡镇',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('suppresses jobs from few businesses', () => {
    const input = sampleInput();
    input.returnee.persons = [
      returnee(1, '522299100', {
        status: 'self_employed',
        creditCode: 'A1',
        entityType: 'limited_company',
        jobsCreated: 40,
      }),
      ...Array.from({ length: 6 }, (_, index) =>
        returnee(10 + index, '522299200', {
          status: 'self_employed',
          jobsCreated: 6,
        }),
      ),
      ...Array.from({ length: 6 }, (_, index) =>
        returnee(20 + index, '522299201', {
          status: 'self_employed',
          jobsCreated: 7,
        }),
      ),
    ];
    const rows = readCsv(
      buildBundle(input).files.get('returnee-indicators.csv'),
    );
    const jobs = rows.map((row) => row[7]);
    expect(jobs).toEqual(['带动就业人数', '118', '*', '*', '42']);
  });

  it('hides suppressed cells from totals', () => {
    const { files, manifest } = buildBundle(sampleInput());
    for (const table of manifest.tables) {
      if (table.id === 'returnee-indicators') continue;
      const [, ...rows] = readCsv(files.get(table.file));
      const numeric = rows.map((row) => row.slice(3));
      // A row of the township table has no cells to add up to its total.
      if (table.id !== 'out-migrant-by-township') {
        for (const row of numeric) {
          const stars = row.filter((cell) => cell === '*').length;
          expect(stars, table.id).not.toBe(1);
        }
      }
      for (let column = 0; column < (numeric[0]?.length ?? 0); column += 1) {
        const stars = numeric.filter((row) => row[column] === '*').length;
        expect(stars, `${table.id} column ${column}`).not.toBe(1);
      }
    }
  });

  it('publishes the same township totals everywhere', () => {
    const { files, manifest } = buildBundle(sampleInput());
    const totals = manifest.tables
      .filter((table) => table.id.startsWith('out-migrant'))
      .map((table) => readCsv(files.get(table.file)).map((row) => row[3]));
    for (const column of totals) {
      expect(column.slice(1)).toEqual(totals[0]?.slice(1));
    }
    expect(totals[0]?.slice(1)).toEqual(['50', '40', '*', '*']);
  });

  it('adds rows up to their total', () => {
    const { files, manifest } = buildBundle({
      ...sampleInput(),
      minimumCount: 1,
    });
    for (const table of manifest.tables.slice(2)) {
      const [, ...rows] = readCsv(files.get(table.file));
      for (const row of rows) {
        const [total, ...cells] = row.slice(3).map(Number);
        expect(cells.reduce((sum, value) => sum + value, 0)).toBe(total);
      }
    }
  });

  it('contains no personal data', () => {
    const input = sampleInput();
    const { files } = buildBundle(input);
    const text = [...files.values()].map(decode).join('\n');
    const records = [
      ...input.returnee.persons.map((person) => person.record),
      ...input.outMigrant.persons.map((person) => person.record),
    ];
    for (const record of records) {
      const personal = [
        record.name,
        record.residentId,
        record.phone,
        record.recordId,
        record.enumerator,
        record.kind === 'returnee' ? record.businessName : record.workCity,
        record.kind === 'returnee' ? record.creditCode : record.occupation,
        record.kind === 'returnee' ? record.employer : undefined,
      ];
      for (const value of personal) {
        if (value === undefined) continue;
        expect(text.includes(value), value).toBe(false);
      }
    }
    expect(text).not.toMatch(/\d{17}[\dX]/u);
    expect(text).not.toMatch(/1[3-9]\d{9}/u);
  });

  it('gives identical bytes for same input', () => {
    const first = buildBundle(sampleInput()).files;
    const input = sampleInput();
    input.returnee.persons = [...input.returnee.persons].reverse();
    input.outMigrant.persons = [...input.outMigrant.persons].reverse();
    const second = buildBundle(input).files;
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, contents] of first) {
      expect(second.get(name), name).toEqual(contents);
    }
  });

  it('rejects a minimum below one', () => {
    expect(() => buildBundle({ ...sampleInput(), minimumCount: 0 })).toThrow(
      RangeError,
    );
  });
});
