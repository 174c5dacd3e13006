// Money is exact: cents in, the same cents out, whatever binary floating point would make of them.
import { describe, expect, it } from 'vitest';
import { toCents } from '../../src/schemas/fields.ts';
import { formatAmount, formatMoney, sum } from '../../src/lib/money/cents.ts';

describe('money', () => {
  it('turns decimal text into cents and back without loss', () => {
    for (const text of ['0.10', '0.20', '1234.56', '-12.05', '99999999999.99', '0.00']) expect(formatAmount(toCents(text))).toBe(text);
    expect(toCents('12.5')).toBe(1250);
  });

  it('adds 0.10 and 0.20 to exactly 0.30', () => {
    expect(formatAmount(sum([toCents('0.10'), toCents('0.20')]))).toBe('0.30');
    expect(formatAmount(sum(Array.from({ length: 1000 }, () => toCents('0.01'))))).toBe('10.00');
  });

  it('formats amounts for readers of each language', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatMoney(123456, 'nl'))).toBe('1.234,56 EUR');
    expect(plain(formatMoney(123456, 'fr'))).toBe('1 234,56 EUR');
    expect(plain(formatMoney(123456, 'en'))).toBe('EUR 1,234.56');
    expect(plain(formatMoney(900719925474099, 'en'))).toBe('EUR 9,007,199,254,740.99');
  });

  it('gives an amount the same text every time, in each language and currency, however many amounts came before', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const first = ['nl', 'fr', 'en'].map((lang) => plain(formatMoney(-123456, lang, 'CHF')));
    expect(first).toEqual(['-1.234,56 CHF', '-1 234,56 CHF', '-CHF 1,234.56']);
    // More amounts than the formatter remembers (src/lib/money/cents.ts), then the first ones again.
    for (let cents = 0; cents < 120_000; cents += 1) formatMoney(cents, 'fr', 'CHF');
    expect(['nl', 'fr', 'en'].map((lang) => plain(formatMoney(-123456, lang, 'CHF')))).toEqual(first);
    expect(plain(formatMoney(-123456, 'en'))).toBe('-EUR 1,234.56');
    expect(plain(formatMoney(119_999, 'fr', 'CHF'))).toBe('1 199,99 CHF');
  });
});
