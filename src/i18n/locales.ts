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

/**
 * The arguments of a French message that `de` comes right before and whose value starts with a vowel:
 * `Votes de {name}` with Arnaud is written `Votes d’Arnaud`. The message is then compiled with `d’{name}`
 * in its text (elided), once per such set of arguments. Other languages, and values that are numbers, elide nothing.
 */
export function elidedArguments(source: string, lang: Lang, values: Readonly<Record<string, string | number>> | undefined): string[] {
  if (lang !== 'fr' || !values) return [];
  const names = [...source.matchAll(/(?<![\p{L}])de \{(\w+)\}/gu)].map((match) => match[1] as string);
  return [...new Set(names)].filter((name) => typeof values[name] === 'string' && VOWEL_START.test(values[name]));
}

/** A French message's text with `de {name}` written `d’{name}` for the arguments given. */
export function elide(source: string, names: readonly string[]): string {
  return names.length === 0 ? source : source.replace(/(?<![\p{L}])de \{(\w+)\}/gu, (whole, name: string) => (names.includes(name) ? `d’{${name}}` : whole));
}
