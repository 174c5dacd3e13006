// The organisation's money summed per year, month, category, campaign and donor: integer cents, so
// amounts that binary floating point adds up wrongly come out exact.
import { describe, expect, it } from 'vitest';
import { campaignsOf, moneyByYear, monthsOf } from '../../src/lib/money/by-year.ts';
import { donationsOf } from '../../src/lib/money/summary.ts';
import { toCents } from '../../src/schemas/fields.ts';
import type { Expenditure } from '../../src/schemas/expenditure.ts';
import type { Income } from '../../src/schemas/income.ts';

let n = 0;
const income = (date: string, amount: string, category: Income['category'], extra: Partial<Income> = {}): Income => ({ id: `i-${++n}`, date, amount: toCents(amount), category, description: 'x', ...extra });
const spent = (date: string, amount: string, category: Expenditure['category'], payee = 'Drukkerij Noord', extra: Partial<Expenditure> = {}): Expenditure => ({ id: `e-${++n}`, date, amount: toCents(amount), category, payee, description: 'x', ...extra });

const incomeLines = [
  income('2025-01-15', '0.10', 'donation', { donor: 'd-1' }),
  income('2025-01-16', '0.20', 'donation', { donor: 'd-2' }),
  income('2025-02-01', '0.70', 'donation', { donor: 'd-1' }),
  income('2025-02-01', '1200.00', 'donation', { donor: 'd-3', donorName: 'Coöperatie Zonnedak' }),
  income('2025-03-10', '33.33', 'membership-fees'),
  income('2025-03-11', '33.33', 'membership-fees'),
  income('2025-03-12', '33.33', 'membership-fees'),
  income('2025-04-01', '1.10', 'crowdfunding', { campaign: 'council-2030' }),
  income('2025-05-05', '500.00', 'donation', { donor: 'd-4' }),
  income('2025-06-01', '600.10', 'donation', { donor: 'd-5' }),
  income('2026-01-10', '0.10', 'donation', { donor: 'd-3' }),
];
const spendingLines = [
  spent('2025-01-20', '0.10', 'office'),
  spent('2025-01-21', '0.20', 'office'),
  spent('2025-02-05', '33.33', 'campaign', 'Affichebedrijf Zuid', { campaign: 'council-2030' }),
  spent('2025-02-06', '33.33', 'campaign', 'Affichebedrijf Zuid', { campaign: 'council-2030' }),
  spent('2025-02-07', '33.33', 'campaign', 'Affichebedrijf Zuid', { campaign: 'council-2030' }),
  spent('2025-04-30', '0.70', 'travel', 'Vervoer'),
  spent('2026-01-05', '0.10', 'campaign', 'Affichebedrijf Zuid', { campaign: 'council-2030' }),
];
const THRESHOLD = toCents('500.00');

describe('moneyByYear', () => {
  const [y2026, y2025] = moneyByYear(incomeLines, spendingLines, THRESHOLD, 1);

  it('sums each year to the cent, newest year first', () => {
    expect(y2026?.year).toBe('2026');
    expect(y2025?.totals.spending).toEqual({ cents: 10099, lines: 6 });
    expect(y2025?.months[0]?.spending).toEqual({ cents: 30, lines: 2 });
    expect(y2025?.totals.income).toEqual({ cents: 240219, lines: 10 });
    expect(y2025?.income.map((total) => [total.key, total.cents, total.lines])).toEqual([
      ['donation', 230110, 6],
      ['membership-fees', 9999, 3],
      ['crowdfunding', 110, 1],
    ]);
    expect(y2025?.spending.reduce((sum, total) => sum + total.cents, 0)).toBe(y2025?.totals.spending.cents);
  });

  it('gives every month from January to the last month with a line, empty months at zero, adding up to the year', () => {
    expect(y2025?.months.map((month) => month.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(y2025?.months[1]).toEqual({ month: '2025-02', income: { cents: 120070, lines: 2 }, spending: { cents: 9999, lines: 3 } });
    expect(y2025?.months[4]?.spending).toEqual({ cents: 0, lines: 0 });
    expect(y2025?.months.reduce((sum, month) => sum + month.income.cents, 0)).toBe(y2025?.totals.income.cents);
    expect(y2025?.months.reduce((sum, month) => sum + month.spending.lines, 0)).toBe(6);
    expect(monthsOf('2027', [], [])).toEqual([]);
  });

  it('counts campaigns in the year and over every year, for the spending limit', () => {
    expect(y2025?.campaigns).toEqual([{ key: 'council-2030', spending: { cents: 9999, lines: 3 }, income: { cents: 110, lines: 1 }, spendingAllYears: { cents: 10009, lines: 4 }, years: ['2025', '2026'] }]);
    expect(y2026?.campaigns[0]?.spending).toEqual({ cents: 10, lines: 1 });
    expect(y2026?.campaigns[0]?.spendingAllYears.cents).toBe(10009);
    expect(campaignsOf([], spendingLines).get('council-2030')?.byYear.get('2025')?.income).toEqual({ cents: 0, lines: 0 });
  });

  it('keeps the largest payees and counts them all', () => {
    expect(y2025?.payees).toEqual([{ key: 'Affichebedrijf Zuid', cents: 9999, lines: 3 }]);
    expect(y2025?.payeeCount).toBe(3);
  });
});

describe('donationsOf', () => {
  it('names donors above the threshold, aggregates those at or under it, and never names a donor whose name is missing', () => {
    const donations = donationsOf(incomeLines.filter((line) => line.date.startsWith('2025')), THRESHOLD);
    expect(donations.named).toEqual([{ donor: 'd-3', name: 'Coöperatie Zonnedak', cents: 120000, lines: 1 }]);
    // d-1 (0.80), d-2 (0.20) and d-4 (exactly 500.00) together.
    expect(donations.small).toEqual({ donors: 3, cents: 50100, lines: 4 });
    // d-5 gave 600.10 and has no name in the data.
    expect(donations.unnamed).toEqual({ donors: 1, cents: 60010, lines: 1 });
  });

  it('does not name a donor under the threshold even when a line carries a name', () => {
    const lines = [income('2026-01-10', '0.10', 'donation', { donor: 'd-3', donorName: 'Coöperatie Zonnedak' })];
    const donations = donationsOf(lines, THRESHOLD);
    expect(donations.named).toEqual([]);
    expect(donations.small).toEqual({ donors: 1, cents: 10, lines: 1 });
  });
});
