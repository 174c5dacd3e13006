/**
 * Appointments as a compact list, for the pages that repeat the agenda: an official's year pages and an
 * organisation's page. Each appointment is shown in full on the page of its month (rows-html.ts); here it
 * is one line, its date linking to that row, with its time, its title and, where the page is not already
 * about them, whom it was with (organisations) or who went (officials), as text. At size L these pages
 * repeated every appointment in full about twice more in each language; this form is about a fifth of a
 * table row.
 */
import { translator } from '../../i18n/index.ts';
import type { AgendaEntry } from '../../schemas/agenda.ts';
import type { Lang } from '../../schemas/fields.ts';
import { formatDate } from '../locale/dates.ts';
import { escapeHtml } from '../locale/escape-html.ts';
import { fallbackHtml } from '../locale/fallback-mark.ts';
import { localize } from '../locale/localize.ts';
import { sourceLinkHtml } from '../records/source-link.ts';
import { agendaEntryHref, type AgendaPlace } from './pages.ts';

export interface AgendaListOptions {
  lang: Lang;
  defaultLang: Lang;
  /** Where each entry is shown in full (agendaPlaces over the whole agenda). */
  places: ReadonlyMap<string, AgendaPlace>;
  /** Show the officials (by these names) on each line: on an organisation's page. */
  officials?: ReadonlyMap<string, string> | undefined;
  /** Show the organisations met on each line: on an official's pages. */
  organisations?: boolean;
}

/** The `<li>` items of the list (the `<ol>` around them is the page's). */
export function agendaListHtml(entries: readonly AgendaEntry[], { lang, defaultLang, places, officials, organisations = false }: AgendaListOptions): string {
  const t = translator(lang);
  const noTime = escapeHtml(t('agenda.noTime'));
  const dates = new Map<string, string>();
  const parts: string[] = [];
  for (const entry of entries) {
    let date = dates.get(entry.date);
    if (date === undefined) dates.set(entry.date, (date = `<time datetime="${escapeHtml(entry.date)}">${escapeHtml(formatDate(entry.date, lang))}</time>`));
    const place = places.get(entry.id);
    const when = place ? `<a href="${escapeHtml(agendaEntryHref(lang, place, entry.id))}">${date}</a>` : date;
    const time = entry.start === undefined ? `<span class="muted">${noTime}</span>` : `${escapeHtml(entry.start)}${entry.end ? `–${escapeHtml(entry.end)}` : ''}`;
    const shown = localize(entry.title, lang, defaultLang);
    const title = shown.fallback ? fallbackHtml(shown.text, shown.lang) : escapeHtml(shown.text);
    const with_ = [
      ...(officials ? [entry.officials.map((id) => escapeHtml(officials.get(id) ?? id)).join(', ')] : []),
      ...(organisations && entry.organisations?.length ? [escapeHtml(entry.organisations.join('; '))] : []),
    ].filter(Boolean);
    const source = entry.sourceUrl ? sourceLinkHtml(lang, entry.sourceUrl, () => t('agenda.sourceOf', { title: shown.text, date: formatDate(entry.date, lang) })) : '';
    parts.push(`<li>${when} ${time} · ${title}${with_.length ? `<span class="muted"> · ${with_.join(' · ')}</span>` : ''}${source}</li>`);
  }
  return parts.join('');
}
