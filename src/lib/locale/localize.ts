/** Picks the text of a per-language value for a reader, and says when it falls back to another language. */
import type { Lang, Localized } from '../../schemas/fields.ts';

export interface Shown {
  text: string;
  /** The language the text is written in. */
  lang: Lang;
  /** True when the text is not in the reader's language. */
  fallback: boolean;
}

/**
 * Plain text is taken to be in the site's default language. For a per-language object, the reader's
 * language comes first, then the default language, then any other.
 */
export function localize(value: Localized, lang: Lang, defaultLang: Lang): Shown {
  if (typeof value === 'string') return { text: value, lang: defaultLang, fallback: lang !== defaultLang };
  const order: Lang[] = [lang, defaultLang, 'nl', 'fr', 'en'];
  for (const candidate of order) {
    const text = value[candidate];
    if (text !== undefined) return { text, lang: candidate, fallback: candidate !== lang };
  }
  return { text: '', lang, fallback: false };
}

/** The text alone, for places where no language mark can be shown (titles, attributes). */
export function textOf(value: Localized, lang: Lang, defaultLang: Lang): string {
  return localize(value, lang, defaultLang).text;
}

/** A piece of a sentence: interface text, or text from the data that may be in another language. */
export type TextPart = string | Shown;

/** Where a value from the data goes in a message, so that it can be marked with its language once formatted. */
const slot = (index: number) => `\u0000${index}\u0000`;

/**
 * A message with values from the data, as parts: `format` receives a placeholder for each value and the
 * placeholders are then replaced by the values themselves, each with its language. The message stays one
 * sentence in the reader's language; only the data in it is marked.
 */
export function withData(format: (slots: string[]) => string, values: readonly Shown[]): TextPart[] {
  return format(values.map((_, index) => slot(index)))
    .split(/\u0000(\d+)\u0000/)
    .map((piece, index) => (index % 2 === 1 ? (values[Number(piece)] as Shown) : piece))
    .filter((part) => part !== '');
}
