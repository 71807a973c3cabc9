import type { Locale } from '../issues/issue.js';

/** One allowed value of a code list. */
export interface CodeEntry<C extends string = string> {
  /** Stable code stored in records, for example `self_employed` or `44`. */
  code: C;
  /** Chinese label, written in CSV output. */
  zh: string;
  /** English label. */
  en: string;
  /** Other spellings accepted on input, such as short names or old terms. */
  aliases?: readonly string[];
}

/** A named list of allowed values. */
export interface CodeList<C extends string = string> {
  /** Identifier of the list, for example `province`. */
  id: string;
  /** Allowed values in display order. */
  entries: readonly CodeEntry<C>[];
}

/**
 * Normalises a code or label for matching: NFKC (full-width letters and
 * digits become ASCII), all white space removed, ASCII letters lower-cased.
 */
export function normalizeCodeInput(input: string): string {
  return input.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** Lists every spelling that `lookupCode` accepts for an entry. */
export function spellingsOf(entry: CodeEntry): string[] {
  return [entry.code, entry.zh, entry.en, ...(entry.aliases ?? [])];
}

const indexes = new WeakMap<CodeList, Map<string, CodeEntry>>();

function indexOf(list: CodeList): Map<string, CodeEntry> {
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map();
    for (const entry of list.entries) {
      for (const spelling of spellingsOf(entry)) {
        const key = normalizeCodeInput(spelling);
        // The first entry wins, and the code list tests check that no spelling is shared.
        if (!index.has(key)) index.set(key, entry);
      }
    }
    indexes.set(list, index);
  }
  return index;
}

/**
 * Finds the entry whose code, Chinese label, English label or alias equals
 * the input after `normalizeCodeInput`, or `undefined` when none does.
 */
export function lookupCode<C extends string>(
  list: CodeList<C>,
  input: string,
): CodeEntry<C> | undefined {
  const key = normalizeCodeInput(input);
  if (key === '') return undefined;
  return indexOf(list).get(key) as CodeEntry<C> | undefined;
}

/**
 * Returns the label of a code in the given language (Chinese by default),
 * or `undefined` when the list has no such code.
 */
export function labelOf(
  list: CodeList,
  code: string,
  locale: Locale = 'zh-CN',
): string | undefined {
  const entry = list.entries.find((candidate) => candidate.code === code);
  if (entry === undefined) return undefined;
  return locale === 'en' ? entry.en : entry.zh;
}
