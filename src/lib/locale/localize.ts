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
