/**
 * A meeting of a body: the front matter of its minutes, `content/meetings/<id>.<lang>.md`. A meeting
 * with minutes in several languages has one file per language; the front matter is written in one of them.
 */
import { z } from 'zod';
import { count, describe, endsAfterStart, isoDate, list, localized, ref, startTime, endTime, text } from './fields.ts';
import { sourceUrl } from './source-url.ts';
import type { EnumLabels } from './labels.ts';

/** How an official voted on an item, in the order a meeting's page lists them. */
export const VOTE_CHOICES = ['for', 'against', 'abstain', 'absent'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** The choices for readers. */
export const VOTE_CHOICE_LABELS = {
  for: { en: 'for', nl: 'voor', fr: 'pour' },
  against: { en: 'against', nl: 'tegen', fr: 'contre' },
  abstain: { en: 'abstained', nl: 'onthouden', fr: 'abstention' },
  absent: { en: 'did not vote', nl: 'niet gestemd', fr: 'n’a pas voté' },
} as const satisfies EnumLabels<VoteChoice>;

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

const voters = (descriptions: { en: string; nl: string; fr: string }) => describe(list(ref('official', 'an-verlinden')), descriptions).optional();

/**
 * Who voted how, by name: `{ for: [an-verlinden, tom-claes], against: [karim-dubois] }`. Each list is
 * optional; an official is named at most once per item (checked by the meeting, with the totals).
 */
export const votesByNameSchema = z
  .object({
    for: voters({ en: 'Ids of the officials who voted for', nl: 'Id’s van de mandatarissen die voor stemden', fr: 'Identifiants des mandataires qui ont voté pour' }),
    against: voters({ en: 'Ids of the officials who voted against', nl: 'Id’s van de mandatarissen die tegen stemden', fr: 'Identifiants des mandataires qui ont voté contre' }),
    abstain: voters({ en: 'Ids of the officials who abstained', nl: 'Id’s van de mandatarissen die zich onthielden', fr: 'Identifiants des mandataires qui se sont abstenus' }),
    absent: voters({
      en: 'Ids of the members who did not take part in this vote (absent, or left the room)',
      nl: 'Id’s van de leden die niet deelnamen aan deze stemming (afwezig, of verlieten de zaal)',
      fr: 'Identifiants des membres qui n’ont pas pris part à ce vote (absents, ou sortis de la salle)',
    }),
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
    votesByName: describe(votesByNameSchema, {
      en: 'How each official voted, by id: lists for, against, abstain and absent; must agree with votes where both are given',
      nl: 'Hoe elke mandataris stemde, per id: lijsten for, against, abstain en absent; moet kloppen met votes als beide gegeven zijn',
      fr: 'Le vote de chaque mandataire, par identifiant : listes for, against, abstain et absent ; doit concorder avec votes si les deux sont donnés',
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
    sourceUrl,
  })
  .strict()
  .superRefine(endsAfterStart('a meeting'))
  .superRefine(votesAgree);

type Item = z.output<typeof agendaItemSchema>;

/**
 * The votes by name of each item: an official named once, a voter present at the meeting, and the
 * totals, where they are given too, equal to the names counted.
 */
function votesAgree(meeting: { items: Item[]; present: string[] }, ctx: z.RefinementCtx): void {
  const present = new Set(meeting.present);
  meeting.items.forEach((item, index) => {
    const named = item.votesByName;
    if (!named) return;
    const seen = new Map<string, VoteChoice>();
    for (const choice of VOTE_CHOICES) {
      (named[choice] ?? []).forEach((official, at) => {
        const path = ['items', index, 'votesByName', choice, at];
        const before = seen.get(official);
        if (before !== undefined) {
          ctx.addIssue({ code: 'custom', path, message: `names ${official} again, already under ${before}: an official votes once per item, keep them in one list` });
          return;
        }
        seen.set(official, choice);
        if (choice !== 'absent' && !present.has(official)) {
          ctx.addIssue({ code: 'custom', path, message: `${official} voted ${choice} but is not in present: add them to present, or move them to absent if they did not vote` });
        }
      });
    }
    if (!item.votes) return;
    for (const choice of ['for', 'against', 'abstain'] as const) {
      const names = named[choice]?.length ?? 0;
      const total = item.votes[choice];
      if (names !== total) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'votes', choice],
          message: `is ${total}, but votesByName.${choice} names ${names} official${names === 1 ? '' : 's'}: make the total and the names agree (fix the count or the list of names)`,
        });
      }
    }
  });
}

export type Meeting = z.output<typeof meetingSchema>;
