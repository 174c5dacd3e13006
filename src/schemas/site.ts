/** The site configuration, `data/site.yaml`: who publishes, in which languages, and the code of ethics' thresholds. */
import { z } from 'zod';
import { LANGUAGES, describe, id, isoDate, localized, money, count, oneOf, url, list, text } from './fields.ts';

const language = oneOf(LANGUAGES);

/**
 * The thresholds of the organisation's code of ethics; each organisation sets its own. A rule whose
 * thresholds are not set is off (see `isOn` in src/lib/rules/rule.ts): an organisation never has to
 * invent a threshold its code does not state. Only the donors' publication threshold is required, as it
 * decides which donors may be named at all.
 */
export const rulesSchema = z
  .object({
    monthlyPayCap: describe(money, {
      en: 'Highest monthly net pay of an official, expenses and fees included',
      nl: 'Hoogste maandelijkse nettovergoeding van een mandataris, onkosten en presentiegeld inbegrepen',
      fr: 'Rémunération nette mensuelle maximale d’un mandataire, frais et jetons de présence compris',
    }).optional(),
    giftThreshold: describe(money, {
      en: 'Value above which a gift must be declined or handed over and reported',
      nl: 'Waarde waarboven een geschenk geweigerd of afgegeven en gemeld moet worden',
      fr: 'Valeur au-delà de laquelle un cadeau doit être refusé ou remis, et signalé',
    }).optional(),
    donationCap: describe(money, {
      en: 'Most that one donor may give in a calendar year',
      nl: 'Maximum dat één schenker in een kalenderjaar mag geven',
      fr: 'Montant maximal qu’un donateur peut donner par année civile',
    }).optional(),
    donationPublicationThreshold: describe(money, {
      en: 'Yearly total above which a donor is named; donors at or under it are aggregated',
      nl: 'Jaartotaal waarboven een schenker bij naam genoemd wordt; schenkers op of onder die drempel worden samengeteld',
      fr: 'Total annuel au-delà duquel un donateur est nommé ; les donateurs à ce seuil ou en dessous sont regroupés',
    }),
    campaignSpendingLimit: describe(money, {
      en: 'Most that may be spent on one campaign',
      nl: 'Maximum dat aan één campagne besteed mag worden',
      fr: 'Montant maximal qui peut être dépensé pour une campagne',
    }).optional(),
    maxConsecutiveTerms: describe(count, {
      en: 'Consecutive terms allowed without a recorded exception',
      nl: 'Toegestane opeenvolgende ambtstermijnen zonder vastgelegde uitzondering',
      fr: 'Mandats consécutifs autorisés sans exception enregistrée',
    }).optional(),
    declarationYearsAfterOffice: describe(count, {
      en: 'Years after leaving office during which yearly declarations stay due',
      nl: 'Jaren na het einde van het mandaat waarin jaarlijkse aangiften verplicht blijven',
      fr: 'Années après la fin du mandat pendant lesquelles les déclarations annuelles restent dues',
    }).optional(),
    coolingOffYears: describe(count, {
      en: 'Years after leaving office during which positions in listed sectors are signalled',
      nl: 'Jaren na het einde van het mandaat waarin functies in de opgesomde sectoren gesignaleerd worden',
      fr: 'Années après la fin du mandat pendant lesquelles les fonctions dans les secteurs listés sont signalées',
    }).optional(),
    coolingOffSectors: describe(list(text), {
      en: 'Sectors covered by the cooling-off period',
      nl: 'Sectoren waarvoor de afkoelingsperiode geldt',
      fr: 'Secteurs couverts par le délai de carence',
    }).optional(),
    complaintResponseDays: describe(count, {
      en: 'Days within which a complaint must be answered',
      nl: 'Aantal dagen waarbinnen een klacht beantwoord moet worden',
      fr: 'Nombre de jours dans lesquels une plainte doit recevoir une réponse',
    }).optional(),
    incompatiblePosts: describe(z.array(list(id)), {
      en: 'Pairs of post ids that one person may not hold at the same time',
      nl: 'Paren van functie-id’s die één persoon niet tegelijk mag bekleden',
      fr: 'Paires d’identifiants de fonctions qu’une même personne ne peut exercer en même temps',
    }).optional(),
    excludedIncomeCategories: describe(list(id), {
      en: 'Income categories the organisation refuses, e.g. bank-loan',
      nl: 'Inkomstencategorieën die de organisatie weigert, bv. bank-loan',
      fr: 'Catégories de recettes que l’organisation refuse, p. ex. bank-loan',
    }).optional(),
    excludedDonors: describe(list(id), {
      en: 'Donor references whose gifts the organisation refuses',
      nl: 'Schenkersreferenties waarvan de organisatie geen giften aanvaardt',
      fr: 'Références de donateurs dont l’organisation refuse les dons',
    }).optional(),
    agendaPublicationDays: describe(count, {
      en: 'Days after an appointment by which it must be in the published agenda',
      nl: 'Aantal dagen na een afspraak waarbinnen ze in de gepubliceerde agenda moet staan',
      fr: 'Nombre de jours après un rendez-vous pour qu’il figure dans l’agenda publié',
    }).optional(),
    declarationDeadline: describe(
      z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { error: 'must be a day of the year written MM-DD, e.g. 06-30' }).meta({ kind: 'text', example: '06-30' }),
      {
        en: 'Day of the following year (MM-DD) by which a yearly declaration is due',
        nl: 'Dag van het volgende jaar (MM-DD) waarop een jaarlijkse aangifte uiterlijk ingediend moet zijn',
        fr: 'Jour de l’année suivante (MM-DD) auquel une déclaration annuelle est due',
      },
    ).default('06-30'),
  })
  .strict();

