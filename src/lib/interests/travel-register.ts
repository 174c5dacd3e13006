/**
 * The register of travel paid by others, in order and summed: how many trips and their value, in all,
 * by year and by official, to the cent. Only exact values are added; trips of unknown value, or valued
 * only as a range or bound, are counted apart (never as 0).
 */
import { translator } from '../../i18n/index.ts';
import type { Lang } from '../../schemas/fields.ts';
import { newestFirst } from '../../schemas/partial-date.ts';
import type { Trip } from '../../schemas/travel.ts';
import { formatPartialDate } from '../locale/dates.ts';
import { formatMoney } from '../money/cents.ts';
import { exactLines, sumStated, sumsBy, type RegisterTotals, type StatedSum } from '../money/stated-value.ts';

/** The trips as the register lists them: newest first by their first day (newestFirst). */
export const travelOrder = (trips: readonly Trip[]): Trip[] => newestFirst(trips, (trip) => trip.from);

/** The trips summed in all, per year and per official. */
export function travelTotals(trips: readonly Trip[]): RegisterTotals {
  return { all: sumStated(trips.map((trip) => trip.value)), byYear: sumsBy(trips, (trip) => trip.from.slice(0, 4)).sort((a, b) => (a.key < b.key ? 1 : -1)), byOfficial: sumsBy(trips, (trip) => trip.official) };
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
  if (total.lines > 0 && exactLines(total) === 0) return t('travel.summaryNoneExact', { count: total.lines });
  const summary = t('travel.summary', { count: total.lines, value: formatMoney(total.cents, lang, currency) });
  return total.unknown + total.ranged === 0 ? summary : `${summary} ${t('travel.notInSum', { valueless: total.unknown, ranged: total.ranged })}`;
}
