/** The gifts and hospitality register: one row per gift in `data/gifts/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, money, oneOf, ref, text, localized } from './fields.ts';

export const GIFT_OUTCOMES = ['declined', 'handed-over', 'accepted'] as const;

export const giftSchema = z
  .object({
    id: describe(id, 'Stable id of the gift'),
    date: describe(isoDate, 'Day the gift was offered'),
    official: describe(ref('official', 'an-verlinden'), 'Id of the official it was offered to'),
    giver: describe(text, 'Organisation that offered it; private individuals are written as "private individual"'),
    description: describe(localized, 'What was offered'),
    value: describe(money, 'Estimated value'),
    outcome: describe(oneOf(GIFT_OUTCOMES), 'What happened to it').optional(),
    reason: describe(localized, 'Why it was accepted, where it was').optional(),
    reportedTo: describe(text, 'To whom it was reported'),
  })
  .strict()
  .superRefine((gift, ctx) => {
    if (gift.outcome === 'accepted' && gift.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required when a gift is accepted: say why it was accepted' });
    }
  });

export type Gift = z.output<typeof giftSchema>;
