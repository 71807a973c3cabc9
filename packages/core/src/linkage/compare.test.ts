import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../id/check.js';
import {
  type Comparison,
  compareBirthDate,
  compareDepartedAt,
  compareName,
  comparePhone,
  comparePlace,
  compareRecords,
  compareResidentId,
  compareReturnedAt,
  compareSex,
  comparisons,
  defaultComparisons,
} from './compare.js';
import {
  type LinkRecord,
  type PreparedRecord,
  prepareRecord,
} from './record.js';

const MALE_1990 = '522225199003151238';
const LEGACY_1990 = '522225900315123';

function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

/** Returns the level name of a comparison of two partial records. */
function levelOf(
  comparison: Comparison,
  a: Omit<LinkRecord, 'id'>,
  b: Omit<LinkRecord, 'id'>,
): string | undefined {
  const level = comparison.compare(
    prepareRecord({ id: 'a', ...a }),
    prepareRecord({ id: 'b', ...b }),
  );
  return comparison.levels[level];
}

describe('compareResidentId', () => {
  it.each([
    ['exact', MALE_1990, MALE_1990, 'exact'],
    ['exact legacy', LEGACY_1990, LEGACY_1990, 'exact'],
    ['written differently', `'${MALE_1990}`, ` ${MALE_1990} `, 'exact'],
    ['15 vs 18', LEGACY_1990, MALE_1990, 'legacy_equal'],
    ['one wrong digit', MALE_1990, '522225199004151238', 'one_substitution'],
    [
      'wrong check character',
      MALE_1990,
      '522225199003151239',
      'one_substitution',
    ],
    [
      'legacy with a wrong digit',
      LEGACY_1990,
      '522225199003161238',
      'one_substitution',
    ],
    [
      'adjacent swap',
      MALE_1990,
      '522225199030151238',
      'adjacent_transposition',
    ],
    [
      'swap with the check',
      '52222519900315106X',
      '5222251990031510X6',
      'unusable',
    ],
    ['two wrong digits', MALE_1990, '522225199004161238', 'different'],
    ['distant swap', MALE_1990, '522225199013051238', 'different'],
    ['other person', MALE_1990, withCheck('43010219851120456'), 'different'],
    ['Excel notation', MALE_1990, '5.22225E+17', 'unusable'],
    ['Excel notation twice', '5.22225E+17', '5.22225E+17', 'unusable'],
    ['Excel zeros', MALE_1990, '522225199003152000', 'unusable'],
    ['17 digits', MALE_1990, '52222519900315123', 'unusable'],
  ])('grades %s', (_case, a, b, expected) => {
    expect(
      levelOf(comparisons.residentId, { residentId: a }, { residentId: b }),
    ).toBe(expected);
  });

  it('returns missing for an absent side', () => {
    expect(levelOf(comparisons.residentId, { residentId: MALE_1990 }, {})).toBe(
      'missing',
    );
    expect(levelOf(comparisons.residentId, { residentId: '5.2E+17' }, {})).toBe(
      'missing',
    );
    expect(levelOf(comparisons.residentId, {}, { residentId: ' ' })).toBe(
      'missing',
    );
  });
});

describe('compareName', () => {
  it.each([
    ['exact', '王小明', '王小明', 'exact'],
    ['spaces and dots', '买买提·艾力', '买买提 艾力', 'exact'],
    ['traditional 單', '單雄信', '单雄信', 'simplified_equal'],
    ['traditional name', '劉德華', '刘德华', 'simplified_equal'],
    // 张 and 章 are both zhāng, so the tones agree too.
    ['homophones 张 and 章', '张三', '章三', 'pinyin_equal'],
    ['李明 and 李名', '李明', '李明', 'exact'],
    ['same pinyin 明 and 名', '李明', '李名', 'pinyin_equal'],
    ['王晓明 and 王小明', '王晓明', '王小明', 'pinyin_equal'],
    ['surname 曾 and 增', '曾小明', '增小明', 'pinyin_equal'],
    ['surname 單 and 善', '單雄信', '善雄信', 'pinyin_equal'],
    ['tones 刘 and 柳', '刘强', '柳强', 'pinyin_toneless_equal'],
    ['tones 王 and 汪', '王晓明', '汪晓明', 'pinyin_toneless_equal'],
    ['given-name 曾 and 增', '李曾', '李增', 'pinyin_distance_1'],
    ['one letter', '张三', '詹三', 'pinyin_distance_1'],
    ['extra character', '李思', '李思思', 'pinyin_distance_2'],
    ['two letters', '张三', '赵三', 'pinyin_distance_2'],
    ['different', '张三', '李四', 'different'],
  ])('grades %s', (_case, a, b, expected) => {
    expect(levelOf(comparisons.name, { name: a }, { name: b })).toBe(expected);
  });

  it('returns missing for a blank', () => {
    expect(levelOf(comparisons.name, { name: '张三' }, { name: ' ' })).toBe(
      'missing',
    );
    expect(levelOf(comparisons.name, {}, { name: '张三' })).toBe('missing');
  });
});

