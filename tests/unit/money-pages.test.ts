// The sums behind the gifts register, the remuneration pages and the money tables, and the traces
// that tie each figure to the lines it adds up; amounts formatted for each language.
import { describe, expect, it } from 'vitest';
import { giftTotals, outcomeOf, registerOrder } from '../../src/lib/interests/gift-register.ts';
import { formatMoney, formatMoneyShort } from '../../src/lib/money/cents.ts';
import { formatStatedValue } from '../../src/lib/money/stated-value.ts';
import { moneyByYear } from '../../src/lib/money/by-year.ts';
import { balanceCells, campaignRows, categoryRows, donationRows, monthRows, yearRows } from '../../src/lib/money/rows.ts';
import { trace, traceDifference } from '../../src/lib/money/table.ts';
import { payByYear, payMonths, paySummaries, payTotals } from '../../src/lib/money/remuneration.ts';
import { translator } from '../../src/i18n/index.ts';
import { toCents } from '../../src/schemas/fields.ts';
import { parseStatedValue } from '../../src/schemas/money-fields.ts';
import type { Gift } from '../../src/schemas/gift.ts';
import type { Remuneration } from '../../src/schemas/remuneration.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney and formatMoneyShort', () => {
  it('writes the currency code where each language puts it', () => {
    expect(plain(formatMoney(toCents('0.30'), 'nl'))).toBe('0,30 EUR');
    expect(plain(formatMoney(toCents('-1234.56'), 'nl'))).toBe('-1.234,56 EUR');
    expect(plain(formatMoney(toCents('-1234.56'), 'fr'))).toBe('-1 234,56 EUR');
    expect(plain(formatMoney(toCents('-1234.56'), 'en'))).toBe('-EUR 1,234.56');
    expect(plain(formatMoneyShort(123456789, 'nl'))).toBe('1.234.568 EUR');
    expect(plain(formatMoneyShort(0, 'en'))).toBe('EUR 0');
  });
});

describe('traces', () => {
  it('write a dataset and its filters as a query, leaving out empty ones', () => {
    expect(trace('expenditure', { year: '2025', category: 'travel', payee: undefined })).toBe('expenditure?year=2025&category=travel');
    expect(trace('income')).toBe('income');
    expect(trace('expenditure', { payee: 'Café & Co' })).toBe('expenditure?payee=Caf%C3%A9+%26+Co');
    expect(traceDifference('income?year=2025', 'expenditure?year=2025')).toBe('income?year=2025 -expenditure?year=2025');
  });
});

describe('the rows of the money tables', () => {
  const [year] = moneyByYear(
    [
      { id: 'i-1', date: '2025-01-15', amount: 10, category: 'donation', donor: 'd-1', description: 'x' },
      { id: 'i-2', date: '2025-02-01', amount: 120000, category: 'donation', donor: 'd-3', donorName: 'Coöperatie Zonnedak', description: 'x' },
      { id: 'i-3', date: '2025-02-01', amount: 3333, category: 'subsidy', campaign: 'c-1', description: 'x' },
    ],
    [{ id: 'e-1', date: '2025-02-05', amount: 3333, category: 'campaign', payee: 'Affiche', description: 'x', campaign: 'c-1' }],
    50000,
  );
  if (!year) throw new Error('no year');

  it('trace every figure, with the year as footer', () => {
    const income = categoryRows(year, 'income', (key) => key.toUpperCase(), 'Total');
    expect(income.rows.map((row) => [row.key, row.label, row.cells])).toEqual([
      ['donation', 'DONATION', [{ value: 2, trace: 'income?year=2025&category=donation' }, { value: 120010, trace: 'income?year=2025&category=donation' }]],
      ['subsidy', 'SUBSIDY', [{ value: 1, trace: 'income?year=2025&category=subsidy' }, { value: 3333, trace: 'income?year=2025&category=subsidy' }]],
    ]);
    expect(income.footer.cells).toEqual([{ value: 3, trace: 'income?year=2025' }, { value: 123343, trace: 'income?year=2025' }]);
    expect(monthRows(year, (month) => month, 'Total').rows.map((row) => row.key)).toEqual(['2025-01', '2025-02']);
    expect(yearRows([year], (y) => `/en/money/${y}/`)[0]?.cells.at(-1)).toEqual({ value: 123343 - 3333, trace: 'income?year=2025 -expenditure?year=2025' });
    expect(balanceCells({ cents: 1, lines: 1 }, { cents: 3, lines: 2 }, { month: '2025-01' }).map((cell) => ('value' in cell ? cell.value : 'text' in cell ? cell.text : undefined))).toEqual([1, 1, 2, 3, -2]);
  });

  it('name donors above the threshold only, the others together', () => {
    const donations = donationRows(year, { small: 'small', unnamed: 'unnamed', total: 'Total' });
    expect(donations.rows.map((row) => [row.key, row.label])).toEqual([['d-3', 'Coöperatie Zonnedak'], ['small', 'small']]);
    expect(donations.rows[1]?.cells[1]).toEqual({ value: 10, trace: 'income?year=2025&category=donation&donors=small' });
    expect(donations.footer.cells[1]).toEqual({ value: 120010, trace: 'income?year=2025&category=donation' });
  });

  it('put each campaign against the limit, over every year', () => {
    const rows = campaignRows(year, 3000, (difference) => String(difference));
    expect(rows[0]?.cells).toEqual([
      { value: 1, trace: 'expenditure?year=2025&campaign=c-1' },
      { value: 3333, trace: 'expenditure?year=2025&campaign=c-1' },
      { value: 3333, trace: 'expenditure?campaign=c-1' },
      { text: '333' },
      { value: 3333, trace: 'income?year=2025&campaign=c-1' },
    ]);
  });
});

