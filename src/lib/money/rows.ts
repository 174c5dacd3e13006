/**
 * The rows of the money pages' tables, built from the sums of src/lib/money/by-year.ts, each figure
 * with the trace of the lines it adds up. Labels come from the caller (the page's language).
 */
import type { Count, MoneyYear } from './by-year.ts';
import type { Total } from './summary.ts';
import { lines, money, text, trace, traceDifference, type TableCell, type TableRow } from './table.ts';

type Kind = 'income' | 'spending';
const datasetOf = (kind: Kind) => (kind === 'income' ? 'income' : 'expenditure');

/** Lines and amount per category of one year, with the year's total as footer. */
export function categoryRows(year: MoneyYear, kind: Kind, label: (key: string) => string, totalLabel: string): { rows: TableRow[]; footer: TableRow } {
  const dataset = datasetOf(kind);
  const rows = year[kind].map((total) => ({
    key: total.key,
    label: label(total.key),
    cells: [lines(total.lines, trace(dataset, { year: year.year, category: total.key })), money(total.cents, trace(dataset, { year: year.year, category: total.key }))],
  }));
  const sum = year.totals[kind];
  return { rows, footer: { key: 'total', label: totalLabel, cells: [lines(sum.lines, trace(dataset, { year: year.year })), money(sum.cents, trace(dataset, { year: year.year }))] } };
}

/** Lines and amount per payee (the largest of the year). */
export function payeeRows(year: MoneyYear): TableRow[] {
  return year.payees.map((payee: Total) => ({
    key: payee.key,
    label: payee.key,
    cells: [lines(payee.lines, trace('expenditure', { year: year.year, payee: payee.key })), money(payee.cents, trace('expenditure', { year: year.year, payee: payee.key }))],
  }));
}

/** Income, spending and the balance of a period (a year or a month), traced by `filter`. */
export function balanceCells(income: Count, spending: Count, filter: Record<string, string>): TableCell[] {
  const plus = trace('income', filter);
  const minus = trace('expenditure', filter);
  return [lines(income.lines, plus), money(income.cents, plus), lines(spending.lines, minus), money(spending.cents, minus), money(income.cents - spending.cents, traceDifference(plus, minus))];
}

/** One row per year, oldest first (the order a chart reads from left to right). */
export function yearRows(years: readonly MoneyYear[], href: (year: string) => string): TableRow[] {
  return [...years]
    .sort((a, b) => (a.year < b.year ? -1 : 1))
    .map((year) => ({ key: year.year, label: year.year, href: href(year.year), cells: balanceCells(year.totals.income, year.totals.spending, { year: year.year }) }));
}

/** One row per month of a year, January first, with the year as footer. */
export function monthRows(year: MoneyYear, label: (month: string) => string, totalLabel: string): { rows: TableRow[]; footer: TableRow } {
  return {
    rows: year.months.map((month) => ({ key: month.month, label: label(month.month), cells: balanceCells(month.income, month.spending, { month: month.month }) })),
    footer: { key: 'total', label: totalLabel, cells: balanceCells(year.totals.income, year.totals.spending, { year: year.year }) },
  };
}

/**
 * One row per campaign of a year: spent in the year, spent over every year (what the limit is about),
 * how far that is from the limit (when the code of ethics sets one), and what was raised for it in the year.
 */
export function campaignRows(year: MoneyYear, limit: number | undefined, against: (cents: number) => string): TableRow[] {
  return year.campaigns.map((campaign) => ({
    key: campaign.key,
    label: campaign.key,
    cells: [
      lines(campaign.spending.lines, trace('expenditure', { year: year.year, campaign: campaign.key })),
      money(campaign.spending.cents, trace('expenditure', { year: year.year, campaign: campaign.key })),
      money(campaign.spendingAllYears.cents, trace('expenditure', { campaign: campaign.key })),
      ...(limit === undefined ? [] : [text(against(campaign.spendingAllYears.cents - limit))]),
      money(campaign.income.cents, trace('income', { year: year.year, campaign: campaign.key })),
    ],
  }));
}

/** Donors named above the threshold, the others together (never named), and the year's donations as footer. */
export function donationRows(year: MoneyYear, labels: { small: string; unnamed: string; total: string }): { rows: TableRow[]; footer: TableRow } {
  const { named, small, unnamed } = year.donations;
  const row = (key: string, label: string, count: { cents: number; lines: number }, filter: Record<string, string>, lang?: string): TableRow => ({
    key,
    label,
    lang,
    cells: [lines(count.lines, trace('income', { year: year.year, category: 'donation', ...filter })), money(count.cents, trace('income', { year: year.year, category: 'donation', ...filter }))],
  });
  const rows = named.map((donor) => row(donor.donor, donor.name, donor, { donor: donor.donor }));
  if (small.lines > 0) rows.push(row('small', labels.small, small, { donors: 'small' }));
  if (unnamed.lines > 0) rows.push(row('unnamed', labels.unnamed, unnamed, { donors: 'unnamed' }));
  const all = { cents: 0, lines: 0 };
  for (const count of [...named, small, unnamed]) {
    all.cents += count.cents;
    all.lines += count.lines;
  }
  return { rows, footer: row('total', labels.total, all, {}) };
}