describe('compareBirthDate', () => {
  it.each([
    ['exact', '1990-03-05', '1990-03-05', 'exact'],
    ['exact month', '1990-03', '1990-03', 'exact'],
    ['swapped day and month', '1990-03-05', '1990-05-03', 'day_month_swapped'],
    ['same month', '1990-03-05', '1990-03-15', 'year_month_equal'],
    ['month-only side', '1990-03-05', '1990-03', 'year_month_equal'],
    ['same year', '1990-03-05', '1990-07-05', 'year_equal'],
    ['swap needs days', '1990-03', '1990-05-03', 'year_equal'],
    ['swap needs the year', '1990-03-05', '1991-05-03', 'different'],
    ['different', '1990-03-05', '1985-03-05', 'different'],
  ])('grades %s', (_case, a, b, expected) => {
    expect(
      levelOf(comparisons.birthDate, { birthDate: a }, { birthDate: b }),
    ).toBe(expected);
  });

  it('returns missing for an unreadable date', () => {
    expect(
      levelOf(
        comparisons.birthDate,
        { birthDate: '1990-03-05' },
        { birthDate: '1990' },
      ),
    ).toBe('missing');
  });
});

describe('compareSex and comparePhone', () => {
  it('grades sex', () => {
    expect(levelOf(comparisons.sex, { sex: 'male' }, { sex: 'male' })).toBe(
      'equal',
    );
    expect(levelOf(comparisons.sex, { sex: 'male' }, { sex: 'female' })).toBe(
      'different',
    );
    expect(levelOf(comparisons.sex, { sex: 'male' }, {})).toBe('missing');
  });

  it('grades phones', () => {
    const phone = '13812345678';
    expect(
      levelOf(comparisons.phone, { phone }, { phone: '+86 138 1234 5678' }),
    ).toBe('equal');
    expect(
      levelOf(comparisons.phone, { phone }, { phone: '13812345679' }),
    ).toBe('different');
    expect(levelOf(comparisons.phone, { phone }, { phone: '无' })).toBe(
      'missing',
    );
  });
});

describe('comparePlace', () => {
  const home = { township: '城关镇', village: '红星村' };
  it.each([
    ['same village', home, { ...home }, 'same_village'],
    ['township missing', home, { village: '红星村' }, 'same_village'],
    [
      'same township',
      home,
      { township: '城关镇', village: '东风村' },
      'same_township',
    ],
    ['village missing', home, { township: '城关镇' }, 'same_township'],
    [
      'other township',
      home,
      { township: '龙场镇', village: '红星村' },
      'different',
    ],
    [
      'villages only',
      { village: '红星村' },
      { village: '东风村' },
      'different',
    ],
    [
      'township vs village',
      { township: '城关镇' },
      { village: '红星村' },
      'missing',
    ],
    ['nothing', home, {}, 'missing'],
  ])('grades %s', (_case, a, b, expected) => {
    expect(levelOf(comparisons.place, a, b)).toBe(expected);
  });
});

