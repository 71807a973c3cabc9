import fc from 'fast-check';
import type { CodeList } from '../../src/codes/code-list.js';
import { Registry } from '../../src/registry/registry.js';
import { toFullWidth } from './dates.js';

/** Ways of writing a code or label that the engine reads as the same. */
const spellingVariants: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => text,
  (text) => ` ${text} `,
  (text) => text.toUpperCase(),
  (text) => toFullWidth(text),
];

/** Spellings of the entries of a code list, or of one entry, by list. */
const spellingCache = new WeakMap<CodeList, Map<string, string[]>>();

/** Lists the code, labels and aliases of one entry, or of every entry. */
function spellingsOf(list: CodeList, code?: string): string[] {
  let byCode = spellingCache.get(list);
  if (byCode === undefined) {
    byCode = new Map();
    spellingCache.set(list, byCode);
  }
  const key = code ?? '';
  let spellings = byCode.get(key);
  if (spellings === undefined) {
    spellings = list.entries
      .filter((entry) => code === undefined || entry.code === code)
      .flatMap((entry) => [
        entry.code,
        entry.zh,
        entry.en,
        ...(entry.aliases ?? []),
      ]);
    byCode.set(key, spellings);
  }
  return spellings;
}

/** Spells an entry of a code list, or any entry when `code` is omitted. */
export type Speller = (list: CodeList, code?: string) => string;

/**
 * A speller that picks one of the spellings the engine accepts (the code,
 * a label or an alias) and pads it, upper-cases it or makes it full-width.
 */
export const spellerArbitrary: fc.Arbitrary<Speller> = fc
  .tuple(fc.nat(10_000), fc.constantFrom(...spellingVariants))
  .map(([index, variant]) => (list: CodeList, code?: string) => {
    const spellings = spellingsOf(list, code);
    return variant(spellings[index % spellings.length] ?? '');
  });

/** Draws a spelling of any entry of a code list. */
export function spellingArbitrary(list: CodeList): fc.Arbitrary<string> {
  return spellerArbitrary.map((spell) => spell(list));
}

/** Values that match no entry of any survey code list. */
export const unknownCodeArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '未知',
  '退休',
  '火星',
  '99',
  'ZZ',
  '其它行业',
  '-',
  '13800138000',
);

/** Separators the engine accepts between the items of a list cell. */
const LIST_SEPARATORS = ['、', ';', '；', ',', '，', '\n', ' 、 '];

/** Joins 1 to 3 items from `items` into a list cell with one separator. */
export function listCellArbitrary(
  items: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(items, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(...LIST_SEPARATORS),
    )
    .map(([values, separator]) => values.join(separator));
}

/** Spreadsheet error values, as Excel writes them and in lower case. */
export const excelErrorArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#REF!',
  '#NAME?',
  '#div/0!',
  ' #SPILL! ',
);

/** Values that count as missing: empty, blank or absent. */
export const missingArbitrary: fc.Arbitrary<string | undefined> =
  fc.constantFrom('', '   ', '\t', undefined);

/**
 * Draws text of one character repeated to `length` code points, in one
 * case out of three a character beyond the BMP.
 */
export function textOfLength(length: number): fc.Arbitrary<string> {
  return fc
    .constantFrom('字', '𠀀', 'a')
    .map((character) => character.repeat(length));
}

/**
 * Free text that a field with a maximum length accepts: samples, text of
 * exactly the maximum length, and a formula that a CSV writer escaped.
 */
export function textArbitrary(
  samples: readonly string[],
  maxLength: number,
): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...samples), weight: 8 },
    { arbitrary: textOfLength(maxLength), weight: 1 },
    { arbitrary: fc.constant("'=SUM(A1:A3)"), weight: 1 },
  );
}

/** Names the engine accepts, including transliterated and rare ones. */
export const validNameArbitrary: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom('王小明', '李娜', '欧阳娜娜', '张 伟'),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      '阿依古丽·买买提',
      '阿依古丽•买买提',
      '阿依古丽・买买提',
      '  吴𠮷  ',
      'Maria Chen',
      '王\u3000芳',
    ),
    weight: 3,
  },
  { arbitrary: textOfLength(50), weight: 1 },
  { arbitrary: fc.constant('李\ue000'), weight: 1 },
);