describe('the gifts register', () => {
  const gift = (id: string, date: string, official: string, value: string, outcome?: Gift['outcome']): Gift => ({ id, date, official, giver: 'Theater', description: 'x', value: parseStatedValue(value) as Gift['value'], reportedTo: 'Commissie', ...(outcome ? { outcome } : {}), ...(outcome === 'accepted' ? { reason: 'y' } : {}) });
  const gifts = [gift('g-1', '2025-04-02', 'an', '0.10', 'accepted'), gift('g-2', '2025-05-12', 'karim', '0.20', 'declined'), gift('g-3', '2026-06-01', 'an', '33.33'), gift('g-4', '2026-06-01', 'an', '33.33', 'handed-over')];

  it('sums in cents by outcome (in the order of outcomes), year (newest first) and official (most first)', () => {
    const totals = giftTotals(gifts);
    expect(totals.all).toEqual({ cents: 6696, lines: 4, unknown: 0, ranged: 0 });
    expect(totals.byOutcome.map((total) => [total.key, total.cents])).toEqual([['declined', 20], ['handed-over', 3333], ['accepted', 10], ['none', 3333]]);
    expect(totals.byYear.map((total) => [total.key, total.cents, total.lines])).toEqual([['2026', 6666, 2], ['2025', 30, 2]]);
    expect(totals.byOfficial.map((total) => [total.key, total.cents])).toEqual([['an', 6676], ['karim', 20]]);
    expect(outcomeOf(gifts[2] as Gift)).toBe('none');
  });

  it('lists the newest first', () => {
    expect(registerOrder(gifts).map((g) => g.id)).toEqual(['g-3', 'g-4', 'g-2', 'g-1']);
  });

  it('counts gifts of unknown value and gifts given as a range apart, never as 0 and never in the sum', () => {
    const more = [...gifts, gift('g-5', '2026-07', 'an', 'unknown'), gift('g-6', '2026', 'an', 'unknown'), gift('g-7', '2025-05', 'karim', '50-150', 'declined'), gift('g-8', '2025-05-02', 'karim', '< 50', 'declined')];
    const totals = giftTotals(more);
    expect(totals.all).toEqual({ cents: 6696, lines: 8, unknown: 2, ranged: 2 });
    expect(totals.byYear.map((total) => [total.key, total.cents, total.lines, total.unknown, total.ranged])).toEqual([['2026', 6666, 4, 2, 0], ['2025', 30, 4, 0, 2]]);
    expect(totals.byOfficial.map((total) => [total.key, total.cents, total.unknown, total.ranged])).toEqual([['an', 6676, 2, 0], ['karim', 20, 0, 2]]);
    expect(totals.byOutcome.find((total) => total.key === 'none')).toMatchObject({ cents: 3333, lines: 3, unknown: 2 });
  });

  it('says in each language how many gifts the sum leaves out, with the right plural', () => {
    const note = (lang: 'nl' | 'fr' | 'en', unknown: number, ranged: number) => translator(lang)('gifts.notInSum', { valueless: unknown, ranged });
    expect(note('en', 3, 0)).toBe('Not in this sum: 3 gifts of unknown value.');
    expect(note('en', 1, 2)).toBe('Not in this sum: 1 gift of unknown value and 2 gifts whose value is given only as a range or bound.');
    expect(note('en', 0, 1)).toBe('Not in this sum: 1 gift whose value is given only as a range or bound.');
    expect(note('nl', 1, 0)).toBe('Niet in deze som: 1 geschenk van onbekende waarde.');
    expect(note('nl', 2, 1)).toBe('Niet in deze som: 2 geschenken van onbekende waarde en 1 geschenk waarvan de waarde alleen als vork of grens gegeven is.');
    expect(note('fr', 3, 0)).toBe('Hors de cette somme\u00a0: 3 cadeaux de valeur inconnue.');
  });

  it('shows each form of a value in each language: an amount, unknown, a bound or a range, never 0 for unknown', () => {
    const shown = (text: string) => (['nl', 'fr', 'en'] as const).map((lang) => formatStatedValue(parseStatedValue(text) as Gift['value'], lang, 'EUR').replace(/\u00a0|\u202f/g, ' '));
    expect(shown('45.00')).toEqual(['45,00 EUR', '45,00 EUR', 'EUR 45.00']);
    expect(shown('unknown')).toEqual(['waarde onbekend', 'valeur inconnue', 'value unknown']);
    expect(shown('< 50')).toEqual(['minder dan 50,00 EUR', 'moins de 50,00 EUR', 'less than EUR 50.00']);
    expect(shown('> 1000')).toEqual(['meer dan 1.000,00 EUR', 'plus de 1 000,00 EUR', 'more than EUR 1,000.00']);
    expect(shown('50-150')).toEqual(['50,00 EUR – 150,00 EUR', '50,00 EUR – 150,00 EUR', 'EUR 50.00 – EUR 150.00']);
  });

  it('orders a gift dated to a month or a year after the gifts on days in it, newest first', () => {
    const dated = [gift('a', '2025-03-14', 'an', '1.00'), gift('b', '2025-03', 'an', '1.00'), gift('c', '2025', 'an', '1.00'), gift('d', '2025-03-01', 'an', '1.00'), gift('e', '2025-04-01', 'an', '1.00')];
    expect(registerOrder(dated).map((g) => g.id)).toEqual(['e', 'a', 'd', 'b', 'c']);
  });
});

