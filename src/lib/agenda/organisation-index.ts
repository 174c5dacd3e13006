/**
 * The organisations met, as pages that do not grow with the organisation, and as a compact index for the
 * name filter in the browser.
 *
 * - The index page shows the MOST_MET organisations met most often; every organisation is on the page of
 *   its initial (`organisations/a-z/b/`, then `organisations/a-z/b/2/`…), in alphabetical order, at most
 *   ORGANISATION_PAGE_SIZE a page: an A–Z that reads without JavaScript.
 * - `/organisations-index.json` lists every organisation with its count, last date and the officials who
 *   met it most often; the filter script matches names in it (`matchOrganisations`).
 *
 * Pure: no Astro, no DOM, no Node; the browser script imports it as it is.
 */
import { paginate, type Page } from './pages.ts';

/** At most this many organisations on one page of an initial. */
export const ORGANISATION_PAGE_SIZE = 250;
/** How many organisations the index page shows, those met most often. */
export const MOST_MET = 50;
/** How many officials a row names (the organisation's own page names them all). */
export const OFFICIALS_SHOWN = 5;
/** The initial of names that do not start with a Latin letter (digits, other scripts, symbols). */
export const OTHER_INITIAL = 'other';
/** The initials in the order of the A–Z: the letters, then the rest. */
export const INITIALS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', OTHER_INITIAL];

/** A name for matching: lower case, without accents, punctuation and runs of spaces made one space. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The initial a name is listed under: its first letter without accent (`é` is `e`), or OTHER_INITIAL. */
export function initialOf(name: string): string {
  const first = normaliseName(name).charAt(0);
  return first >= 'a' && first <= 'z' ? first : OTHER_INITIAL;
}

// One order for every language, so that an organisation is on the same page in each.
const collator = new Intl.Collator('und', { sensitivity: 'base', numeric: true });

/** Alphabetical order of names (accents and case aside), then by slug. */
export function byName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** One page of the organisations of an initial. */
export interface InitialPage<G> extends Page<G> {
  initial: string;
}

/** The address of a page of an initial after `/<lang>/organisations/`: `a-z/b/`, `a-z/b/2/`. */
export function initialPagePath(initial: string, page = 1): string {
  return page > 1 ? `a-z/${initial}/${page}/` : `a-z/${initial}/`;
}

/** Every page of every initial that has organisations, initials in A–Z order, names alphabetical on each. */
export function initialPages<G extends { name: string; slug: string }>(groups: readonly G[], size: number = ORGANISATION_PAGE_SIZE): Array<InitialPage<G>> {
  const byInitial = new Map<string, G[]>(INITIALS.map((initial) => [initial, []]));
  for (const group of groups) byInitial.get(initialOf(group.name))?.push(group);
  return [...byInitial]
    .filter(([, list]) => list.length > 0)
    .flatMap(([initial, list]) => paginate([...list].sort(byName), size).map((page) => ({ ...page, initial })));
}

/** The page after `/<lang>/organisations/` that lists each organisation, by slug. */
export function initialPlaces(pages: ReadonlyArray<InitialPage<{ slug: string }>>): Map<string, string> {
  const places = new Map<string, string>();
  for (const page of pages) for (const group of page.items) places.set(group.slug, initialPagePath(page.initial, page.page));
  return places;
}

/**
 * One organisation in the browser's index: `[slug, name, appointments, last, officials, officialCount,
 * spellings]`. `last` is the last date met as a number `YYYYMMDD`; `officials` the officials who met it
 * most often as pairs of a position in the index's `officials` and a count, flattened
 * (`[0, 12, 3, 4]`); `officialCount` how many officials met it in all; `spellings` the other ways its
 * name is written (left out when there are none).
 */
export type OrganisationRow = [slug: string, name: string, appointments: number, last: number, officials: number[], officialCount: number, spellings?: string[]];

export interface OrganisationIndex {
  version: 1;
  /** `[id, name]` of the officials the rows name. */
  officials: Array<[string, string]>;
  /** Every organisation, met most often first (the order of the index page). */
  organisations: OrganisationRow[];
  /** The site's `organisationPageFrom`, when set: one met fewer times has no page of its own (`hasOwnPage`, organisation-places.ts). */
  pageFrom?: number;
}

interface Group {
  slug: string;
  name: string;
  names: readonly string[];
  entries: readonly unknown[];
  officials: ReadonlyArray<{ id: string; count: number }>;
  last: string;
}

/** The browser's index of organisations given met most often first, with the names of officials by id. */
export function buildOrganisationIndex(groups: readonly Group[], names: ReadonlyMap<string, string>, pageFrom?: number): OrganisationIndex {
  const officials: Array<[string, string]> = [];
  const positions = new Map<string, number>();
  const officialAt = (id: string) => {
    let position = positions.get(id);
    if (position === undefined) {
      position = officials.length;
      positions.set(id, position);
      officials.push([id, names.get(id) ?? id]);
    }
    return position;
  };
  const organisations = groups.map((group): OrganisationRow => {
    const row: OrganisationRow = [
      group.slug,
      group.name,
      group.entries.length,
      Number(group.last.replace(/-/g, '')),
      group.officials.slice(0, OFFICIALS_SHOWN).flatMap((met) => [officialAt(met.id), met.count]),
      group.officials.length,
    ];
    if (group.names.length > 1) row.push(group.names.slice(1));
    return row;
  });
  return pageFrom === undefined ? { version: 1, officials, organisations } : { version: 1, officials, organisations, pageFrom };
}

/**
 * The positions in the index of the organisations whose name (or another spelling of it) holds every word
 * of the query, accents, case and punctuation aside; in the index's order. An empty query matches none.
 */
export function matchOrganisations(index: OrganisationIndex, query: string): number[] {
  const words = normaliseName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  let texts = normalised.get(index);
  if (!texts) {
    // Worked out once per index: the filter runs at every key pressed.
    texts = index.organisations.map(([, name, , , , , spellings]) => normaliseName([name, ...(spellings ?? [])].join(' ')));
    normalised.set(index, texts);
  }
  const found: number[] = [];
  texts.forEach((text, position) => {
    if (words.every((word) => text.includes(word))) found.push(position);
  });
  return found;
}

const normalised = new WeakMap<OrganisationIndex, string[]>();

/** `20250314` as `2025-03-14`. */
export const dayOf = (value: number): string => {
  const text = String(value).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};
