/**
 * Values as registers state them (`StatedValue`, src/schemas/money-fields.ts) for readers and in sums:
 * an exact amount as money, the others in words (`value unknown`, `less than EUR 50.00`,
 * `EUR 50.00 – EUR 150.00`). Sums add only exact values and count the others apart, never as 0.
 */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { StatedValue } from '../../schemas/money-fields.ts';
import { formatMoney } from './cents.ts';

/** A stated value for readers, in their language. */
export function formatStatedValue(value: StatedValue, lang: Lang, currency = 'EUR'): string {
  const t = translator(lang);
  const money = (cents: number) => formatMoney(cents, lang, currency);
  switch (value.form) {
    case 'exact':
      return money(value.cents);
    case 'unknown':
      return t('gift.valueUnknown');
    case 'below':
      return t('gift.valueBelow', { max: money(value.max) });
    case 'above':
      return t('gift.valueAbove', { min: money(value.min) });
    case 'between':
      return t('gift.valueBetween', { min: money(value.min), max: money(value.max) });
  }
}

/** Exact values summed to the cent, and how many values were not exact, unknown or given as a range or bound. */
export interface StatedSum {
  cents: number;
  lines: number;
  /** Values stated as unknown: not in `cents`. */
  unknown: number;
  /** Values given only as a bound or a range: not in `cents`. */
  ranged: number;
}

export const emptyStatedSum = (): StatedSum => ({ cents: 0, lines: 0, unknown: 0, ranged: 0 });

/** Adds one value to a sum: exact values to the cents, the others to their count. */
export function addStated(total: StatedSum, value: StatedValue): StatedSum {
  total.lines += 1;
  if (value.form === 'exact') total.cents += value.cents;
  else if (value.form === 'unknown') total.unknown += 1;
  else total.ranged += 1;
  return total;
}

/** The sum of values. */
export function sumStated(values: Iterable<StatedValue>): StatedSum {
  const total = emptyStatedSum();
  for (const value of values) addStated(total, value);
  return total;
}

/** How many values of a sum are exact (the others are counted apart). */
export const exactLines = (total: StatedSum): number => total.lines - total.unknown - total.ranged;

/** The values of records under one key (a year, an official, an outcome), summed. */
export interface KeyedSum extends StatedSum {
  key: string;
}

/** A register's values summed: in all, per year (newest first) and per official (most first). */
export interface RegisterTotals {
  all: StatedSum;
  byYear: KeyedSum[];
  byOfficial: KeyedSum[];
}

/** The records' values summed per key, most first (by the sum of exact values, then by key). */
export function sumsBy<T extends { value: StatedValue }>(records: readonly T[], key: (record: T) => string): KeyedSum[] {
  const totals = new Map<string, KeyedSum>();
  for (const record of records) {
    const name = key(record);
    let total = totals.get(name);
    if (!total) totals.set(name, (total = { key: name, ...emptyStatedSum() }));
    addStated(total, record.value);
  }
  return [...totals.values()].sort((a, b) => b.cents - a.cents || (a.key < b.key ? -1 : 1));
}

/** Whether a stated value is surely above a threshold (in cents), surely not, or may be either way. */
export function comparedTo(value: StatedValue, threshold: number): 'above' | 'not-above' | 'unclear' {
  switch (value.form) {
    case 'exact':
      return value.cents > threshold ? 'above' : 'not-above';
    case 'unknown':
      return 'unclear';
    case 'below':
      // Less than max: at most max − 1 cent.
      return value.max - 1 <= threshold ? 'not-above' : 'unclear';
    case 'above':
      return value.min >= threshold ? 'above' : 'unclear';
    case 'between':
      return value.min > threshold ? 'above' : value.max <= threshold ? 'not-above' : 'unclear';
  }
}
