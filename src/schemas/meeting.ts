/**
 * A meeting of a body: the front matter of its minutes, `content/meetings/<id>.<lang>.md`. A meeting
 * with minutes in several languages has one file per language; the front matter is written in one of them.
 */
import { z } from 'zod';
import { count, describe, endsAfterStart, isoDate, list, localized, ref, startTime, endTime, text } from './fields.ts';

export const voteSchema = z
  .object({
    for: describe(count, {
      en: 'Votes in favour',
      nl: 'Stemmen voor',
      fr: 'Voix pour',
    }),
    against: describe(count, {
      en: 'Votes against',
      nl: 'Stemmen tegen',
      fr: 'Voix contre',
    }),
    abstain: describe(count, {
      en: 'Abstentions',
      nl: 'Onthoudingen',
      fr: 'Abstentions',
    }).default(0),
  })
  .strict();

export const agendaItemSchema = z
  .object({
    title: describe(localized, {
      en: 'The item as it stood on the agenda',
      nl: 'Het punt zoals het op de agenda stond',
      fr: 'Le point tel qu’il figurait à l’ordre du jour',
    }),
    decision: describe(localized, {
      en: 'What was decided',
      nl: 'Wat beslist werd',
      fr: 'Ce qui a été décidé',
    }).optional(),
    votes: describe(voteSchema, {
      en: 'The vote, where one was held',
      nl: 'De stemming, als er een was',
      fr: 'Le vote, s’il y en a eu un',
    }).optional(),
  })
  .strict();

const official = ref('official', 'an-verlinden');

export const meetingSchema = z
  .object({
    body: describe(ref('body', 'council'), {
      en: 'Id of the body that met',
      nl: 'Id van het orgaan dat vergaderde',
      fr: 'Identifiant de l’organe qui s’est réuni',
    }),
    title: describe(localized, {
      en: 'Title of the meeting, if not just the body and date',
      nl: 'Titel van de vergadering, als die meer is dan orgaan en datum',
      fr: 'Titre de la réunion, s’il ne se résume pas à l’organe et à la date',
    }).optional(),
    date: describe(isoDate, {
      en: 'Day of the meeting',
      nl: 'Dag van de vergadering',
      fr: 'Jour de la réunion',
    }),
    start: startTime,
    end: endTime,
    location: describe(text, {
      en: 'Where the meeting took place',
      nl: 'Waar de vergadering plaatsvond',
      fr: 'Où la réunion a eu lieu',
    }).optional(),
    items: describe(z.array(agendaItemSchema).min(1, { error: 'needs at least one agenda item' }), {
      en: 'The agenda items, in order',
      nl: 'De agendapunten, in volgorde',
      fr: 'Les points de l’ordre du jour, dans leur ordre',
    }),
    present: describe(list(official), {
      en: 'Ids of the officials present',
      nl: 'Id’s van de aanwezige mandatarissen',
      fr: 'Identifiants des mandataires présents',
    }),
    excused: describe(list(official), {
      en: 'Ids of the officials excused',
      nl: 'Id’s van de verontschuldigde mandatarissen',
      fr: 'Identifiants des mandataires excusés',
    }).optional(),
    absent: describe(list(official), {
      en: 'Ids of the officials absent without excuse',
      nl: 'Id’s van de mandatarissen die zonder verontschuldiging afwezig waren',
      fr: 'Identifiants des mandataires absents sans excuse',
    }).optional(),
  })
  .strict()
  .superRefine(endsAfterStart('a meeting'));

export type Meeting = z.output<typeof meetingSchema>;
