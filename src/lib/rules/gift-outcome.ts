/** A gift worth more than the threshold with no recorded outcome. */
import { formatAmount } from '../money/cents.ts';
import { evidence, finding, type Rule } from './rule.ts';

export const giftOutcome: Rule = {
  id: 'gift-outcome',
  title: { nl: 'Geschenk zonder gevolg', fr: 'Cadeau sans suite', en: 'Gift without an outcome' },
  description: {
    nl: 'Een geschenk dat meer waard is dan de drempel, zonder vermelding of het geweigerd, afgegeven of aanvaard werd.',
    fr: 'Un cadeau d’une valeur supérieure au seuil, sans mention de son refus, de sa remise ou de son acceptation.',
    en: 'A gift worth more than the threshold, with no record of it being declined, handed over or accepted.',
  },
  reads: ['giftThreshold'],
  needs: ['giftThreshold'],
  check({ site }) {
    const threshold = site.site.rules.giftThreshold;
    if (threshold === undefined) return [];
    return site.gifts.flatMap((gift) =>
      gift.data.value > threshold && gift.data.outcome === undefined
        ? [finding({ rule: 'gift-outcome', official: gift.data.official, subject: gift.data.id, date: gift.data.date, unit: 'money', threshold: formatAmount(threshold), observed: formatAmount(gift.data.value) }, [evidence('gifts', gift.data.id, gift)])]
        : [],
    );
  },
};
