/**
 * A meeting of a body: the front matter of its minutes, `content/meetings/<id>.<lang>.mdx`. A meeting
 * with minutes in several languages has one file per language; the front matter is written in one of them.
 */
import { z } from 'zod';
import { count, describe, isTime, isoDate, list, localized, ref, text, time } from './fields.ts';

export const voteSchema = z
  .object({
    for: describe(count, 'Votes in favour'),
    against: describe(count, 'Votes against'),
    abstain: describe(count, 'Abstentions').default(0),
  })
  .strict();

export const agendaItemSchema = z
  .object({
    title: describe(localized, 'The item as it stood on the agenda'),
    decision: describe(localized, 'What was decided').optional(),
    votes: describe(voteSchema, 'The vote, where one was held').optional(),
  })
  .strict();

const official = ref('official', 'an-verlinden');

export const meetingSchema = z
  .object({
    body: describe(ref('body', 'council'), 'Id of the body that met'),
    title: describe(localized, 'Title of the meeting, if not just the body and date').optional(),
    date: describe(isoDate, 'Day of the meeting'),
    start: describe(time, 'Start time, in the site time zone'),
    end: describe(time, 'End time, in the site time zone').optional(),
    location: describe(text, 'Where the meeting took place').optional(),
    items: describe(z.array(agendaItemSchema).min(1, { error: 'needs at least one agenda item' }), 'The agenda items, in order'),
    present: describe(list(official), 'Ids of the officials present'),
    excused: describe(list(official), 'Ids of the officials excused').optional(),
    absent: describe(list(official), 'Ids of the officials absent without excuse').optional(),
  })
  .strict()
  .superRefine((meeting, ctx) => {
    if (meeting.end !== undefined && isTime(meeting.start) && isTime(meeting.end) && meeting.end <= meeting.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${meeting.end} is not after the start ${meeting.start}: a meeting ends after it starts` });
    }
  });

export type Meeting = z.output<typeof meetingSchema>;
