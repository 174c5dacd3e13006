// The interface strings as ICU messages: every message compiles in every language, names the same
// arguments in each, is read by the type checker as the ICU parser reads it, renders the same in the
// browser as on the server, and is used by a literal key somewhere in src/ (no key built from a
// template or cast, so that searching the source for a key finds every use). Counts read right: no
// "1 rows", no "1 nevenfuncties", no French "0 lignes".
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { browserMessage, GROUPS, MESSAGES, translator, type UiKey } from '../../src/i18n/index.ts';
import { argumentsOf } from '../../src/i18n/icu.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { namesAsTyped } from '../../src/i18n/messages.ts';
import { renderTree } from '../../src/i18n/render.ts';
import { DATASET_NAMES } from '../../src/schemas/datasets.ts';
import { LANGUAGES } from '../../src/schemas/fields.ts';

const root = resolve(import.meta.dirname, '../..');
const keys = Object.keys(MESSAGES) as UiKey[];

function sources(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}
/** Every source file that uses the strings (src/i18n/ defines them and their key type), with its text. */
const code = sources('src')
  .filter((file) => !file.startsWith('src/i18n/'))
  .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
const allCode = code.map(({ text }) => text).join('\n');

/** Values for every argument of a message: counts get `count`, text gets a marker. */
function sampleValues(key: UiKey, count: number, varying?: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, kind] of argsOf(MESSAGES[key].en)) values[name] = kind === 'count' ? (varying === undefined || name === varying ? count : 2) : `‹${name}›`;
  return values;
}
/** The arguments of a message; one that does not compile has none here (the compile test names it). */
function argsOf(message: string): Map<string, 'count' | 'text'> {
  try {
    return argumentsOf(message);
  } catch {
    return new Map();
  }
}
const format = (key: UiKey, lang: (typeof LANGUAGES)[number], values: Record<string, string | number>) => (translator(lang) as (key: UiKey, values?: Record<string, string | number>) => string)(key, values);

