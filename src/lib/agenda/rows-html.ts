/**
 * The rows of an agenda table as HTML. Agenda tables are the bulk of a large organisation's pages (every
 * appointment appears on its month page, its officials' year pages and its organisations' pages, in every
 * language: four million rows at the benchmark size L), so their rows are written here as one string
 * instead of a component per cell; the table around them stays in src/components/AgendaTable.astro.
 */
import { translator } from '../../i18n/index.ts';
import { AGENDA_CATEGORY_LABELS, type AgendaEntry } from '../../schemas/agenda.ts';
import type { Lang } from '../../schemas/fields.ts';
import { labelOf } from '../../schemas/labels.ts';
import { formatDate } from '../locale/dates.ts';
import { fallbackHtml } from '../locale/fallback-mark.ts';
import { localize } from '../locale/localize.ts';
import { organisationHref, type OrganisationPlaces } from './organisation-places.ts';
import { organisationSlug } from './organisations.ts';
import { escapeHtml } from '../locale/escape-html.ts';
import { sourceLinkHtml } from '../records/source-link.ts';

export interface AgendaRowOptions {
  lang: Lang;
  defaultLang: Lang;
  /** Names of officials by id. */
  names: ReadonlyMap<string, string>;
  /** Leave out the official column (on an official's own pages). */
  hideOfficials?: boolean;
  /** Where each organisation is read (organisation-places.ts); without it, on its own page. */
  places?: Pick<OrganisationPlaces, 'hrefOfName' | 'pageFrom'> | undefined;
}

/** Values that repeat across rows (dates, organisations, categories), worked out once per language. */
const memo = new Map<string, string>();
function once(key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size > 200_000) memo.clear();
    memo.set(key, value);
  }
  return value;
}

export function agendaRowsHtml(entries: readonly AgendaEntry[], { lang, defaultLang, names, hideOfficials = false, places }: AgendaRowOptions): string {
  const t = translator(lang);
  // A date without a time is published as such: no 00:00, a discreet word in the time column instead.
  const noTime = `<span class="muted">${escapeHtml(t('agenda.noTime'))}</span>`;
  // A phone shows each cell's column header beside its value: the table gives them once (AgendaTable, `labels`).
  const parts: string[] = [];
  for (const entry of entries) {
    const date = once(`d ${lang} ${entry.date}`, () => `<time datetime="${escapeHtml(entry.date)}">${escapeHtml(formatDate(entry.date, lang))}</time>`);
    let row = `<tr id="${escapeHtml(entry.id)}"><td>${date}</td><td>${entry.start === undefined ? noTime : `${escapeHtml(entry.start)}${entry.end ? `–${escapeHtml(entry.end)}` : ''}`}</td>`;
    if (!hideOfficials) {
      row += `<td>${entry.officials.map((id) => `<a href="/${lang}/officials/${escapeHtml(id)}/">${escapeHtml(names.get(id) ?? id)}</a>`).join(', ')}</td>`;
    }
    const shown = localize(entry.title, lang, defaultLang);
    const title = shown.fallback
      ? fallbackHtml(shown.text, shown.lang)
      : escapeHtml(shown.text);
    row += `<td>${title}${entry.location ? `<span class="muted"> · ${escapeHtml(entry.location)}</span>` : ''}${entry.sourceUrl ? sourceLinkHtml(lang, entry.sourceUrl, () => t('agenda.sourceOf', { title: shown.text, date: formatDate(entry.date, lang) })) : ''}</td><td>`;
    if (entry.organisations) {
      row += entry.organisations.map((name) => once(`o ${lang} ${places?.pageFrom} ${name}`, () => `<a href="${escapeHtml(places ? places.hrefOfName(lang, name) : organisationHref(lang, organisationSlug(name), true))}">${escapeHtml(name)}</a>`)).join('; ');
    }
    const individuals = entry.privateIndividuals;
    if (individuals !== undefined) {
      row += `<span class="muted">${entry.organisations ? ' · ' : ''}${once(`i ${lang} ${individuals}`, () => escapeHtml(t('agenda.individuals', { count: individuals })))}</span>`;
    }
    row += `</td><td>${once(`c ${lang} ${entry.category}`, () => escapeHtml(labelOf(AGENDA_CATEGORY_LABELS, entry.category, lang)))}</td></tr>`;
    parts.push(row);
  }
  return parts.join('');
}
