/**
 * Tables of figures for the money pages, and the trace each figure carries: which published lines it
 * adds up. A trace is a dataset with filters, written like a query string, e.g.
 * `expenditure?year=2025&category=travel`; a difference is two traces, the second after ` -`
 * (`income?year=2025 -expenditure?year=2025`). Pages put it in `data-sum` (amounts) and `data-count`
 * (numbers of lines), so anyone can check a figure against the datasets, and the tests do.
 *
 * Filters: `year` and `month` (on `date`, or `month` for remuneration), `from` and `to` (the first and
 * last day of a financial year that does not start in January, both included: `income?from=2025-04-01&to=2026-03-31`),
 * `category`, `payee`, `campaign`, `donor`, `official`, `outcome` (`none` for no outcome), `id`;
 * `donors=small` (donation lines of donors whose total over the trace's year, or from–to, is at or under
 * the publication threshold) or `donors=unnamed` (above it, without a name); `field` says which amount is added up (`value` for gifts, `netSalary`,
 * `expenses`, `attendanceFees` or `total` for remuneration; `amount` when not given). For declarations,
 * `part` is the list whose amounts are added up: `income` (sources with an exact amount),
 * `sidePositions` (paid positions) or `capitalGains`, of one `official` and `year`.
 */

import type { KindName } from '../../schemas/kinds.ts';
import type { Lang } from '../../schemas/fields.ts';
import { exactLines, type StatedSum } from './stated-value.ts';

export type TraceDataset = 'income' | 'expenditure' | 'gifts' | 'remuneration' | 'declarations';

/** The trace of a figure: a dataset and the filters that select its lines. Empty filters are left out. */
export function trace(dataset: TraceDataset, filters: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${dataset}?${text}` : dataset;
}

/** The trace of a difference, e.g. a balance: income minus spending. */
export function traceDifference(plus: string, minus: string): string {
  return `${plus} -${minus}`;
}

/** A column of a figure table. Columns marked `series` are the ones a chart draws. */
export interface TableColumn {
  label: string;
  kind: 'money' | 'count' | 'text';
  series?: boolean;
}

/**
 * A cell: an amount in cents or a count with its trace, a text (with its language where it is the data's,
 * not the page's), or the row's record's link to its page in a public register (`of`: the rest of the
 * link's accessible name, the kind's `…sourceOf` message; no link when the record has none).
 */
export type TableCell = { value: number; trace?: string | undefined } | { text: string; lang?: Lang | undefined } | { source: { href: string; of: string } | undefined };

export interface TableRow {
  /** What the row is about, in the data (a category id, a month, a payee's name). */
  key: string;
  /** The row's heading as readers see it. */
  label: string;
  href?: string | undefined;
  /** The row's anchor (`id`), where a record's address names it (src/lib/records/addresses.ts). */
  anchor?: string | undefined;
  /** The language of the label, when it is not the page's (names of organisations are not translated). */
  lang?: Lang | undefined;
  /** The label is text in `lang` (a description, not a name): shown with a visible mark of its language where that is not the page's. */
  marked?: boolean | undefined;
  /** The record the row shows, for its "changed" mark where it was changed after its first publication. */
  record?: { kind: KindName; id: string } | undefined;
  cells: TableCell[];
}

/** A link to the dataset a table's figures come from. */
export interface TableSource {
  href: string;
  label: string;
}

export const money = (cents: number, traced?: string): TableCell => ({ value: cents, trace: traced });
/** A cell with a record's "source" link (src/lib/records/source-link.ts), or empty without an address. */
export const sourceLink = (href: string | undefined, of: () => string): TableCell => ({ source: href ? { href, of: of() } : undefined });
export const lines = (count: number, traced?: string): TableCell => ({ value: count, trace: traced });
/** A text cell; `lang` is the language the text is written in when it comes from the data (plain text: the site's default language), so that a page in another language marks it. */
export const text = (value: string, lang?: Lang): TableCell => (lang ? { text: value, lang } : { text: value });

/** The columns of sums of stated values: how many, their exact sum, and, where some are not exact, how many it leaves out. */
export function statedSumColumns(labels: { count: string; value: string; notInSum: string }, inexact: boolean): TableColumn[] {
  return [{ label: labels.count, kind: 'count' }, { label: labels.value, kind: 'money' }, ...(inexact ? [{ label: labels.notInSum, kind: 'count' as const }] : [])];
}

/**
 * The cells of a sum of stated values (gifts, trips): how many, the sum of the exact values (a dash when
 * none is exact, never 0.00), and, in a table where some values are not exact, how many the sum leaves out.
 */
export function statedSumCells(count: StatedSum, inexact: boolean, lang: Lang, traces: { lines?: string; value?: string } = {}): TableCell[] {
  return [lines(count.lines, traces.lines), exactLines(count) === 0 ? text('—', lang) : money(count.cents, traces.value), ...(inexact ? [lines(count.unknown + count.ranged)] : [])];
}

/** What a table of figures is given (src/components/MoneyTable.astro; ChartFigure draws a chart from it too). */
export interface MoneyTableProps {
  id: string;
  /** The table's name: its caption, or (with `labelledby`) the text of the heading that names it. */
  caption: string;
  /** The id of the heading above that already says what `caption` says: the table is named by it, without a caption repeating it. */
  labelledby?: string | undefined;
  /** Header of the first column, the rows' headings. */
  rowHeader: string;
  columns: TableColumn[];
  rows: TableRow[];
  footer?: TableRow | undefined;
  sources?: TableSource[] | undefined;
  lang: Lang;
  currency: string;
  /**
   * On a phone (global.css, `table.stack`): `stack` shows each row as a block of label–value lines, `table`
   * keeps the table. By default a table of headings and one column of figures stays a table (it fits in
   * 360 px); one with more columns stacks (a name, a count and an amount do not fit side by side in Dutch).
   */
  layout?: 'stack' | 'table' | undefined;
}
