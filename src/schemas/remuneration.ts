/** Monthly remuneration of officials: one row per official per month in `data/remuneration/*.csv`. */
import { z } from 'zod';
import { describe, money, month, ref } from './fields.ts';

export const remunerationSchema = z
  .object({
    official: describe(ref('official', 'an-verlinden'), 'Id of the official paid'),
    month: describe(month, 'Month paid'),
    netSalary: describe(money, 'Net salary for the month'),
    expenses: describe(money, 'Expenses reimbursed in the month'),
    attendanceFees: describe(money, 'Attendance fees for the month'),
  })
  .strict();

export type Remuneration = z.output<typeof remunerationSchema>;
