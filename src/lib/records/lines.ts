/**
 * The organisation's income and expenditure lines as lists a reader can page through: one list per
 * financial year (src/lib/money/financial-year.ts; the calendar year unless the organisation says otherwise)
 * and category (the lines behind each figure of "income by source" and "spending by category"), in date
 * order, in pages of at most `LINES_PAGE_SIZE` lines. The donations of a year are listed by donor, in the
 * sections the money pages sum them in: each named donor (yearly total above the publication threshold,
 * with a name), then the donors at or under the threshold together, then those above it without a name;
 * a donor's lines in date order. Everything that links to a line asks this module on which page it is.
 *
 * A list in date order of more than `LINES_PAGED_UP_TO` lines (a year's office costs of a large
 * organisation: up to thirty thousand lines, 120 pages in each language) is not paged: its one page shows its
 * `LINES_PAGE_SIZE` largest lines, says how many it leaves out, and leads to every line in the dataset of
 * the year and on the SQL page (`listed: 'largest'`); a line it leaves out is read there too
 * (`placeIn` gives no page). At benchmark size L, 60 of 94 lists of spending (963,694 of 988,854 lines). The donations are always
 * paged: the money pages lead to each donor's section.
 *
 * Pure: no Astro, no DOM, no Node.
 */
import type { Expenditure } from '../../schemas/expenditure.ts';
import type { Income } from '../../schemas/income.ts';
import { financialYearKey } from '../money/financial-year.ts';
import { totalsBy } from '../money/summary.ts';
import { LINES_PAGE_SIZE, donorSectionAnchor, flowOf, type Flow, type LineDataset, type LinePlace } from './addresses.ts';

/** A money line as its list shows it. */
export interface ListedLine {
  id: string;
  date: string;
  /** Cents; negative for a refund. */
  amount: number;
  description: string;
  payee?: string | undefined;
  donor?: string | undefined;
  /** Only for a named donor: a donor at or under the threshold is never named. */
  donorName?: string | undefined;
  campaign?: string | undefined;
  official?: string | undefined;
  refund?: boolean | undefined;
  /** Its page in the public register it was published in, where it has one. */
  sourceUrl?: string | undefined;
  /** The file and line it comes from, relative to the organisation's folder: `data/expenditure/2025.csv:233`. */
  source: string;
  /** The anchor of its donor section (donations only). */
  section?: string | undefined;
}

export type DonorClass = 'named' | 'small' | 'unnamed';

/** A donor section of the donations list, with what it adds up and the page it starts on. */
export interface LineSection {
  /** Its anchor: `donor-d-0001`, `donors-small`, `donors-unnamed`. */
  anchor: string;
  donorClass: DonorClass;
  donor?: string | undefined;
  name?: string | undefined;
  /** How many donors it holds. */
  donors: number;
  cents: number;
  lines: number;
  firstPage: number;
}

/** One list of lines: a (financial) year's lines of one category. */
export interface LineList {
  dataset: LineDataset;
  flow: Flow;
  /** The financial year's key: `2025`, or `2025-26`. */
  year: string;
  /** The category. */
  part: string;
  cents: number;
  lines: number;
  pages: number;
  /** Donor sections, in their order (the donations list only). */
  sections: LineSection[];
  /** The page on which each month's first line is (lists in date order only). */
  months: Array<{ month: string; page: number }>;
  /** `all`: every line, on its pages in order; `largest`: one page of the largest lines (the list is longer than `LINES_PAGED_UP_TO`). */
  listed: 'all' | 'largest';
}

/** A record as loading gives it: its data and where it was read. */
export interface SourcedLine<T> {
  data: T;
  /** Relative to the organisation's folder. */
  source: string;
}

const byDate = (a: ListedLine, b: ListedLine) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function expenditureLine({ data, source }: SourcedLine<Expenditure>): ListedLine {
  return { id: data.id, date: data.date, amount: data.amount, description: data.description, payee: data.payee, campaign: data.campaign, official: data.official, refund: data.refund, sourceUrl: data.sourceUrl, source };
}

function incomeLine({ data, source }: SourcedLine<Income>): ListedLine {
  return { id: data.id, date: data.date, amount: data.amount, description: data.description, donor: data.donor, campaign: data.campaign, refund: data.refund, sourceUrl: data.sourceUrl, source };
}

/**
 * The donor class of each donor of one year's donations, as the money pages count them: named above the
 * threshold when a line gives a name, else together with the small (at or under) or unnamed (above) donors.
 */
export function donorClasses(donations: readonly Income[], threshold: number): Array<{ donor: string; donorClass: DonorClass; name?: string | undefined; cents: number; lines: number }> {
  const names = new Map(donations.filter((line) => line.donorName).map((line) => [line.donor, line.donorName as string]));
  return totalsBy(donations, (line) => line.donor ?? '', (line) => line.amount).map((total) => {
    const name = names.get(total.key);
    const donorClass: DonorClass = total.cents > threshold ? (name ? 'named' : 'unnamed') : 'small';
    return { donor: total.key, donorClass, name: donorClass === 'named' ? name : undefined, cents: total.cents, lines: total.lines };
  });
}

/** A list in date order of more lines than this (twenty pages) shows its largest lines on one page instead of every line in pages. */
export const LINES_PAGED_UP_TO = 5_000;

const pageOf = (position: number) => Math.floor(position / LINES_PAGE_SIZE) + 1;

