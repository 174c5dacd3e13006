/**
 * The mark after a text shown in another language than the page's: its language code, small and boxed
 * (`<abbr class="fallback-mark">nl</abbr>`), inside the text's element that carries its `lang`. What the
 * mark means is said once per page, under its content (Base.astro, message `fallback.key`), rather than
 * in a tooltip on every mark: a phone shows no tooltip, and at size L the tooltips were 80 MB of HTML.
 */
import type { Lang } from '../../schemas/fields.ts';
import { escapeHtml } from './escape-html.ts';

/** A text in another language than the page's, marked: `<span lang="nl">Werkbezoek<abbr class="fallback-mark">nl</abbr></span>`. */
export const fallbackHtml = (text: string, lang: Lang): string => `<span lang="${lang}">${escapeHtml(text)}<abbr class="fallback-mark">${lang}</abbr></span>`;
