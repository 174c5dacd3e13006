/** Money held as whole cents: exact sums, and decimal text for files and pages. */

/** Adds amounts in cents; integers stay exact up to 90 trillion. */
export function sum(cents: Iterable<number>): number {
  let total = 0;
  for (const value of cents) total += value;
  return total;
}

/** Cents as plain decimal text with a point and two decimals: `123456` → `1234.56`. */
export function formatAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount for readers, in their language: `1.234,56 €` in Dutch, `1 234,56 €` in French, `€1,234.56` in English. */
export function formatMoney(cents: number, lang: string, currency = 'EUR'): string {
  const key = `${lang} ${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'en' ? 'en-IE' : lang === 'fr' ? 'fr-BE' : 'nl-BE', { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  // Intl formats a decimal string exactly, without going through a binary float.
  return formatter.format(formatAmount(cents) as unknown as number);
}
