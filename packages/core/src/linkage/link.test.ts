import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../id/check.js';
import { defaultBlockingRules } from './blocking.js';
import { candidatePairs } from './candidates.js';
import { defaultComparisons } from './compare.js';
import { createRandom, estimateParameters } from './estimate.js';
import { linkRecords } from './link.js';
import type { LinkRecord } from './record.js';
import { prepareRecords } from './record.js';
import { compareCandidates } from './score.js';

// A synthetic county in which some people were surveyed two to four times,
// each copy with the errors that survey files show.

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐'];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥林',
  ...'建国文辉力波宁雪梅海燕志小晓东春云飞鹏丹凤琴慧佳',
];
/** Homophones a second enumerator might write. */
const HOMOPHONES: Record<string, string> = {
  张: '章',
  晓: '小',
  明: '名',
  伟: '玮',
  丽: '莉',
  军: '君',
  林: '琳',
  静: '靖',
  华: '桦',
  红: '宏',
  燕: '艳',
  文: '雯',
};
const TOWNSHIPS = Array.from({ length: 10 }, (_, i) => `第${i + 1}镇`);
const VILLAGES = Array.from({ length: 12 }, (_, i) => `第${i + 1}村`);

interface SyntheticCounty {
  records: LinkRecord[];
  /** True person index of each record. */
  personOf: number[];
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Creates people and planted copies with a seeded generator. */
function createCounty(
  recordCount: number,
  seed: number,
  hard = false,
): SyntheticCounty {
  const random = createRandom(seed);
  const integer = (min: number, max: number) =>
    min + Math.floor(random() * (max - min + 1));
  // Squaring skews picks to the front of the list, as surnames are skewed.
  const pickSkewed = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * random() * list.length)] as T;
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)] as T;

  const records: LinkRecord[] = [];
  const personOf: number[] = [];
  let person = 0;
  let previous: LinkRecord | undefined;
  while (records.length < recordCount) {
    const year = integer(1960, 2004);
    const month = integer(1, 12);
    const day = integer(1, 28);
    const birthDate = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
    const first17 = `52222${integer(1, 9)}${year}${pad(month, 2)}${pad(day, 2)}${pad(integer(0, 999), 3)}`;
    const base: LinkRecord = {
      id: '',
      name:
        pickSkewed(SURNAMES) +
        pick(GIVEN) +
        (random() < 0.6 ? pick(GIVEN) : ''),
      residentId: first17 + residentIdCheckCharacter(first17),
      sex: Number(first17.charAt(16)) % 2 === 1 ? 'male' : 'female',
      birthDate,
      phone: `1${integer(3, 9)}${pad(integer(0, 999_999_999), 9)}`,
      township: pick(TOWNSHIPS),
      village: pick(VILLAGES),
      returnedAt: `${integer(2018, 2024)}-${pad(integer(1, 12), 2)}`,
    };
    // In the hard county, three in ten people are siblings of the person
    // before: same surname, phone, township and village.
    if (hard && previous !== undefined && random() < 0.3) {
      base.name = (previous.name ?? '').charAt(0) + (base.name ?? '').slice(1);
      base.phone = previous.phone;
      base.township = previous.township;
      base.village = previous.village;
    }
    previous = base;

    // Two in five people have copies: one to three.
    const copies = random() < 0.4 ? integer(1, 3) : 0;
    for (
      let copy = 0;
      copy <= copies && records.length < recordCount;
      copy += 1
    ) {
      const record =
        copy === 0
          ? { ...base }
          : distort({ ...base }, random, integer, hard ? 0.5 : 0.15);
      record.id = `r${pad(records.length, 6)}`;
      records.push(record);
      personOf.push(person);
    }
    person += 1;
  }
  return { records, personOf };
}

