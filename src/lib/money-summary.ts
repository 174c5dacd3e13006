/** Sums of the organisation's money per year, to the cent, with the lines each sum comes from counted. */
import type { Expenditure } from '../schemas/expenditure.ts';
import type { Income } from '../schemas/income.ts';

export interface Total {
  key: string;
  cents: number;
  lines: number;
}

/** Totals per key, largest first (ties by key, so the order is stable). */
export function totalsBy<T>(records: Iterable<T>, key: (record: T) => string, amount: (record: T) => number): Total[] {
  const totals = new Map<string, Total>();
  for (const record of records) {
    const name = key(record);
    const total = totals.get(name) ?? { key: name, cents: 0, lines: 0 };
    total.cents += amount(record);
    total.lines += 1;
    totals.set(name, total);
  }
  return [...totals.values()].sort((a, b) => b.cents - a.cents || (a.key < b.key ? -1 : 1));
}

export function yearsOf(records: Iterable<{ date: string }>): string[] {
  const years = new Set<string>();
  for (const record of records) years.add(record.date.slice(0, 4));
  return [...years].sort().reverse();
}

export interface DonationSummary {
  /** Donors named because their yearly total is above the threshold. */
  named: Array<{ name: string; cents: number; lines: number }>;
  /** Everyone else, summed and never named. */
  small: { donors: number; cents: number; lines: number };
}

/** Donations of one year: donors above the publication threshold by name, the rest together. */
export function donationsOf(lines: Income[], threshold: number): DonationSummary {
  const donations = lines.filter((line) => line.category === 'donation');
  const byDonor = totalsBy(donations, (line) => line.donor ?? '', (line) => line.amount);
  const names = new Map(donations.filter((line) => line.donorName).map((line) => [line.donor, line.donorName as string]));
  const named: DonationSummary['named'] = [];
  const small = { donors: 0, cents: 0, lines: 0 };
  for (const donor of byDonor) {
    const name = names.get(donor.key);
    if (donor.cents > threshold && name) named.push({ name, cents: donor.cents, lines: donor.lines });
    else {
      small.donors += 1;
      small.cents += donor.cents;
      small.lines += donor.lines;
    }
  }
  return { named, small };
}

export function sumOf(totals: Total[]): number {
  return totals.reduce((total, item) => total + item.cents, 0);
}

export type { Expenditure, Income };
