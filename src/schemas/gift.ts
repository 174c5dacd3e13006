/** The gifts and hospitality register: one row per gift in `data/gifts/*.csv`. */
import { z } from 'zod';
import { describe, id, oneOf, partialDate, ref, statedValue, text, localized } from './fields.ts';
import { sourceUrl } from './source-url.ts';
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
    date: describe(partialDate, {
      en: 'Day the gift was offered (YYYY-MM-DD), or only its month (YYYY-MM) or year (YYYY) where the register gives no more',
      nl: 'Dag waarop het geschenk werd aangeboden (JJJJ-MM-DD), of alleen de maand (JJJJ-MM) of het jaar (JJJJ) als het register niet meer vermeldt',
      fr: 'Jour où le cadeau a été offert (AAAA-MM-JJ), ou seulement le mois (AAAA-MM) ou l’année (AAAA) si le registre n’en dit pas plus',
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
    value: describe(statedValue, {
      en: 'Estimated value as the register states it: an amount (45.00), unknown, a bound (< 50, > 1000) or a range (50-150)',
      nl: 'Geschatte waarde zoals het register ze vermeldt: een bedrag (45.00), unknown (onbekend), een grens (< 50, > 1000) of een vork (50-150)',
      fr: 'Valeur estimée telle que le registre l’indique : un montant (45.00), unknown (inconnue), une borne (< 50, > 1000) ou une fourchette (50-150)',
    }),
    outcome: describe(oneOf(GIFT_OUTCOMES, GIFT_OUTCOME_LABELS), {
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
    sourceUrl,
  })
  .strict()
  .superRefine((gift, ctx) => {
    if (gift.outcome === 'accepted' && gift.reason === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required when a gift is accepted: say why it was accepted' });
    }
  });

export type Gift = z.output<typeof giftSchema>;
