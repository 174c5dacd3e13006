/**
 * A yearly declaration of an official: `data/declarations/<year>/<official-id>.yaml`. The year and the
 * official come from the path. Due for every year in office and for some years after leaving.
 */
import { z } from 'zod';
import { describe, isoDate, money, text, yesNo } from './fields.ts';

export const incomeSourceSchema = z
  .object({
    source: describe(text, 'Who paid the income'),
    description: describe(text, 'What the income is for').optional(),
    amount: describe(money, 'Yearly amount, where declared exactly').optional(),
    band: describe(text, 'Band of the amount, where declared as a band, e.g. 5000-10000').optional(),
  })
  .strict();

export const assetSchema = z
  .object({
    description: describe(text, 'What the asset is'),
    value: describe(money, 'Estimated value').optional(),
    band: describe(text, 'Band of the value, where declared as a band').optional(),
  })
  .strict();

export const capitalGainSchema = z
  .object({
    description: describe(text, 'What was sold or realised'),
    amount: describe(money, 'Gain realised'),
  })
  .strict();

export const sidePositionSchema = z
  .object({
    organisation: describe(text, 'Organisation where the position is held'),
    role: describe(text, 'Role held'),
    paid: describe(yesNo, 'Whether the position is paid'),
    amount: describe(money, 'Yearly amount received, where paid').optional(),
    sector: describe(text, 'Sector of the organisation').optional(),
    start: describe(isoDate, 'Start of the position').optional(),
    end: describe(isoDate, 'End of the position').optional(),
  })
  .strict()
  .superRefine((position, ctx) => {
    if (!position.paid && position.amount !== undefined && position.amount !== 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'is given for an unpaid position: set paid to true or remove the amount' });
    }
  });

export const declarationSchema = z
  .object({
    submitted: describe(isoDate, 'Date the declaration was submitted'),
    income: describe(z.array(incomeSourceSchema), 'Income sources').default([]),
    assets: describe(z.array(assetSchema), 'Assets').default([]),
    capitalGains: describe(z.array(capitalGainSchema), 'Capital gains').default([]),
    sidePositions: describe(z.array(sidePositionSchema), 'Side positions, paid or not').default([]),
  })
  .strict();

export type Declaration = z.output<typeof declarationSchema> & { official: string; year: number };
export type SidePosition = z.output<typeof sidePositionSchema>;
