/**
 * Where every published record can be seen: the one rule for the address of a record, used by the
 * signals' evidence, the totals that lead to their lines, and the pages that show the records (which
 * put the anchors these addresses name). An address is a page under `/<lang>/` and, where the page
 * shows several records, the anchor of the record's row.
 *
 * | record | address |
 * |---|---|
 * | income or expenditure line | `money/<year>/<income\|spending>/<category>/[<page>/]#<id>`: the (financial) year's lines of its category (`<year>`: `2025`, or `2025-26` where the year starts in another month than January), in pages of `LINES_PAGE_SIZE` (src/lib/records/lines.ts says which page); a line a list of the largest lines leaves out: `sql/?q=<the query of that line>` |
 * | donations of a donor class | `money/<year>/income/donation/[<page>/]#donor-<ref>`, `#donors-small`, `#donors-unnamed`: the page where the section starts |
 * | agenda entry | `agenda/<YYYY-MM>/[<page>/]#<id>` (src/lib/agenda/pages.ts says which page) |
 * | gift | `gifts/<YYYY>/#<id>` |
 * | remuneration of a month | `remuneration/<official>/#pay-<YYYY-MM>` |
 * | mandate | `officials/<official>/#mandate-<post>-<start>` |
 * | side positions of a declaration | `declarations/<YYYY>/[<page>/]#<official>-positions` (src/lib/interests/declaration-pages.ts says which page) |
 * | complaint count | `complaints/#complaints-<period>-<outcome>` |
 * | official | `officials/<official>/` |
 *
 * Why pages of lines rather than a page per record: a large organisation has a million spending lines,
 * and a page per line (in three languages) would be most of the site; a list of a year's category, paged,
 * shows a record among its neighbours, is the list a total leads to, and reads without JavaScript.
 * Lines are listed in date order, so a line keeps its page as later lines are added.
 *
 * Pure: no Astro, no DOM, no Node.
 */
import { lineSql } from '../datasets/sql-examples.ts';
import { declarationPath } from '../interests/declaration-pages.ts';

/** An address on the portal, without its language: the page after `/<lang>/` (ending in `/`) and the anchor of the record, if any. */
export interface Address {
  path: string;
  /** What a page's filter script reads (`section=donors-small`); the page shows the record without it. */
  query?: string | undefined;
  anchor?: string | undefined;
}

/** The link to an address in one language: `/en/gifts/2025/#g-2025-007`. */
export function hrefOf(lang: string, address: Address): string {
  return `/${lang}/${address.path}${address.query ? `?${address.query}` : ''}${address.anchor ? `#${address.anchor}` : ''}`;
}

// --- Money lines ------------------------------------------------------------------------------------

/** The two sides of the money pages: `income` lines and `spending` (expenditure) lines. */
export type Flow = 'income' | 'spending';
export type LineDataset = 'income' | 'expenditure';

export const flowOf = (dataset: LineDataset): Flow => (dataset === 'income' ? 'income' : 'spending');
export const datasetOfFlow = (flow: Flow): LineDataset => (flow === 'income' ? 'income' : 'expenditure');

/** At most this many lines on one page of a list of lines. */
export const LINES_PAGE_SIZE = 250;

/** Which list, and which page of it, shows a line (or starts a section). */
export interface LinePlace {
  year: string;
  flow: Flow;
  /** The category of the lines listed. */
  part: string;
  /** From 1. */
  page: number;
}

/** The page of a list of lines: `money/2025/spending/office/`, `money/2025/spending/office/2/`. */
export function linesPath(place: Omit<LinePlace, 'page'> & { page?: number }): string {
  const page = place.page ?? 1;
  return `money/${place.year}/${place.flow}/${place.part}/${page > 1 ? `${page}/` : ''}`;
}

/** Whether a page (its path after `/<lang>/`) is a page of a list of lines: such pages are left out of search. */
export const isLinesPath = (path: string): boolean => /^money\/\d{4}(?:-\d{2})?\/(?:income|spending)\//.test(path);

/** A line's row on its list: `money/2025/spending/office/2/#e-2025-0000312`. */
export const lineAddress = (place: LinePlace, id: string): Address => ({ path: linesPath(place), anchor: id });

/** A line that no list shows (a list of the largest lines leaves it out): the SQL page, running the query that gives it. */
export const lineQueryAddress = (dataset: LineDataset, id: string, date: string): Address => sqlAddress(lineSql(dataset, id, date));

/** The SQL page running a query: `sql/?q=SELECT…`. */
export const sqlAddress = (sql: string): Address => ({ path: 'sql/', query: `q=${encodeURIComponent(sql)}` });

/** The first page of a list of lines (what a total leads to). */
export const linesAddress = (year: string, flow: Flow, part: string): Address => ({ path: linesPath({ year, flow, part }) });

/** The anchor of a donor section of the donations list: a named donor, or the donors counted together. */
export function donorSectionAnchor(section: { donor?: string | undefined; donors?: 'small' | 'unnamed' | undefined }): string {
  return section.donors ? `donors-${section.donors}` : `donor-${section.donor ?? ''}`;
}

/** Where a donor section begins (`place`: the donations list and the page it begins on), filtered to it where scripts run. */
export const donorSectionAddress = (place: LinePlace, anchor: string): Address => ({ path: linesPath(place), query: `section=${anchor}`, anchor });

// --- Other records ----------------------------------------------------------------------------------

/** An agenda entry on the month page that shows it (`monthPage`: `2025-03/` or `2025-03/2/`, from agendaPagePaths). */
export const agendaAddress = (monthPage: string, id: string): Address => ({ path: `agenda/${monthPage}`, anchor: id });

export const giftAddress = (gift: { id: string; date: string }): Address => ({ path: `gifts/${gift.date.slice(0, 4)}/`, anchor: gift.id });

export const payAnchor = (month: string): string => `pay-${month}`;
export const payAddress = (official: string, month: string): Address => ({ path: `remuneration/${official}/`, anchor: payAnchor(month) });

/** A mandate's anchor on the official's page, by its post and key (`mandateKey`: its start, or `unknown-<n>`). */
export const mandateAnchor = (post: string, start: string): string => `mandate-${post}-${start}`;
export const mandateAddress = (official: string, post: string, start: string): Address => ({ path: `officials/${official}/`, anchor: mandateAnchor(post, start) });

/** The side positions of an official's declaration of a year (`pages`: declarationPages, which page of the year shows it). */
export const sidePositionsAddress = (pages: ReadonlyMap<string, number>, official: string, year: string | number): Address => ({ path: declarationPath(pages, official, year), anchor: `${official}-positions` });

/** An official's declaration of a year, on the page of its year that shows it. */
export const declarationAddress = (pages: ReadonlyMap<string, number>, official: string, year: string | number): Address => ({ path: declarationPath(pages, official, year), anchor: official });

export const complaintAnchor = (period: string, outcome: string): string => `complaints-${period}-${outcome}`;
export const complaintAddress = (period: string, outcome: string): Address => ({ path: 'complaints/', anchor: complaintAnchor(period, outcome) });

export const officialAddress = (official: string, section?: string): Address => ({ path: `officials/${official}/`, anchor: section });
