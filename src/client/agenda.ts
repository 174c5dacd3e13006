/**
 * The agenda's filters, in the browser. Shows the (otherwise hidden) form, loads the compact agenda
 * index on first use, filters it with src/lib/agenda/filter.ts and shows one page of results at a time.
 * The filters and page live in the address (`/nl/agenda/?official=an-verlinden&page=2`), so a filtered
 * view survives a reload and can be shared; the back button walks through earlier filters.
 */
import { entryHref, joinAgendaIndex, filterAgenda, filtersFromQuery, hasFilters, pageOf, queryOf, timeOf, titleIn, dateOf, type AgendaFilters, type AgendaIndex, FILTER_KEYS } from '../lib/agenda/filter.ts';
import { organisationHref } from '../lib/agenda/organisation-places.ts';
import { formatDate } from '../lib/locale/dates.ts';
import { FALLBACK_MARK_CLASS } from '../lib/locale/fallback-mark.ts';
import { renderMessage, type BrowserMessage } from '../i18n/render.ts';
import type { Lang } from '../schemas/fields.ts';
import { element, jsonOnce } from './form-state.ts';

interface Strings {
  lang: Lang;
  results: BrowserMessage;
  none: string;
  page: BrowserMessage;
  loading: string;
  error: string;
  individuals: BrowserMessage;
  /** The time column's word for an appointment whose source states no time. */
  noTime: string;
  categories: Record<string, string>;
}


