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

/** A name or word that French writes `d’` before: it starts with a vowel (a name with an `h` is left as is: mute or not, only its bearer knows). */
const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;
/** A date to the day as French writes it (`2 avril 2025`, `1er mars`): `du` goes before it; before a month or a year alone, `de`. */
const DAY_DATE = /^\d{1,2}(er)?\s\p{L}/u;

/**
 * The French article a message writes right before a value, as that value needs it: `du` before a date
 * to the day, `de` before a month or a year (`de juin 2024`), `d’` before a vowel (`Votes d’Arnaud`,
 * `à partir d’avril 2024`). The server (frenchForm) and the browser (render.ts) both ask this.
 */
export function frenchArticle(article: 'de' | 'du', value: string): 'de' | 'du' | 'd’' {
  const written = article === 'du' && !DAY_DATE.test(value) ? 'de' : article;
  return written === 'de' && VOWEL_START.test(value) ? 'd’' : written;
}

/** `de`/`du` right before an argument, with what precedes it: not a letter (so `garde {x}` is not touched). */
export const FRENCH_ARTICLE_BEFORE = /(?<!\p{L})(de|du) $/u;

/**
 * A French message's text with the articles before its string values written as those values need
 * (frenchArticle); other languages, and values that are numbers, change nothing. The result is compiled
 * once per form (src/i18n/index.ts).
 */
export function frenchForm(source: string, lang: Lang, values: Readonly<Record<string, string | number>> | undefined): string {
  if (lang !== 'fr' || !values) return source;
  return source.replace(/(?<!\p{L})(de|du) \{(\w+)\}/gu, (whole, article: 'de' | 'du', name: string) => {
    const value = values[name];
    if (typeof value !== 'string') return whole;
    const written = frenchArticle(article, value);
    return written === 'd’' ? `d’{${name}}` : `${written} {${name}}`;
  });
}
