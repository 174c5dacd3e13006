/**
 * The agenda's month pages, split so that none grows with the organisation: each month is shown on
 * pages of at most `MONTH_PAGE_SIZE` entries, in the agenda's order (newest first). The first page keeps
 * the month's address (`agenda/2025-03/`), the others follow it (`agenda/2025-03/2/`, `…/3/`).
 *
 * Everything that links to an entry (the month pages, the agenda's filter index, feeds, signals) asks
 * this module where the entry is, so that the pages and the links agree. Pure: no Astro, no DOM, no
 * Node; the browser script imports it as it is.
 */

/** At most this many entries on one page of a month. */
export const MONTH_PAGE_SIZE = 250;

/** One page of a list: its items, which page it is, and which part of the list it shows. */
export interface Page<T> {
  items: T[];
  /** 1 for the first page. */
  page: number;
  pages: number;
  /** Position in the whole list of the first item shown, from 1 (0 when the list is empty). */
  first: number;
  /** Position of the last item shown, from 1 (0 when the list is empty). */
  last: number;
  /** How many items the whole list has. */
  total: number;
}

/** Splits a list into pages of at most `size` items, in its order. An empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number = MONTH_PAGE_SIZE): Array<Page<T>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a page holds at least one item, not ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => {
    const slice = items.slice(index * size, (index + 1) * size);
    return { items: slice, page: index + 1, pages, first: slice.length ? index * size + 1 : 0, last: index * size + slice.length, total: items.length };
  });
}

/** The page (from 1) on which the item at `position` (from 0) of a list is shown. */
export const pageAt = (position: number, size: number = MONTH_PAGE_SIZE): number => Math.floor(position / size) + 1;

/** One page of one month of the agenda. */
export interface MonthPage<E> extends Page<E> {
  /** `YYYY-MM`. */
  month: string;
}

/** Every page of every month, months in the order their first entry comes (newest first for the agenda). */
export function monthPages<E extends { date: string }>(entries: Iterable<E>, size: number = MONTH_PAGE_SIZE): Array<MonthPage<E>> {
  const byMonth = new Map<string, E[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(entry);
    else byMonth.set(month, [entry]);
  }
  return [...byMonth].flatMap(([month, list]) => paginate(list, size).map((page) => ({ ...page, month })));
}

/** Where an entry is shown: its month and the page of that month. */
export interface AgendaPlace {
  month: string;
  page: number;
}

const placesCache = new WeakMap<object, Map<number, Map<string, AgendaPlace>>>();

/**
 * Where each entry of an agenda (given in the order the month pages show it, newest first) is shown, by
 * id. Worked out once per list and page size: every page that links to entries may ask again.
 */
export function agendaPlaces(entries: ReadonlyArray<{ id: string; date: string }>, size: number = MONTH_PAGE_SIZE): ReadonlyMap<string, AgendaPlace> {
  let bySize = placesCache.get(entries);
  if (!bySize) {
    bySize = new Map();
    placesCache.set(entries, bySize);
  }
  let places = bySize.get(size);
  if (!places) {
    places = new Map();
    const seen = new Map<string, number>();
    // One place per page, shared by its entries: a large agenda has half a million entries.
    const shared = new Map<string, AgendaPlace>();
    for (const entry of entries) {
      const month = entry.date.slice(0, 7);
      const position = seen.get(month) ?? 0;
      seen.set(month, position + 1);
      const page = pageAt(position, size);
      const key = `${month}/${page}`;
      let place = shared.get(key);
      if (!place) {
        place = { month, page };
        shared.set(key, place);
      }
      places.set(entry.id, place);
    }
    bySize.set(size, places);
  }
  return places;
}

const pathsCache = new WeakMap<object, Map<string, string>>();

/**
 * The address after `/<lang>/agenda/` of the month page that shows each entry (`2025-03/`, `2025-03/2/`),
 * by id; worked out once per list. Shared: read it, do not change it.
 */
export function agendaPagePaths(entries: ReadonlyArray<{ id: string; date: string }>): Map<string, string> {
  let paths = pathsCache.get(entries);
  if (!paths) {
    const interned = new Map<AgendaPlace, string>();
    paths = new Map();
    for (const [id, place] of agendaPlaces(entries)) {
      let path = interned.get(place);
      if (path === undefined) {
        path = monthPagePath(place.month, place.page);
        interned.set(place, path);
      }
      paths.set(id, path);
    }
    pathsCache.set(entries, paths);
  }
  return paths;
}

/** The address of a page of a month after `/<lang>/agenda/`: `2025-03/`, `2025-03/2/`. */
export function monthPagePath(month: string, page = 1): string {
  return page > 1 ? `${month}/${page}/` : `${month}/`;
}

/** The address of an entry's row on its month page: `/en/agenda/2025-03/2/#a-2025-000312`. */
export function agendaEntryHref(lang: string, place: AgendaPlace, id: string): string {
  return `/${lang}/agenda/${monthPagePath(place.month, place.page)}#${id}`;
}
