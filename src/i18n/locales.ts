/**
 * The one locale table: the locale each interface language writes dates, numbers, amounts, file sizes
 * and plural forms in. Every formatter reads it (src/lib/locale/, src/lib/money/cents.ts, the messages).
 */
import type { Lang } from '../schemas/fields.ts';

export const LOCALES = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** The locale of a language; a code outside the table is taken as a locale itself. */
export function localeOf(lang: string): string {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang as Lang] : lang;
}

/**
 * A message's own text as the language sets it: French puts a no-break space before `:` and a narrow one
 * before `;`, `!` and `?`, so that the sign never starts a line on a narrow screen. Only the message's
 * words are touched, never the values put into it.
 */
export function typeset(source: string, lang: Lang): string {
  return lang === 'fr' ? source.replace(/ :/g, '\u00a0:').replace(/ ([;!?])/g, '\u202f$1') : source;
}
