/**
 * Blocking keys: only records that share a key under some rule become a
 * candidate pair, so linkage never scores all pairs.
 */
import type { PreparedRecord } from './record.js';

/** A blocking rule: a name and the keys it gives each record. */
export interface BlockingRule {
  /** Name of the rule, used in the candidate pair report. */
  readonly name: string;
  /**
   * Returns the record's keys: none, one, or several. Keys only meet keys of
   * the same rule, so rules need no prefixes.
   */
  readonly keys: (
    record: PreparedRecord,
  ) => string | readonly string[] | undefined;
}

/** Shortest phone number that gets a key, the length of a local number. */
const MIN_PHONE_DIGITS = 7;

const DIGIT_CHARACTERS = '0123456789';

/**
 * Returns the first 17 characters of the 18-character resident ID form, so
 * exact matches, 15-digit numbers and their upgrades, and numbers that
 * differ only in the check character share the key.
 */
export function residentIdKey(record: PreparedRecord): string | undefined {
  if (record.residentId18 === '') {
    return undefined;
  }
  return record.residentId18.slice(0, 17);
}

/**
 * Returns resident ID keys that survive one wrong digit or one swap of
 * neighbouring digits.
 *
 * Every record gets `residentIdKey`. A record whose number fails the check
 * character, or was given with 15 digits and so has none, also gets every
 * number one substitution or one adjacent transposition away from its
 * first 17 digits: at most 17 × 9 + 16 = 169 more keys.
 *
 * The check (ISO 7064 MOD 11-2) detects every single substitution and every
 * adjacent transposition, so of two 18-character numbers one such error
 * apart at least one fails the check, and its extra keys contain the
 * other's first 17 digits. Recall for these pairs is therefore complete,
 * and since each key is a whole number, blocks stay small. Numbers two
 * errors apart meet only when both fail the check and are one error away
 * from the same number. The cost grows with the share `f` of numbers that
 * fail the check or have 15 digits: about `1 + 169 f` keys per record.
 *
 * NOTE: a number that fails the check and ends in 000 is taken as Excel
 * damage, so it is unusable and gets no key, although its first 15 digits
 * are still right.
 */
export function residentIdTypoKeys(
  record: PreparedRecord,
): string[] | undefined {
  const own = residentIdKey(record);
  if (own === undefined) {
    return undefined;
  }
  if (record.residentIdCheckPasses) {
    return [own];
  }

  const keys = [own];
  for (let position = 0; position < 17; position += 1) {
    const head = own.slice(0, position);
    const tail = own.slice(position + 1);
    const digit = own.charAt(position);
    for (const replacement of DIGIT_CHARACTERS) {
      if (replacement !== digit) {
        keys.push(head + replacement + tail);
      }
    }
  }
  for (let position = 0; position < 16; position += 1) {
    const left = own.charAt(position);
    const right = own.charAt(position + 1);
    if (left !== right) {
      keys.push(
        own.slice(0, position) + right + left + own.slice(position + 2),
      );
    }
  }
  return keys;
}

/** Returns the phone digits when they are long enough to be a number. */
export function phoneKey(record: PreparedRecord): string | undefined {
  return record.phone.length >= MIN_PHONE_DIGITS ? record.phone : undefined;
}

/**
 * Returns the toneless pinyin of the name with the birth year, so homophone
 * and simplified or traditional spellings of a name meet.
 */
export function namePinyinBirthYearKey(
  record: PreparedRecord,
): string | undefined {
  const pinyin = record.name.pinyinTonelessKey;
  if (pinyin === '' || record.birthYear === 0) {
    return undefined;
  }
  return `${pinyin}|${record.birthYear}`;
}

/**
 * Returns the village with the birth date. The township is left out, so a
 * record whose township is missing still meets. Villages of the same name
 * in different townships then share keys only for people born on the same
 * day.
 */
export function villageBirthDateKey(
  record: PreparedRecord,
): string | undefined {
  if (record.village === '' || record.birthDate === '') {
    return undefined;
  }
  return `${record.village}|${record.birthDate}`;
}

/** The blocking rules of this module, by name. */
export const blockingRules = {
  residentId: { name: 'residentId', keys: residentIdKey },
  residentIdTypos: { name: 'residentIdTypos', keys: residentIdTypoKeys },
  phone: { name: 'phone', keys: phoneKey },
  namePinyinBirthYear: {
    name: 'namePinyinBirthYear',
    keys: namePinyinBirthYearKey,
  },
  villageBirthDate: { name: 'villageBirthDate', keys: villageBirthDateKey },
} as const satisfies Record<string, BlockingRule>;

/**
 * Rules to use when nothing else is known. `residentIdTypos` already gives
 * every key of `residentId`, so the exact rule is left out.
 */
export const defaultBlockingRules: readonly BlockingRule[] = [
  blockingRules.residentIdTypos,
  blockingRules.phone,
  blockingRules.namePinyinBirthYear,
  blockingRules.villageBirthDate,
];
