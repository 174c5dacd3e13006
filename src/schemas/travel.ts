/** The register of travel paid by others: one row per trip of an official paid by a third party, in `data/travel/*.csv`. */
import { z } from 'zod';
import { describe, id, localized, partialDate, ref, statedValue, text } from './fields.ts';
import { sourceUrl } from './source-url.ts';
import { firstDayOf, isPartialDate, lastDayOf } from './partial-date.ts';

export const tripSchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the trip',
      nl: 'Vaste id van de reis',
      fr: 'Identifiant stable du voyage',
    }),
    from: describe(partialDate, {
      en: 'First day of the trip (YYYY-MM-DD), or only its month (YYYY-MM) or year (YYYY) where the register gives no more',
      nl: 'Eerste dag van de reis (JJJJ-MM-DD), of alleen de maand (JJJJ-MM) of het jaar (JJJJ) als het register niet meer vermeldt',
      fr: 'Premier jour du voyage (AAAA-MM-JJ), ou seulement le mois (AAAA-MM) ou l’année (AAAA) si le registre n’en dit pas plus',
    }),
    to: describe(partialDate, {
      en: 'Last day of the trip, written like from; empty when the register gives only one date',
      nl: 'Laatste dag van de reis, geschreven zoals from; leeg als het register maar één datum vermeldt',
      fr: 'Dernier jour du voyage, écrit comme from ; vide si le registre ne donne qu’une date',
    }).optional(),
    official: describe(ref('official', 'an-verlinden'), {
      en: 'Id of the official who travelled',
      nl: 'Id van de mandataris die reisde',
      fr: 'Identifiant du mandataire qui a voyagé',
    }),
    destination: describe(text, {
      en: 'Where the trip went: city and country',
      nl: 'Waarheen de reis ging: stad en land',
      fr: 'Destination du voyage : ville et pays',
    }),
    purpose: describe(localized, {
      en: 'What the trip was for',
      nl: 'Waarvoor de reis diende',
      fr: 'L’objet du voyage',
    }),
    paidBy: describe(text, {
      en: 'Organisation that paid for it; private individuals are written as "private individual"',
      nl: 'Organisatie die de reis betaalde; privépersonen worden vermeld als “privépersoon”',
      fr: 'Organisation qui a payé le voyage ; les particuliers sont indiqués comme « particulier »',
    }),
    value: describe(statedValue, {
      en: 'Value of what was paid as the register states it: an amount (845.00), unknown, a bound (< 500, > 1000) or a range (500-1000)',
      nl: 'Waarde van wat betaald werd zoals het register ze vermeldt: een bedrag (845.00), unknown (onbekend), een grens (< 500, > 1000) of een vork (500-1000)',
      fr: 'Valeur de ce qui a été payé telle que le registre l’indique : un montant (845.00), unknown (inconnue), une borne (< 500, > 1000) ou une fourchette (500-1000)',
    }),
    sourceUrl,
  })
  .strict()
  .superRefine((trip, ctx) => {
    // Compared by the widest reading of each date: March 2025 to 2 March 2025 may be right, 2025-04 to 2025-03 is not.
    if (trip.to !== undefined && isPartialDate(trip.to) && isPartialDate(trip.from) && lastDayOf(trip.to) < firstDayOf(trip.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `${trip.to} is before the first day ${trip.from}: a trip ends on or after the day it starts; swap the two dates if they were exchanged` });
    }
  });

export type Trip = z.output<typeof tripSchema>;
