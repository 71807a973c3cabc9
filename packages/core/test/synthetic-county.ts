import { residentIdCheckCharacter } from '../src/id/check.js';
import { createRandom } from '../src/linkage/estimate.js';
import type { LinkRecord } from '../src/linkage/record.js';

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

export interface SyntheticCounty {
  records: LinkRecord[];
  /** True person index of each record. */
  personOf: number[];
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Creates people and planted copies with a seeded generator. */
export function createCounty(
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
export function pairwiseQuality(
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
