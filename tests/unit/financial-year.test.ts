// Financial years that start in any month: which year a day belongs to, its key, first and last day,
// months and label, and what the money sums, lists of lines and traces make of them.
import { describe, expect, it } from 'vitest';
import { moneyByYear, sidesOf } from '../../src/lib/money/by-year.ts';
import { financialYearHeading, financialYearKey, financialYearLabel, financialYearOf, financialYearOfKey, yearFilter } from '../../src/lib/money/financial-year.ts';
import { balanceColumns, balanceCells, categoryRows, monthRows, yearRows } from '../../src/lib/money/rows.ts';
import { isLinesPath } from '../../src/lib/records/addresses.ts';
import { lineLists } from '../../src/lib/records/lines.ts';
import type { Expenditure } from '../../src/schemas/expenditure.ts';
import type { Income } from '../../src/schemas/income.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const spend = (id: string, date: string, amount: number, category = 'office'): Expenditure => ({ id, date, amount, category, payee: 'Drukkerij Fictief', description: 'Papier' }) as Expenditure;
const gain = (id: string, date: string, amount: number, category = 'subsidy'): Income => ({ id, date, amount, category, description: 'Subsidie' }) as Income;

describe('the financial year of a day', () => {
  it('puts 31 March 2025 in 2024-25 and 1 April 2025 in 2025-26 when the year starts in April', () => {
    expect(financialYearOf('2025-03-31', 4).key).toBe('2024-25');
    expect(financialYearOf('2025-04-01', 4).key).toBe('2025-26');
    expect(financialYearKey('2025-03-31', 4)).toBe('2024-25');
    expect(financialYearKey('2025-04-01', 4)).toBe('2025-26');
    expect(financialYearKey('2025-12-31', 4)).toBe('2025-26');
  });

  it('gives a year from April its first and last day and its twelve months, April to March', () => {
    const year = financialYearOf('2025-06-15', 4);
    expect(year.first).toBe('2025-04-01');
    expect(year.last).toBe('2026-03-31');
    expect(year.months).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('ends a year from March on the last day of February, a leap day included', () => {
    expect(financialYearOf('2023-03-01', 3).last).toBe('2024-02-29');
    expect(financialYearOf('2024-03-01', 3).last).toBe('2025-02-28');
    // A year from July: 2099-00 after 2098-99, the century counted on.
    expect(financialYearOf('2099-08-01', 7).key).toBe('2099-00');
  });

  it('is the calendar year when the year starts in January', () => {
    const year = financialYearOf('2025-03-31', 1);
    expect(year.key).toBe('2025');
    expect(year.first).toBe('2025-01-01');
    expect(year.last).toBe('2025-12-31');
    expect(year.months[0]).toBe('2025-01');
    expect(year.months[11]).toBe('2025-12');
    expect(financialYearKey('2025-12-31')).toBe('2025');
    expect(yearFilter(year)).toEqual({ year: '2025' });
  });

  it('reads a key back only with the first month it was made with', () => {
    expect(financialYearOfKey('2025-26', 4)?.first).toBe('2025-04-01');
    expect(financialYearOfKey('2025', 1)?.last).toBe('2025-12-31');
    expect(financialYearOfKey('2025', 4)).toBeUndefined();
    expect(financialYearOfKey('2025-27', 4)).toBeUndefined();
    expect(financialYearOfKey('../x', 4)).toBeUndefined();
  });

  it('says which months a year covers, in each language; a calendar year is its number', () => {
    const year = financialYearOf('2025-04-01', 4);
    expect(financialYearLabel(year, 'en')).toBe('April 2025 – March 2026');
    expect(financialYearLabel(year, 'nl')).toBe('april 2025 – maart 2026');
    expect(financialYearLabel(year, 'fr')).toBe('avril 2025 – mars 2026');
    expect(financialYearHeading(year, 'en')).toBe('Financial year April 2025 – March 2026');
    expect(financialYearHeading(year, 'nl')).toBe('Boekjaar april 2025 – maart 2026');
    expect(financialYearLabel(financialYearOf('2025-04-01', 1), 'fr')).toBe('2025');
    expect(financialYearHeading(financialYearOf('2025-04-01', 1), 'en')).toBe('Year 2025');
  });

  it('is selected in traces by its first and last day', () => {
    expect(yearFilter(financialYearOf('2025-04-01', 4))).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('refuses a first month that is not one, in data/site.yaml', () => {
    const site = { name: 'X', description: 'Y', languages: ['en'], defaultLanguage: 'en', timeZone: 'Europe/Brussels', currency: 'EUR', baseUrl: 'https://x.example.org/', licence: { id: 'CC0', name: 'CC0', url: 'https://x.example.org/l' }, rules: { donationPublicationThreshold: '500.00' } };
    expect(siteSchema.parse(site).financialYearStart).toBe(1);
    expect(siteSchema.parse({ ...site, financialYearStart: 4 }).financialYearStart).toBe(4);
    expect(siteSchema.parse({ ...site, financialYearStart: '4' }).financialYearStart).toBe(4);
    for (const wrong of [0, 13, 4.5, 'April']) {
      const result = siteSchema.safeParse({ ...site, financialYearStart: wrong });
      expect(result.success, String(wrong)).toBe(false);
      expect(result.error?.issues[0]?.message, String(wrong)).toMatch(/1 to 12/);
    }
  });
});

describe('money counted per financial year', () => {
  const spending = [spend('e-1', '2025-03-31', 1000), spend('e-2', '2025-04-01', 20), spend('e-3', '2026-03-31', 300, 'travel'), spend('e-4', '2026-04-01', 4000)];
  const income = [gain('i-1', '2025-05-05', 50000)];

  it('sums each financial year, its months from April, and traces it by its first and last day', () => {
    const years = moneyByYear(income, spending, 0, 10, 4);
    expect(years.map((year) => year.year)).toEqual(['2026-27', '2025-26', '2024-25']);
    const year = years[1];
    if (!year) throw new Error('no 2025-26');
    expect(year.totals.spending).toEqual({ cents: 320, lines: 2 });
    expect(year.totals.income).toEqual({ cents: 50000, lines: 1 });
    expect(year.months.map((month) => month.month)).toEqual(financialYearOf('2025-04-01', 4).months);
    expect(year.months[0]?.spending).toEqual({ cents: 20, lines: 1 });
    expect(year.months[11]?.spending).toEqual({ cents: 300, lines: 1 });
    const months = monthRows(year, (month) => month, 'Total');
    expect(months.footer.cells.at(-1)).toEqual({ value: 50000 - 320, trace: 'income?from=2025-04-01&to=2026-03-31 -expenditure?from=2025-04-01&to=2026-03-31' });
    expect(categoryRows(year, 'spending', (key) => key, 'Total').footer.cells[1]).toEqual({ value: 320, trace: 'expenditure?from=2025-04-01&to=2026-03-31' });
    expect(yearRows(years, (key) => key, sidesOf(years), (y) => financialYearLabel(y.period, 'en')).map((row) => row.label)).toEqual(['April 2024 – March 2025', 'April 2025 – March 2026', 'April 2026 – March 2027']);
  });

  it('lists the lines behind each total per financial year, at an address that names it', () => {
    const lists = lineLists([], spending.map((data, index) => ({ data, source: `data/expenditure/x.csv:${index + 2}` })), 0, 4);
    expect(lists.map(({ list }) => `${list.year} ${list.part} ${list.lines}`)).toEqual(['2026-27 office 1', '2025-26 office 1', '2025-26 travel 1', '2024-25 office 1']);
    expect(isLinesPath('money/2025-26/spending/office/')).toBe(true);
    expect(isLinesPath('money/2025/spending/office/')).toBe(true);
  });
});

describe('a side of the books never recorded', () => {
  const years = moneyByYear([], [spend('e-1', '2025-02-01', 1234)], 0);
  const sides = sidesOf(years);
  const labels = { incomeLines: 'Income lines', income: 'Income', spendingLines: 'Spending lines', spending: 'Spending', balance: 'Balance' };

  it('has no income columns and no balance, rather than a balance equal to minus the spending', () => {
    expect(sides).toEqual({ income: false, spending: true });
    expect(balanceColumns(labels, sides).map((column) => column.label)).toEqual(['Spending lines', 'Spending']);
    const cells = yearRows(years, (key) => key, sides)[0]?.cells ?? [];
    expect(cells).toEqual([{ value: 1, trace: 'expenditure?year=2025' }, { value: 1234, trace: 'expenditure?year=2025' }]);
    expect(cells.some((cell) => 'value' in cell && cell.value === -1234)).toBe(false);
  });

  it('has no spending columns and no balance when only income is recorded', () => {
    const incomeOnly = moneyByYear([gain('i-1', '2025-02-01', 700)], [], 0);
    const only = sidesOf(incomeOnly);
    expect(only).toEqual({ income: true, spending: false });
    expect(balanceColumns(labels, only).map((column) => column.label)).toEqual(['Income lines', 'Income']);
    expect(monthRows(incomeOnly[0] as (typeof incomeOnly)[number], (month) => month, 'Total', only).footer.cells).toEqual([{ value: 1, trace: 'income?year=2025' }, { value: 700, trace: 'income?year=2025' }]);
  });

  it('keeps every column when both sides are recorded, even in a year with none of one side', () => {
    expect(balanceColumns(labels).map((column) => column.label)).toEqual(['Income lines', 'Income', 'Spending lines', 'Spending', 'Balance']);
    expect(balanceCells({ cents: 0, lines: 0 }, { cents: 5, lines: 1 }, { year: '2025' }).at(-1)).toEqual({ value: -5, trace: 'income?year=2025 -expenditure?year=2025' });
    expect(sidesOf(moneyByYear([gain('i-1', '2024-01-01', 1)], [spend('e-1', '2025-01-01', 1)], 0))).toEqual({ income: true, spending: true });
  });
});
