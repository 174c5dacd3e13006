/** Monthly remuneration of officials: one row per official per month in `data/remuneration/*.csv`. */
import { z } from 'zod';
import { describe, moneyNotNegative, month, ref } from './fields.ts';
import { sourceUrl } from './source-url.ts';

/**
 * Pay is never negative: a month without pay is 0.00, and an overpayment paid back is corrected in the
 * row of the month it was overpaid, not written as negative pay in a later month.
 */
const pay = moneyNotNegative('pay is zero or more: write 0.00 for a month without it, and correct an overpayment in the row of the month it was overpaid');

export const remunerationSchema = z
  .object({
    official: describe(ref('official', 'an-verlinden'), {
      en: 'Id of the official paid',
      nl: 'Id van de betaalde mandataris',
      fr: 'Identifiant du mandataire rémunéré',
    }),
    month: describe(month, {
      en: 'Month paid',
      nl: 'Maand van betaling',
      fr: 'Mois de paiement',
    }),
    netSalary: describe(pay, {
      en: 'Net salary for the month',
      nl: 'Nettoloon voor de maand',
      fr: 'Salaire net du mois',
    }),
    expenses: describe(pay, {
      en: 'Expenses reimbursed in the month',
      nl: 'In de maand terugbetaalde onkosten',
      fr: 'Frais remboursés dans le mois',
    }),
    attendanceFees: describe(pay, {
      en: 'Attendance fees for the month',
      nl: 'Presentiegeld voor de maand',
      fr: 'Jetons de présence du mois',
    }),
    sourceUrl,
  })
  .strict();

export type Remuneration = z.output<typeof remunerationSchema>;
