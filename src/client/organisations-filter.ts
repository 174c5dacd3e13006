/**
 * The organisations' name filter, in the browser. Shows the (otherwise hidden) form, loads the compact
 * index (/organisations-index.json) the first time it is needed, and lists the organisations whose name
 * holds every word typed, met most often first, a hundred at a time. The words live in the address
 * (`/nl/organisations/?q=kanaal`), so a search survives a reload and can be shared. Without JavaScript
 * the page shows the organisations met most often and the A–Z pages list every one.
 */
import { renderMessage, type BrowserMessage } from '../i18n/render.ts';
import { dayOf, matchOrganisations, type OrganisationIndex } from '../lib/agenda/organisation-index.ts';
import { hasOwnPage, organisationHref } from '../lib/agenda/organisation-places.ts';
import { formatCount, formatDate } from '../lib/locale/dates.ts';
import type { Lang } from '../schemas/fields.ts';
import { element, jsonOnce, replaceQuery } from './form-state.ts';

interface Strings {
  lang: Lang;
  matches: BrowserMessage;
  none: BrowserMessage;
  more: BrowserMessage;
  others: BrowserMessage;
  loading: string;
  error: string;
}

/** Rows added at a time. */
const STEP = 100;

const loadIndex = jsonOnce<OrganisationIndex>();

/** One row, with the same columns as the page's own table (src/components/OrganisationTable.astro). */
function row(index: OrganisationIndex, position: number, strings: Strings): HTMLTableRowElement {
  const lang = strings.lang;
  const [slug, name, appointments, last, officials, officialCount] = index.organisations[position] ?? ['', '', 0, 0, [], 0];
  const tr = element('tr');
  const head = element('th', undefined, { scope: 'row' });
  const ownPage = hasOwnPage(appointments, index.pageFrom);
  head.append(element('a', name, { href: organisationHref(lang, slug, ownPage) }));
  tr.append(head, element('td', formatCount(appointments, lang), { class: 'num' }));
  const who = element('td');
  for (let i = 0; i < officials.length; i += 2) {
    const [id = '', official = ''] = index.officials[officials[i] ?? -1] ?? [];
    if (i > 0) who.append(', ');
    who.append(element('a', official, { href: `/${lang}/officials/${id}/` }), ' ', element('span', `(${formatCount(officials[i + 1] ?? 0, lang)})`, { class: 'muted' }));
  }
  const shown = officials.length / 2;
  if (officialCount > shown) who.append(' ', element('a', renderMessage(strings.others, { count: officialCount - shown }), { href: organisationHref(lang, slug, ownPage, 'who') }));
  const day = dayOf(last);
  const when = element('td');
  when.append(element('time', formatDate(day, lang), { datetime: day }));
  tr.append(who, when);
  return tr;
}

export function startOrganisationsFilter(): void {
  const section = document.querySelector<HTMLElement>('#organisations-filter');
  const form = section?.querySelector('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const count = document.querySelector<HTMLElement>('#organisations-count');
  const results = document.querySelector<HTMLElement>('#organisations-results');
  const tbody = results?.querySelector('tbody');
  const more = results?.querySelector<HTMLButtonElement>('[data-more]');
  const defaults = document.querySelectorAll<HTMLElement>('[data-organisations-default]');
  if (!section || !form || !input || !count || !results || !tbody || !more) return;
  const strings = JSON.parse(section.dataset.strings ?? '{}') as Strings;
  const address = section.dataset.index ?? '/organisations-index.json';

  let found: number[] = [];
  let shown = 0;
  let index: OrganisationIndex | undefined;
  // Only the latest of several quick searches is shown.
  let latest = 0;

  const showDefault = (show: boolean) => {
    for (const block of defaults) block.hidden = !show;
  };

  function showMore(): void {
    if (!index || !tbody || !more) return;
    const next = found.slice(shown, shown + STEP);
    tbody.append(...next.map((position) => row(index as OrganisationIndex, position, strings)));
    shown += next.length;
    const left = found.length - shown;
    more.hidden = left <= 0;
    if (left > 0) more.textContent = renderMessage(strings.more, { count: Math.min(STEP, left) });
  }

  async function apply(updateAddress: boolean): Promise<void> {
    if (!input || !count || !results || !tbody) return;
    const query = input.value.trim();
    if (updateAddress) replaceQuery({ q: query });
    const run = ++latest;
    if (query === '') {
      results.hidden = true;
      count.textContent = '';
      showDefault(true);
      return;
    }
    count.textContent = strings.loading;
    try {
      index = await loadIndex(address);
    } catch {
      if (run === latest) count.textContent = strings.error;
      return;
    }
    if (run !== latest) return;
    found = matchOrganisations(index, query);
    shown = 0;
    tbody.replaceChildren();
    showMore();
    results.hidden = found.length === 0;
    showDefault(false);
    count.textContent = found.length ? renderMessage(strings.matches, { count: found.length, query }) : renderMessage(strings.none, { query });
  }

  input.addEventListener('input', () => void apply(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void apply(true);
  });
  more.addEventListener('click', () => {
    const before = shown;
    showMore();
    // The first of the rows just added takes the focus, so that a keyboard user reads on from there.
    tbody.rows[before]?.querySelector('a')?.focus();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  section.hidden = false;
  void apply(false);
}