export const siteSchema = z
  .object({
    name: describe(localized, {
      en: 'Name of the organisation that publishes the portal',
      nl: 'Naam van de organisatie die het portaal publiceert',
      fr: 'Nom de l’organisation qui publie le portail',
    }),
    description: describe(localized, {
      en: 'One or two sentences on who the organisation is',
      nl: 'Een of twee zinnen over wie de organisatie is',
      fr: 'Une ou deux phrases pour présenter l’organisation',
    }),
    website: describe(url, {
      en: "The organisation's own website",
      nl: 'De eigen website van de organisatie',
      fr: 'Le site web de l’organisation',
    }).optional(),
    repository: describe(url, {
      en: "Web address of the git repository the data is published from (https://github.com/<owner>/<name>): each change on the changes pages links to its commit there (<repository>/commit/<hash>); without it the commit's short hash is shown as text",
      nl: 'Webadres van de git-repository waaruit de gegevens gepubliceerd worden (https://github.com/<eigenaar>/<naam>): elke wijziging op de wijzigingspagina’s linkt naar haar commit daar (<repository>/commit/<hash>); zonder dit adres staat de korte hash van de commit er als tekst',
      fr: 'Adresse web du dépôt git d’où les données sont publiées (https://github.com/<propriétaire>/<nom>) : chaque modification des pages de modifications renvoie à son commit (<repository>/commit/<hash>) ; sans elle, le hash court du commit est affiché en texte',
    }).optional(),
    languages: describe(z.array(language).min(1, { error: 'needs at least one language: nl, fr or en' }), {
      en: 'Languages the portal is published in',
      nl: 'Talen waarin het portaal gepubliceerd wordt',
      fr: 'Langues dans lesquelles le portail est publié',
    }),
    defaultLanguage: describe(language, {
      en: 'Language that / leads to, and that text without a language is taken to be in',
      nl: 'Taal waarnaar / leidt, en waarin tekst zonder taal geacht wordt te zijn',
      fr: 'Langue vers laquelle mène /, et dans laquelle un texte sans langue est censé être écrit',
    }),
    timeZone: describe(
      z.string().refine((zone) => isTimeZone(zone), { error: (iss) => `${JSON.stringify(iss.input)} is not a time zone: use an IANA name such as Europe/Brussels` }),
      {
        en: 'Time zone of every time in the data (IANA name)',
        nl: 'Tijdzone van elk uur in de gegevens (IANA-naam)',
        fr: 'Fuseau horaire de toutes les heures des données (nom IANA)',
      },
    ),
    currency: describe(z.string().regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as EUR' }), {
      en: 'Currency of every amount (ISO 4217)',
      nl: 'Munt van elk bedrag (ISO 4217)',
      fr: 'Devise de tous les montants (ISO 4217)',
    }),
    baseUrl: describe(url, {
      en: 'Public address where the portal is served',
      nl: 'Openbaar adres waarop het portaal bereikbaar is',
      fr: 'Adresse publique où le portail est accessible',
    }),
    licence: describe(
      z.object({ id: text, name: text, url }).strict(),
      {
        en: 'Licence of the published data',
        nl: 'Licentie van de gepubliceerde gegevens',
        fr: 'Licence des données publiées',
      },
    ),
    financialYearStart: describe(
      z.preprocess(
        (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
        z
          .number({ error: (iss) => `must be the number of the month the financial year starts in, 1 to 12 (4 for April), not ${JSON.stringify(iss.input)}` })
          .int({ error: (iss) => `${JSON.stringify(iss.input)} is not a month: write 1 to 12, e.g. 4 for April` })
          .min(1, { error: (iss) => `${JSON.stringify(iss.input)} is not a month: write 1 to 12, e.g. 4 for April` })
          .max(12, { error: (iss) => `${JSON.stringify(iss.input)} is not a month: write 1 to 12, e.g. 4 for April` }),
      ).meta({ kind: 'count', example: '4' }),
      {
        en: 'Month the financial year starts in (1 to 12, e.g. 4: April to March); the money pages and datasets count per financial year. Without it: January, the calendar year',
        nl: 'Maand waarin het boekjaar begint (1 tot 12, bv. 4: april tot maart); de financiële pagina’s en datasets tellen per boekjaar. Zonder: januari, het kalenderjaar',
        fr: 'Mois où commence l’exercice comptable (1 à 12, p. ex. 4 : d’avril à mars) ; les pages et jeux de données financiers comptent par exercice. Sans lui : janvier, l’année civile',
      },
    ).default(1),
    organisationPageFrom: describe(
      z.preprocess(
        (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
        z
          .number({ error: (iss) => `must be a whole number of appointments such as 3, not ${JSON.stringify(iss.input)}` })
          .int({ error: (iss) => `${JSON.stringify(iss.input)} is not a whole number: write digits only, e.g. 3` })
          .min(1, { error: (iss) => `${JSON.stringify(iss.input)} is less than 1: write the number of appointments from which an organisation has its own page, e.g. 3` }),
      ).meta({ kind: 'count', example: '3' }),
      {
        en: 'Number of appointments from which an organisation met has a page of its own; one met fewer times is shown, with its appointments, on the A–Z page of the first two letters of its name. Without it: every organisation has its page',
        nl: 'Aantal afspraken vanaf waar een ontmoete organisatie een eigen pagina krijgt; een die minder vaak ontmoet werd, staat met haar afspraken op de A–Z-pagina van de eerste twee letters van haar naam. Zonder: elke organisatie heeft haar pagina',
        fr: 'Nombre de rendez-vous à partir duquel une organisation rencontrée a sa propre page ; celle rencontrée moins souvent figure, avec ses rendez-vous, sur la page A–Z des deux premières lettres de son nom. Sans lui : chaque organisation a sa page',
      },
    ).optional(),
    rules: describe(rulesSchema, {
      en: 'Thresholds of the code of ethics',
      nl: 'Drempels van de deontologische code',
      fr: 'Seuils du code d’éthique',
    }),
    ethicsCode: describe(
      z
        .object({
          versions: z.array(z.object({ id, adopted: isoDate, summary: localized.optional() }).strict()).min(1, { error: 'needs at least one version' }),
        })
        .strict(),
      {
        en: 'Versions of the code of ethics that officials sign',
        nl: 'Versies van de deontologische code die mandatarissen ondertekenen',
        fr: 'Versions du code d’éthique que signent les mandataires',
      },
    ).optional(),
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
