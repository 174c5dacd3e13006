/**
 * Officials' monthly remuneration against the organisation's pay cap, to the cent: per month (net
 * salary, expenses and attendance fees, their total and how far it is from the cap), per year and
 * per official over every month recorded. The cap is on the three together, as the pay-cap rule reads it;
 * an organisation that sets no cap gets the same figures with no distance to one.
 */
import type { Remuneration } from '../../schemas/remuneration.ts';
import { groupBy } from '../loading/group.ts';

export interface PayMonth {
  month: string;
  net: number;
  expenses: number;
  fees: number;
  total: number;
  /** Cents above the cap (positive) or under it (negative); undefined when no cap is set. */
  againstCap: number | undefined;
  /** The month's page in the public register it was published in, where it has one. */
  sourceUrl?: string | undefined;
}

export interface PayTotals {
  months: number;
  net: number;
  expenses: number;
  fees: number;
  total: number;
}

export interface PaySummary extends PayTotals {
  official: string;
  first: string;
  last: string;
  /** The month with the highest total (the earliest of equal ones). */
  highest: PayMonth;
  /** Months whose total is above the cap; undefined when no cap is set. */
  overCap: number | undefined;
}

/** What an official was paid in a month, as the pay cap counts it: net salary, expenses and attendance fees together. */
export const payTotal = (row: Pick<Remuneration, 'netSalary' | 'expenses' | 'attendanceFees'>): number => row.netSalary + row.expenses + row.attendanceFees;

/** Months oldest first, each against the cap. */
export function payMonths(rows: readonly Remuneration[], cap: number | undefined): PayMonth[] {
  return [...rows]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((row) => ({ month: row.month, net: row.netSalary, expenses: row.expenses, fees: row.attendanceFees, total: payTotal(row), againstCap: cap === undefined ? undefined : payTotal(row) - cap, ...(row.sourceUrl ? { sourceUrl: row.sourceUrl } : {}) }));
}

export function payTotals(months: readonly PayMonth[]): PayTotals {
  const totals = { months: 0, net: 0, expenses: 0, fees: 0, total: 0 };
  for (const month of months) {
    totals.months += 1;
    totals.net += month.net;
    totals.expenses += month.expenses;
    totals.fees += month.fees;
    totals.total += month.total;
  }
  return totals;
}

/** Totals per calendar year, oldest first. */
export function payByYear(months: readonly PayMonth[]): Array<PayTotals & { year: string }> {
  return [...groupBy(months, (month) => month.month.slice(0, 4))].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, list]) => ({ year, ...payTotals(list) }));
}

/** One line per official with remuneration recorded, in the order of `order` (e.g. by sort name). */
export function paySummaries(rows: readonly Remuneration[], cap: number | undefined, order: readonly string[]): PaySummary[] {
  const byOfficial = groupBy(rows, (row) => row.official);
  const rank = new Map(order.map((id, index) => [id, index]));
  return [...byOfficial]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : 1))
    .map(([official, list]) => {
      const months = payMonths(list, cap);
      const highest = months.reduce((best, month) => (month.total > best.total ? month : best), months[0] as PayMonth);
      return { official, ...payTotals(months), first: months[0]?.month ?? '', last: months.at(-1)?.month ?? '', highest, overCap: cap === undefined ? undefined : months.filter((month) => (month.againstCap ?? 0) > 0).length };
    });
}
