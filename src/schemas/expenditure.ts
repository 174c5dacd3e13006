/** The organisation's spending: one row per line in `data/expenditure/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, money, negativeOnlyAsRefund, oneOf, ref, text, yesNo } from './fields.ts';
import { sourceUrl } from './source-url.ts';
import type { EnumLabels } from './labels.ts';

export const EXPENDITURE_CATEGORIES = ['staff', 'rent', 'campaign', 'communication', 'events', 'travel', 'office', 'fees', 'training', 'other'] as const;

/** The category of an expenditure line, for readers. */
export const EXPENDITURE_CATEGORY_LABELS = {
  staff: { en: 'Staff', nl: 'Personeel', fr: 'Personnel' },
  rent: { en: 'Rent', nl: 'Huur', fr: 'Loyer' },
  campaign: { en: 'Campaigns', nl: 'Campagnes', fr: 'Campagnes' },
  communication: { en: 'Communication', nl: 'Communicatie', fr: 'Communication' },
  events: { en: 'Events', nl: 'Evenementen', fr: 'Événements' },
  travel: { en: 'Travel', nl: 'Verplaatsingen', fr: 'Déplacements' },
  office: { en: 'Office', nl: 'Kantoor', fr: 'Bureau' },
  fees: { en: 'Fees and bank charges', nl: 'Erelonen en bankkosten', fr: 'Honoraires et frais bancaires' },
  training: { en: 'Training', nl: 'Vorming', fr: 'Formation' },
  other: { en: 'Other', nl: 'Andere', fr: 'Autres' },
} as const satisfies EnumLabels<(typeof EXPENDITURE_CATEGORIES)[number]>;

export const expenditureSchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the expenditure line',
      nl: 'Vaste id van de uitgavenlijn',
      fr: 'Identifiant stable de la ligne de dépense',
    }),
    date: describe(isoDate, {
      en: 'Day of payment',
      nl: 'Dag van betaling',
      fr: 'Jour du paiement',
    }),
    amount: describe(money, {
      en: 'Amount paid; negative for a refund',
      nl: 'Betaald bedrag; negatief bij een terugbetaling',
      fr: 'Montant payé ; négatif pour un remboursement',
    }),
    category: describe(oneOf(EXPENDITURE_CATEGORIES, EXPENDITURE_CATEGORY_LABELS), {
      en: 'Kind of spending',
      nl: 'Soort uitgave',
      fr: 'Type de dépense',
    }),
    payee: describe(text, {
      en: 'Organisation paid; private individuals are written as "private individual"',
      nl: 'Betaalde organisatie; privépersonen worden vermeld als “privépersoon”',
      fr: 'Organisation payée ; les particuliers sont indiqués comme « particulier »',
    }),
    description: describe(text, {
      en: 'What was paid for',
      nl: 'Waarvoor betaald werd',
      fr: 'Objet du paiement',
    }),
    campaign: describe(id, {
      en: 'Campaign the spending belongs to',
      nl: 'Campagne waartoe de uitgave behoort',
      fr: 'Campagne à laquelle la dépense se rattache',
    }).optional(),
    official: describe(ref('official', 'an-verlinden'), {
      en: 'Id of the official who claimed it, for expense claims',
      nl: 'Id van de mandataris die ze terugvroeg, bij onkostennota’s',
      fr: 'Identifiant du mandataire qui l’a réclamée, pour les notes de frais',
    }).optional(),
    // Spending is positive. Money paid back to the organisation (a refund, a credit note, a deposit
    // returned) is a negative amount marked as such, so that a sign typed by mistake is caught; sums
    // add it, so it lowers the spending of its year, category, payee and campaign.
    refund: describe(yesNo, {
      en: 'Yes for money paid back to the organisation (a refund or credit note): its amount is negative and lowers the spending',
      nl: 'Ja voor geld dat aan de organisatie wordt terugbetaald (een terugbetaling of creditnota): het bedrag is negatief en verlaagt de uitgaven',
      fr: 'Oui pour de l’argent remboursé à l’organisation (un remboursement ou une note de crédit) : le montant est négatif et réduit les dépenses',
    }).optional(),
    sourceUrl,
  })
  .strict()
  .superRefine(negativeOnlyAsRefund('spending'));

export type Expenditure = z.output<typeof expenditureSchema>;
