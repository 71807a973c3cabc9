import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../dedupe/types.js';
import type { ReturneeRecord } from '../model/types.js';
import { computeIndicators } from './compute.js';
import { indicatorById, returneeIndicators } from './definitions.js';
import type { IndicatorContext } from './rules.js';
import {
  defaultIndicatorSettings,
  resolveIndicatorSettings,
} from './settings.js';

const context: IndicatorContext = {
  asOf: '2026-09-30',
  settings: defaultIndicatorSettings,
};

let nextKey = 0;

function person(fields: Partial<ReturneeRecord> = {}): Person<ReturneeRecord> {
  nextKey += 1;
  return {
    key: `returnee:row:${nextKey}:t.csv`,
    record: {
      kind: 'returnee',
      name: '测试',
      sex: 'female',
      township: '雁归镇',
      village: '石桥村',
      skills: [],
      surveyedAt: '2026-09-01',
      enumerator: '调查员',
      returnedAt: '2026-01-10',
      status: 'employed',
      support: [],
      ...fields,
    },
    sources: [{ file: 't.csv', row: nextKey }],
  };
}

function founder(fields: Partial<ReturneeRecord> = {}) {
  return person({
    status: 'self_employed',
    businessName: '测试农业',
    entityType: 'limited_company',
    ...fields,
  });
}

function valueOf(
  id: Parameters<typeof indicatorById>[0],
  persons: Person<ReturneeRecord>[],
  at = context,
) {
  return indicatorById(id).compute(persons, at).value;
}

