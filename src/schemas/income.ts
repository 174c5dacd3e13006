/** The organisation's income: one row per line in `data/income/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, money, negativeOnlyAsRefund, oneOf, text, yesNo } from './fields.ts';
import { sourceUrl } from './source-url.ts';
import type { EnumLabels } from './labels.ts';

export const INCOME_CATEGORIES = ['membership-fees', 'donation', 'subsidy', 'crowdfunding', 'bank-loan', 'other'] as const;

/** The source of an income line, for readers. */
export const INCOME_CATEGORY_LABELS = {
  'membership-fees': { en: 'Membership fees', nl: 'Lidgelden', fr: 'Cotisations' },
  donation: { en: 'Donations', nl: 'Giften', fr: 'Dons' },
  subsidy: { en: 'Subsidies', nl: 'Subsidies', fr: 'Subsides' },
  crowdfunding: { en: 'Crowdfunding', nl: 'Crowdfunding', fr: 'Financement participatif' },
  'bank-loan': { en: 'Bank loans', nl: 'Bankleningen', fr: 'Prêts bancaires' },
  other: { en: 'Other income', nl: 'Andere inkomsten', fr: 'Autres recettes' },
} as const satisfies EnumLabels<(typeof INCOME_CATEGORIES)[number]>;

export const incomeSchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the income line',
      nl: 'Vaste id van de inkomstenlijn',
      fr: 'Identifiant stable de la ligne de recette',
    }),
    date: describe(isoDate, {
      en: 'Day the money was received',
      nl: 'Dag waarop het geld werd ontvangen',
      fr: 'Jour de réception de l’argent',
    }),
    amount: describe(money, {
      en: 'Amount received; negative for a refund',
      nl: 'Ontvangen bedrag; negatief bij een terugbetaling',
      fr: 'Montant reçu ; négatif pour un remboursement',
    }),
    category: describe(oneOf(INCOME_CATEGORIES, INCOME_CATEGORY_LABELS), {
      en: 'Kind of income',
      nl: 'Soort inkomsten',
      fr: 'Type de recette',
    }),
    donor: describe(id, {
      en: 'Pseudonymous donor reference, to add up one donor’s gifts; never a name',
      nl: 'Pseudonieme referentie van de schenker, om de giften van één schenker op te tellen; nooit een naam',
      fr: 'Référence pseudonyme du donateur, pour additionner les dons d’un même donateur ; jamais un nom',
    }).optional(),
    donorName: describe(text, {
      en: 'Name of the donor, only when their yearly total is above the publication threshold',
      nl: 'Naam van de schenker, alleen als het jaartotaal boven de publicatiedrempel ligt',
      fr: 'Nom du donateur, seulement si son total annuel dépasse le seuil de publication',
    }).optional(),
    campaign: describe(id, {
      en: 'Campaign or crowdfunding goal the money is for',
      nl: 'Campagne of crowdfundingdoel waarvoor het geld bestemd is',
      fr: 'Campagne ou objectif de financement participatif auquel l’argent est destiné',
    }).optional(),
    description: describe(text, {
      en: 'What the income is',
      nl: 'Waaruit de inkomsten bestaan',
      fr: 'Nature de la recette',
    }),
    // Income is positive, but some of it is paid back: a donation returned (such as the part above the
    // donation cap, which is what a code of ethics asks for), a subsidy reclaimed, a fee refunded. That
    // is a negative line marked as a refund, in the category and with the donor of what it pays back,
    // so that the donor's yearly total (for the cap and the publication threshold) and the income of
    // the year are what the organisation kept. A negative amount not marked so is refused as a typo.
    refund: describe(yesNo, {
      en: 'Yes for money the organisation paid back (a donation returned, a subsidy reclaimed): its amount is negative and lowers the income',
      nl: 'Ja voor geld dat de organisatie terugbetaalde (een teruggestorte gift, een teruggevorderde subsidie): het bedrag is negatief en verlaagt de inkomsten',
      fr: 'Oui pour de l’argent que l’organisation a remboursé (un don restitué, un subside récupéré) : le montant est négatif et réduit les recettes',
    }).optional(),
    sourceUrl,
  })
  .strict()
  .superRefine(negativeOnlyAsRefund('income'))
  .superRefine((line, ctx) => {
    if (line.category === 'donation' && line.donor === undefined) {
      ctx.addIssue({ code: 'custom', path: ['donor'], message: 'is required for a donation: give the donor a reference such as d-0042, so that the donation cap can be checked' });
    }
  });

export type Income = z.output<typeof incomeSchema>;
