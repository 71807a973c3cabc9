import { lookupCode, type CodeList } from '../codes/code-list.js';
import { LIST_SEPARATORS } from './text.js';
import { accept, reject, type ParseResult } from './result.js';
import { quoteValue } from './safe-value.js';

/** Lists the Chinese labels of a code list for an issue message. */
function allowedLabels(list: CodeList): string {
  return list.entries.map((entry) => entry.zh).join('、');
}

/**
 * Parses one coded value: its code, Chinese or English label or an alias of
 * the list, after trimming and NFKC. Returns the code.
 */
export function parseCode<C extends string>(
  raw: string,
  list: CodeList<C>,
): ParseResult<C> {
  const entry = lookupCode(list, raw);
  if (entry === undefined) {
    return reject('code_unknown', {
      value: quoteValue(raw),
      allowed: allowedLabels(list),
    });
  }
  return accept(entry.code);
}

/**
 * Parses several coded values separated like a list cell. Returns the
 * codes in input order without repeats; one issue names every unknown item.
 */
export function parseCodes(raw: string, list: CodeList): ParseResult<string[]> {
  const items = raw
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');

  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const entry = lookupCode(list, item);
    if (entry === undefined) {
      unknown.push(quoteValue(item));
    } else if (!codes.includes(entry.code)) {
      codes.push(entry.code);
    }
  }

  if (unknown.length > 0) {
    return reject('code_unknown', {
      value: unknown.join('、'),
      allowed: allowedLabels(list),
    });
  }
  return accept(codes);
}

/** Parses 是 or 否 (or an alias of the yes/no list) into a boolean. */
export function parseBoolean(
  raw: string,
  list: CodeList,
): ParseResult<boolean> {
  const result = parseCode(raw, list);
  if (!result.ok) {
    return result;
  }
  return accept(result.value === 'yes', result.issues);
}
