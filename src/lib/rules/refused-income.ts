/** Income from a source the organisation refuses: an excluded category (e.g. bank loans) or donor. */
import { formatAmount } from '../money/cents.ts';
import { evidence, finding, type Rule } from './rule.ts';

export const refusedIncome: Rule = {
  id: 'refused-income',
  title: { nl: 'Geweigerde inkomstenbron', fr: 'Source de revenus refusée', en: 'Refused source of income' },
  description: {
    nl: 'Inkomsten uit een categorie of van een schenker die de organisatie uitsluit, zoals bankleningen.',
    fr: 'Des recettes d’une catégorie ou d’un donateur que l’organisation exclut, comme les prêts bancaires.',
    en: 'Income of a category or from a donor that the organisation excludes, such as bank loans.',
  },
  reads: ['excludedIncomeCategories', 'excludedDonors'],
  check({ site }) {
    const categories = new Set(site.site.rules.excludedIncomeCategories ?? []);
    const donors = new Set(site.site.rules.excludedDonors ?? []);
    return site.income.flatMap((line) => {
      const refused = categories.has(line.data.category) || (line.data.donor !== undefined && donors.has(line.data.donor));
      if (!refused) return [];
      return [finding({ rule: 'refused-income', subject: line.data.id, date: line.data.date, unit: 'money', threshold: '0.00', observed: formatAmount(line.data.amount) }, [evidence('income', line.data.id, line)])];
    });
  },
};
