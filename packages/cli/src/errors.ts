import type { Locale } from '@yangui/core';

/** The same text in each message language. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * A failure that stops a command before it can produce a result: bad
 * arguments, an unreadable file, a file whose header cannot be used. The
 * command exits with code 2 and prints the message and the hint.
 *
 * The message and the hint are either one string, printed as it is in every
 * language, or a `LocalizedText` with a Chinese and an English version.
 * `run` prints the version for the `--lang` of the command line (see
 * `localeOfArgs`) by calling `format`.
 */
export class UsageError extends Error {
  /** Next step for the user, in Chinese when the hint is localized. */
  readonly hint: string | undefined;
  /** Message in each language. */
  readonly texts: LocalizedText;
  /** Hint in each language, or undefined when there is no hint. */
  readonly hintTexts: LocalizedText | undefined;

  /**
   * Creates the error. A localized message sets `Error.message` to its
   * Chinese text, because Chinese is the command's default language.
   */
  constructor(message: string | LocalizedText, hint?: string | LocalizedText) {
    const texts = localize(message);
    super(texts['zh-CN']);
    this.name = 'UsageError';
    this.texts = texts;
    this.hintTexts = hint === undefined ? undefined : localize(hint);
    this.hint = this.hintTexts?.['zh-CN'];
  }

  /**
   * Formats the error for standard error in `locale`: the message, then
   * the hint on its own line after `提示：` or `hint: `, ending with a
   * newline.
   */
  format(locale: Locale): string {
    const hint = this.hintTexts?.[locale];
    if (hint === undefined) return `${this.texts[locale]}\n`;
    const label = locale === 'en' ? 'hint: ' : '提示：';
    return `${this.texts[locale]}\n${label}${hint}\n`;
  }
}

function localize(text: string | LocalizedText): LocalizedText {
  return typeof text === 'string' ? { 'zh-CN': text, en: text } : text;
}

/** Exit code when every row was valid. */
export const EXIT_OK = 0;
/** Exit code when some rows were rejected. */
export const EXIT_REJECTED = 1;
/** Exit code when the command could not run. */
export const EXIT_USAGE = 2;
