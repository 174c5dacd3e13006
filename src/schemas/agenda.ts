/** The diary of appointments: one row per appointment in `data/agenda/*.csv`. */
import { z } from 'zod';
import { count, describe, endsAfterStart, id, isoDate, list, localized, oneOf, ref, startTime, endTime, text, url } from './fields.ts';
import { sourceUrl } from './source-url.ts';
import type { EnumLabels } from './labels.ts';

export const AGENDA_CATEGORIES = ['interest-representatives', 'public-event', 'council-work', 'internal', 'media', 'citizens', 'other'] as const;

/** The category of an appointment, for readers. */
export const AGENDA_CATEGORY_LABELS = {
  'interest-representatives': { en: 'Meeting with interest representatives', nl: 'Overleg met belangenvertegenwoordigers', fr: 'Rencontre avec des représentants d’intérêts' },
  'public-event': { en: 'Public event', nl: 'Publiek evenement', fr: 'Événement public' },
  'council-work': { en: 'Council work', nl: 'Raadswerk', fr: 'Travail du conseil' },
  internal: { en: 'Internal', nl: 'Intern', fr: 'Interne' },
  media: { en: 'Media', nl: 'Media', fr: 'Médias' },
  citizens: { en: 'Citizens', nl: 'Inwoners', fr: 'Habitants' },
  other: { en: 'Other', nl: 'Andere', fr: 'Autre' },
} as const satisfies EnumLabels<(typeof AGENDA_CATEGORIES)[number]>;

export const agendaEntrySchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the appointment, unique across all agenda files',
      nl: 'Vaste id van de afspraak, uniek over alle agendabestanden',
      fr: 'Identifiant stable du rendez-vous, unique dans tous les fichiers d’agenda',
    }),
    date: describe(isoDate, {
      en: 'Day of the appointment',
      nl: 'Dag van de afspraak',
      fr: 'Jour du rendez-vous',
    }),
    start: startTime,
    end: endTime,
    officials: describe(list(ref('official', 'an-verlinden')).pipe(z.array(z.string()).min(1, { error: 'needs at least one official id' })), {
      en: 'Ids of the officials present',
      nl: 'Id’s van de aanwezige mandatarissen',
      fr: 'Identifiants des mandataires présents',
    }),
    title: describe(localized, {
      en: 'What the appointment was about',
      nl: 'Waarover de afspraak ging',
      fr: 'Objet du rendez-vous',
    }),
    category: describe(oneOf(AGENDA_CATEGORIES, AGENDA_CATEGORY_LABELS), {
      en: 'Kind of appointment',
      nl: 'Soort afspraak',
      fr: 'Type de rendez-vous',
    }),
    organisations: describe(list(text), {
      en: 'Organisations met; private individuals are never named',
      nl: 'Ontmoete organisaties; privépersonen worden nooit genoemd',
      fr: 'Organisations rencontrées ; les particuliers ne sont jamais nommés',
    }).optional(),
    privateIndividuals: describe(count, {
      en: 'Number of private individuals met, who are counted, never named',
      nl: 'Aantal ontmoete privépersonen, die geteld en nooit genoemd worden',
      fr: 'Nombre de particuliers rencontrés, comptés mais jamais nommés',
    }).optional(),
    topics: describe(list(text), {
      en: 'Topics discussed',
      nl: 'Besproken onderwerpen',
      fr: 'Sujets abordés',
    }).optional(),
    location: describe(text, {
      en: 'Where it took place',
      nl: 'Waar de afspraak plaatsvond',
      fr: 'Où le rendez-vous a eu lieu',
    }).optional(),
    minutes: describe(url, {
      en: 'Address of minutes or a report',
      nl: 'Webadres van notulen of een verslag',
      fr: 'Adresse web du procès-verbal ou d’un compte rendu',
    }).optional(),
    published: describe(isoDate, {
      en: 'Day the entry was first published, where it was published before it came into this repository',
      nl: 'Dag waarop de afspraak voor het eerst gepubliceerd werd, als dat gebeurde voor ze in deze repository kwam',
      fr: 'Jour de la première publication, si le rendez-vous a été publié avant d’arriver dans ce dépôt',
    }).optional(),
    sourceUrl,
  })
  .strict()
  .superRefine(endsAfterStart('an appointment'));

export type AgendaEntry = z.output<typeof agendaEntrySchema>;
