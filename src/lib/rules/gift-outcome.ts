/**
 * A gift worth more than the threshold with no recorded outcome; and, apart, a gift without an outcome
 * whose value is unknown or given as a range or bound that crosses the threshold, so that whether it
 * had to be declined or handed over cannot be told from the register: to be checked, not a breach.
 */
import { statedValueText } from '../../schemas/money-fields.ts';
import { formatAmount } from '../money/cents.ts';
import { comparedTo } from '../money/stated-value.ts';
import type { SiteData } from '../loading/load-site.ts';
import { evidence, finding, setting, type Finding, type Rule } from './rule.ts';

export const giftOutcome: Rule = {
  id: 'gift-outcome',
  title: { nl: 'Geschenk zonder gevolg', fr: 'Cadeau sans suite', en: 'Gift without an outcome' },
  description: {
    nl: 'Een geschenk dat meer waard is dan de drempel, zonder vermelding of het geweigerd, afgegeven of aanvaard werd.',
    fr: 'Un cadeau d’une valeur supérieure au seuil, sans mention de son refus, de sa remise ou de son acceptation.',
    en: 'A gift worth more than the threshold, with no record of it being declined, handed over or accepted.',
  },
  reads: ['giftThreshold'],
  check: ({ site }) => giftsWithoutOutcome(site, 'gift-outcome', 'above'),
};

export const giftValueUnclear: Rule = {
  id: 'gift-value-unclear',
  title: { nl: 'Geschenk van onduidelijke waarde zonder gevolg', fr: 'Cadeau de valeur incertaine sans suite', en: 'Gift of uncertain value without an outcome' },
  description: {
    nl: 'Een geschenk zonder vermeld gevolg waarvan de waarde onbekend is, of alleen gegeven als vork of grens die de drempel overschrijdt: uit het register blijkt niet of het geweigerd of afgegeven moest worden. Na te kijken.',
    fr: 'Un cadeau sans suite indiquée dont la valeur est inconnue, ou donnée seulement par une fourchette ou une borne qui franchit le seuil : le registre ne permet pas de dire s’il devait être refusé ou remis. À vérifier.',
    en: 'A gift with no recorded outcome whose value is unknown, or given only as a range or bound that crosses the threshold: the register does not tell whether it had to be declined or handed over. To be checked.',
  },
  reads: ['giftThreshold'],
  check: ({ site }) => giftsWithoutOutcome(site, 'gift-value-unclear', 'unclear'),
};

/** Gifts with no recorded outcome whose stated value compares to the threshold as `compared`. */
function giftsWithoutOutcome(site: SiteData, rule: 'gift-outcome' | 'gift-value-unclear', compared: ReturnType<typeof comparedTo>): Finding[] {
  const threshold = setting(site, 'giftThreshold');
  return site.gifts.flatMap((gift) =>
    gift.data.outcome === undefined && comparedTo(gift.data.value, threshold) === compared
      ? [finding({ rule, official: gift.data.official, subject: gift.data.id, date: gift.data.date, unit: 'money', threshold: formatAmount(threshold), observed: statedValueText(gift.data.value) }, [evidence('gifts', gift.data.id, gift)])]
      : [],
  );
}
