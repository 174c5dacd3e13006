/** One donor's gifts in a calendar year adding up to more than the cap. */
import { groupBy } from '../loading/group.ts';
import { formatAmount } from '../money/cents.ts';
import { evidence, finding, overLimit, setting, type Rule } from './rule.ts';

export const donationCap: Rule = {
  id: 'donation-cap',
  title: { nl: 'Plafond per schenker', fr: 'Plafond par donateur', en: 'Cap per donor' },
  description: {
    nl: 'De giften van één schenker in één kalenderjaar, samen boven het plafond.',
    fr: 'Les dons d’un même donateur sur une année civile, ensemble au-dessus du plafond.',
    en: 'The donations of one donor in one calendar year, together above the cap.',
  },
  reads: ['donationCap'],
  check({ site }) {
    const cap = setting(site, 'donationCap');
    const donations = site.income.filter((line) => line.data.category === 'donation' && line.data.donor);
    const byDonorYear = groupBy(donations, (line) => `${line.data.donor}:${line.data.date.slice(0, 4)}`);
    return [...byDonorYear].flatMap(([key, lines]) => {
      // The cap is crossed on the day of the line that takes the running total over it.
      const over = overLimit(lines, cap);
      if (!over) return [];
      return [finding({ rule: 'donation-cap', subject: key, date: over.date, unit: 'money', threshold: formatAmount(cap), observed: formatAmount(over.total) }, lines.map((line) => evidence('income', line.data.id, line)))];
    });
  },
};
