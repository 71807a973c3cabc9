import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../id/check.js';
import { defaultBlockingRules } from './blocking.js';
import { candidatePairs } from './candidates.js';
import {
  compareName,
  compareResidentId,
  nameLevels,
  residentIdLevels,
} from './compare.js';
import { type LinkRecord, prepareRecords } from './record.js';

// A synthetic county: people with plausible names, resident ID numbers,
// phones and villages, plus copies of some of them with the errors that
// survey files show (ID typos, old 15-digit numbers, Excel damage,
// homophones, traditional characters, swapped day and month).

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹曾单',
  '欧阳',
  '诸葛',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥林',
  ...'建国文辉力波宁雪梅海燕志小晓东春云飞鹏丹凤琴慧佳',
];
/** Homophones and traditional forms that a second enumerator might write. */
const RESPELLINGS: Record<string, string> = {
  张: '章',
  晓: '小',
  明: '名',
  华: '華',
  刘: '劉',
  陈: '陳',
  伟: '玮',
  静: '靜',
  丽: '莉',
  军: '君',
};
const REGIONS = ['522225', '522226', '522227', '522228', '522229', '522230'];
const TOWNSHIPS = Array.from({ length: 12 }, (_, index) => `第${index + 1}镇`);
const VILLAGES = Array.from({ length: 15 }, (_, index) => `第${index + 1}村`);

/** Seeded linear congruential generator returning numbers in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

interface Population {
  records: LinkRecord[];
  /** Index pairs (original, copy) of the planted duplicates. */
  duplicates: [number, number][];
}

function createPopulation(
  people: number,
  copies: number,
  seed: number,
): Population {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)] as T;
  const integer = (min: number, max: number) =>
    min + Math.floor(random() * (max - min + 1));

  const records: LinkRecord[] = [];
  for (let index = 0; index < people; index += 1) {
    const year = integer(1955, 2005);
    const birthDate = `${year}-${pad(integer(1, 12), 2)}-${pad(integer(1, 28), 2)}`;
    const first17 = `${pick(REGIONS)}${birthDate.replaceAll('-', '')}${pad(integer(0, 999), 3)}`;
    const given = pick(GIVEN) + (random() < 0.7 ? pick(GIVEN) : '');
    // One in five shares the phone of the person before, as a family does.
    const previous = records[index - 1];
    const phone =
      previous !== undefined && random() < 0.2
        ? previous.phone
        : `1${integer(3, 9)}${pad(integer(0, 999_999_999), 9)}`;
    records.push({
      id: `p${index}`,
      name: pick(SURNAMES) + given,
      residentId: first17 + residentIdCheckCharacter(first17),
      sex: Number(first17.charAt(16)) % 2 === 1 ? 'male' : 'female',
      birthDate,
      phone,
      township: pick(TOWNSHIPS),
      village: pick(VILLAGES),
      returnedAt: `${integer(2015, 2024)}-${pad(integer(1, 12), 2)}`,
    });
  }

  const duplicates: [number, number][] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    const original = integer(0, people - 1);
    const source = records[original] as LinkRecord;
    const record: LinkRecord = { ...source, id: `c${copy}` };
    const id = source.residentId ?? '';
    const idError = integer(0, 5);
    if (idError === 1) {
      const position = integer(0, 16);
      const digit = (Number(id.charAt(position)) + integer(1, 9)) % 10;
      record.residentId =
        id.slice(0, position) + digit + id.slice(position + 1);
    } else if (idError === 2) {
      const position = integer(6, 15);
      record.residentId =
        id.slice(0, position) +
        id.charAt(position + 1) +
        id.charAt(position) +
        id.slice(position + 2);
    } else if (idError === 3 && id.slice(6, 8) === '19') {
      record.residentId = id.slice(0, 6) + id.slice(8, 17);
    } else if (idError === 4) {
      record.residentId = `${id.slice(0, 15)}000`;
    } else if (idError === 5) {
      delete record.residentId;
    }
    // Without a usable ID the phone and the name still lead to the original.
    const other = integer(0, 3);
    if (other === 0) {
      record.name = [...(source.name ?? '')]
        .map((c) => RESPELLINGS[c] ?? c)
        .join('');
    } else if (other === 1 && idError < 4) {
      delete record.phone;
    } else if (other === 2) {
      const [year, month, day] = (source.birthDate ?? '').split('-');
      record.birthDate = `${year}-${day}-${month}`;
    } else {
      delete record.village;
    }
    duplicates.push([original, records.length]);
    records.push(record);
  }
  return { records, duplicates };
}

