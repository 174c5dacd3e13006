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
import { newestFirst } from '../../schemas/partial-date.ts';
import { formatMoney } from '../money/cents.ts';
import { exactLines, sumStated, sumsBy, type KeyedSum, type RegisterTotals, type StatedSum } from '../money/stated-value.ts';

export const OUTCOME_KEYS = [...GIFT_OUTCOMES, 'none'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const outcomeOf = (gift: Gift): OutcomeKey => gift.outcome ?? 'none';

/** An outcome for readers: its label, or that none is recorded. */
export const outcomeLabel = (outcome: OutcomeKey, lang: Lang): string => (outcome === 'none' ? translator(lang)('gifts.noOutcome') : labelOf(GIFT_OUTCOME_LABELS, outcome, lang));

/** The gifts as the register lists them: newest first (newestFirst). */
export const registerOrder = (gifts: readonly Gift[]): Gift[] => newestFirst(gifts, (gift) => gift.date);

/** The gifts summed in all, per year and per official, and per outcome in the order of OUTCOME_KEYS (those without gifts left out). */
export interface GiftTotals extends RegisterTotals {
  byOutcome: KeyedSum[];
}

export function giftTotals(gifts: readonly Gift[]): GiftTotals {
  const byOutcome = sumsBy(gifts, outcomeOf).sort((a, b) => OUTCOME_KEYS.indexOf(a.key as OutcomeKey) - OUTCOME_KEYS.indexOf(b.key as OutcomeKey));
  const byYear = sumsBy(gifts, (gift) => gift.date.slice(0, 4)).sort((a, b) => (a.key < b.key ? 1 : -1));
  return { all: sumStated(gifts.map((gift) => gift.value)), byOutcome, byYear, byOfficial: sumsBy(gifts, (gift) => gift.official) };
}

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
