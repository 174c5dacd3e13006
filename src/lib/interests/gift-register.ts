/**
 * The gifts and hospitality register summed: how many gifts and their value, in all and by outcome,
 * year and official, to the cent. A gift without a recorded outcome counts under `none`.
 */
import type { Lang } from '../../schemas/fields.ts';
import type { Gift } from '../../schemas/gift.ts';
import { GIFT_OUTCOME_LABELS, GIFT_OUTCOMES } from '../../schemas/gift.ts';
import { labelOf } from '../../schemas/labels.ts';
import { translator } from '../../i18n/index.ts';
import { totalsBy, type Total } from '../money/summary.ts';

export const OUTCOME_KEYS = [...GIFT_OUTCOMES, 'none'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const outcomeOf = (gift: Gift): OutcomeKey => gift.outcome ?? 'none';

/** An outcome for readers: its label, or that none is recorded. */
export const outcomeLabel = (outcome: OutcomeKey, lang: Lang): string => (outcome === 'none' ? translator(lang)('gifts.noOutcome') : labelOf(GIFT_OUTCOME_LABELS, outcome, lang));

/** Newest first, then by id, as the register lists them. */
export function registerOrder(gifts: readonly Gift[]): Gift[] {
  return [...gifts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
}

export interface GiftTotals {
  all: { cents: number; lines: number };
  /** Every outcome, in the order of OUTCOME_KEYS, those without gifts left out. */
  byOutcome: Total[];
  /** Newest year first. */
  byYear: Total[];
  /** Most given first. */
  byOfficial: Total[];
}

export function giftTotals(gifts: readonly Gift[]): GiftTotals {
  const value = (gift: Gift) => gift.value;
  const byOutcome = totalsBy(gifts, outcomeOf, value).sort((a, b) => OUTCOME_KEYS.indexOf(a.key as OutcomeKey) - OUTCOME_KEYS.indexOf(b.key as OutcomeKey));
  const byYear = totalsBy(gifts, (gift) => gift.date.slice(0, 4), value).sort((a, b) => (a.key < b.key ? 1 : -1));
  const all = { cents: 0, lines: 0 };
  for (const gift of gifts) {
    all.cents += gift.value;
    all.lines += 1;
  }
  return { all, byOutcome, byYear, byOfficial: totalsBy(gifts, (gift) => gift.official, value) };
}
