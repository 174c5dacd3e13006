/** The diary of appointments: one row per appointment in `data/agenda/*.csv`. */
import { z } from 'zod';
import { count, describe, isTime, id, isoDate, list, localized, oneOf, ref, text, time, url } from './fields.ts';

export const AGENDA_CATEGORIES = ['interest-representatives', 'public-event', 'council-work', 'internal', 'media', 'citizens', 'other'] as const;

export const agendaEntrySchema = z
  .object({
    id: describe(id, 'Stable id of the appointment, unique across all agenda files'),
    date: describe(isoDate, 'Day of the appointment'),
    start: describe(time, 'Start time, in the site time zone'),
    end: describe(time, 'End time, in the site time zone').optional(),
    officials: describe(list(ref('official', 'an-verlinden')).pipe(z.array(z.string()).min(1, { error: 'needs at least one official id' })), 'Ids of the officials present'),
    title: describe(localized, 'What the appointment was about'),
    category: describe(oneOf(AGENDA_CATEGORIES), 'Kind of appointment'),
    organisations: describe(list(text), 'Organisations met; private individuals are never named').optional(),
    privateIndividuals: describe(count, 'Number of private individuals met, who are counted, never named').optional(),
    topics: describe(list(text), 'Topics discussed').optional(),
    location: describe(text, 'Where it took place').optional(),
    minutes: describe(url, 'Address of minutes or a report').optional(),
    published: describe(isoDate, 'Day the entry was first published, where it was published before it came into this repository').optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.end !== undefined && isTime(entry.start) && isTime(entry.end) && entry.end <= entry.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${entry.end} is not after the start ${entry.start}: an appointment ends after it starts` });
    }
  });

export type AgendaEntry = z.output<typeof agendaEntrySchema>;
