/** Monthly remuneration of officials: one row per official per month in `data/remuneration/*.csv`. */
import { z } from 'zod';
import { describe, money, month, ref } from './fields.ts';

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
    netSalary: describe(money, {
      en: 'Net salary for the month',
      nl: 'Nettoloon voor de maand',
      fr: 'Salaire net du mois',
    }),
    expenses: describe(money, {
      en: 'Expenses reimbursed in the month',
      nl: 'In de maand terugbetaalde onkosten',
      fr: 'Frais remboursés dans le mois',
    }),
    attendanceFees: describe(money, {
      en: 'Attendance fees for the month',
      nl: 'Presentiegeld voor de maand',
      fr: 'Jetons de présence du mois',
    }),
  })
  .strict();

export type Remuneration = z.output<typeof remunerationSchema>;
