// Every interface string and every label of an enum value exists, with text, in every language, and is
// translated rather than copied from English; one locale table serves every formatter. The messages
// themselves (ICU syntax, arguments, plurals, keys in use) are checked in messages.test.ts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsOf } from '../../src/i18n/icu.ts';
import { MESSAGES } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { TOPIC_LABELS } from '../../src/i18n/topics.ts';
import { formatCount, formatDate, formatMonth } from '../../src/lib/locale/dates.ts';
import { formatBytes } from '../../src/lib/locale/sizes.ts';
import { formatMoney } from '../../src/lib/money/cents.ts';
import { AGENDA_CATEGORIES, AGENDA_CATEGORY_LABELS } from '../../src/schemas/agenda.ts';
import { COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS } from '../../src/schemas/complaint.ts';
import { EXPENDITURE_CATEGORIES, EXPENDITURE_CATEGORY_LABELS } from '../../src/schemas/expenditure.ts';
import { LANGUAGES, type Lang } from '../../src/schemas/fields.ts';
import { GIFT_OUTCOMES, GIFT_OUTCOME_LABELS } from '../../src/schemas/gift.ts';
import { INCOME_CATEGORIES, INCOME_CATEGORY_LABELS } from '../../src/schemas/income.ts';
import { labelOf, type EnumLabels } from '../../src/schemas/labels.ts';
import { MANDATE_SELECTIONS, MANDATE_SELECTION_LABELS } from '../../src/schemas/official.ts';

const ENUMS = {
  'agenda categories': [AGENDA_CATEGORIES, AGENDA_CATEGORY_LABELS],
  'complaint outcomes': [COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS],
  'expenditure categories': [EXPENDITURE_CATEGORIES, EXPENDITURE_CATEGORY_LABELS],
  'gift outcomes': [GIFT_OUTCOMES, GIFT_OUTCOME_LABELS],
  'income categories': [INCOME_CATEGORIES, INCOME_CATEGORY_LABELS],
  'mandate selections': [MANDATE_SELECTIONS, MANDATE_SELECTION_LABELS],
} as const;

/** Every text per language: interface strings, labels of enum values and of topics, each with a name. */
const texts: Array<{ name: string; text: Readonly<Record<Lang, string>> }> = [
  ...Object.entries(MESSAGES).map(([key, text]) => ({ name: key, text })),
  ...Object.entries(ENUMS).flatMap(([name, [, labels]]) => Object.entries(labels).map(([value, text]) => ({ name: `${name}: ${value}`, text }))),
  ...Object.entries(TOPIC_LABELS).map(([topic, text]) => ({ name: `topic ${topic}`, text })),
];

describe('labels of enum values', () => {
  for (const [name, [values, labels]] of Object.entries(ENUMS)) {
    it(`name every value of the ${name} and no other`, () => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) for (const lang of LANGUAGES) expect(labelOf(labels as EnumLabels<string>, value, lang).trim(), `${value} ${lang}`).not.toBe('');
    });
  }

  it('show a value outside the enum as written', () => {
    expect(labelOf(GIFT_OUTCOME_LABELS, 'handed-over', 'nl')).toBe('afgegeven');
    expect(labelOf(GIFT_OUTCOME_LABELS, 'lost', 'nl')).toBe('lost');
  });
});

describe('translations', () => {
  // A sentence left in English in another language is a missing translation, not a cognate
  // (`Agenda`, `Total`, `Contact` are the same word in both languages; three words alike are not).
  for (const lang of ['nl', 'fr'] as const) {
    it(`has no sentence copied from English in ${lang}`, () => {
      const copied = texts.filter(({ text }) => {
        const words = textsOf(text.en).join(' ').replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? [];
        return text[lang] === text.en && words.length >= 3;
      });
      expect(copied.map(({ name }) => name)).toEqual([]);
    });
  }
});

describe('the locale table', () => {
  it('is the one every formatter reads', () => {
    expect(LOCALES).toEqual({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' });
    const root = resolve(import.meta.dirname, '../..');
    const files = (folder: string): string[] =>
      readdirSync(join(root, folder)).flatMap((name) => (statSync(join(root, folder, name)).isDirectory() ? files(join(folder, name)) : /\.(ts|astro)$/.test(name) ? [join(folder, name)] : []));
    // Locales of readers are written only in the table; en-US and en-CA read clocks and ISO dates.
    const elsewhere = files('src')
      .filter((file) => file !== join('src', 'i18n', 'locales.ts'))
      .filter((file) => /['"`](?:nl|fr)-[A-Z]{2}['"`]|\$\{lang\}-[A-Z]{2}|['"`]en-(?:GB|IE)['"`](?![^\n]*timeZoneName)/.test(readFileSync(join(root, file), 'utf8')));
    expect(elsewhere).toEqual([]);
  });

  it('writes dates, months, counts, sizes and amounts as the portal always has', () => {
    expect(['nl', 'fr', 'en'].map((lang) => formatDate('2025-03-04', lang))).toEqual(['4 maart 2025', '4 mars 2025', '4 March 2025']);
    expect(['nl', 'fr', 'en'].map((lang) => formatMonth('2025-03', lang))).toEqual(['maart 2025', 'mars 2025', 'March 2025']);
    expect(['nl', 'fr', 'en'].map((lang) => formatCount(1234567, lang))).toEqual(['1.234.567', '1\u202f234\u202f567', '1,234,567']);
    expect(['nl', 'fr', 'en'].map((lang) => formatBytes(12345, lang))).toEqual(['12,3 kB', '12,3 kB', '12.3 kB']);
    expect(['nl', 'fr', 'en'].map((lang) => formatMoney(-123456789, lang))).toEqual(['-1.234.567,89\u00a0EUR', '-1\u202f234\u202f567,89\u00a0EUR', '-EUR\u00a01,234,567.89']);
  });
});