describe('candidatePairs on a synthetic county', () => {
  const { records, duplicates } = createPopulation(16_000, 4_000, 20_240_305);
  const prepared = prepareRecords(records);
  const result = candidatePairs(prepared, defaultBlockingRules, {
    maxBlockSize: 100,
  });
  const found = new Set(
    Array.from(
      result.left,
      (left, k) => left * records.length + (result.right[k] as number),
    ),
  );

  it('stays far below all pairs', () => {
    const allPairs = (records.length * (records.length - 1)) / 2;
    // 20,000 records have 199,990,000 pairs; this seed gives 11,295.
    expect(result.left.length).toBeLessThan(allPairs / 10_000);
    expect(result.left.length).toBeGreaterThan(duplicates.length);
  });

  it('finds every planted duplicate', () => {
    const missed = duplicates.filter(
      ([original, copy]) => !found.has(original * records.length + copy),
    );
    expect(missed).toEqual([]);
  });

  it('skips no block', () => {
    for (const report of result.rules) {
      expect(report.skippedBlocks, report.rule).toBe(0);
    }
  });

  it('grades the planted errors', () => {
    const idLevelsSeen = new Set<string>();
    const nameLevelsSeen = new Set<string>();
    for (const [original, copy] of duplicates) {
      const a = prepared[original];
      const b = prepared[copy];
      if (a === undefined || b === undefined) {
        continue;
      }
      const idLevel = residentIdLevels[compareResidentId(a, b)] ?? '';
      idLevelsSeen.add(idLevel);
      nameLevelsSeen.add(nameLevels[compareName(a, b)] ?? '');
      if (idLevel === 'different') {
        // Excel's 000 can give a number that passes the check by chance.
        expect(b.residentId.endsWith('000')).toBe(true);
        expect(b.residentIdCheckPasses).toBe(true);
      }
    }
    expect([...idLevelsSeen]).toEqual(
      expect.arrayContaining([
        'exact',
        'legacy_equal',
        'one_substitution',
        'adjacent_transposition',
        'unusable',
        'missing',
      ]),
    );
    expect([...nameLevelsSeen].sort()).toEqual([
      'exact',
      'pinyin_equal',
      'simplified_equal',
    ]);
  });
});

// Measures time and memory for a million records when YANGUI_BENCH is set;
// the figures are quoted in the header of candidates.ts. One record in 20
// is a copy, and about one in 40 has a resident ID number that fails the
// check or has 15 digits.
describe.runIf(process.env.YANGUI_BENCH)(
  'candidatePairs on a million records',
  () => {
    it('measures time and memory', { timeout: 600_000 }, () => {
      const { records } = createPopulation(950_000, 50_000, 7);
      let started = performance.now();
      const prepared = prepareRecords(records);
      const prepareSeconds = (performance.now() - started) / 1000;
      const before = process.resourceUsage().maxRSS / 1024;
      started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = candidatePairs(prepared, defaultBlockingRules, {
        maxBlockSize: 100,
      });
      const pairSeconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStarted);
      const pairCpuSeconds = (cpu.user + cpu.system) / 1e6;
      const after = process.resourceUsage().maxRSS / 1024;
      console.log(
        [
          `prepareRecords: ${prepareSeconds.toFixed(1)} s`,
          `candidatePairs: ${pairSeconds.toFixed(1)} s (${pairCpuSeconds.toFixed(1)} s CPU), ${result.left.length} pairs`,
          `peak RSS after prepareRecords ${before.toFixed(0)} MiB, after candidatePairs ${after.toFixed(0)} MiB`,
          JSON.stringify(result.rules),
        ].join('\n'),
      );
      expect(result.left.length).toBeGreaterThan(0);
    });
  },
);
