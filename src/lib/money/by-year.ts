/**
 * The organisation's money summed per financial year (src/lib/money/financial-year.ts: the calendar
 * year unless `financialYearStart` says otherwise), to the cent: income by source, spending by category,
 * month by month, per campaign (against the campaign spending limit, which counts every year), the
 * largest payees and the donations (donors above the publication threshold named, the rest together).
 * Pages show these sums; the lines they add up are in the income and expenditure datasets.
 */
import type { Expenditure } from '../../schemas/expenditure.ts';
import type { Income } from '../../schemas/income.ts';
import { groupBy } from '../loading/group.ts';
import { financialYearKey, financialYearOf, financialYearOfKey, type FinancialYear } from './financial-year.ts';
import { donationsOf, totalsBy, type DonationSummary, type Total } from './summary.ts';

/** A sum in cents and the number of lines it adds up. */
export interface Count {
  cents: number;
  lines: number;
}

export interface MonthTotal {
  /** `YYYY-MM` */
  month: string;
  income: Count;
  spending: Count;
}

export interface CampaignTotal {
  /** The campaign's id in the data. */
  key: string;
  /** Spent on it in this year. */
  spending: Count;
  /** Received for it in this year. */
  income: Count;
  /** Spent on it in every year: what the campaign spending limit is about. */
  spendingAllYears: Count;
  /** The years with spending or income for it, oldest first. */
  years: string[];
}

export interface MoneyYear {
  /** The financial year's key: `2025`, or `2025-26` for a year from April 2025 to March 2026. */
  year: string;
  /** Its first and last day and its months. */
  period: FinancialYear;
  totals: { income: Count; spending: Count };
  income: Total[];
  spending: Total[];
  /** Every month from the year's first month to the last month with a line, months without lines at zero. */
  months: MonthTotal[];
  /** Campaigns with spending or income in this year, most spent (over every year) first. */
  campaigns: CampaignTotal[];
  /** The largest payees of the year. */
  payees: Total[];
  /** How many different payees the year has. */
  payeeCount: number;
  donations: DonationSummary;
}

const zero = (): Count => ({ cents: 0, lines: 0 });
const add = (count: Count, cents: number) => {
  count.cents += cents;
  count.lines += 1;
};
const countOf = (lines: ReadonlyArray<{ amount: number }>): Count => {
  const count = zero();
  for (const line of lines) add(count, line.amount);
  return count;
};

/** Each month of a (financial) year from its first month up to the last month that has a line. */
export function monthsOf(year: string | FinancialYear, income: readonly Income[], expenditure: readonly Expenditure[]): MonthTotal[] {
  const period = typeof year === 'string' ? financialYearOfKey(year) : year;
  if (!period) return [];
  const months = new Map<string, MonthTotal>();
  let last = -1;
  for (const line of [...income, ...expenditure]) last = Math.max(last, period.months.indexOf(line.date.slice(0, 7)));
  for (const key of period.months.slice(0, last + 1)) months.set(key, { month: key, income: zero(), spending: zero() });
  for (const line of income) {
    const month = months.get(line.date.slice(0, 7));
    if (month) add(month.income, line.amount);
  }
  for (const line of expenditure) {
    const month = months.get(line.date.slice(0, 7));
    if (month) add(month.spending, line.amount);
  }
  return [...months.values()];
}

/** Every campaign with its spending and income per (financial) year and its spending over every year. */
export function campaignsOf(income: readonly Income[], expenditure: readonly Expenditure[], firstMonth = 1): Map<string, { all: Count; byYear: Map<string, { income: Count; spending: Count }> }> {
  const campaigns = new Map<string, { all: Count; byYear: Map<string, { income: Count; spending: Count }> }>();
  const yearOf = (key: string, year: string) => {
    let campaign = campaigns.get(key);
    if (!campaign) campaigns.set(key, (campaign = { all: zero(), byYear: new Map() }));
    let slot = campaign.byYear.get(year);
    if (!slot) campaign.byYear.set(year, (slot = { income: zero(), spending: zero() }));
    return { campaign, slot };
  };
  for (const line of expenditure) {
    if (!line.campaign) continue;
    const { campaign, slot } = yearOf(line.campaign, financialYearKey(line.date, firstMonth));
    add(slot.spending, line.amount);
    add(campaign.all, line.amount);
  }
  for (const line of income) {
    if (!line.campaign) continue;
    add(yearOf(line.campaign, financialYearKey(line.date, firstMonth)).slot.income, line.amount);
  }
  return campaigns;
}

/**
 * The money of each financial year with lines, newest first. `firstMonth` is the month the financial
 * year starts in (`financialYearStart`; 1, the calendar year, by default); donors are named by their
 * total over the financial year, as the pages count them.
 */
export function moneyByYear(income: readonly Income[], expenditure: readonly Expenditure[], publicationThreshold: number, topPayees = 10, firstMonth = 1): MoneyYear[] {
  const incomeByYear = groupBy(income, (line) => financialYearKey(line.date, firstMonth));
  const spendingByYear = groupBy(expenditure, (line) => financialYearKey(line.date, firstMonth));
  const campaigns = campaignsOf(income, expenditure, firstMonth);
  const years = [...new Set([...incomeByYear.keys(), ...spendingByYear.keys()])].sort().reverse();
  return years.map((year) => {
    const yearIncome = incomeByYear.get(year) ?? [];
    const yearSpending = spendingByYear.get(year) ?? [];
    const period = financialYearOf((yearIncome[0] ?? yearSpending[0])?.date ?? `${year.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}`, firstMonth);
    const payees = totalsBy(yearSpending, (line) => line.payee, (line) => line.amount);
    const yearCampaigns: CampaignTotal[] = [];
    for (const [key, campaign] of campaigns) {
      const slot = campaign.byYear.get(year);
      if (!slot) continue;
      yearCampaigns.push({ key, spending: slot.spending, income: slot.income, spendingAllYears: campaign.all, years: [...campaign.byYear.keys()].sort() });
    }
    yearCampaigns.sort((a, b) => b.spendingAllYears.cents - a.spendingAllYears.cents || b.income.cents - a.income.cents || (a.key < b.key ? -1 : 1));
    return {
      year,
      period,
      totals: { income: countOf(yearIncome), spending: countOf(yearSpending) },
      income: totalsBy(yearIncome, (line) => line.category, (line) => line.amount),
      spending: totalsBy(yearSpending, (line) => line.category, (line) => line.amount),
      months: monthsOf(period, yearIncome, yearSpending),
      campaigns: yearCampaigns,
      payees: payees.slice(0, topPayees),
      payeeCount: payees.length,
      donations: donationsOf(yearIncome, publicationThreshold),
    };
  });
}

/** Which sides of the books the organisation records at all: a side without a single line is not published, and no balance is made with it. */
export interface Sides {
  income: boolean;
  spending: boolean;
}

/** The sides with at least one line in some year. */
export function sidesOf(years: readonly MoneyYear[]): Sides {
  return { income: years.some((year) => year.totals.income.lines > 0), spending: years.some((year) => year.totals.spending.lines > 0) };
}
