/** Money held as whole cents: exact sums, and decimal text for files and pages. */
import { localeOf } from '../../i18n/locales.ts';

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

/** Where the currency code goes: after the number in Dutch and French, before it in English. */
const CODE_AFTER: Record<string, boolean> = { nl: true, fr: true, en: false };

/**
 * A formatter and the texts it already gave, by amount: Intl's `formatToParts` costs some microseconds a
 * call, and a large organisation's pages show the same amounts again and again (a monthly pay, in three
 * languages; at P, 2.1 s of a rebuild's 65 s of pages). Emptied when it holds `REMEMBERED` amounts.
 */
interface Formatter {
  intl: Intl.NumberFormat;
  done: Map<string, string>;
}
const REMEMBERED = 50_000;
const formatters = new Map<string, Formatter>();

function formatterFor(lang: string, currency: string, whole: boolean): Formatter {
  const key = `${lang} ${currency} ${whole ? 'whole' : 'cents'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const intl = new Intl.NumberFormat(localeOf(lang), {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    });
    formatters.set(key, (formatter = { intl, done: new Map() }));
  }
  return formatter;
}

/** `place` once per formatter and amount. */
function placed(formatter: Formatter, decimal: string, lang: string): string {
  let text = formatter.done.get(decimal);
  if (text === undefined) {
    if (formatter.done.size >= REMEMBERED) formatter.done.clear();
    formatter.done.set(decimal, (text = place(formatter.intl, decimal, lang)));
  }
  return text;
}

/** The language's digits and separators from Intl, with the currency code placed where the language puts it. */
function place(formatter: Intl.NumberFormat, decimal: string, lang: string): string {
  // Intl formats a decimal string exactly, without going through a binary float.
  const parts = formatter.formatToParts(decimal as unknown as number);
  const code = parts.find((part) => part.type === 'currency')?.value ?? '';
  const minus = parts.find((part) => part.type === 'minusSign')?.value ?? '';
  const digits = parts
    .filter((part) => part.type === 'integer' || part.type === 'group' || part.type === 'decimal' || part.type === 'fraction')
    .map((part) => part.value)
    .join('');
  return (CODE_AFTER[lang] ?? true) ? `${minus}${digits}\u00a0${code}` : `${minus}${code}\u00a0${digits}`;
}

/**
 * An amount for readers, in their language, with the ISO currency code: `1.234,56 EUR` in Dutch,
 * `1 234,56 EUR` in French, `EUR 1,234.56` in English. Spaces inside are no-break spaces.
 */
export function formatMoney(cents: number, lang: string, currency = 'EUR'): string {
  return placed(formatterFor(lang, currency, false), formatAmount(cents), lang);
}

/** An amount rounded to whole units, for chart axes: `12.000 EUR`, `EUR 12,000`. Tables keep the cents. */
export function formatMoneyShort(cents: number, lang: string, currency = 'EUR'): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.round(Math.abs(cents) / 100);
  return placed(formatterFor(lang, currency, true), `${sign}${whole}`, lang);
}
