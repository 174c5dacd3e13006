/**
 * The mark after a text shown in another language than the page's: its language code, small and boxed
 * (`<abbr class="fallback-mark">nl</abbr>`), inside the text's element that carries its `lang`. What the
 * mark means is said once per page, under its content (Base.astro, message `fallback.key`), rather than
 * in a tooltip on every mark: a phone shows no tooltip, and at size L the tooltips were 80 MB of HTML.
 */
import type { Lang } from '../../schemas/fields.ts';
import { escapeHtml } from './escape-html.ts';

/** The class of the mark: the style sheet draws it, and hides the page's key where no mark is shown. */
export const FALLBACK_MARK_CLASS = 'fallback-mark';

/** The mark alone, after a text whose element already carries its `lang` (a table's row header): `<abbr class="fallback-mark">nl</abbr>`. */
export const fallbackMarkHtml = (lang: Lang): string => `<abbr class="${FALLBACK_MARK_CLASS}">${lang}</abbr>`;

/** A text in another language than the page's, marked: `<span lang="nl">Werkbezoek<abbr class="fallback-mark">nl</abbr></span>`. */
export const fallbackHtml = (text: string, lang: Lang): string => `<span lang="${lang}">${escapeHtml(text)}${fallbackMarkHtml(lang)}</span>`;