function distort(
  record: LinkRecord,
  random: () => number,
  integer: (min: number, max: number) => number,
  missingId: number,
): LinkRecord {
  const id = record.residentId ?? '';
  const idError = random();
  if (idError < 0.1) {
    const position = integer(0, 16);
    const digit = (Number(id.charAt(position)) + integer(1, 9)) % 10;
    record.residentId = id.slice(0, position) + digit + id.slice(position + 1);
  } else if (idError < 0.1 + missingId) {
    delete record.residentId;
  }
  if (random() < 0.25) {
    record.name = [...(record.name ?? '')]
      .map((c) => HOMOPHONES[c] ?? c)
      .join('');
  }
  if (random() < 0.1) {
    const [year, month, day] = (record.birthDate ?? '').split('-');
    if (Number(day) <= 12) {
      record.birthDate = `${year}-${day}-${month}`;
    }
  }
  if (random() < 0.3) {
    delete record.phone;
  } else if (random() < 0.1) {
    record.phone = `1${integer(3, 9)}${pad(integer(0, 999_999_999), 9)}`;
  }
  if (random() < 0.2) {
    delete record.village;
  }
  if (random() < 0.1) {
    delete record.sex;
  }
  if (random() < 0.5) {
    record.returnedAt = `${integer(2018, 2024)}-${pad(integer(1, 12), 2)}`;
  }
  return record;
}

/** Pairwise precision and recall of predicted persons against the truth. */
function pairwiseQuality(
  records: readonly LinkRecord[],
  personOf: readonly number[],
  persons: readonly { recordIds: string[] }[],
) {
  const indexById = new Map(records.map((r, i) => [r.id, i]));
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const person of persons) {
    const members = person.recordIds.map((id) => indexById.get(id) as number);
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        predictedPairs += 1;
        if (personOf[members[x] as number] === personOf[members[y] as number]) {
          correctPairs += 1;
        }
      }
    }
  }
  const sizes = new Map<number, number>();
  for (const p of personOf) {
    sizes.set(p, (sizes.get(p) ?? 0) + 1);
  }
  let truePairs = 0;
  for (const size of sizes.values()) {
    truePairs += (size * (size - 1)) / 2;
  }
  const precision = correctPairs / predictedPairs;
  const recall = correctPairs / truePairs;
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs };
}

describe('estimateParameters on a synthetic county', () => {
  const { records, personOf } = createCounty(20_000, 11);
  const prepared = prepareRecords(records);
  const pairs = candidatePairs(prepared, defaultBlockingRules);
  const levels = compareCandidates(prepared, pairs, defaultComparisons);
  const result = estimateParameters(prepared, defaultComparisons, levels, {
    seed: 3,
  });

  // True m from the planted duplicates among the candidate pairs.
  const width = defaultComparisons.length;
  const trueM = defaultComparisons.map((c) =>
    new Array<number>(c.levels.length).fill(0),
  );
  let matches = 0;
  for (let k = 0; k < pairs.left.length; k += 1) {
    if (
      personOf[pairs.left[k] as number] !== personOf[pairs.right[k] as number]
    ) {
      continue;
    }
    matches += 1;
    defaultComparisons.forEach((_, c) => {
      const level = levels[k * width + c] as number;
      (trueM[c] as number[])[level] =
        ((trueM[c] as number[])[level] as number) + 1;
    });
  }

  it('converges', () => {
    expect(result.converged).toBe(true);
  });

  it('recovers λ among all pairs', () => {
    const trueLambda = matches / ((records.length * (records.length - 1)) / 2);
    expect(result.parameters.lambda).toBeGreaterThan(trueLambda * 0.9);
    expect(result.parameters.lambda).toBeLessThan(trueLambda * 1.1);
  });

  it('recovers m within 0.05 per level', () => {
    result.parameters.comparisons.forEach((comparison, c) => {
      const counts = (trueM[c] as number[]).slice(0, -1);
      const total = counts.reduce((sum, value) => sum + value, 0);
      if (total === 0) {
        // No record has the field (departure dates), so EM keeps the start.
        return;
      }
      comparison.m.forEach((m, level) => {
        const truth = (counts[level] as number) / total;
        expect(
          Math.abs(m - truth),
          `${comparison.name} ${comparison.levels[level]}: m ${m.toFixed(4)}, truth ${truth.toFixed(4)}`,
        ).toBeLessThan(0.05);
      });
    });
  });

  it('recovers u of exact name from random pairs', () => {
    const name = result.parameters.comparisons.find((c) => c.name === 'name');
    // Exact names among all pairs: the sum of squared name frequencies.
    const counts = new Map<string, number>();
    for (const record of prepared) {
      counts.set(
        record.name.normalized,
        (counts.get(record.name.normalized) ?? 0) + 1,
      );
    }
    let squares = 0;
    for (const count of counts.values()) {
      squares += (count / prepared.length) ** 2;
    }
    expect(name?.u[0]).toBeGreaterThan(squares * 0.7);
    expect(name?.u[0]).toBeLessThan(squares * 1.3);
  });
});

