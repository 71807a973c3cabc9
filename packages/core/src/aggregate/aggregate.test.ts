import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../dedupe/types.js';
import { returneeIndicators } from '../indicators/definitions.js';
import type { OutMigrantRecord, ReturneeRecord } from '../model/types.js';
import {
  aggregateOutMigrants,
  mergeOutMigrantAggregates,
  outMigrantDimensions,
} from './out-migrant.js';
import {
  aggregateReturnees,
  mergeReturneeAggregates,
  type ReturneeAggregate,
} from './returnee.js';
import type { RegistryLike } from './townships.js';

const registry: RegistryLike = {
  county: { code: '522299', name: '雁归县' },
  townships: [
    { code: '522299200', name: '石门乡' },
    { code: '522299100', name: '雁归镇' },
    { code: '522299001', name: '城关街道' },
  ],
};

const asOf = '2026-09-30';
let nextRow = 0;

function returnee(
  townshipCode: string,
  fields: Partial<ReturneeRecord> = {},
): Person<ReturneeRecord> {
  nextRow += 1;
  return {
    key: `returnee:row:${nextRow}:r.csv`,
    record: {
      kind: 'returnee',
      name: '测试',
      sex: 'male',
      township: `乡镇${townshipCode}`,
      townshipCode,
      village: '测试村',
      skills: [],
      surveyedAt: '2026-09-01',
      enumerator: '调查员',
      returnedAt: '2026-02',
      status: 'employed',
      support: [],
      ...fields,
    },
    sources: [{ file: 'r.csv', row: nextRow }],
  };
}

function outMigrant(
  townshipCode: string,
  fields: Partial<OutMigrantRecord> = {},
): Person<OutMigrantRecord> {
  nextRow += 1;
  return {
    key: `out-migrant:row:${nextRow}:m.csv`,
    record: {
      kind: 'out-migrant',
      name: '测试',
      sex: 'female',
      township: `乡镇${townshipCode}`,
      townshipCode,
      village: '测试村',
      skills: [],
      surveyedAt: '2026-09-01',
      enumerator: '调查员',
      workProvince: '44',
      needs: [],
      ...fields,
    },
    sources: [{ file: 'm.csv', row: nextRow }],
  };
}

function sumTownships(aggregate: ReturneeAggregate) {
  return Object.fromEntries(
    returneeIndicators.map(({ id }) => [
      id,
      aggregate.townships.reduce((sum, row) => sum + row.values[id], 0),
    ]),
  );
}

const codes = ['522299001', '522299100', '522299200'];

const arbitraryReturnee = fc
  .record({
    township: fc.constantFrom(...codes),
    status: fc.constantFrom(
      'employed',
      'self_employed',
      'unemployed',
      'left_again',
    ) as fc.Arbitrary<ReturneeRecord['status']>,
    creditCode: fc.option(fc.constantFrom('C1', 'C2', 'C3', 'C4'), {
      nil: undefined,
    }),
    entityType: fc.constantFrom(
      'limited_company',
      'individual_household',
      'unregistered',
    ) as fc.Arbitrary<ReturneeRecord['entityType']>,
    jobsCreated: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    park: fc.constantFrom('incubation_park', 'none') as fc.Arbitrary<
      ReturneeRecord['park']
    >,
  })
  .map(({ township, ...fields }) => returnee(township, fields));

