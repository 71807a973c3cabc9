/**
 * Name forms for record linkage: the normalised name, its simplified form
 * and its pinyin, each computed once per distinct name.
 */
import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

/** Forms of one name that the name comparison reads. */
export interface NameForms {
  /** Name after NFKC, with whitespace and separator dots removed, lower case. */
  normalized: string;
  /** `normalized` converted from traditional to simplified characters. */
  simplified: string;
  /** Pinyin per character with the tone as a digit (`zeng1`), `ü` as `v`. */
  pinyin: readonly string[];
  /** Pinyin per character without the tone (`zeng`). */
  pinyinToneless: readonly string[];
  /** `pinyin` joined with spaces, for equality tests. */
  pinyinKey: string;
  /** `pinyinToneless` joined with spaces, for equality tests. */
  pinyinTonelessKey: string;
  /** `pinyinToneless` concatenated, for the edit distance. */
  pinyinLetters: string;
}

/**
 * Whitespace and the dots that separate the parts of a transcribed name
 * (买买提·艾力): middle dot, bullet, katakana middle dot, full stop and
 * hyphenation point. NFKC has already folded the full-width forms.
 */
const NAME_SEPARATORS = /[\s.\u00b7\u2022\u2027\u30fb]/gu;

/** A pinyin syllable with its tone digit, as pinyin-pro writes it. */
const TONED_SYLLABLE = /^([a-z]+)[0-5]$/;

let toSimplified: ((text: string) => string) | undefined;

/**
 * Converts traditional characters to simplified ones with OpenCC's generic
 * `t2s` tables. The converter is built on first use, because building it
 * loads the dictionary into a trie.
 */
export function simplifyChinese(text: string): string {
  const convert = (toSimplified ??= Converter({ from: 't', to: 'cn' }));
  return convert(text);
}

/**
 * Normalises a name for comparison with NFKC, removes whitespace and
 * separator dots, and lower-cases Latin letters. Traditional characters stay
 * as written.
 */
export function normalizeName(raw: string): string {
  return raw.normalize('NFKC').replace(NAME_SEPARATORS, '').toLowerCase();
}

/**
 * Computes the forms of a name.
 *
 * Pinyin is read from the simplified form, because pinyin-pro's surname
 * table lists simplified characters (單 is only read `shan` as 单). The
 * surname mode applies to the start of the name only, so 曾 is `zeng` and
 * 单 is `shan` as the surname but `ceng` and `dan` elsewhere, and compound
 * surnames (欧阳, 尉迟, 万俟) are read as one. Tone sandhi of 一 and 不 is
 * off, so a character's tone does not depend on its neighbour.
 *
 * NOTE: OpenCC maps some characters that stay distinct in names to one
 * simplified form (乾 to 干), so such a name gets the pinyin of the
 * simplified character.
 */
export function nameForms(raw: string): NameForms {
  const normalized = normalizeName(raw);
  const simplified = simplifyChinese(normalized);
  const syllables =
    simplified === ''
      ? []
      : pinyin(simplified, {
          type: 'array',
          toneType: 'num',
          v: true,
          mode: 'surname',
          surname: 'head',
          toneSandhi: false,
        });

  const toned: string[] = [];
  const toneless: string[] = [];
  for (const syllable of syllables) {
    // Characters that are not Chinese come back unchanged, so only a letter
    // run followed by one tone digit loses its last character.
    const match = TONED_SYLLABLE.exec(syllable);
    toned.push(syllable);
    toneless.push(match === null ? syllable : (match[1] ?? syllable));
  }

  return {
    normalized,
    simplified,
    pinyin: toned,
    pinyinToneless: toneless,
    pinyinKey: toned.join(' '),
    pinyinTonelessKey: toneless.join(' '),
    pinyinLetters: toneless.join(''),
  };
}
