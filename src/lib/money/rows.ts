/**
 * The rows of the money pages' tables, built from the sums of src/lib/money/by-year.ts, each figure
 * with the trace of the lines it adds up. Labels come from the caller (the page's language). A year is
 * a financial year: its lines are selected by `year` (a calendar year) or `from` and `to` (its first and
 * last day), see `yearFilter`. A side of the books the organisation never records (no income line at all,
 * or no spending line) has no columns, and no balance is made without it.
 */
import type { Count, MoneyYear, Sides } from './by-year.ts';
import { yearFilter } from './financial-year.ts';
import type { Total } from './summary.ts';
import { lines, money, text, trace, traceDifference, type TableCell, type TableColumn, type TableRow } from './table.ts';

type Kind = 'income' | 'spending';
const datasetOf = (kind: Kind) => (kind === 'income' ? 'income' : 'expenditure');

/** Lines and amount per category of one year, with the year's total as footer. */
export function categoryRows(year: MoneyYear, kind: Kind, label: (key: string) => string, totalLabel: string): { rows: TableRow[]; footer: TableRow } {
  const dataset = datasetOf(kind);
  const rows = year[kind].map((total) => ({
    key: total.key,
    label: label(total.key),
    cells: [lines(total.lines, trace(dataset, { ...yearFilter(year.period), category: total.key })), money(total.cents, trace(dataset, { ...yearFilter(year.period), category: total.key }))],
  }));
  const sum = year.totals[kind];
  return { rows, footer: { key: 'total', label: totalLabel, cells: [lines(sum.lines, trace(dataset, yearFilter(year.period))), money(sum.cents, trace(dataset, yearFilter(year.period)))] } };
}

/** Lines and amount per payee (the largest of the year). */
export function payeeRows(year: MoneyYear): TableRow[] {
  return year.payees.map((payee: Total) => ({
    key: payee.key,
    label: payee.key,
    cells: [lines(payee.lines, trace('expenditure', { ...yearFilter(year.period), payee: payee.key })), money(payee.cents, trace('expenditure', { ...yearFilter(year.period), payee: payee.key }))],
  }));
}

const BOTH: Sides = { income: true, spending: true };

/**
 * Income, spending and the balance of a period (a year or a month), traced by `filter`: lines and amount
 * of each side the organisation records, and the balance only when it records both.
 */
export function balanceCells(income: Count, spending: Count, filter: Record<string, string>, sides: Sides = BOTH): TableCell[] {
  const plus = trace('income', filter);
  const minus = trace('expenditure', filter);
  return [
    ...(sides.income ? [lines(income.lines, plus), money(income.cents, plus)] : []),
    ...(sides.spending ? [lines(spending.lines, minus), money(spending.cents, minus)] : []),
    ...(sides.income && sides.spending ? [money(income.cents - spending.cents, traceDifference(plus, minus))] : []),
  ];
}

/** The columns `balanceCells` fills, given their labels: those of the sides recorded, and the balance only with both. */
export function balanceColumns(labels: { incomeLines: string; income: string; spendingLines: string; spending: string; balance: string }, sides: Sides = BOTH): TableColumn[] {
  return [
    ...(sides.income ? [{ label: labels.incomeLines, kind: 'count' as const }, { label: labels.income, kind: 'money' as const, series: true }] : []),
    ...(sides.spending ? [{ label: labels.spendingLines, kind: 'count' as const }, { label: labels.spending, kind: 'money' as const, series: true }] : []),
    ...(sides.income && sides.spending ? [{ label: labels.balance, kind: 'money' as const }] : []),
  ];
}

/** One row per year, oldest first (the order a chart reads from left to right); `label` says what a year covers (the key by default). */
export function yearRows(years: readonly MoneyYear[], href: (year: string) => string, sides: Sides = BOTH, label: (year: MoneyYear) => string = (year) => year.year): TableRow[] {
  return [...years]
    .sort((a, b) => (a.year < b.year ? -1 : 1))
    .map((year) => ({ key: year.year, label: label(year), href: href(year.year), cells: balanceCells(year.totals.income, year.totals.spending, yearFilter(year.period), sides) }));
}

/** One row per month of a year, its first month first, with the year as footer. */
export function monthRows(year: MoneyYear, label: (month: string) => string, totalLabel: string, sides: Sides = BOTH): { rows: TableRow[]; footer: TableRow } {
  return {
    rows: year.months.map((month) => ({ key: month.month, label: label(month.month), cells: balanceCells(month.income, month.spending, { month: month.month }, sides) })),
    footer: { key: 'total', label: totalLabel, cells: balanceCells(year.totals.income, year.totals.spending, yearFilter(year.period), sides) },
  };
}

/**
 * One row per campaign of a year: spent in the year, spent over every year (what the limit is about),
 * how far that is from the limit (when the code of ethics sets one), and what was raised for it in the year;
 * the spending columns only where spending is recorded, the raised column only where income is.
 */
export function campaignRows(year: MoneyYear, limit: number | undefined, against: (cents: number) => string, sides: Sides = BOTH): TableRow[] {
  const filter = yearFilter(year.period);
  return year.campaigns.map((campaign) => ({
    key: campaign.key,
    label: campaign.key,
    cells: [
      ...(sides.spending
        ? [
            lines(campaign.spending.lines, trace('expenditure', { ...filter, campaign: campaign.key })),
            money(campaign.spending.cents, trace('expenditure', { ...filter, campaign: campaign.key })),
            money(campaign.spendingAllYears.cents, trace('expenditure', { campaign: campaign.key })),
            ...(limit === undefined ? [] : [text(against(campaign.spendingAllYears.cents - limit))]),
          ]
        : []),
      ...(sides.income ? [money(campaign.income.cents, trace('income', { ...filter, campaign: campaign.key }))] : []),
    ],
  }));
}

/** Donors named above the threshold, the others together (never named), and the year's donations as footer. */
export function donationRows(year: MoneyYear, labels: { small: string; unnamed: string; total: string }): { rows: TableRow[]; footer: TableRow } {
  const { named, small, unnamed } = year.donations;
  const row = (key: string, label: string, count: { cents: number; lines: number }, filter: Record<string, string>): TableRow => ({
    key,
    label,
    cells: [lines(count.lines, trace('income', { ...yearFilter(year.period), category: 'donation', ...filter })), money(count.cents, trace('income', { ...yearFilter(year.period), category: 'donation', ...filter }))],
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