describe('aggregateReturnees', () => {
  it('lists registry townships by code', () => {
    const aggregate = aggregateReturnees([returnee('522299100')], {
      asOf,
      registry,
    });
    expect(aggregate.townships.map((row) => [row.code, row.name])).toEqual([
      ['522299001', '城关街道'],
      ['522299100', '雁归镇'],
      ['522299200', '石门乡'],
    ]);
    expect(aggregate.townships[0]?.values.returnees).toBe(0);
    expect(aggregate.townships[1]?.values.returnees).toBe(1);
    expect(aggregate.county).toMatchObject({ code: '522299', name: '雁归县' });
    expect(aggregate.county.values.returnees).toBe(1);
  });

  it('groups by name without registry', () => {
    const persons = [
      returnee('522299100', { township: '雁归镇' }),
      returnee('522299200', { township: '石门乡' }),
      returnee('522299200', { township: '石门乡' }),
    ];
    const aggregate = aggregateReturnees(persons, { asOf });
    expect(
      aggregate.townships.map((row) => [
        row.code,
        row.name,
        row.values.returnees,
      ]),
    ).toEqual([
      ['', '石门乡', 2],
      ['', '雁归镇', 1],
    ]);
    expect(aggregate.county.code).toBe('');
  });

  it('counts shared business in first township', () => {
    const founders = [
      returnee('522299200', {
        status: 'self_employed',
        creditCode: 'C1',
        entityType: 'limited_company',
        jobsCreated: 10,
      }),
      returnee('522299100', {
        status: 'self_employed',
        creditCode: 'C1',
        entityType: 'limited_company',
        jobsCreated: 12,
      }),
    ];
    const aggregate = aggregateReturnees(founders, { asOf, registry });
    const [city, town, village] = aggregate.townships;
    expect(city?.values.jobsCreated).toBe(0);
    expect(town?.values.jobsCreated).toBe(12);
    expect(town?.values.entitiesFounded).toBe(1);
    expect(village?.values.jobsCreated).toBe(0);
    expect(village?.values.entitiesFounded).toBe(0);
    expect(village?.values.selfEmployed).toBe(1);
    expect(aggregate.county.values.jobsCreated).toBe(12);
    expect(aggregate.county.contributors.jobsCreated).toBe(1);
  });

  it('applies indicator settings', () => {
    const persons = [
      returnee('522299100', {
        status: 'self_employed',
        creditCode: 'C9',
        entityType: 'individual_household',
      }),
    ];
    const off = aggregateReturnees(persons, { asOf, registry });
    const on = aggregateReturnees(persons, {
      asOf,
      registry,
      settings: { countIndividualHouseholds: true },
    });
    expect(off.county.values.entitiesFounded).toBe(0);
    expect(on.county.values.entitiesFounded).toBe(1);
    expect(on.settings.countIndividualHouseholds).toBe(true);
  });

  it('adds townships up to county', () => {
    fc.assert(
      fc.property(fc.array(arbitraryReturnee, { maxLength: 40 }), (persons) => {
        const aggregate = aggregateReturnees(persons, { asOf, registry });
        expect(sumTownships(aggregate)).toEqual(aggregate.county.values);
      }),
    );
  });

  it('returns zeros for no persons', () => {
    const aggregate = aggregateReturnees([], { asOf, registry });
    expect(Object.values(aggregate.county.values)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(aggregate.townships).toHaveLength(3);
  });
});

describe('mergeReturneeAggregates', () => {
  it('merges disjoint townships exactly', () => {
    fc.assert(
      fc.property(fc.array(arbitraryReturnee, { maxLength: 40 }), (persons) => {
        // Credit codes are made unique per township so no business spans
        // the two parts.
        const local = persons.map((person) => ({
          ...person,
          record: {
            ...person.record,
            creditCode:
              person.record.creditCode &&
              `${person.record.creditCode}-${person.record.townshipCode}`,
          },
        }));
        const first = local.filter(
          (person) => person.record.townshipCode === '522299100',
        );
        const rest = local.filter(
          (person) => person.record.townshipCode !== '522299100',
        );
        const partial = {
          townships: registry.townships,
          county: registry.county,
        };
        const merged = mergeReturneeAggregates(
          aggregateReturnees(first, { asOf, registry: partial }),
          aggregateReturnees(rest, { asOf, registry: partial }),
        );
        const whole = aggregateReturnees(local, { asOf, registry });
        expect(merged).toEqual(whole);
      }),
    );
  });

  it('counts a split business twice', () => {
    // The documented limit: co-founders in different parts.
    const a = returnee('522299100', {
      status: 'self_employed',
      creditCode: 'C1',
      entityType: 'limited_company',
      jobsCreated: 8,
    });
    const b = returnee('522299200', {
      status: 'self_employed',
      creditCode: 'C1',
      entityType: 'limited_company',
      jobsCreated: 8,
    });
    const merged = mergeReturneeAggregates(
      aggregateReturnees([a], { asOf, registry }),
      aggregateReturnees([b], { asOf, registry }),
    );
    const whole = aggregateReturnees([a, b], { asOf, registry });
    expect(whole.county.values.entitiesFounded).toBe(1);
    expect(merged.county.values.entitiesFounded).toBe(2);
    expect(whole.county.values.jobsCreated).toBe(8);
    expect(merged.county.values.jobsCreated).toBe(16);
  });

  it('clears county code across counties', () => {
    const other: RegistryLike = {
      county: { code: '522298', name: '邻县' },
      townships: [{ code: '522298100', name: '邻镇' }],
    };
    const merged = mergeReturneeAggregates(
      aggregateReturnees([returnee('522299100')], { asOf, registry }),
      aggregateReturnees([returnee('522298100')], { asOf, registry: other }),
    );
    expect(merged.county.code).toBe('');
    expect(merged.county.values.returnees).toBe(2);
    expect(merged.townships.map((row) => row.code)).toEqual([
      '522298100',
      '522299001',
      '522299100',
      '522299200',
    ]);
  });

  it('rejects different reference dates', () => {
    expect(() =>
      mergeReturneeAggregates(
        aggregateReturnees([], { asOf }),
        aggregateReturnees([], { asOf: '2026-06-30' }),
      ),
    ).toThrow(RangeError);
  });

  it('rejects different settings', () => {
    expect(() =>
      mergeReturneeAggregates(
        aggregateReturnees([], { asOf }),
        aggregateReturnees([], {
          asOf,
          settings: { countIndividualHouseholds: true },
        }),
      ),
    ).toThrow(RangeError);
  });
});

describe('aggregateOutMigrants', () => {
  it('counts categories with unknown', () => {
    const persons = [
      outMigrant('522299100', {
        workProvince: '44',
        industry: 'E',
        education: '70',
      }),
      outMigrant('522299100', {
        workProvince: '33',
        returnIntention: 'undecided',
      }),
      outMigrant('522299200', { workProvince: '44', industry: 'C' }),
    ];
    const aggregate = aggregateOutMigrants(persons, { asOf, registry });
    expect(aggregate.county.total).toBe(3);
    expect(aggregate.county.categories.workProvince).toEqual({
      '33': 1,
      '44': 2,
    });
    expect(aggregate.county.categories.industry).toEqual({
      C: 1,
      E: 1,
      unknown: 1,
    });
    expect(Object.keys(aggregate.county.categories.industry)).toEqual([
      'C',
      'E',
      'unknown',
    ]);
    expect(aggregate.county.categories.returnIntention).toEqual({
      undecided: 1,
      unknown: 2,
    });
    expect(aggregate.townships.map((row) => row.total)).toEqual([0, 2, 1]);
  });

  it('makes each dimension add to total', () => {
    const persons = [
      outMigrant('522299100', { education: '20' }),
      outMigrant('522299100'),
      outMigrant('522299001', { industry: 'A' }),
    ];
    const aggregate = aggregateOutMigrants(persons, { asOf, registry });
    for (const row of [aggregate.county, ...aggregate.townships]) {
      for (const dimension of outMigrantDimensions) {
        const sum = Object.values(row.categories[dimension]).reduce(
          (total, count) => total + count,
          0,
        );
        expect(sum).toBe(row.total);
      }
    }
  });

  it('merges disjoint persons exactly', () => {
    const first = [outMigrant('522299100', { industry: 'E' })];
    const second = [
      outMigrant('522299200', { workProvince: '52' }),
      outMigrant('522299100', { education: '30' }),
    ];
    const merged = mergeOutMigrantAggregates(
      aggregateOutMigrants(first, { asOf, registry }),
      aggregateOutMigrants(second, { asOf, registry }),
    );
    expect(merged).toEqual(
      aggregateOutMigrants([...first, ...second], { asOf, registry }),
    );
  });

  it('rejects different reference dates', () => {
    expect(() =>
      mergeOutMigrantAggregates(
        aggregateOutMigrants([], { asOf }),
        aggregateOutMigrants([], { asOf: '2026-06-30' }),
      ),
    ).toThrow(RangeError);
  });
});