/** Largest amount first (a refund by its size), then by date and id. */
const bySize = (a: ListedLine, b: ListedLine) => Math.abs(b.amount) - Math.abs(a.amount) || byDate(a, b);

function listOf(dataset: LineDataset, year: string, part: string, lines: ListedLine[], sections: LineSection[], pagedUpTo: number): LineList {
  let cents = 0;
  for (const line of lines) cents += line.amount;
  if (sections.length === 0 && lines.length > pagedUpTo) {
    return { dataset, flow: flowOf(dataset), year, part, cents, lines: lines.length, pages: 1, sections, months: [], listed: 'largest' };
  }
  const months: LineList['months'] = [];
  if (sections.length === 0) {
    lines.forEach((line, position) => {
      const month = line.date.slice(0, 7);
      if (months.at(-1)?.month !== month) months.push({ month, page: pageOf(position) });
    });
  }
  return { dataset, flow: flowOf(dataset), year, part, cents, lines: lines.length, pages: Math.max(1, Math.ceil(lines.length / LINES_PAGE_SIZE)), sections, months, listed: 'all' };
}

/** A year's donations in their sections, and the sections. */
function donationList(lines: ListedLine[], records: readonly Income[], threshold: number): { lines: ListedLine[]; sections: LineSection[] } {
  const classes = donorClasses(records, threshold);
  const order: DonorClass[] = ['named', 'small', 'unnamed'];
  const sectionOf = new Map<string, string>();
  const sections: LineSection[] = [];
  for (const donorClass of order) {
    const members = classes.filter((entry) => entry.donorClass === donorClass);
    if (members.length === 0) continue;
    if (donorClass === 'named') {
      for (const member of members) {
        const anchor = donorSectionAnchor({ donor: member.donor });
        sectionOf.set(member.donor, anchor);
        sections.push({ anchor, donorClass, donor: member.donor, name: member.name, donors: 1, cents: member.cents, lines: member.lines, firstPage: 1 });
      }
    } else {
      const anchor = donorSectionAnchor({ donors: donorClass });
      for (const member of members) sectionOf.set(member.donor, anchor);
      sections.push({ anchor, donorClass, donors: members.length, cents: members.reduce((sum, m) => sum + m.cents, 0), lines: members.reduce((sum, m) => sum + m.lines, 0), firstPage: 1 });
    }
  }
  const rank = new Map(sections.map((section, index) => [section.anchor, index]));
  const names = new Map(classes.filter((entry) => entry.name).map((entry) => [entry.donor, entry.name]));
  for (const line of lines) {
    line.section = sectionOf.get(line.donor ?? '');
    line.donorName = names.get(line.donor ?? '');
  }
  lines.sort((a, b) => (rank.get(a.section ?? '') ?? 0) - (rank.get(b.section ?? '') ?? 0) || byDate(a, b));
  let seen = '';
  lines.forEach((line, position) => {
    if (line.section === seen) return;
    seen = line.section ?? '';
    const section = sections[rank.get(seen) ?? -1];
    if (section) section.firstPage = pageOf(position);
  });
  return { lines, sections };
}

/**
 * Every list of lines, newest year first, then by category, each with its lines in the order it shows
 * them. `threshold` is the donation publication threshold, in cents; `firstMonth` the month the financial
 * year starts in (1: the calendar year); `pagedUpTo` how long a list in date order may be and still be paged
 * (a longer one's lines are given largest first, and its page shows the first `LINES_PAGE_SIZE`).
 */
export function lineLists(
  income: ReadonlyArray<SourcedLine<Income>>,
  expenditure: ReadonlyArray<SourcedLine<Expenditure>>,
  threshold: number,
  firstMonth = 1,
  pagedUpTo = LINES_PAGED_UP_TO,
): Array<{ list: LineList; lines: ListedLine[] }> {
  const groups = new Map<string, { dataset: LineDataset; year: string; part: string; lines: ListedLine[]; records: Income[] }>();
  const add = (dataset: LineDataset, date: string, part: string, line: ListedLine, record?: Income) => {
    const year = financialYearKey(date, firstMonth);
    const key = `${year} ${dataset} ${part}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { dataset, year, part, lines: [], records: [] }));
    group.lines.push(line);
    if (record) group.records.push(record);
  };
  for (const line of income) add('income', line.data.date, line.data.category, incomeLine(line), line.data.category === 'donation' ? line.data : undefined);
  for (const line of expenditure) add('expenditure', line.data.date, line.data.category, expenditureLine(line));
  return [...groups.values()]
    .sort((a, b) => (a.year < b.year ? 1 : a.year > b.year ? -1 : a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : a.part < b.part ? -1 : 1))
    .map((group) => {
      if (group.dataset === 'income' && group.part === 'donation') {
        const { lines, sections } = donationList(group.lines, group.records, threshold);
        return { list: listOf(group.dataset, group.year, group.part, lines, sections, pagedUpTo), lines };
      }
      const list = listOf(group.dataset, group.year, group.part, group.lines, [], pagedUpTo);
      group.lines.sort(list.listed === 'all' ? byDate : bySize);
      return { list, lines: group.lines };
    });
}

/** Where a list shows the line at `position` (from 0) in its order; undefined for a line of a list of the largest lines that is not among them. */
export function placeIn(list: Pick<LineList, 'year' | 'flow' | 'part' | 'listed'>, position: number): LinePlace | undefined {
  if (list.listed === 'largest' && position >= LINES_PAGE_SIZE) return undefined;
  return { year: list.year, flow: list.flow, part: list.part, page: pageOf(position) };
}