describe('remuneration against the cap', () => {
  const row = (official: string, month: string, net: string, expenses: string, fees: string): Remuneration => ({ official, month, netSalary: toCents(net), expenses: toCents(expenses), attendanceFees: toCents(fees) });
  const rows = [row('an', '2025-02', '2199.90', '0.10', '0.00'), row('an', '2025-01', '1850.10', '0.20', '0.00'), row('an', '2025-03', '2199.90', '0.10', '0.10'), row('an', '2026-01', '0.10', '0.20', '0.70'), row('karim', '2025-01', '0.10', '0.20', '33.33')];
  const cap = toCents('2200.00');

  it('puts each month against the cap, oldest first', () => {
    expect(payMonths(rows.filter((r) => r.official === 'an'), cap).map((month) => [month.month, month.total, month.againstCap])).toEqual([
      ['2025-01', 185030, -34970],
      ['2025-02', 220000, 0],
      ['2025-03', 220010, 10],
      ['2026-01', 100, -219900],
    ]);
  });

  it('sums per year and per official to the cent', () => {
    const months = payMonths(rows.filter((r) => r.official === 'an'), cap);
    expect(payTotals(months)).toEqual({ months: 4, net: 625000, expenses: 60, fees: 80, total: 625140 });
    expect(payByYear(months).map((year) => [year.year, year.total])).toEqual([['2025', 625040], ['2026', 100]]);
    const [an, karim] = paySummaries(rows, cap, ['an', 'karim']);
    expect(an).toMatchObject({ official: 'an', months: 4, first: '2025-01', last: '2026-01', overCap: 1, highest: { month: '2025-03', total: 220010 } });
    expect(karim).toMatchObject({ official: 'karim', total: 3363, overCap: 0 });
  });
});
