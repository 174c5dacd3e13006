/**
 * Every interface text a reader may see, per language, for the tests that look for English on Dutch and
 * French pages (tests/build/languages.test.ts, tests/e2e/a11y.spec.ts): each form of every message (one
 * per plural form, `{argument}` where a value goes), the labels of enum values and of topics.
 */
import { textsOf } from '../src/i18n/icu.ts';
import { MESSAGES } from '../src/i18n/index.ts';
import { TOPIC_LABELS } from '../src/i18n/topics.ts';
import { AGENDA_CATEGORY_LABELS } from '../src/schemas/agenda.ts';
import { COMPLAINT_OUTCOME_LABELS } from '../src/schemas/complaint.ts';
import { EXPENDITURE_CATEGORY_LABELS } from '../src/schemas/expenditure.ts';
import type { Lang } from '../src/schemas/fields.ts';
import { GIFT_OUTCOME_LABELS } from '../src/schemas/gift.ts';
import { INCOME_CATEGORY_LABELS } from '../src/schemas/income.ts';
import { MANDATE_SELECTION_LABELS } from '../src/schemas/official.ts';

const LABELS = { AGENDA_CATEGORY_LABELS, COMPLAINT_OUTCOME_LABELS, EXPENDITURE_CATEGORY_LABELS, GIFT_OUTCOME_LABELS, INCOME_CATEGORY_LABELS, MANDATE_SELECTION_LABELS, TOPIC_LABELS };

/** Each text with a name (a key, or a label table and value) and its forms in every language. */
export function interfaceTexts(): Array<{ key: string; forms: Record<Lang, string[]> }> {
  const forms = (text: Readonly<Record<Lang, string>>) => ({ nl: textsOf(text.nl), fr: textsOf(text.fr), en: textsOf(text.en) });
  return [
    ...Object.entries(MESSAGES).map(([key, text]) => ({ key, forms: forms(text) })),
    ...Object.entries(LABELS).flatMap(([table, labels]) => Object.entries(labels as Record<string, Record<Lang, string>>).map(([value, text]) => ({ key: `${table}.${value}`, forms: forms(text) }))),
  ];
}

/**
 * The English texts a page in `lang` must not show: forms whose translation differs and that are not
 * also a text of that language (`Agenda`, `Total`…), with at least four letters besides placeholders.
 */
export function englishOnlyTexts(lang: 'nl' | 'fr'): Array<{ key: string; text: string }> {
  const all = interfaceTexts();
  const own = new Set(all.flatMap(({ forms }) => forms[lang]));
  return all
    .filter(({ key }) => key !== 'lang.name')
    .flatMap(({ key, forms }) => forms.en.filter((text) => !own.has(text)).map((text) => ({ key, text })))
    .filter(({ text }) => text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 4);
}
