/**
 * The agenda's filters: a compact index of every appointment, written once at build time
 * (`/agenda-index.json`), and the filtering over it that the agenda pages run in the browser.
 *
 * The index is dictionary-encoded so that it stays small and fast with a hundred times the demo's
 * entries: officials, organisations, topics, categories, titles and locations are listed once, and each
 * entry is a short array of numbers pointing into those lists. Filtering is one pass over the entries
 * comparing numbers. Pure: no Astro, no DOM, no Node; the browser script imports it as it is.
 */
import type { AgendaEntry } from '../../schemas/agenda.ts';
import type { Lang, Localized } from '../../schemas/fields.ts';
import { agendaEntryHref, agendaPlaces, MONTH_PAGE_SIZE } from './pages.ts';
import { organisationSlug } from './organisations.ts';
import type { OrganisationPlaces } from './organisation-places.ts';

/** Languages of the title columns, in this order. */
export const INDEX_LANGUAGES: readonly Lang[] = ['nl', 'fr', 'en'];

/**
 * One appointment: `[id, date, start, end, officials, organisations, topics, category, title, location,
 * privateIndividuals, page]`. Dates are numbers `YYYYMMDD`, times numbers `HHMM`; the lists and the single
 * values are positions in the index's dictionaries; -1 means "not given". `page` is the page of its month
 * the entry is shown on (src/lib/agenda/pages.ts), left out on the first page, as most entries of a
 * small organisation are.
 */
export type IndexEntry = [
  id: string,
  date: number,
  start: number,
  end: number,
  officials: number[],
  organisations: number[],
  topics: number[],
  category: number,
  title: number,
  location: number,
  privateIndividuals: number,
  page?: number,
];

export interface AgendaIndex {
  version: 1;
  defaultLanguage: Lang;
  /** `[id, name]` of every official named in the agenda. */
  officials: Array<[string, string]>;
  /** `[slug, name]` of every organisation met; `[slug, name, 0]` for one without a page of its own (organisation-places.ts). */
  organisations: Array<[slug: string, name: string, ownPage?: 0]>;
  topics: string[];
  categories: string[];
  /** Each title as its text in nl, fr and en (null where not written). */
  titles: Array<Array<string | null>>;
  locations: string[];
  /** Newest first. */
  entries: IndexEntry[];
  /**
   * Where the further entries are, in order, when there are too many for one file (a static host serves
   * no file over 25 MiB; at size L the index is 30 MB): each holds `{ entries }`, to be appended.
   */
  parts?: string[];
}

/** Entries per file of the index: 100,000 entries are about 6.5 MB. */
export const INDEX_PART_SIZE = 100_000;

/** The address of the `part`th file of the index (2, 3, …; the first is /agenda-index.json). */
export const indexPartPath = (part: number) => `/agenda-index-${part}.json`;

/** The index as published: the first file (with the dictionaries and the first entries) and the entries of each further file. */
export function splitAgendaIndex(index: AgendaIndex, size = INDEX_PART_SIZE): { main: AgendaIndex; parts: IndexEntry[][] } {
  if (index.entries.length <= size) return { main: index, parts: [] };
  const parts: IndexEntry[][] = [];
  for (let start = size; start < index.entries.length; start += size) parts.push(index.entries.slice(start, start + size));
  return { main: { ...index, entries: index.entries.slice(0, size), parts: parts.map((_, position) => indexPartPath(position + 2)) }, parts };
}

/** The whole index again from its first file and its further files' entries. */
export function joinAgendaIndex(main: AgendaIndex, parts: ReadonlyArray<{ entries: IndexEntry[] }>): AgendaIndex {
  const { parts: _addresses, ...rest } = main;
  return { ...rest, entries: [...main.entries, ...parts.flatMap((part) => part.entries)] };
}

/** A dictionary that hands out positions in first-seen order. */
function dictionary<K>() {
  const positions = new Map<K, number>();
  const values: K[] = [];
  return {
    values,
    at(value: K): number {
      let position = positions.get(value);
      if (position === undefined) {
        position = values.length;
        positions.set(value, position);
        values.push(value);
      }
      return position;
    },
  };
}

