/** The organisation's spending: one row per line in `data/expenditure/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, money, oneOf, ref, text } from './fields.ts';

export const EXPENDITURE_CATEGORIES = ['staff', 'rent', 'campaign', 'communication', 'events', 'travel', 'office', 'fees', 'training', 'other'] as const;

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
      en: 'Amount paid',
      nl: 'Betaald bedrag',
      fr: 'Montant payé',
    }),
    category: describe(oneOf(EXPENDITURE_CATEGORIES), {
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
  })
  .strict();

export type Expenditure = z.output<typeof expenditureSchema>;
