/** Sums of the organisation's money per year, to the cent, with the lines each sum comes from counted. */
import type { Expenditure } from '../../schemas/expenditure.ts';
import type { Income } from '../../schemas/income.ts';

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
  named: Array<{ donor: string; name: string; cents: number; lines: number }>;
  /** Donors at or under the threshold, summed and never named. */
  small: { donors: number; cents: number; lines: number };
  /** Donors above the threshold whose name the data does not give, summed. */
  unnamed: { donors: number; cents: number; lines: number };
}

/** Donations of one year: donors above the publication threshold by name, the rest together. */
export function donationsOf(lines: readonly Income[], threshold: number): DonationSummary {
  const donations = lines.filter((line) => line.category === 'donation');
  const byDonor = totalsBy(donations, (line) => line.donor ?? '', (line) => line.amount);
  const names = new Map(donations.filter((line) => line.donorName).map((line) => [line.donor, line.donorName as string]));
  const named: DonationSummary['named'] = [];
  const small = { donors: 0, cents: 0, lines: 0 };
  const unnamed = { donors: 0, cents: 0, lines: 0 };
  for (const donor of byDonor) {
    const name = names.get(donor.key);
    // A name is shown only above the threshold, whatever the data says.
    if (donor.cents > threshold && name) named.push({ donor: donor.key, name, cents: donor.cents, lines: donor.lines });
    else {
      const group = donor.cents > threshold ? unnamed : small;
      group.donors += 1;
      group.cents += donor.cents;
      group.lines += donor.lines;
    }
  }
  return { named, small, unnamed };
}

export function sumOf(totals: Total[]): number {
  return totals.reduce((total, item) => total + item.cents, 0);
}

export type { Expenditure, Income };