describe('returnee indicator definitions', () => {
  it('lists six indicators in order', () => {
    expect(returneeIndicators.map((indicator) => indicator.id)).toEqual([
      'returnees',
      'employedOrSelfEmployed',
      'selfEmployed',
      'inPark',
      'jobsCreated',
      'entitiesFounded',
    ]);
  });

  it('gives every text in both languages', () => {
    for (const indicator of returneeIndicators) {
      for (const text of [indicator.label, indicator.unit, indicator.rule]) {
        expect(text['zh-CN'].length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('returns zeros for empty input', () => {
    const { values, contributors } = computeIndicators([], context);
    expect(Object.values(values)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.values(contributors)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('rejects unknown indicator id', () => {
    expect(() => indicatorById('unknown' as 'returnees')).toThrow(RangeError);
  });
});

describe('returnees indicator', () => {
  it('counts statuses at home', () => {
    const persons = [
      person({ status: 'employed' }),
      person({ status: 'self_employed' }),
      person({ status: 'unemployed' }),
      person({ status: 'left_again' }),
    ];
    expect(valueOf('returnees', persons)).toBe(3);
  });

  it('applies return date to reference date', () => {
    const persons = [
      person({ returnedAt: '2026-09-30' }),
      person({ returnedAt: '2026-10-01' }),
      person({ returnedAt: '2026-09' }),
      person({ returnedAt: '2026-10' }),
    ];
    expect(valueOf('returnees', persons)).toBe(2);
  });
});

describe('person subset indicators', () => {
  it('counts employed and self-employed', () => {
    const persons = [
      person({ status: 'employed' }),
      person({ status: 'self_employed' }),
      person({ status: 'unemployed' }),
      person({ status: 'self_employed', returnedAt: '2027-01-01' }),
    ];
    expect(valueOf('employedOrSelfEmployed', persons)).toBe(2);
    expect(valueOf('selfEmployed', persons)).toBe(1);
  });

  it('counts founders in either park', () => {
    const persons = [
      founder({ park: 'incubation_park' }),
      founder({ park: 'startup_park' }),
      founder({ park: 'none' }),
      founder({ park: undefined }),
      person({ status: 'employed', park: 'startup_park' }),
      founder({ status: 'left_again', park: 'startup_park' }),
    ];
    expect(valueOf('inPark', persons)).toBe(2);
  });

  it('keeps subsets nested', () => {
    const statuses = ['employed', 'self_employed', 'unemployed', 'left_again'];
    const parks = ['incubation_park', 'startup_park', 'none', undefined];
    const arbitraryPerson = fc
      .record({
        status: fc.constantFrom(...statuses),
        park: fc.constantFrom(...parks),
        month: fc.integer({ min: 1, max: 12 }),
      })
      .map(({ status, park, month }) =>
        person({
          status: status as ReturneeRecord['status'],
          park: park as ReturneeRecord['park'],
          returnedAt: `2026-${String(month).padStart(2, '0')}`,
        }),
      );
    fc.assert(
      fc.property(fc.array(arbitraryPerson), (persons) => {
        const { values } = computeIndicators(persons, context);
        expect(values.employedOrSelfEmployed).toBeLessThanOrEqual(
          values.returnees,
        );
        expect(values.selfEmployed).toBeLessThanOrEqual(
          values.employedOrSelfEmployed,
        );
        expect(values.inPark).toBeLessThanOrEqual(values.selfEmployed);
      }),
    );
  });
});

describe('jobsCreated indicator', () => {
  it('counts shared credit code once', () => {
    const code = '91522225MA6DLQ8X2K';
    const persons = [
      founder({ creditCode: code, jobsCreated: 12 }),
      founder({ creditCode: code.toLowerCase(), jobsCreated: 8 }),
      founder({ creditCode: undefined, jobsCreated: 3 }),
      founder({ creditCode: undefined, jobsCreated: 4 }),
    ];
    const result = indicatorById('jobsCreated').compute(persons, context);
    expect(result.value).toBe(12 + 3 + 4);
    expect(result.contributors).toBe(3);
  });

  it('treats missing number as zero', () => {
    const persons = [
      founder({ jobsCreated: undefined }),
      founder({ jobsCreated: 2 }),
    ];
    const result = indicatorById('jobsCreated').compute(persons, context);
    expect(result.value).toBe(2);
    expect(result.contributors).toBe(1);
  });

  it('ignores persons not self-employed', () => {
    const persons = [
      person({ status: 'employed', jobsCreated: 9 }),
      founder({ status: 'left_again', jobsCreated: 9 }),
      founder({ returnedAt: '2026-12', jobsCreated: 9 }),
    ];
    expect(valueOf('jobsCreated', persons)).toBe(0);
  });
});

describe('entitiesFounded indicator', () => {
  it('counts registered entity types', () => {
    const types = [
      'farmers_cooperative',
      'sole_proprietorship',
      'partnership',
      'limited_company',
      'joint_stock_company',
      'other_enterprise',
    ] as const;
    const persons = types.map((entityType, index) =>
      founder({ entityType, creditCode: `CODE${index}` }),
    );
    expect(valueOf('entitiesFounded', persons)).toBe(6);
  });

  it('counts shared credit code once', () => {
    const persons = [
      founder({ creditCode: 'A1', entityType: 'farmers_cooperative' }),
      founder({ creditCode: 'A1', entityType: 'farmers_cooperative' }),
      founder({ creditCode: 'A1', entityType: 'individual_household' }),
    ];
    expect(valueOf('entitiesFounded', persons)).toBe(1);
  });

  it('skips entity without credit code', () => {
    const persons = [founder({ creditCode: undefined })];
    expect(valueOf('entitiesFounded', persons)).toBe(0);
  });

  it('counts individual households only by setting', () => {
    const persons = [
      founder({ creditCode: 'B1', entityType: 'individual_household' }),
    ];
    expect(valueOf('entitiesFounded', persons)).toBe(0);
    const counting = {
      ...context,
      settings: resolveIndicatorSettings({ countIndividualHouseholds: true }),
    };
    expect(valueOf('entitiesFounded', persons, counting)).toBe(1);
  });

  it('counts family farms unless unregistered', () => {
    const persons = [
      founder({
        creditCode: 'C1',
        entityType: 'individual_household',
        familyFarm: true,
      }),
      founder({
        creditCode: 'C2',
        entityType: 'unregistered',
        familyFarm: true,
      }),
      founder({ creditCode: 'C3', entityType: 'unregistered' }),
      founder({ creditCode: 'C4', entityType: undefined, familyFarm: true }),
      founder({
        creditCode: undefined,
        entityType: 'individual_household',
        familyFarm: true,
      }),
    ];
    expect(valueOf('entitiesFounded', persons)).toBe(2);
  });

  it('ignores founders no longer home', () => {
    const persons = [
      founder({ creditCode: 'D1', status: 'left_again' }),
      founder({ creditCode: 'D2', status: 'employed' }),
    ];
    expect(valueOf('entitiesFounded', persons)).toBe(0);
  });
});

describe('resolveIndicatorSettings', () => {
  it('fills defaults', () => {
    expect(resolveIndicatorSettings()).toEqual({
      countIndividualHouseholds: false,
    });
    expect(
      resolveIndicatorSettings({ countIndividualHouseholds: true }),
    ).toEqual({ countIndividualHouseholds: true });
  });
});
