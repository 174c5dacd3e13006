/**
 * A yearly declaration of an official: `data/declarations/<year>/<official-id>.yaml`. The year and the
 * official come from the path. Due for every year in office and for some years after leaving.
 */
import { z } from 'zod';
import { firstDayOf, lastDayOf } from './partial-date.ts';
import { describe, isoDate, money, partialDate, text, yesNo } from './fields.ts';
import { sourceUrl } from './source-url.ts';

export const incomeSourceSchema = z
  .object({
    source: describe(text, {
      en: 'Who paid the income',
      nl: 'Wie het inkomen betaalde',
      fr: 'Qui a versé le revenu',
    }),
    description: describe(text, {
      en: 'What the income is for',
      nl: 'Waarvoor het inkomen ontvangen wordt',
      fr: 'À quel titre le revenu est perçu',
    }).optional(),
    amount: describe(money, {
      en: 'Yearly amount, where declared exactly',
      nl: 'Jaarbedrag, als het exact aangegeven is',
      fr: 'Montant annuel, s’il est déclaré exactement',
    }).optional(),
    band: describe(text, {
      en: 'Band of the amount, where declared as a band, e.g. 5000-10000',
      nl: 'Vork van het bedrag, als het als vork aangegeven is, bv. 5000-10000',
      fr: 'Fourchette du montant, s’il est déclaré en fourchette, p. ex. 5000-10000',
    }).optional(),
  })
  .strict();

export const assetSchema = z
  .object({
    description: describe(text, {
      en: 'What the asset is',
      nl: 'Wat het vermogensbestanddeel is',
      fr: 'Nature de l’élément de patrimoine',
    }),
    value: describe(money, {
      en: 'Estimated value',
      nl: 'Geschatte waarde',
      fr: 'Valeur estimée',
    }).optional(),
    band: describe(text, {
      en: 'Band of the value, where declared as a band',
      nl: 'Vork van de waarde, als ze als vork aangegeven is',
      fr: 'Fourchette de la valeur, si elle est déclarée en fourchette',
    }).optional(),
  })
  .strict();

export const capitalGainSchema = z
  .object({
    description: describe(text, {
      en: 'What was sold or realised',
      nl: 'Wat verkocht of gerealiseerd werd',
      fr: 'Ce qui a été vendu ou réalisé',
    }),
    amount: describe(money, {
      en: 'Gain realised',
      nl: 'Gerealiseerde meerwaarde',
      fr: 'Plus-value réalisée',
    }),
  })
  .strict();

export const sidePositionSchema = z
  .object({
    organisation: describe(text, {
      en: 'Organisation where the position is held',
      nl: 'Organisatie waar de functie uitgeoefend wordt',
      fr: 'Organisation où la fonction est exercée',
    }),
    role: describe(text, {
      en: 'Role held',
      nl: 'Uitgeoefende rol',
      fr: 'Rôle exercé',
    }),
    paid: describe(yesNo, {
      en: 'Whether the position is paid',
      nl: 'Of de functie bezoldigd is',
      fr: 'Si la fonction est rémunérée',
    }),
    amount: describe(money, {
      en: 'Yearly amount received, where paid',
      nl: 'Ontvangen jaarbedrag, als de functie bezoldigd is',
      fr: 'Montant annuel perçu, si la fonction est rémunérée',
    }).optional(),
    sector: describe(text, {
      en: 'Sector of the organisation',
      nl: 'Sector van de organisatie',
      fr: 'Secteur de l’organisation',
    }).optional(),
    start: describe(partialDate, {
      en: 'Start of the position: its day (YYYY-MM-DD), or only its month (YYYY-MM) or year (YYYY) where no more is known',
      nl: 'Begin van de functie: de dag (JJJJ-MM-DD), of alleen de maand (JJJJ-MM) of het jaar (JJJJ) als niet meer bekend is',
      fr: 'Début de la fonction : le jour (AAAA-MM-JJ), ou seulement le mois (AAAA-MM) ou l’année (AAAA) si l’on n’en sait pas plus',
    }).optional(),
    end: describe(partialDate, {
      en: 'End of the position: its day (YYYY-MM-DD), or only its month (YYYY-MM) or year (YYYY) where no more is known',
      nl: 'Einde van de functie: de dag (JJJJ-MM-DD), of alleen de maand (JJJJ-MM) of het jaar (JJJJ) als niet meer bekend is',
      fr: 'Fin de la fonction : le jour (AAAA-MM-JJ), ou seulement le mois (AAAA-MM) ou l’année (AAAA) si l’on n’en sait pas plus',
    }).optional(),
  })
  .strict()
  .superRefine((position, ctx) => {
    if (position.start !== undefined && position.end !== undefined && lastDayOf(position.end) < firstDayOf(position.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${position.end} is before the start ${position.start}: a position ends after it starts` });
    }
    if (!position.paid && position.amount !== undefined && position.amount !== 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'is given for an unpaid position: set paid to true or remove the amount' });
    }
  });

export const declarationSchema = z
  .object({
    submitted: describe(isoDate, {
      en: 'Date the declaration was submitted',
      nl: 'Datum waarop de aangifte werd ingediend',
      fr: 'Date de dépôt de la déclaration',
    }),
    income: describe(z.array(incomeSourceSchema), {
      en: 'Income sources',
      nl: 'Inkomstenbronnen',
      fr: 'Sources de revenus',
    }).default([]),
    assets: describe(z.array(assetSchema), {
      en: 'Assets',
      nl: 'Vermogen',
      fr: 'Patrimoine',
    }).default([]),
    capitalGains: describe(z.array(capitalGainSchema), {
      en: 'Capital gains',
      nl: 'Meerwaarden',
      fr: 'Plus-values',
    }).default([]),
    sidePositions: describe(z.array(sidePositionSchema), {
      en: 'Side positions, paid or not',
      nl: 'Nevenfuncties, al dan niet bezoldigd',
      fr: 'Fonctions accessoires, rémunérées ou non',
    }).default([]),
    sourceUrl,
  })
  .strict();

export type Declaration = z.output<typeof declarationSchema> & { official: string; year: number };
export type SidePosition = z.output<typeof sidePositionSchema>;
