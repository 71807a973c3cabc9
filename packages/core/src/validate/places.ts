import type { Registry, Township } from '../registry/index.js';
import { accept, reject, type ParseResult } from './result.js';
import { quoteValue } from './safe-value.js';
import { parseText } from './text.js';

/** Registry entries named in an issue about an unknown place. */
export const PLACE_SUGGESTION_COUNT = 3;

/** Maximum length of a place name when no registry is given. */
const MAX_PLACE_NAME_LENGTH = 50;

/** A township or village as the record stores it. */
export interface ParsedPlace {
  /** Name as in the registry, or the trimmed input without a registry. */
  name: string;
  /** Statistical code, when a registry was given. */
  code?: string;
}

/** A parsed township with its registry entry for the village lookup. */
export interface ParsedTownship extends ParsedPlace {
  /** Registry entry, when a registry was given. */
  township?: Township;
}

/** Parses a place name that is not matched against a registry. */
function parseUnmatchedPlace(raw: string): ParseResult<ParsedPlace> {
  const result = parseText(raw, MAX_PLACE_NAME_LENGTH);
  return result.ok ? accept({ name: result.value }, result.issues) : result;
}

/**
 * Quotes a place value for an issue. A 9- or 12-digit statistical code is
 * kept as written. Any other value goes through `quoteValue`, which masks
 * long digit runs in case a shifted column put an ID number there.
 */
function quotePlace(text: string): string {
  return /^(?:\d{9}|\d{12})$/.test(text) ? text : quoteValue(text);
}

/** Lists registry entries as `name (code)` for an issue message. */
function formatSuggestions(entries: readonly ParsedPlace[]): string {
  if (entries.length === 0) {
    return '-';
  }
  return entries.map((entry) => `${entry.name} (${entry.code})`).join('、');
}

/**
 * Parses a township. With a registry, the value must be an exact name, a
 * name without its 镇/乡/街道/街道办事处 suffix, or a 9-digit code, and an
 * unknown value names the closest registry entries. Without a registry the
 * trimmed text is kept.
 *
 * NOTE: a name that matches two townships is reported as unknown, because
 * the registry lookup returns nothing for it; the suggestions list both.
 */
export function parseTownship(
  raw: string,
  registry?: Registry,
): ParseResult<ParsedTownship> {
  if (registry === undefined) {
    return parseUnmatchedPlace(raw);
  }
  const text = raw.normalize('NFC').trim();
  const township = registry.findTownship(text);
  if (township === undefined) {
    return reject('township_unknown', {
      value: quotePlace(text),
      suggestions: formatSuggestions(
        registry.suggestTownships(text, PLACE_SUGGESTION_COUNT),
      ),
    });
  }
  return accept({ name: township.name, code: township.code, township });
}

/**
 * Parses a village of a township. With a registry, the value must be an
 * exact name, a name without its 村/社区/居委会/村委会 suffix, or a 12-digit
 * code, and an unknown value names the township's closest villages. Without
 * a registry, or when the township is unknown, the trimmed text is kept.
 */
export function parseVillage(
  raw: string,
  registry?: Registry,
  township?: Township,
): ParseResult<ParsedPlace> {
  if (registry === undefined || township === undefined) {
    return parseUnmatchedPlace(raw);
  }
  const text = raw.normalize('NFC').trim();
  const village = registry.findVillage(township, text);
  if (village === undefined) {
    return reject('village_unknown', {
      value: quotePlace(text),
      township: township.name,
      suggestions: formatSuggestions(
        registry.suggestVillages(township, text, PLACE_SUGGESTION_COUNT),
      ),
    });
  }
  return accept({ name: village.name, code: village.code });
}
