/**
 * The register of travel paid by others, in order and summed: how many trips and their value, in all,
 * by year and by official, to the cent. Only exact values are added; trips of unknown value, or valued
 * only as a range or bound, are counted apart (never as 0).
 */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import { comparePartialDates } from '../../schemas/partial-date.ts';
import type { Trip } from '../../schemas/travel.ts';
import { formatPartialDate } from '../locale/dates.ts';
import { formatMoney } from '../money/cents.ts';
import { addStated, emptyStatedSum, type StatedSum } from '../money/stated-value.ts';

/** Newest first by the first day, then by id; a trip dated only to a month comes after the trips dated to days in it. */
export function travelOrder(trips: readonly Trip[]): Trip[] {
  return [...trips].sort((a, b) => comparePartialDates(b.from, a.from) || (a.id < b.id ? -1 : 1));
}

/** The trips under one key (a year, an official): their number, the sum of the exact values and the others counted apart. */
export interface TravelTotal extends StatedSum {
  key: string;
}

export interface TravelTotals {
  all: StatedSum;
  /** Newest year first. */
  byYear: TravelTotal[];
  /** Most paid for first (by the sum of exact values, then by key). */
  byOfficial: TravelTotal[];
}

function totalsBy(trips: readonly Trip[], key: (trip: Trip) => string): TravelTotal[] {
  const totals = new Map<string, TravelTotal>();
  for (const trip of trips) {
    const name = key(trip);
    let total = totals.get(name);
    if (!total) totals.set(name, (total = { key: name, ...emptyStatedSum() }));
    addStated(total, trip.value);
  }
  return [...totals.values()].sort((a, b) => b.cents - a.cents || (a.key < b.key ? -1 : 1));
}

export function travelTotals(trips: readonly Trip[]): TravelTotals {
  const all = emptyStatedSum();
  for (const trip of trips) addStated(all, trip.value);
  return { all, byYear: totalsBy(trips, (trip) => trip.from.slice(0, 4)).sort((a, b) => (a.key < b.key ? 1 : -1)), byOfficial: totalsBy(trips, (trip) => trip.official) };
}

/** The dates of a trip as the register states them: one date, or from and to (`juni 2025`, `11 June 2025 – 13 June 2025`). */
export function tripDates(trip: Trip, lang: Lang): string {
  const from = formatPartialDate(trip.from, lang);
  if (trip.to === undefined || trip.to === trip.from) return from;
  return translator(lang)('travel.dateRange', { from, to: formatPartialDate(trip.to, lang) });
}

/**
 * A sum of trips in words: their number and the sum of their exact values, then the trips the sum
 * leaves out; with no exact value at all, no sum (never "0.00" for values that are not known).
 */
export function travelSummary(total: StatedSum, lang: Lang, currency: string): string {
  const t = translator(lang);
  const exact = total.lines - total.unknown - total.ranged;
  if (total.lines > 0 && exact === 0) return t('travel.summaryNoneExact', { count: total.lines });
  const summary = t('travel.summary', { count: total.lines, value: formatMoney(total.cents, lang, currency) });
  return total.unknown + total.ranged === 0 ? summary : `${summary} ${t('travel.notInSum', { valueless: total.unknown, ranged: total.ranged })}`;
}
