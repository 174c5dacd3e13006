/**
 * The published tables. Each is derived from a record schema: most are the record itself, a few
 * flatten what is nested (mandates of an official, side positions of a declaration) or summarise it.
 * The CSV columns, the JSON fields and the data dictionary all come from these schemas.
 */
import { z } from 'zod';
import { agendaEntrySchema } from './agenda.ts';
import { bodySchema } from './body.ts';
import { complaintStatSchema } from './complaint.ts';
import { sidePositionSchema } from './declaration.ts';
import { expenditureSchema } from './expenditure.ts';
import { count, describe, id, isoDate, list, money, ref, text, year } from './fields.ts';
import { giftSchema } from './gift.ts';
import { incomeSchema } from './income.ts';
import { meetingSchema } from './meeting.ts';
import { mandateSchema, officialSchema } from './official.ts';
import { remunerationSchema } from './remuneration.ts';
import { signalSchema } from './signal.ts';

const { items: _items, ...meetingFields } = meetingSchema.shape;
const official = describe(ref('official', 'an-verlinden'), 'Id of the official');
const dateTime = (description: string) => describe(text.meta({ kind: 'datetime', example: '2025-03-14T09:30:00+01:00' }), description);

export const DATASET_SCHEMAS = {
  officials: z.object({ id: describe(id, 'Stable id of the official'), ...officialSchema.omit({ mandates: true, signatures: true }).shape }),
  bodies: z.object({ ...bodySchema.omit({ posts: true }).shape, posts: describe(list(id), 'Ids of the posts in the body') }),
  mandates: z.object({ official, ...mandateSchema.shape }),
  agenda: z.object({
    ...agendaEntrySchema.shape,
    startsAt: dateTime('Start as date, time and UTC offset (ISO 8601)'),
    endsAt: dateTime('End as date, time and UTC offset (ISO 8601)').optional(),
  }),
  meetings: z.object({
    id: describe(id, 'Stable id of the meeting'),
    ...meetingFields,
    items: describe(count, 'Number of agenda items'),
    languages: describe(list(text), 'Languages the minutes are written in'),
  }),
  declarations: z.object({
    official,
    year: describe(year, 'Year declared'),
    submitted: describe(isoDate, 'Date the declaration was submitted'),
    incomeSources: describe(count, 'Number of income sources declared'),
    incomeDeclared: describe(money, 'Sum of the income declared as exact amounts (bands are not added)'),
    assets: describe(count, 'Number of assets declared'),
    capitalGains: describe(money, 'Sum of the capital gains declared'),
    sidePositions: describe(count, 'Number of side positions declared'),
  }),
  'side-positions': z.object({ official, year: describe(year, 'Year of the declaration'), ...sidePositionSchema.shape }),
  gifts: giftSchema,
  remuneration: remunerationSchema,
  income: incomeSchema,
  expenditure: expenditureSchema,
  complaints: complaintStatSchema,
  signals: signalSchema,
} as const;

export type DatasetName = keyof typeof DATASET_SCHEMAS;
export const DATASET_NAMES = Object.keys(DATASET_SCHEMAS) as DatasetName[];
export type DatasetRow<N extends DatasetName> = z.output<(typeof DATASET_SCHEMAS)[N]>;