describe('compareReturnedAt and compareDepartedAt', () => {
  it.each([
    ['same day', '2024-03-05', '2024-03-05', 'within_31_days'],
    ['31 days', '2024-03-01', '2024-04-01', 'within_31_days'],
    ['32 days', '2024-03-01', '2024-04-02', 'within_366_days'],
    ['month contains day', '2024-03', '2024-03-20', 'within_31_days'],
    ['366 days', '2024-01-01', '2025-01-01', 'within_366_days'],
    ['367 days', '2024-01-01', '2025-01-02', 'different'],
    ['unreadable', '2024-01-01', '2024', 'missing'],
  ])('grades %s', (_case, a, b, expected) => {
    expect(
      levelOf(comparisons.returnedAt, { returnedAt: a }, { returnedAt: b }),
    ).toBe(expected);
    expect(
      levelOf(comparisons.departedAt, { departedAt: a }, { departedAt: b }),
    ).toBe(expected);
  });
});

describe('comparisons', () => {
  it('end every level list with missing', () => {
    for (const comparison of defaultComparisons) {
      expect(comparison.levels.at(-1)).toBe('missing');
      expect(new Set(comparison.levels).size).toBe(comparison.levels.length);
    }
  });

  it('export the functions they use', () => {
    expect(comparisons.residentId.compare).toBe(compareResidentId);
    expect(comparisons.name.compare).toBe(compareName);
    expect(comparisons.birthDate.compare).toBe(compareBirthDate);
    expect(comparisons.sex.compare).toBe(compareSex);
    expect(comparisons.phone.compare).toBe(comparePhone);
    expect(comparisons.place.compare).toBe(comparePlace);
    expect(comparisons.returnedAt.compare).toBe(compareReturnedAt);
    expect(comparisons.departedAt.compare).toBe(compareDepartedAt);
  });
});

describe('compareRecords', () => {
  it('fills one level per comparison', () => {
    const a = prepareRecord({
      id: 'a',
      name: '王小明',
      residentId: MALE_1990,
      sex: 'male',
    });
    const b = prepareRecord({
      id: 'b',
      name: '王晓明',
      residentId: LEGACY_1990,
    });
    const levels = new Uint8Array(defaultComparisons.length);
    compareRecords(a, b, defaultComparisons, levels);
    const names = defaultComparisons.map(
      (comparison, index) => comparison.levels[levels[index] as number],
    );
    expect(names).toEqual([
      'legacy_equal',
      'pinyin_equal',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
    ]);
  });

  it('rejects a short buffer', () => {
    const a = prepareRecord({ id: 'a' });
    expect(() =>
      compareRecords(a, a, defaultComparisons, new Uint8Array(2)),
    ).toThrow(RangeError);
  });
});

// Property tests on records drawn from small pools, so that equal and
// nearly equal values are frequent.

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (length: number) =>
  fc
    .array(digit, { minLength: length, maxLength: length })
    .map((list) => list.join(''));

const residentIdArbitrary = fc.oneof(
  digits(17).map(withCheck),
  digits(17).map((first17) => `${first17}X`),
  digits(15),
  fc.constantFrom(
    MALE_1990,
    LEGACY_1990,
    '522225199004151238',
    '522225199030151238',
  ),
  fc.constantFrom('5.22225E+17', '522225199003152000', '1234', ''),
);
const nameArbitrary = fc
  .array(fc.constantFrom(...'张章曾增單单李明名王晓小汪刘柳欧阳诸葛 ·'), {
    maxLength: 4,
  })
  .map((characters) => characters.join(''));
const dateArbitrary = fc
  .tuple(
    fc.integer({ min: 1985, max: 1992 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 0, max: 12 }),
  )
  .map(([year, month, day]) => {
    const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
    return day === 0
      ? yearMonth
      : `${yearMonth}-${String(day).padStart(2, '0')}`;
  });

const recordArbitrary: fc.Arbitrary<LinkRecord> = fc.record(
  {
    id: fc.constant('r'),
    name: nameArbitrary,
    residentId: residentIdArbitrary,
    sex: fc.constantFrom('male' as const, 'female' as const),
    birthDate: dateArbitrary,
    phone: fc.constantFrom('13812345678', '+86 13812345678', '13987654321', ''),
    township: fc.constantFrom('城关镇', '龙场镇', ''),
    village: fc.constantFrom('红星村', '东风村', ''),
    returnedAt: dateArbitrary,
    departedAt: dateArbitrary,
  },
  { requiredKeys: ['id'] },
);

