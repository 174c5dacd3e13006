/** Net pay, expenses and fees of an official in a month, above the monthly cap. */
import { formatAmount } from '../money/cents.ts';
import { payTotal } from '../money/remuneration.ts';
import { evidence, finding, setting, type Rule } from './rule.ts';

export const payCap: Rule = {
  id: 'pay-cap',
  title: { nl: 'Maandelijks loonplafond', fr: 'Plafond de rémunération mensuelle', en: 'Monthly pay cap' },
  description: {
    nl: 'Nettoloon, onkostenvergoedingen en presentiegelden samen, per mandataris en per maand, boven het plafond.',
    fr: 'Salaire net, frais et jetons de présence réunis, par mandataire et par mois, au-dessus du plafond.',
    en: 'Net salary, expenses and attendance fees together, per official and month, above the cap.',
  },
  reads: ['monthlyPayCap'],
  check({ site }) {
    const cap = setting(site, 'monthlyPayCap');
    return site.remuneration.flatMap((row) => {
      const { official, month } = row.data;
      const total = payTotal(row.data);
      if (total <= cap) return [];
      return [finding({ rule: 'pay-cap', official, subject: month, date: `${month}-01`, unit: 'money', threshold: formatAmount(cap), observed: formatAmount(total) }, [evidence('remuneration', `${official}:${month}`, row)])];
    });
  },
};