const loadMain = jsonOnce<AgendaIndex>();
let loading: Promise<AgendaIndex> | undefined;
/** The whole index: its first file, then the further files it lists (a large organisation's is split). */
const loadIndex = (address: string): Promise<AgendaIndex> => {
  loading ??= loadMain(address).then(async (main) => {
    const parts = await Promise.all(
      (main.parts ?? []).map(async (part) => {
        const response = await fetch(part);
        if (!response.ok) throw new Error(`${part}: ${response.status}`);
        return (await response.json()) as { entries: AgendaIndex['entries'] };
      }),
    );
    return parts.length ? joinAgendaIndex(main, parts) : main;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
};

/** One table row, with the same columns as the server-rendered agenda tables. */
function row(index: AgendaIndex, position: number, strings: Strings): HTMLTableRowElement {
  const lang = strings.lang;
  const [, date, start, end, officials, organisations, , category, title, location, individuals] = index.entries[position] ?? ['', 0, -1, -1, [], [], [], 0, 0, -1, -1];
  const day = dateOf(date);
  const tr = element('tr');
  const when = element('td');
  // The row of the entry on the page of its month that shows it (a large month has several pages).
  const link = element('a', undefined, { href: entryHref(index, position, lang) });
  link.append(element('time', formatDate(day, lang), { datetime: day }));
  when.append(link);
  const time = element('td', start < 0 ? undefined : `${timeOf(start)}${end >= 0 ? `–${timeOf(end)}` : ''}`);
  if (start < 0) time.append(element('span', strings.noTime, { class: 'muted' }));
  tr.append(when, time);

  const who = element('td');
  officials.forEach((official, i) => {
    const [officialId = '', name = ''] = index.officials[official] ?? [];
    if (i > 0) who.append(', ');
    who.append(element('a', name, { href: `/${lang}/officials/${officialId}/` }));
  });
  tr.append(who);

  const what = element('td');
  const shown = titleIn(index, title, lang);
  if (shown.fallback) {
    const span = element('span', shown.text, { lang: shown.lang });
    span.append(element('abbr', shown.lang, { class: FALLBACK_MARK_CLASS }));
    what.append(span);
  } else what.append(shown.text);
  if (location >= 0) what.append(element('span', ` · ${index.locations[location] ?? ''}`, { class: 'muted' }));
  tr.append(what);

  const met = element('td');
  organisations.forEach((organisation, i) => {
    const [slug = '', name = '', ownPage] = index.organisations[organisation] ?? [];
    if (i > 0) met.append('; ');
    met.append(element('a', name, { href: organisationHref(lang, slug, ownPage !== 0) }));
  });
  if (individuals >= 0) met.append(element('span', `${organisations.length ? ' · ' : ''}${renderMessage(strings.individuals, { count: individuals })}`, { class: 'muted' }));
  tr.append(met);

  const categoryId = index.categories[category] ?? '';
  tr.append(element('td', strings.categories[categoryId] ?? categoryId));
  return tr;
}

function readForm(form: HTMLFormElement): AgendaFilters {
  const data = new FormData(form);
  const filters: AgendaFilters = {};
  for (const key of FILTER_KEYS) {
    const value = data.get(key);
    if (typeof value === 'string' && value.trim() !== '') filters[key] = value.trim();
  }
  return filters;
}

function fillForm(form: HTMLFormElement, filters: AgendaFilters): void {
  for (const key of FILTER_KEYS) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = filters[key] ?? '';
  }
}

export function startAgendaFilter(): void {
  const section = document.querySelector<HTMLElement>('#agenda-filter');
  const form = section?.querySelector('form');
  if (!section || !form) return;
  const strings = JSON.parse(section.dataset.strings ?? '{}') as Strings;
  const address = section.dataset.index ?? '/agenda-index.json';
  const action = section.dataset.action ?? location.pathname;
  const results = document.querySelector<HTMLElement>('#agenda-results');
  const defaults = document.querySelectorAll<HTMLElement>('[data-agenda-default]');
  const count = results?.querySelector<HTMLElement>('#agenda-results-count');
  const heading = results?.querySelector<HTMLElement>('#agenda-results-heading');
  const tableBox = results?.querySelector<HTMLElement>('[data-results-table]');
  const tbody = results?.querySelector('tbody');
  // Each cell carries its column's header, which a phone shows beside the value (global.css, `table.stack`).
  const labels = [...(results?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim() ?? '');
  const pager = results?.querySelector<HTMLElement>('[data-results-pager]');
  const pageStatus = pager?.querySelector<HTMLElement>('[data-page-status]');
  const previous = pager?.querySelector<HTMLButtonElement>('[data-page="previous"]');
  const next = pager?.querySelector<HTMLButtonElement>('[data-page="next"]');
  const organisationField = form.querySelector<HTMLInputElement>('input[name="organisation"]');
  const datalist = section.querySelector<HTMLDataListElement>('#filter-organisations');
  const clear = form.querySelector<HTMLAnchorElement>('[data-clear]');
  // Results are shown here only on the agenda's own page; elsewhere the form leads there.
  const here = results !== null && location.pathname === action;

  let current: { filters: AgendaFilters; page: number } = filtersFromQuery(location.search);
  let lastResults: number[] = [];

  const showDefault = (show: boolean) => {
    for (const block of defaults) block.hidden = !show;
    if (results) results.hidden = show;
  };

  async function render(focus: boolean): Promise<void> {
    if (!here || !results || !count || !tbody || !tableBox || !pager) return;
    if (!hasFilters(current.filters)) {
      showDefault(true);
      return;
    }
    showDefault(false);
    count.textContent = strings.loading;
    let index: AgendaIndex;
    try {
      index = await loadIndex(address);
    } catch {
      count.textContent = strings.error;
      showDefault(true);
      if (results) results.hidden = false;
      tableBox.hidden = true;
      pager.hidden = true;
      return;
    }
    lastResults = filterAgenda(index, current.filters);
    const { items, page, pages } = pageOf(lastResults, current.page);
    current.page = page;
    const rows = items.map((position) => row(index, position, strings));
    for (const tr of rows) [...tr.cells].forEach((cell, column) => (cell.dataset.label = labels[column] ?? ''));
    tbody.replaceChildren(...rows);
    count.textContent = lastResults.length ? renderMessage(strings.results, { count: lastResults.length }) : strings.none;
    tableBox.hidden = lastResults.length === 0;
    pager.hidden = pages <= 1;
    if (pageStatus) pageStatus.textContent = renderMessage(strings.page, { page, pages });
    if (previous) previous.disabled = page <= 1;
    if (next) next.disabled = page >= pages;
    if (focus) heading?.focus();
  }

  function go(filters: AgendaFilters, page: number, focus: boolean): void {
    current = { filters, page };
    const query = queryOf(filters, page);
    if (!here) {
      location.assign(`${action}${query ? `?${query}` : ''}`);
      return;
    }
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    void render(focus);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(readForm(form), 1, false);
  });
  clear?.addEventListener('click', (event) => {
    if (!here) return;
    event.preventDefault();
    form.reset();
    go({}, 1, false);
  });
  previous?.addEventListener('click', () => go(current.filters, current.page - 1, true));
  next?.addEventListener('click', () => go(current.filters, current.page + 1, true));
  window.addEventListener('popstate', () => {
    current = filtersFromQuery(location.search);
    fillForm(form, current.filters);
    void render(false);
  });
  // The organisation suggestions come from the index, the first time someone types a name.
  organisationField?.addEventListener(
    'focus',
    () => {
      void loadIndex(address).then((index) => {
        if (!datalist || datalist.childElementCount > 0) return;
        datalist.append(...index.organisations.map(([, name]) => element('option', undefined, { value: name })));
      }).catch(() => undefined);
    },
    { once: true },
  );

  // The form shows once its lists are complete: on a month page, the officials and topics come from a file.
  void fillChoices(form, section.dataset.choices).finally(() => {
    fillForm(form, current.filters);
    // The form is open on wide screens and whenever filters are set; on a phone it folds away until asked for.
    const box = section.querySelector<HTMLDetailsElement>('[data-filter-box]');
    if (box) box.open = hasFilters(current.filters) || window.matchMedia('(min-width: 48rem)').matches;
    section.hidden = false;
    void render(false);
  });
}

/** Adds the choices of `/<lang>/agenda/choices.json` to the form's lists of officials and topics (nothing without an address). */
async function fillChoices(form: HTMLFormElement, address: string | undefined): Promise<void> {
  if (!address) return;
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  const choices = (await response.json()) as Record<'officials' | 'topics', Array<{ value: string; label: string }>>;
  for (const [name, list] of [['official', choices.officials], ['topic', choices.topics]] as const) {
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.append(...list.map((choice) => element('option', choice.label, { value: choice.value })));
  }
}