const day = (date: string) => Number(date.replace(/-/g, ''));
const clock = (time: string | undefined) => (time ? Number(time.replace(':', '')) : -1);

function titleColumns(title: Localized, defaultLanguage: Lang): Array<string | null> {
  if (typeof title === 'string') return INDEX_LANGUAGES.map((lang) => (lang === defaultLanguage ? title : null));
  return INDEX_LANGUAGES.map((lang) => title[lang] ?? null);
}

/**
 * The index of an agenda given newest first (the order of the month pages), with the names of its
 * officials; `pageSize` is that of the month pages.
 */
export function buildAgendaIndex(entries: readonly AgendaEntry[], names: ReadonlyMap<string, string>, defaultLanguage: Lang, categories: readonly string[] = [], pageSize: number = MONTH_PAGE_SIZE, where?: Pick<OrganisationPlaces, 'ownPage'>): AgendaIndex {
  const places = agendaPlaces(entries, pageSize);
  const officials = dictionary<string>();
  const organisations = dictionary<string>();
  const organisationNames = new Map<string, string>();
  const topics = dictionary<string>();
  const categoryList = dictionary<string>();
  for (const category of categories) categoryList.at(category);
  const titles = dictionary<string>();
  const titleValues: Array<Array<string | null>> = [];
  const locations = dictionary<string>();
  const rows: IndexEntry[] = entries.map((entry) => {
    const columns = titleColumns(entry.title, defaultLanguage);
    const titleKey = JSON.stringify(columns);
    const title = titles.at(titleKey);
    if (title === titleValues.length) titleValues.push(columns);
    const orgs: number[] = [];
    for (const name of entry.organisations ?? []) {
      const slug = organisationSlug(name);
      if (!organisationNames.has(slug)) organisationNames.set(slug, name.trim());
      const position = organisations.at(slug);
      if (!orgs.includes(position)) orgs.push(position);
    }
    const row: IndexEntry = [
      entry.id,
      day(entry.date),
      clock(entry.start),
      clock(entry.end),
      entry.officials.map((id) => officials.at(id)),
      orgs,
      (entry.topics ?? []).map((topic) => topics.at(topic)),
      categoryList.at(entry.category),
      title,
      entry.location ? locations.at(entry.location) : -1,
      entry.privateIndividuals ?? -1,
    ];
    const page = places.get(entry.id)?.page ?? 1;
    if (page > 1) row.push(page);
    return row;
  });
  return {
    version: 1,
    defaultLanguage,
    officials: officials.values.map((id) => [id, names.get(id) ?? id]),
    organisations: organisations.values.map((slug) => (where && !where.ownPage(slug) ? [slug, organisationNames.get(slug) ?? slug, 0] : [slug, organisationNames.get(slug) ?? slug])),
    topics: topics.values,
    categories: categoryList.values,
    titles: titleValues,
    locations: locations.values,
    entries: rows,
  };
}

export interface AgendaFilters {
  /** Id of an official. */
  official?: string | undefined;
  /** Name, part of a name, or slug of an organisation. */
  organisation?: string | undefined;
  topic?: string | undefined;
  category?: string | undefined;
  /** First day, `YYYY-MM-DD`, inclusive. */
  from?: string | undefined;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to?: string | undefined;
}

export const FILTER_KEYS = ['official', 'organisation', 'topic', 'category', 'from', 'to'] as const;

/** Lower case, no accents, words separated by single spaces: for matching names as people type them. */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const normalisedNames = new WeakMap<AgendaIndex, string[]>();

/**
 * The organisations a query means, as a flag per organisation: the one whose name or slug it is, or
 * else every organisation whose name contains it.
 */
