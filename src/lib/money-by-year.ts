/**
 * The organisation's money summed per year, to the cent: income by source, spending by category,
 * the largest payees and the donations (donors above the publication threshold named, the rest
 * together). Pages show these sums; the lines they add up are in the income and expenditure datasets.
 */
import type { Expenditure } from '../schemas/expenditure.ts';
import type { Income } from '../schemas/income.ts';
import { groupBy } from './group.ts';
import { donationsOf, totalsBy, type DonationSummary, type Total } from './money-summary.ts';

export interface MoneyYear {
  year: string;
  income: Total[];
  spending: Total[];
  payees: Total[];
  donations: DonationSummary;
}

export function moneyByYear(income: readonly Income[], expenditure: readonly Expenditure[], publicationThreshold: number, topPayees = 10): MoneyYear[] {
  const incomeByYear = groupBy(income, (line) => line.date.slice(0, 4));
  const spendingByYear = groupBy(expenditure, (line) => line.date.slice(0, 4));
  const years = [...new Set([...incomeByYear.keys(), ...spendingByYear.keys()])].sort().reverse();
  return years.map((year) => {
    const yearIncome = incomeByYear.get(year) ?? [];
    const yearSpending = spendingByYear.get(year) ?? [];
    return {
      year,
      income: totalsBy(yearIncome, (line) => line.category, (line) => line.amount),
      spending: totalsBy(yearSpending, (line) => line.category, (line) => line.amount),
      payees: totalsBy(yearSpending, (line) => line.payee, (line) => line.amount).slice(0, topPayees),
      donations: donationsOf(yearIncome, publicationThreshold),
    };
  });
}
