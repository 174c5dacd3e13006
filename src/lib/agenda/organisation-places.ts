/**
 * Where an organisation met is read: the one place every link to an organisation asks (agenda rows, the
 * organisations' tables, an official's page, the filters' JSON indexes and their scripts).
 *
 * - Every organisation has a page of its own (`organisations/<slug>/`), unless the site sets
 *   `organisationPageFrom` in `data/site.yaml`: then one met fewer times than that has none, and is read on
 *   its row of the page of the first two letters of its slug (`organisations/a-z/<two letters>/#<slug>`),
 *   which lists its appointments. Those addresses depend on the slug alone, so they stay where they are
 *   as other organisations are added; the organisation gets its page once it is met often enough.
 *
 * Pure: no Astro, no DOM, no Node; the browser scripts import it as it is.
 */
import { byName } from './organisation-index.ts';
import { organisationSlug } from './organisations.ts';

/** Whether an organisation met this many times has a page of its own (`pageFrom`: the site's `organisationPageFrom`). */
export function hasOwnPage(appointments: number, pageFrom: number | undefined): boolean {
  return pageFrom === undefined || appointments >= pageFrom;
}

/**
 * The two letters of the A–Z page that holds an organisation without a page of its own: the first two
 * letters or digits of its slug (`fietsersvereniging-noordkant`: `fi`; `a-team`: `at`); a slug of one
 * character ends in `-` (`x-`), so that it is never an initial's page (`a-z/x/`).
 */
export function pairOf(slug: string): string {
  const letters = slug.replace(/-/g, '');
  return letters.length >= 2 ? letters.slice(0, 2) : `${letters}-`;
}

/** The address of the page of two letters after `/<lang>/organisations/`: `a-z/fi/`. */
export const pairPagePath = (pair: string): string => `a-z/${pair}/`;

/**
 * Where an organisation is read, after `/<lang>/organisations/`: `<slug>/` (with `part`, `<slug>/#who`),
 * or, without a page of its own, `a-z/<two letters>/#<slug>` (its row there shows everything).
 */
export function organisationPath(slug: string, ownPage: boolean, part?: string): string {
  if (!ownPage) return `${pairPagePath(pairOf(slug))}#${slug}`;
  return part ? `${slug}/#${part}` : `${slug}/`;
}

/** The link to an organisation in a language (see `organisationPath`). */
export function organisationHref(lang: string, slug: string, ownPage: boolean, part?: string): string {
  return `/${lang}/organisations/${organisationPath(slug, ownPage, part)}`;
}

/** Which organisations of a build have a page of their own. */
export interface OrganisationPlaces {
  /** The site's `organisationPageFrom`; undefined: every organisation has its page. */
  pageFrom: number | undefined;
  ownPage(slug: string): boolean;
  /** The link to an organisation by slug (`part`: a part of its own page, `who`). */
  href(lang: string, slug: string, part?: string): string;
  /** The link to an organisation by a name the agenda writes. */
  hrefOfName(lang: string, name: string): string;
}

interface Counted {
  slug: string;
  entries: readonly unknown[];
}

/** The places of the organisations met (`groupOrganisations`), with the site's `organisationPageFrom`. */
export function organisationPlaces(groups: readonly Counted[], pageFrom: number | undefined): OrganisationPlaces {
  const without = new Set(groups.filter((group) => !hasOwnPage(group.entries.length, pageFrom)).map((group) => group.slug));
  const ownPage = (slug: string) => !without.has(slug);
  return {
    pageFrom,
    ownPage,
    href: (lang, slug, part) => organisationHref(lang, slug, ownPage(slug), part),
    hrefOfName: (lang, name) => {
      const slug = organisationSlug(name.trim());
      return organisationHref(lang, slug, ownPage(slug));
    },
  };
}

/** The organisations of one page of two letters, alphabetical. */
export interface PairPage<G> {
  pair: string;
  items: G[];
}

/** The pages of two letters: every organisation without a page of its own, by the first two letters of its slug, in A–Z order. */
export function pairPages<G extends Counted & { name: string }>(groups: readonly G[], pageFrom: number | undefined): Array<PairPage<G>> {
  const byPair = new Map<string, G[]>();
  for (const group of groups) {
    if (hasOwnPage(group.entries.length, pageFrom)) continue;
    const pair = pairOf(group.slug);
    const list = byPair.get(pair);
    if (list) list.push(group);
    else byPair.set(pair, [group]);
  }
  return [...byPair]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pair, items]) => ({ pair, items: items.sort(byName) }));
}
