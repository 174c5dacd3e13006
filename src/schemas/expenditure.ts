/** The organisation's spending: one row per line in `data/expenditure/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, money, oneOf, ref, text } from './fields.ts';

export const EXPENDITURE_CATEGORIES = ['staff', 'rent', 'campaign', 'communication', 'events', 'travel', 'office', 'fees', 'training', 'other'] as const;

export const expenditureSchema = z
  .object({
    id: describe(id, 'Stable id of the expenditure line'),
    date: describe(isoDate, 'Day of payment'),
    amount: describe(money, 'Amount paid'),
    category: describe(oneOf(EXPENDITURE_CATEGORIES), 'Kind of spending'),
    payee: describe(text, 'Organisation paid; private individuals are written as "private individual"'),
    description: describe(text, 'What was paid for'),
    campaign: describe(id, 'Campaign the spending belongs to').optional(),
    official: describe(ref('official', 'an-verlinden'), 'Id of the official who claimed it, for expense claims').optional(),
  })
  .strict();

export type Expenditure = z.output<typeof expenditureSchema>;
