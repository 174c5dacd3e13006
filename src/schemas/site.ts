/** The site configuration, `data/site.yaml`: who publishes, in which languages, and the code of ethics' thresholds. */
import { z } from 'zod';
import { LANGUAGES, describe, id, isoDate, localized, money, count, oneOf, url, list, text } from './fields.ts';

const language = oneOf(LANGUAGES);

/** The thresholds of the organisation's code of ethics; each organisation sets its own. */
export const rulesSchema = z
  .object({
    monthlyPayCap: describe(money, 'Highest monthly net pay of an official, expenses and fees included'),
    giftThreshold: describe(money, 'Value above which a gift must be declined or handed over and reported'),
    donationCap: describe(money, 'Most that one donor may give in a calendar year'),
    donationPublicationThreshold: describe(money, 'Yearly total above which a donor is named; donors at or under it are aggregated'),
    campaignSpendingLimit: describe(money, 'Most that may be spent on one campaign'),
    maxConsecutiveTerms: describe(count, 'Consecutive terms allowed without a recorded exception'),
    declarationYearsAfterOffice: describe(count, 'Years after leaving office during which yearly declarations stay due'),
    coolingOffYears: describe(count, 'Years after leaving office during which positions in listed sectors are signalled'),
    coolingOffSectors: describe(list(text), 'Sectors covered by the cooling-off period').optional(),
    complaintResponseDays: describe(count, 'Days within which a complaint must be answered'),
    incompatiblePosts: describe(z.array(list(id)), 'Pairs of post ids that one person may not hold at the same time').optional(),
    excludedIncomeCategories: describe(list(id), 'Income categories the organisation refuses, e.g. bank-loan').optional(),
    excludedDonors: describe(list(id), 'Donor references whose gifts the organisation refuses').optional(),
    agendaPublicationDays: describe(count, 'Days after an appointment by which it must be in the published agenda').default(14),
    declarationDeadline: describe(
      z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { error: 'must be a day of the year written MM-DD, e.g. 06-30' }).meta({ kind: 'text', example: '06-30' }),
      'Day of the following year (MM-DD) by which a yearly declaration is due',
    ).default('06-30'),
  })
  .strict();

export const siteSchema = z
  .object({
    name: describe(localized, 'Name of the organisation that publishes the portal'),
    description: describe(localized, 'One or two sentences on who the organisation is'),
    website: describe(url, "The organisation's own website").optional(),
    languages: describe(z.array(language).min(1, { error: 'needs at least one language: nl, fr or en' }), 'Languages the portal is published in'),
    defaultLanguage: describe(language, 'Language that / leads to, and that text without a language is taken to be in'),
    timeZone: describe(
      z.string().refine((zone) => isTimeZone(zone), { error: (iss) => `${JSON.stringify(iss.input)} is not a time zone: use an IANA name such as Europe/Brussels` }),
      'Time zone of every time in the data (IANA name)',
    ),
    currency: describe(z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as EUR' }), 'Currency of every amount (ISO 4217)'),
    baseUrl: describe(url, 'Public address where the portal is served'),
    licence: describe(
      z.object({ id: text, name: text, url }).strict(),
      'Licence of the published data',
    ),
    rules: describe(rulesSchema, 'Thresholds of the code of ethics'),
    ethicsCode: describe(
      z
        .object({
          versions: z.array(z.object({ id, adopted: isoDate, summary: localized.optional() }).strict()).min(1, { error: 'needs at least one version' }),
        })
        .strict(),
      'Versions of the code of ethics that officials sign',
    ),
  })
  .strict()
  .superRefine((site, ctx) => {
    if (!site.languages.includes(site.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: `${site.defaultLanguage} is not among languages (${site.languages.join(', ')}): add it there or pick one of them` });
    }
  });

export type Site = z.output<typeof siteSchema>;
export type Rules = z.output<typeof rulesSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
