/**
 * The gifts and hospitality register summed: how many gifts and their value, in all and by outcome,
 * year and official, to the cent. A gift without a recorded outcome counts under `none`. Only exact
 * values are added; gifts of unknown value, or valued only as a range or bound, are counted apart.
 */
import type { Lang } from '../../schemas/fields.ts';
import type { Gift } from '../../schemas/gift.ts';
import { GIFT_OUTCOME_LABELS, GIFT_OUTCOMES } from '../../schemas/gift.ts';
import { labelOf } from '../../schemas/labels.ts';
import { translator } from '../../i18n/index.ts';
import { comparePartialDates } from '../../schemas/partial-date.ts';
import { formatMoney } from '../money/cents.ts';
import { addStated, emptyStatedSum, type StatedSum } from '../money/stated-value.ts';

export const OUTCOME_KEYS = [...GIFT_OUTCOMES, 'none'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const outcomeOf = (gift: Gift): OutcomeKey => gift.outcome ?? 'none';

/** An outcome for readers: its label, or that none is recorded. */
export const outcomeLabel = (outcome: OutcomeKey, lang: Lang): string => (outcome === 'none' ? translator(lang)('gifts.noOutcome') : labelOf(GIFT_OUTCOME_LABELS, outcome, lang));

/**
 * Newest first, then by id, as the register lists them. A gift dated only to a month or a year is placed
 * by its earliest possible day, after the gifts dated to days in it: 14 March 2025, 1 March 2025,
 * March 2025, 2025 (comparePartialDates, reversed).
 */
export function registerOrder(gifts: readonly Gift[]): Gift[] {
  return [...gifts].sort((a, b) => comparePartialDates(b.date, a.date) || (a.id < b.id ? -1 : 1));
}

/** The gifts under one key: their number, the sum of the exact values and the others counted apart. */
export interface GiftTotal extends StatedSum {
  key: string;
}

export interface GiftTotals {
  all: StatedSum;
  /** Every outcome, in the order of OUTCOME_KEYS, those without gifts left out. */
  byOutcome: GiftTotal[];
  /** Newest year first. */
  byYear: GiftTotal[];
  /** Most given first (by the sum of exact values, then by key). */
  byOfficial: GiftTotal[];
}

function totalsBy(gifts: readonly Gift[], key: (gift: Gift) => string): GiftTotal[] {
  const totals = new Map<string, GiftTotal>();
  for (const gift of gifts) {
    const name = key(gift);
    let total = totals.get(name);
    if (!total) totals.set(name, (total = { key: name, ...emptyStatedSum() }));
    addStated(total, gift.value);
  }
  return [...totals.values()].sort((a, b) => b.cents - a.cents || (a.key < b.key ? -1 : 1));
}

export function giftTotals(gifts: readonly Gift[]): GiftTotals {
  const byOutcome = totalsBy(gifts, outcomeOf).sort((a, b) => OUTCOME_KEYS.indexOf(a.key as OutcomeKey) - OUTCOME_KEYS.indexOf(b.key as OutcomeKey));
  const byYear = totalsBy(gifts, (gift) => gift.date.slice(0, 4)).sort((a, b) => (a.key < b.key ? 1 : -1));
  const all = emptyStatedSum();
  for (const gift of gifts) addStated(all, gift.value);
  return { all, byOutcome, byYear, byOfficial: totalsBy(gifts, (gift) => gift.official) };
}

/** How many values of a sum are exact (the others are counted apart). */
export const exactLines = (total: StatedSum): number => total.lines - total.unknown - total.ranged;

/**
 * A sum of gifts in words: their number and the sum of their exact values, then the gifts the sum
 * leaves out; with no exact value at all, no sum (never "0.00" for values that are not known).
 */
export function giftsSummary(total: StatedSum, lang: Lang, currency: string): string {
  const t = translator(lang);
  if (total.lines > 0 && exactLines(total) === 0) return t('gifts.summaryNoneExact', { count: total.lines });
  const summary = t('gifts.summary', { count: total.lines, value: formatMoney(total.cents, lang, currency) });
  return total.unknown + total.ranged === 0 ? summary : `${summary} ${t('gifts.notInSum', { valueless: total.unknown, ranged: total.ranged })}`;
}
