/** The gifts and hospitality register: one row per gift in `data/gifts/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, moneyNotNegative, oneOf, ref, text, localized } from './fields.ts';
import type { EnumLabels } from './labels.ts';

export const GIFT_OUTCOMES = ['declined', 'handed-over', 'accepted'] as const;

/** What happened to a gift, for readers. */
export const GIFT_OUTCOME_LABELS = {
  declined: { en: 'declined', nl: 'geweigerd', fr: 'refusé' },
  'handed-over': { en: 'handed over', nl: 'afgegeven', fr: 'remis' },
  accepted: { en: 'accepted', nl: 'aanvaard', fr: 'accepté' },
} as const satisfies EnumLabels<(typeof GIFT_OUTCOMES)[number]>;

export const giftSchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the gift',
      nl: 'Vaste id van het geschenk',
      fr: 'Identifiant stable du cadeau',
    }),
    date: describe(isoDate, {
      en: 'Day the gift was offered',
      nl: 'Dag waarop het geschenk werd aangeboden',
      fr: 'Jour où le cadeau a été offert',
    }),
    official: describe(ref('official', 'an-verlinden'), {
      en: 'Id of the official it was offered to',
      nl: 'Id van de mandataris aan wie het werd aangeboden',
      fr: 'Identifiant du mandataire à qui il a été offert',
    }),
    giver: describe(text, {
      en: 'Organisation that offered it; private individuals are written as "private individual"',
      nl: 'Organisatie die het aanbood; privépersonen worden vermeld als “privépersoon”',
      fr: 'Organisation qui l’a offert ; les particuliers sont indiqués comme « particulier »',
    }),
    description: describe(localized, {
      en: 'What was offered',
      nl: 'Wat werd aangeboden',
      fr: 'Ce qui a été offert',
    }),
    value: describe(moneyNotNegative('a gift is worth zero or more: write its estimated value, or 0.00 if it has none'), {
      en: 'Estimated value',
      nl: 'Geschatte waarde',
      fr: 'Valeur estimée',
    }),
    outcome: describe(oneOf(GIFT_OUTCOMES), {
      en: 'What happened to it',
      nl: 'Wat ermee gebeurde',
      fr: 'Ce qu’il est advenu du cadeau',
    }).optional(),
    reason: describe(localized, {
      en: 'Why it was accepted, where it was',
      nl: 'Waarom het werd aanvaard, als dat zo was',
      fr: 'Pourquoi il a été accepté, le cas échéant',
    }).optional(),
    reportedTo: describe(text, {
      en: 'To whom it was reported',
      nl: 'Aan wie het werd gemeld',
      fr: 'À qui il a été signalé',
    }),
  })
  .strict()
  .superRefine((gift, ctx) => {
    if (gift.outcome === 'accepted' && gift.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required when a gift is accepted: say why it was accepted' });
    }
  });

export type Gift = z.output<typeof giftSchema>;
