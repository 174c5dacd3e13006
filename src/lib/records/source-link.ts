/**
 * The small "source" link after a record to its page in the public register it was published in
 * (`sourceUrl`, src/schemas/fields.ts): one markup for every kind, written as a string so that the
 * pages written as strings (agenda rows, money lines) and the components (`SourceLink.astro`) give the
 * same bytes. Its accessible name says which record it opens: the word "source" and the kind's
 * `…sourceOf` message (`gift.sourceOf`, `agenda.sourceOf`…), which the caller formats. Nothing is written
 * for a record without a link.
 */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import { escapeHtml } from '../locale/escape-html.ts';

/** ` <a class="source-link" …>source</a>` (with the space before it), or '' without an address. */
export function sourceLinkHtml(lang: Lang, href: string | undefined, of: () => string): string {
  if (!href) return '';
  const word = translator(lang)('source.link');
  return ` <a class="source-link" href="${escapeHtml(href)}" rel="external" aria-label="${escapeHtml(word + of())}">${escapeHtml(word)}</a>`;
}