/** Level that a copy gets when the record lacks what the top level needs. */
const absentLevel: Record<
  string,
  (record: PreparedRecord) => string | undefined
> = {
  residentId: (record) =>
    record.residentId === ''
      ? 'missing'
      : record.residentIdUnusable
        ? 'unusable'
        : undefined,
  name: (record) => (record.name.normalized === '' ? 'missing' : undefined),
  birthDate: (record) => (record.birthYear === 0 ? 'missing' : undefined),
  sex: (record) => (record.sex === '' ? 'missing' : undefined),
  phone: (record) => (record.phone === '' ? 'missing' : undefined),
  place: (record) =>
    record.village !== ''
      ? undefined
      : record.township === ''
        ? 'missing'
        : 'same_township',
  returnedAt: (record) => (record.returnedFrom === 0 ? 'missing' : undefined),
  departedAt: (record) => (record.departedFrom === 0 ? 'missing' : undefined),
};

describe('comparison properties', () => {
  it('are symmetric', () => {
    fc.assert(
      fc.property(recordArbitrary, recordArbitrary, (a, b) => {
        const x = prepareRecord(a);
        const y = prepareRecord(b);
        for (const comparison of defaultComparisons) {
          expect(comparison.compare(x, y), comparison.name).toBe(
            comparison.compare(y, x),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('give a copy the top level', () => {
    fc.assert(
      fc.property(recordArbitrary, (record) => {
        const x = prepareRecord(record);
        const copy = prepareRecord({ ...record, id: 'copy' });
        for (const comparison of defaultComparisons) {
          const expected =
            absentLevel[comparison.name]?.(x) ?? comparison.levels[0];
          const level = comparison.compare(x, copy);
          expect(comparison.levels[level], comparison.name).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('grade one wrong ID digit as a substitution', () => {
    fc.assert(
      fc.property(
        digits(17),
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        (first17, position, shift) => {
          const id = withCheck(first17);
          const original = id.charAt(position);
          const value = original === 'X' ? 10 : Number(original);
          const replaced = String((value + shift) % 10);
          const typo =
            id.slice(0, position) + replaced + id.slice(position + 1);
          const level = levelOf(
            comparisons.residentId,
            { residentId: id },
            { residentId: typo },
          );
          // A typo that leaves 000 at the end and fails the check looks
          // exactly like Excel's damage, which is graded unusable.
          const expected =
            typo === id
              ? 'exact'
              : typo.endsWith('000')
                ? 'unusable'
                : 'one_substitution';
          expect(level).toBe(expected);
        },
      ),
    );
  });
});

// Measures comparison speed when YANGUI_BENCH is set; the figure is quoted
// in the header of compare.ts. The records come from the small pools above,
// so most pairs agree or nearly agree on some fields, as candidate pairs do.
describe.runIf(process.env.YANGUI_BENCH)('comparison speed', () => {
  it('measures pairs per second', { timeout: 120_000 }, () => {
    const records = fc.sample(recordArbitrary, { numRuns: 2000, seed: 42 });
    const prepared = records.map((record, index) =>
      prepareRecord({ ...record, id: String(index) }),
    );
    const pairs = 5_000_000;
    const left = new Uint32Array(pairs);
    const right = new Uint32Array(pairs);
    for (let k = 0; k < pairs; k += 1) {
      left[k] = k % prepared.length;
      right[k] = (k * 7919 + 13) % prepared.length;
    }

    const levels = new Uint8Array(defaultComparisons.length);
    let checksum = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (let k = 0; k < pairs; k += 1) {
      const a = prepared[left[k] as number] as PreparedRecord;
      const b = prepared[right[k] as number] as PreparedRecord;
      compareRecords(a, b, defaultComparisons, levels);
      checksum += levels[1] as number;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `${pairs} pairs in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU): ` +
        `${Math.round(pairs / seconds)} pairs/s, ${Math.round(pairs / cpuSeconds)} per CPU second (checksum ${checksum})`,
    );
    expect(checksum).toBeGreaterThan(0);
  });
});