describe('the groups of interface strings', () => {
  it('hold each key once, in the group of its feature', () => {
    const sizes = Object.values(GROUPS).reduce((total, group) => total + Object.keys(group).length, 0);
    expect(sizes).toBe(keys.length);
    const groupOfFeature = new Map<string, string>();
    const wrong: string[] = [];
    for (const [group, messages] of Object.entries(GROUPS)) {
      for (const key of Object.keys(messages)) {
        const feature = key.split('.')[0] ?? key;
        const known = groupOfFeature.get(feature);
        if (known !== undefined && known !== group) wrong.push(`${key} is in ${group}.ts, other ${feature}.* keys in ${known}.ts`);
        groupOfFeature.set(feature, group);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('have text in every language', () => {
    const empty = keys.flatMap((key) => LANGUAGES.filter((lang) => MESSAGES[key][lang].trim() === '').map((lang) => `${key} (${lang})`));
    expect(empty).toEqual([]);
  });
});

describe('every message', () => {
  it('compiles in every language', () => {
    const broken: string[] = [];
    for (const key of keys) {
      for (const lang of LANGUAGES) {
        try {
          new IntlMessageFormat(MESSAGES[key][lang], LOCALES[lang], undefined, { ignoreTag: true });
        } catch (error) {
          broken.push(`${key} (${lang}): ${String(error)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('names the same arguments in every language', () => {
    // A count may pick a plural form in one language and be written as a number in another.
    const names = (message: string) => [...argsOf(message).keys()].sort().join(', ');
    const differ = keys.flatMap((key) => (['nl', 'fr'] as const).filter((lang) => names(MESSAGES[key][lang]) !== names(MESSAGES[key].en)).map((lang) => `${key}: ${lang} has {${names(MESSAGES[key][lang])}}, en {${names(MESSAGES[key].en)}}`));
    expect(differ).toEqual([]);
  });

  it('takes, for the type checker, exactly the arguments the ICU parser finds', () => {
    const differ: string[] = [];
    for (const key of keys) {
      for (const lang of LANGUAGES) {
        const parsed = [...argsOf(MESSAGES[key][lang])].sort().join(', ');
        const typed = [...namesAsTyped(MESSAGES[key][lang])].sort().join(', ');
        if (parsed !== typed) differ.push(`${key} (${lang}): the parser reads ${parsed}, the type checker ${typed}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('renders with its values, leaving no placeholder, and the same in the browser as on the server', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      for (const lang of LANGUAGES) {
        for (const count of [0, 1, 2, 1234]) {
          const values = sampleValues(key, count);
          try {
            const text = format(key, lang, values);
            if (/[{}]/.test(text)) wrong.push(`${key} (${lang}): ${text}`);
            const shipped = browserMessage(lang, key);
            const browser = renderTree(shipped.tree, shipped.locale, values);
            if (browser !== text) wrong.push(`${key} (${lang}, ${count}): server "${text}", browser "${browser}"`);
          } catch (error) {
            wrong.push(`${key} (${lang}, ${count}): ${String(error)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('fails when a value it names is missing, rather than leave a gap on the page', () => {
    expect(() => format('official.rows', 'nl', {})).toThrow(/official\.rows \(nl\)/);
  });
});

describe('keys in the source', () => {
  // Dataset titles and descriptions are read as `dataset.${name}` until they move to the registry of
  // record kinds (src/schemas/kinds.ts): the only keys built from a template, one per dataset, no other.
  const datasetFamily = (key: string) => /^dataset(?:About)?\.(.+)$/.exec(key)?.[1];
  const isDatasetTitle = (key: string) => (DATASET_NAMES as readonly string[]).includes(datasetFamily(key) ?? '');

  it('are each used somewhere in src/, written out whole', () => {
    const unused = keys.filter((key) => !isDatasetTitle(key) && !allCode.includes(`'${key}'`) && !allCode.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('are never built from a template or cast to the key type', () => {
    const wrong: string[] = [];
    for (const { file, text } of code) {
      for (const match of text.matchAll(/\bt\(\s*`([^`]*)`|\bUI\[[^\]]+\]\[\s*`([^`]*)`|\bas\s+(?:UiKey\b|keyof\s+typeof\s+(?:MESSAGES|UI)\b)|\bParameters<typeof t>|`(?:topic|category|income|expense|outcome|complaint|search\.type|decl)\.\$\{/g)) {
        const template = match[1] ?? match[2];
        if (template !== undefined && /^dataset(?:About)?\.\$\{[^}]*\}$/.test(template)) continue;
        wrong.push(`${file}: ${match[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('for dataset titles, exist for every dataset and only for datasets', () => {
    const family = keys.filter((key) => datasetFamily(key) !== undefined && (isDatasetTitle(key) || key.startsWith('datasetAbout.')));
    expect(family.filter((key) => !isDatasetTitle(key))).toEqual([]);
  });
});

/** Plural nouns that must not follow a 1 (nor, in French, a 0), and singular ones that must not follow a 2. */
const PLURALS = {
  en: ['rows', 'appointments', 'meetings', 'gifts', 'donors', 'results', 'organisations', 'officials', 'declarations', 'complaints', 'days', 'months', 'lines', 'payees', 'side positions', 'private individuals', 'people', 'years', 'minutes', 'times', 'groups', 'upcoming appointments', 'exact amounts', 'paid positions'],
  nl: ['rijen', 'afspraken', 'vergaderingen', 'geschenken', 'schenkers', 'resultaten', 'organisaties', 'mandatarissen', 'aangiften', 'klachten', 'dagen', 'maanden', 'lijnen', 'begunstigden', 'nevenfuncties', 'privépersonen', 'personen', 'minuten', 'groepen', 'komende afspraken', 'exacte bedragen', 'bezoldigde functies'],
  fr: ['lignes', 'réunions', 'cadeaux', 'donateurs', 'résultats', 'organisations', 'mandataires', 'déclarations', 'plaintes', 'jours', 'mois enregistrés', 'bénéficiaires', 'fonctions', 'particuliers', 'personnes', 'ans', 'minutes', 'groupes', 'acceptés', 'montants exacts', 'affichés', 'reçues', 'traitées', 'prochains rendez-vous'],
} as const;
const SINGULARS = {
  en: ['row', 'appointment', 'meeting', 'gift', 'donor', 'result', 'organisation', 'official', 'declaration', 'complaint', 'day', 'month', 'line', 'payee', 'person', 'year', 'minute', 'group'],
  nl: ['rij', 'afspraak', 'vergadering', 'geschenk', 'schenker', 'resultaat', 'organisatie', 'mandataris', 'aangifte', 'klacht', 'dag', 'maand', 'lijn', 'begunstigde', 'nevenfunctie', 'privépersoon', 'persoon', 'minuut', 'groep'],
  fr: ['ligne', 'réunion', 'cadeau', 'donateur', 'résultat', 'mandataire', 'déclaration', 'plainte', 'jour', 'bénéficiaire', 'particulier', 'personne', 'an', 'groupe', 'accepté'],
} as const;
const after = (number: string, nouns: readonly string[]) => new RegExp(`(?<![\\d.,\u202f\u00a0])${number}\\s+(?:${nouns.join('|')})(?![\\p{L}-])`, 'u');

describe('counts', () => {
  const counted = keys.filter((key) => [...argsOf(MESSAGES[key].en)].some(([, kind]) => kind === 'count'));

  it('are found in the messages that need them', () => {
    expect(counted).toEqual(expect.arrayContaining(['official.rows', 'money.smallDonors', 'official.sidePositionsCount', 'official.giftsSummary', 'search.count', 'agenda.entries', 'home.currentOfficials']));
  });

  for (const lang of LANGUAGES) {
    it(`read right in ${lang} with 0, 1 and 2`, () => {
      const wrong: string[] = [];
      for (const key of counted) {
        const countArguments = [...argsOf(MESSAGES[key].en)].filter(([, kind]) => kind === 'count').map(([name]) => name);
        for (const name of countArguments) {
          for (const count of [0, 1, 2]) {
            let text: string;
            try {
              text = format(key, lang, sampleValues(key, count, name));
            } catch (error) {
              wrong.push(`${key} (${lang}): ${String(error)}`);
              continue;
            }
            // A label beside a figure (`officials in office`) is read with the figure before it.
            const read = new RegExp(`(?:^|\\D)${count}(?:\\D|$)`).test(text) ? text : `${count} ${text}`;
            const one = lang === 'fr' ? count <= 1 : count === 1;
            if (one && after(String(count), PLURALS[lang]).test(read)) wrong.push(`${key} {${name}: ${count}}: ${read}`);
            if (!one && after(String(count), SINGULARS[lang]).test(read)) wrong.push(`${key} {${name}: ${count}}: ${read}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('are written with the language’s digit grouping', () => {
    expect(format('official.rows', 'nl', { count: 1234 })).toBe('1.234 rijen');
    expect(format('official.rows', 'fr', { count: 1234 })).toBe('1\u202f234 lignes');
    expect(format('official.rows', 'en', { count: 1234 })).toBe('1,234 rows');
    expect(format('official.rows', 'fr', { count: 0 })).toBe('0 ligne');
    expect(format('official.rows', 'en', { count: 1 })).toBe('1 row');
  });
});

describe('French typography', () => {
  it('keeps a colon, semicolon, question or exclamation mark on the line of the word before it, in the message only', () => {
    const t = translator('fr');
    expect(t('rules.setting', { label: 'Seuil', value: 'a : b' })).toBe('Seuil\u00a0: a : b');
    expect(Object.values(MESSAGES).some((message) => / [;?!]/.test(message.fr))).toBe(true);
    expect(translator('en')('rules.setting', { label: 'Cap', value: 'x' })).toBe('Cap: x');
  });
});

describe('French elision and articles', () => {
  it('writes d’ before a name that starts with a vowel, de before any other, and touches no other language', () => {
    const t = translator('fr');
    expect(t('votes.of', { name: 'Arnaud Lefèvre' })).toBe('Votes d’Arnaud Lefèvre');
    expect(t('votes.of', { name: 'Élise Vermeulen' })).toBe('Votes d’Élise Vermeulen');
    expect(t('votes.of', { name: 'Hélène Dubois' })).toBe('Votes de Hélène Dubois');
    expect(t('votes.of', { name: 'Marc Peeters' })).toBe('Votes de Marc Peeters');
    expect(t('pay.officialTitle', { name: 'Ingrid Aerts' })).toBe('Rémunération d’Ingrid Aerts');
    expect(translator('nl')('votes.of', { name: 'Arnaud Lefèvre' })).toBe('Stemgedrag van Arnaud Lefèvre');
  });

  it('writes du before a date to the day, de or d’ before a month or a year', () => {
    const t = translator('fr');
    expect(t('rules.evidence.gift', { date: '2 avril 2025', amount: '40,00 EUR' })).toBe('Cadeau du 2 avril 2025, 40,00 EUR');
    expect(t('rules.evidence.gift', { date: 'juin 2024', amount: 'valeur inconnue' })).toBe('Cadeau de juin 2024, valeur inconnue');
    expect(t('rules.evidence.gift', { date: 'avril 2024', amount: 'valeur inconnue' })).toBe('Cadeau d’avril 2024, valeur inconnue');
    expect(t('rules.evidence.gift', { date: '2024', amount: 'valeur inconnue' })).toBe('Cadeau de 2024, valeur inconnue');
    expect(t('rules.evidence.gift', { date: '1er mars 2024', amount: '5,00 EUR' })).toBe('Cadeau du 1er mars 2024, 5,00 EUR');
  });
});