export function matchOrganisations(index: AgendaIndex, query: string): Uint8Array {
  const flags = new Uint8Array(index.organisations.length);
  const text = normalise(query);
  if (text === '') return flags;
  const slug = organisationSlug(query);
  const exact = index.organisations.findIndex(([candidate]) => candidate === slug);
  if (exact >= 0) {
    flags[exact] = 1;
    return flags;
  }
  let names = normalisedNames.get(index);
  if (!names) {
    names = index.organisations.map(([, name]) => normalise(name));
    normalisedNames.set(index, names);
  }
  names.forEach((name, position) => {
    if (name.includes(text)) flags[position] = 1;
  });
  return flags;
}

const isDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The positions (in `index.entries`, so newest first) of the appointments that pass every filter given.
 * A filter naming something the index does not know matches nothing.
 */
export function filterAgenda(index: AgendaIndex, filters: AgendaFilters): number[] {
  const official = filters.official ? index.officials.findIndex(([id]) => id === filters.official) : -2;
  const topic = filters.topic ? index.topics.indexOf(filters.topic) : -2;
  const category = filters.category ? index.categories.indexOf(filters.category) : -2;
  const organisations = filters.organisation?.trim() ? matchOrganisations(index, filters.organisation) : undefined;
  const from = isDay(filters.from) ? day(filters.from) : 0;
  const to = isDay(filters.to) ? day(filters.to) : 99_999_999;
  if (official === -1 || topic === -1 || category === -1 || (organisations && !organisations.includes(1))) return [];
  const found: number[] = [];
  const entries = index.entries;
  for (let position = 0; position < entries.length; position++) {
    const entry = entries[position] as IndexEntry;
    const date = entry[1];
    if (date < from || date > to) continue;
    if (category >= 0 && entry[7] !== category) continue;
    if (official >= 0 && !entry[4].includes(official)) continue;
    if (topic >= 0 && !entry[6].includes(topic)) continue;
    if (organisations && !entry[5].some((org) => organisations[org] === 1)) continue;
    found.push(position);
  }
  return found;
}

/** Whether any filter is set. */
export function hasFilters(filters: AgendaFilters): boolean {
  return FILTER_KEYS.some((key) => (filters[key] ?? '').trim() !== '');
}

/** The filters and page in an address's query (`?official=an-verlinden&category=media&page=2`). */
export function filtersFromQuery(query: string | URLSearchParams): { filters: AgendaFilters; page: number } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: AgendaFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value && ((key !== 'from' && key !== 'to') || isDay(value))) filters[key] = value;
  }
  const page = Number(params.get('page'));
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** The query that stands for filters and a page, without the empty ones (`official=…&page=2`). */
export function queryOf(filters: AgendaFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

export const PAGE_SIZE = 50;

/** The part of a list of results that a page shows, and how many pages there are. */
export function pageOf<T>(results: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(results.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: results.slice((shown - 1) * size, shown * size), page: shown, pages };
}

/** A title in a reader's language, else the default language, else any; with the language it is in. */
export function titleIn(index: AgendaIndex, title: number, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  const columns = index.titles[title] ?? [];
  const order: Lang[] = [lang, index.defaultLanguage, ...INDEX_LANGUAGES];
  for (const candidate of order) {
    const text = columns[INDEX_LANGUAGES.indexOf(candidate)];
    if (text !== null && text !== undefined) return { text, lang: candidate, fallback: candidate !== lang };
  }
  return { text: '', lang, fallback: false };
}

/** The address of an entry's row on the page of its month that shows it (`/en/agenda/2025-03/2/#a-12`). */
export function entryHref(index: AgendaIndex, position: number, lang: Lang): string {
  const entry = index.entries[position];
  if (!entry) return `/${lang}/agenda/`;
  return agendaEntryHref(lang, { month: dateOf(entry[1]).slice(0, 7), page: entry[11] ?? 1 }, entry[0]);
}

/** `20250314` → `2025-03-14`. */
export const dateOf = (value: number) => `${String(value).slice(0, 4)}-${String(value).slice(4, 6)}-${String(value).slice(6, 8)}`;

/** `930` → `09:30`; -1 → ''. */
export const timeOf = (value: number) => (value < 0 ? '' : `${String(Math.floor(value / 100)).padStart(2, '0')}:${String(value % 100).padStart(2, '0')}`);