/** Names the engine rejects: digits, symbols, misplaced dots, too long. */
export const invalidNameArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '王小明2',
  '王@明',
  '·王明',
  '王明·',
  '王··明',
  '字'.repeat(51),
  '(空)',
);

/** Mainland mobile numbers in the forms the engine accepts. */
export const validPhoneArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 3, max: 9 }),
    fc.integer({ min: 0, max: 999_999_999 }),
    fc.constantFrom<(digits: string) => string>(
      (digits) => digits,
      (digits) =>
        `+86 ${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`,
      (digits) => `0086${digits}`,
      (digits) => `86${digits}`,
      (digits) => `'${digits}`,
      (digits) => toFullWidth(digits),
      (digits) =>
        `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
    ),
  )
  .map(([second, rest, form]) =>
    form(`1${second}${String(rest).padStart(9, '0')}`),
  );

/** Phone numbers the engine rejects, including Excel's scientific form. */
export const invalidPhoneArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '0851-8888888',
  '12812345678',
  '1381234567',
  '138123456789',
  '1.38123E+10',
  '1.39123e10',
  '无',
);

/** Non-negative decimals, with separators, full-width digits and blanks. */
export const validDecimalArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.constantFrom('1,250.5', '12,345', '0', '-0', '１２', ' 7 ', '0.00'),
);

/** Non-negative whole numbers, with separators and zero fractions. */
export const validIntegerArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map(String),
  fc.constantFrom('5,200', '12.00', '-0', '１５', ' 3 ', '1,000,000'),
);

/** Numbers the engine rejects: negative, malformed or out of range. */
export const invalidNumberArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 1000 }).map((value) => `-${value}`),
  fc.constantFrom(
    '1,2345',
    '12,34.5',
    'abc',
    '1e5',
    '¥100',
    '12.',
    '.5',
    '5万',
    "'-3",
    `1${'0'.repeat(400)}`,
  ),
);

/**
 * Whole numbers the engine rejects: the invalid numbers above, fractions
 * and numbers beyond 2^53.
 */
export const invalidIntegerArbitrary: fc.Arbitrary<string> = fc.oneof(
  invalidNumberArbitrary,
  fc.constantFrom('12.5', '0.1', '99999999999999999999'),
);

/**
 * The registry of two townships that the record arbitraries draw their
 * places from, so that records validate with or without it.
 */
export const arbitraryRegistry = new Registry([
  {
    code: '522225100',
    name: '龙泉镇',
    villages: [
      { code: '522225100201', name: '青山村', townshipCode: '522225100' },
      { code: '522225100202', name: '青石村', townshipCode: '522225100' },
      { code: '522225100003', name: '城南社区', townshipCode: '522225100' },
    ],
  },
  {
    code: '522225200',
    name: '石门乡',
    villages: [
      { code: '522225200201', name: '石门村', townshipCode: '522225200' },
      { code: '522225200202', name: '新寨村', townshipCode: '522225200' },
    ],
  },
]);

/** A township and one of its villages as a survey file may write them. */
export const placeArbitrary: fc.Arbitrary<{
  township: string;
  village: string;
}> = fc
  .tuple(
    fc.constantFrom(
      ...arbitraryRegistry.townships.flatMap((township) =>
        township.villages.map((village) => ({ township, village })),
      ),
    ),
    fc.nat(3),
    fc.nat(2),
  )
  .map(([{ township, village }, townshipForm, villageForm]) => ({
    township: [
      township.name,
      township.code,
      township.name.replace(/[镇乡]$/u, ''),
      ` ${township.name} `,
    ][townshipForm] as string,
    village: [
      village.name,
      village.code,
      village.name.replace(/(?:村|社区)$/u, ''),
    ][villageForm] as string,
  }));

/**
 * Places outside the registry: an unknown township, a village of the other
 * township, and names past the 50-character limit that applies without a
 * registry.
 */
export const unknownPlaceArbitrary: fc.Arbitrary<{
  township?: string;
  village?: string;
}> = fc.oneof(
  fc.constant({ township: '火星镇' }),
  fc.constant({ township: '522225999' }),
  fc.constant({ township: '龙泉镇', village: '石门村' }),
  fc.constant({ township: '石门乡', village: '522225100201' }),
  textOfLength(51).map((name) => ({ village: name })),
);
