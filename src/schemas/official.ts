/** An official: one YAML file per person in `data/officials/<id>.yaml`; the file name is the id. */
import { z } from 'zod';
import { describe, email, isDate, isoDate, localized, oneOf, ref, text, url, yesNo } from './fields.ts';
import { blankToUndefined, shown } from './raw-values.ts';
import type { EnumLabels } from './labels.ts';
import { wikidataId } from './register-ids.ts';

/** How a post was obtained. */
export const MANDATE_SELECTIONS = ['elected', 'appointed'] as const;

/** How a post was obtained, for readers. */
export const MANDATE_SELECTION_LABELS = {
  elected: { en: 'elected', nl: 'verkozen', fr: 'élu·e' },
  appointed: { en: 'appointed', nl: 'aangesteld', fr: 'désigné·e' },
} as const satisfies EnumLabels<(typeof MANDATE_SELECTIONS)[number]>;

/** The word a file writes for a mandate whose start the source does not state. */
export const UNKNOWN_START = 'unknown';

/**
 * A mandate's first day, `YYYY-MM-DD`, or the word `unknown` when the source does not say (a register's
 * membership without a start date). Validated to `undefined`, so that every use of a start has to say what
 * an unknown one does (a comparison with undefined does not type-check); a missing start is refused.
 */
export const mandateStart = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : blankToUndefined(value)),
    z
      .string({
        error: (iss) =>
          iss.input === undefined
            ? `is required: write the first day as YYYY-MM-DD, or ${UNKNOWN_START} if the source does not say when the mandate started`
            : `must be a date written YYYY-MM-DD or ${UNKNOWN_START}, not ${shown(iss.input)}`,
      })
      .refine((text) => text === UNKNOWN_START || isDate(text), {
        error: (iss) => `${shown(iss.input)} is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14, or ${UNKNOWN_START} if the source does not say when the mandate started`,
      })
      .transform((text): string | undefined => (text === UNKNOWN_START ? undefined : text)),
  )
  .meta({ kind: 'date', example: '2025-03-14' });

/**
 * What tells a mandate from the official's others in ids and addresses: its start, or for an unknown start
 * `unknown-<n>`, its place in the official's list (1 for the first), so that ids stay unique and stable.
 */
export function mandateKey(mandate: { start: string | undefined }, index: number): string {
  return mandate.start ?? `${UNKNOWN_START}-${index + 1}`;
}

/** One mandate: a post held from a start date (or an unknown one), until an end date if it has ended. */
export const mandateSchema = z
  .object({
    post: describe(ref('post', 'councillor'), {
      en: 'Id of the post held (from bodies.yaml)',
      nl: 'Id van de beklede functie (uit bodies.yaml)',
      fr: 'Identifiant de la fonction exercée (dans bodies.yaml)',
    }),
    body: describe(ref('body', 'council'), {
      en: 'Id of the body the post belongs to',
      nl: 'Id van het orgaan waartoe de functie behoort',
      fr: 'Identifiant de l’organe auquel appartient la fonction',
    }),
    selection: describe(oneOf(MANDATE_SELECTIONS, MANDATE_SELECTION_LABELS), {
      en: 'How the official got the post; empty when the source does not say',
      nl: 'Hoe de mandataris de functie verkreeg; leeg als de bron het niet zegt',
      fr: 'Comment le mandataire a obtenu la fonction ; vide si la source ne le dit pas',
    }).optional(),
    start: describe(mandateStart, {
      en: 'First day of the mandate; unknown when the source does not say',
      nl: 'Eerste dag van het mandaat; unknown als de bron het niet zegt',
      fr: 'Premier jour du mandat ; unknown si la source ne le dit pas',
    }),
    end: describe(isoDate, {
      en: 'Last day of the mandate; empty while it runs',
      nl: 'Laatste dag van het mandaat; leeg zolang het loopt',
      fr: 'Dernier jour du mandat ; vide tant qu’il est en cours',
    }).optional(),
    paid: describe(yesNo, {
      en: 'Whether the mandate is paid',
      nl: 'Of het mandaat bezoldigd is',
      fr: 'Si le mandat est rémunéré',
    }),
    exception: describe(localized, {
      en: 'The recorded exception that allows a term beyond the limit, e.g. approval by the members',
      nl: 'De vastgelegde uitzondering die een termijn boven de limiet toestaat, bv. goedkeuring door de leden',
      fr: 'L’exception enregistrée qui autorise un mandat au-delà de la limite, p. ex. l’approbation des membres',
    }).optional(),
  })
  .strict()
  .superRefine((mandate, ctx) => {
    if (mandate.end !== undefined && mandate.start !== undefined && isDate(mandate.start) && isDate(mandate.end) && mandate.end < mandate.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${mandate.end} is before the start ${mandate.start}: a mandate ends after it starts` });
    }
  });

/** The date an official signed a version of the code of ethics. */
export const signatureSchema = z
  .object({
    version: describe(ref('code version', '2024'), {
      en: 'Id of the code version signed (from site.yaml)',
      nl: 'Id van de ondertekende versie van de code (uit site.yaml)',
      fr: 'Identifiant de la version du code signée (dans site.yaml)',
    }),
    date: describe(isoDate, {
      en: 'Date of signature',
      nl: 'Datum van ondertekening',
      fr: 'Date de signature',
    }),
  })
  .strict();

export const officialSchema = z
  .object({
    name: describe(text, {
      en: 'Full name as published',
      nl: 'Volledige naam zoals gepubliceerd',
      fr: 'Nom complet tel que publié',
    }),
    sortName: describe(text, {
      en: 'Name used to sort the directory, family name first',
      nl: 'Naam om de lijst te sorteren, familienaam eerst',
      fr: 'Nom utilisé pour trier la liste, nom de famille d’abord',
    }),
    photo: describe(url, {
      en: 'Address of a portrait photo',
      nl: 'Webadres van een portretfoto',
      fr: 'Adresse web d’une photo portrait',
    }).optional(),
    email: describe(email, {
      en: 'Public work e-mail address',
      nl: 'Openbaar professioneel e-mailadres',
      fr: 'Adresse e-mail professionnelle publique',
    }).optional(),
    website: describe(url, {
      en: 'Public website or profile',
      nl: 'Openbare website of openbaar profiel',
      fr: 'Site web ou profil public',
    }).optional(),
    party: describe(text, {
      en: 'Party or list the official belongs to',
      nl: 'Partij of lijst van de mandataris',
      fr: 'Parti ou liste du mandataire',
    }).optional(),
    wikidata: describe(wikidataId, {
      en: 'Wikidata item of the official, e.g. Q42',
      nl: 'Wikidata-item van de mandataris, bv. Q42',
      fr: 'Élément Wikidata du mandataire, p. ex. Q42',
    }).optional(),
    mandates: describe(z.array(mandateSchema).min(1, { error: 'needs at least one mandate' }), {
      en: 'Posts held over time',
      nl: 'Beklede functies, door de jaren heen',
      fr: 'Fonctions exercées au fil du temps',
    }),
    signatures: describe(z.array(signatureSchema), {
      en: 'Signatures of the code of ethics',
      nl: 'Ondertekeningen van de deontologische code',
      fr: 'Signatures du code d’éthique',
    }).default([]),
  })
  .strict();

export type Official = z.output<typeof officialSchema> & { id: string };
export type Mandate = z.output<typeof mandateSchema>;
export type Signature = z.output<typeof signatureSchema>;
