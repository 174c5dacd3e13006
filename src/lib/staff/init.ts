/**
 * The files of a new organisation, `npm run init -- <folder>`: the least that validates and builds, in the
 * languages asked, every setting of `site.yaml` described by a comment taken from the schema. Thresholds
 * of the code of ethics are left unset (their rules are off, and the rules page says so) and written
 * below as comments to fill in, as is the code of ethics itself (without one, no signature is due); only
 * the donors' publication threshold is required, as it decides which donors may be named at all.
 */
import { fieldsOf } from '../loading/schema-fields.ts';
import { csvLine } from '../datasets/csv-format.ts';
import { csvColumns } from './import/kinds.ts';
import { commentedYaml } from './templates.ts';
import { RULES } from '../rules/index.ts';
import { needsOf } from '../rules/rule.ts';
import { complaintStatSchema } from '../../schemas/complaint.ts';
import { LANGUAGES, type Lang } from '../../schemas/fields.ts';
import { rulesSchema, siteSchema } from '../../schemas/site.ts';

export interface InitOptions {
  /** The portal's languages, the first being the default. */
  languages: readonly Lang[];
  /** The organisation's name, the same in every language until staff translate it. */
  name: string;
  /** The day the files are written (YYYY-MM-DD): the adoption day in the commented example of a code's first version. */
  today: string;
}

const DESCRIPTION: Record<Lang, (name: string) => string> = {
  nl: (name) => `Transparantieportaal van ${name}.`,
  fr: (name) => `Portail de transparence de ${name}.`,
  en: (name) => `Transparency portal of ${name}.`,
};

/** Example values for the thresholds left unset, shown in comments only. */
const EXAMPLES: Partial<Record<keyof typeof rulesSchema.shape, string>> = {
  monthlyPayCap: '2200.00',
  giftThreshold: '50.00',
  donationCap: '2000.00',
  campaignSpendingLimit: '20000.00',
  maxConsecutiveTerms: '2',
  declarationYearsAfterOffice: '3',
  coolingOffYears: '2',
  coolingOffSectors: '[energy, housing]',
  complaintResponseDays: '30',
  incompatiblePosts: '[[mayor, audit-committee-chair]]',
  excludedIncomeCategories: '[bank-loan]',
  excludedDonors: '[d-0042]',
  agendaPublicationDays: '14',
  declarationDeadline: '06-30',
};

/** Refuses languages the portal does not speak and repeats, with the fix. */
export function parseLanguages(list: string): Lang[] {
  const asked = list.split(',').map((code) => code.trim()).filter(Boolean);
  const wrong = asked.filter((code) => !(LANGUAGES as readonly string[]).includes(code));
  if (asked.length === 0 || wrong.length > 0) throw new Error(`--languages takes a comma-separated list of ${LANGUAGES.join(', ')}${wrong.length ? `, not ${wrong.join(', ')}` : ''}, e.g. --languages nl,fr`);
  return [...new Set(asked)] as Lang[];
}

/** Every file of a new organisation, by path relative to its folder. */
export function initialFiles({ languages, name, today }: InitOptions): Map<string, string> {
  const perLanguage = (text: (lang: Lang) => string) => Object.fromEntries(languages.map((lang) => [lang, text(lang)]));
  const site = {
    name: perLanguage(() => name),
    description: perLanguage((lang) => DESCRIPTION[lang](name)),
    languages: [...languages],
    defaultLanguage: languages[0],
    timeZone: 'Europe/Brussels',
    currency: 'EUR',
    baseUrl: 'https://example.org/',
    licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    rules: { donationPublicationThreshold: '500.00' },
  };
  const heading = [
    ' The organisation: who publishes the portal, in which languages, and its code of ethics.',
    ' Change baseUrl to the address the portal is served at, and the name in each language.',
    ' Check it with: npm run validate',
  ].join('\n');
  const turnsOn = new Set<string>(RULES.flatMap(needsOf));
  const unset = fieldsOf(rulesSchema)
    .filter((field) => !(field.name in site.rules))
    .flatMap((field) => {
      const note = turnsOn.has(field.name) ? 'its rule is off until it is set' : field.required ? '' : 'optional';
      const fallback = rulesSchema.shape[field.name as keyof typeof rulesSchema.shape].safeParse(undefined).data;
      return [`  # ${field.description}: ${note || 'optional'}${fallback === undefined ? '' : `, ${String(fallback)} when not set`}.`, `  # ${field.name}: ${EXAMPLES[field.name as keyof typeof EXAMPLES] ?? ''}`];
    });
  const optional = fieldsOf(siteSchema)
    .filter((field) => !(field.name in site))
    .map((field) => `# ${field.description} (optional)\n# ${field.name}:${field.name === 'ethicsCode' ? `\n#   versions:\n#     - id: "${today.slice(0, 4)}"\n#       adopted: ${today}` : ' '}\n`)
    .join('');
  const siteYaml = `${commentedYaml(siteSchema, site, heading).trimEnd().replace(/^# [^\n]*\nrules:/m, (rules) => `${optional}${rules}`)}\n  # The thresholds below are the rules of the code of ethics: set those your code states.\n${unset.join('\n')}\n`;
  return new Map([
    ['data/site.yaml', siteYaml],
    ['data/bodies.yaml', '# The bodies officials sit in (council, board…), each with its posts: see /templates/ and CONTRIBUTING.md.\n[]\n'],
    ['data/complaints.csv', `${csvLine(csvColumns(complaintStatSchema))}\n`],
  ]);
}
