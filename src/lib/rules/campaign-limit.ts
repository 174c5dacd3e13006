/** Spending on one campaign above the campaign spending limit. */
import { groupBy } from '../loading/group.ts';
import { formatAmount } from '../money/cents.ts';
import { evidence, finding, overLimit, setting, type Rule } from './rule.ts';

export const campaignLimit: Rule = {
  id: 'campaign-limit',
  title: { nl: 'Plafond campagne-uitgaven', fr: 'Plafond des dépenses de campagne', en: 'Campaign spending limit' },
  description: {
    nl: 'De uitgaven voor één campagne samen, boven het plafond.',
    fr: 'Les dépenses d’une même campagne, ensemble au-dessus du plafond.',
    en: 'The spending on one campaign, together above the limit.',
  },
  reads: ['campaignSpendingLimit'],
  check({ site }) {
    const limit = setting(site, 'campaignSpendingLimit');
    const byCampaign = groupBy(site.expenditure.filter((line) => line.data.campaign), (line) => line.data.campaign ?? '');
    return [...byCampaign].flatMap(([campaign, lines]) => {
      const over = overLimit(lines, limit);
      if (!over) return [];
      return [finding({ rule: 'campaign-limit', subject: campaign, date: over.date, unit: 'money', threshold: formatAmount(limit), observed: formatAmount(over.total) }, lines.map((line) => evidence('expenditure', line.data.id, line)))];
    });
  },
};
