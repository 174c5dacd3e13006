/** The organisation's income: one row per line in `data/income/*.csv`. */
import { z } from 'zod';
import { describe, id, isoDate, money, oneOf, text } from './fields.ts';

export const INCOME_CATEGORIES = ['membership-fees', 'donation', 'subsidy', 'crowdfunding', 'bank-loan', 'other'] as const;

export const incomeSchema = z
  .object({
    id: describe(id, 'Stable id of the income line'),
    date: describe(isoDate, 'Day the money was received'),
    amount: describe(money, 'Amount received'),
    category: describe(oneOf(INCOME_CATEGORIES), 'Kind of income'),
    donor: describe(id, 'Pseudonymous donor reference, to add up one donor’s gifts; never a name').optional(),
    donorName: describe(text, 'Name of the donor, only when their yearly total is above the publication threshold').optional(),
    campaign: describe(id, 'Campaign or crowdfunding goal the money is for').optional(),
    description: describe(text, 'What the income is'),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.category === 'donation' && line.donor === undefined) {
      ctx.addIssue({ code: 'custom', path: ['donor'], message: 'is required for a donation: give the donor a reference such as d-0042, so that the donation cap can be checked' });
    }
  });

export type Income = z.output<typeof incomeSchema>;