describe('linkRecords on a synthetic county', () => {
  it.each([
    ['easy', false, 0.99, 0.98],
    ['hard', true, 0.97, 0.9],
  ])(
    'links the %s county',
    { timeout: 60_000 },
    (label, hard, minPrecision, minRecall) => {
      const { records, personOf } = createCounty(20_000, 7, hard);
      const started = performance.now();
      const result = linkRecords(records);
      const seconds = (performance.now() - started) / 1000;
      const quality = pairwiseQuality(records, personOf, result.persons);
      console.log(
        `linkRecords on 20,000 records (${label}): ${seconds.toFixed(2)} s, ` +
          `precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)}, ` +
          `F1 ${quality.f1.toFixed(4)} (${quality.truePairs} true pairs, ${quality.predictedPairs} predicted), ` +
          `stats ${JSON.stringify(result.stats)}`,
      );
      expect(quality.precision).toBeGreaterThan(minPrecision);
      expect(quality.recall).toBeGreaterThan(minRecall);
      expect(seconds).toBeLessThan(20);
    },
  );
});

describe('linkRecords with decisions', () => {
  const records: LinkRecord[] = [
    {
      id: 'a1',
      name: '李明',
      birthDate: '1985-04-02',
      phone: '13912345678',
      village: '新村',
    },
    {
      id: 'a2',
      name: '李名',
      birthDate: '1985-04-02',
      phone: '13912345678',
      village: '新村',
    },
    { id: 'b1', name: '赵芳', birthDate: '1990-07-09', village: '河村' },
    { id: 'c1', name: '孙强', residentId: '11010519491231002X' },
    {
      id: 'c2',
      name: '孙强',
      residentId: `11010519491231003${residentIdCheckCharacter('11010519491231003')}`,
    },
  ];
  // Parameters from a county-sized run, so that the weights are realistic.
  const { parameters } = linkRecords(createCounty(5_000, 3).records);

  const personOf = (result: ReturnType<typeof linkRecords>, id: string) =>
    result.persons.find((p) => p.recordIds.includes(id))?.key;

  it('links without decisions', () => {
    const result = linkRecords(records, { parameters });
    expect(personOf(result, 'a1')).toBe(personOf(result, 'a2'));
    expect(personOf(result, 'a1')).not.toBe(personOf(result, 'b1'));
  });

  it('separates records decided different', () => {
    const result = linkRecords(records, {
      parameters,
      decisions: [{ a: 'a2', b: 'a1', same: false }],
    });
    expect(personOf(result, 'a1')).not.toBe(personOf(result, 'a2'));
    expect(result.review.filter((pair) => pair.a.startsWith('a'))).toEqual([]);
  });

  it('joins records decided same', () => {
    const result = linkRecords(records, {
      parameters,
      decisions: [{ a: 'b1', b: 'a1', same: true }],
    });
    expect(personOf(result, 'b1')).toBe(personOf(result, 'a1'));
    expect(personOf(result, 'b1')).toBe(personOf(result, 'a2'));
  });

  it('reports a same decision across valid IDs', () => {
    const result = linkRecords(records, {
      parameters,
      decisions: [
        { a: 'c1', b: 'c2', same: true },
        { a: 'c1', b: 'zz', same: true },
      ],
    });
    expect(personOf(result, 'c1')).not.toBe(personOf(result, 'c2'));
    expect(result.conflicts).toMatchObject([
      { a: 'c1', b: 'c2', source: 'decision' },
    ]);
    expect(result.stats.unknownDecisions).toBe(1);
  });

  it('gives keys from the smallest record id', () => {
    const first = linkRecords(records, { parameters });
    const reversed = linkRecords([...records].reverse(), { parameters });
    const keys = (result: ReturnType<typeof linkRecords>) =>
      result.persons.map((p) => p.key).sort();
    expect(keys(reversed)).toEqual(keys(first));
    expect(personOf(first, 'a1')).toMatch(/^P[0-9a-z]{11}$/);
  });

  it('rejects duplicate record ids', () => {
    expect(() => linkRecords([records[0]!, records[0]!])).toThrow(
      "Duplicate record id 'a1'",
    );
  });
});
