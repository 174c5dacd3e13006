/**
 * From a total to its lines: the rows of the money pages' tables (src/lib/money/rows.ts) given the
 * address of the lines they add up (src/lib/records/addresses.ts). A source of income or a category of
 * spending in a year leads to its list of lines; a donor, or the donors counted together, to the page of
 * the donations list where their section begins, filtered to it where scripts run.
 */
import type { TableRow } from '../money/table.ts';
import { donorSectionAddress, donorSectionAnchor, hrefOf, linesAddress, type Flow } from './addresses.ts';
import type { LineList } from './lines.ts';

/** The list of a year's lines of one category, if it has any. */
export function findList(lists: readonly LineList[], year: string, flow: Flow, part: string): LineList | undefined {
  return lists.find((list) => list.year === year && list.flow === flow && list.part === part);
}

/** Category rows (keyed by category) with the link to their lines. */
export function linkCategories(rows: readonly TableRow[], lists: readonly LineList[], year: string, flow: Flow, lang: string): TableRow[] {
  return rows.map((row) => (findList(lists, year, flow, row.key) ? { ...row, href: hrefOf(lang, linesAddress(year, flow, row.key)) } : row));
}

/** Donation rows (keyed by donor, `small` or `unnamed`, as donationRows makes them) with the link to their section. */
export function linkDonors(rows: readonly TableRow[], lists: readonly LineList[], year: string, lang: string): TableRow[] {
  const list = findList(lists, year, 'income', 'donation');
  return rows.map((row) => {
    const anchor = row.key === 'small' || row.key === 'unnamed' ? donorSectionAnchor({ donors: row.key }) : donorSectionAnchor({ donor: row.key });
    const section = list?.sections.find((candidate) => candidate.anchor === anchor);
    return section ? { ...row, href: hrefOf(lang, donorSectionAddress({ year, flow: 'income', part: 'donation', page: section.firstPage }, anchor)) } : row;
  });
}
