/**
 * The interface strings, grouped by feature: one module per part of the site (shell.ts, agenda.ts,
 * gifts.ts…), each key with its Dutch, French and English text side by side.
 *
 * Why this shape rather than a file per language: a translation left out is a type error on the key
 * itself (every key must have nl, fr and en: messages.ts), not a gap between three long files that drift
 * apart; a translator reads the three languages of a message together; and a key starts with its feature,
 * so `gifts.summary` is in gifts.ts. Labels of enum values live with their enum in src/schemas/ (read with
 * `labelOf`); labels of topics, free codes in the data, in topics.ts.
 *
 * Messages are ICU MessageFormat (messages.ts). `t(key, values)` takes exactly the values its message
 * names (the type checker says which; counts are numbers), compiles each message once per language, and
 * fails rather than leave a `{gap}` on a page. tests/unit/messages.test.ts checks every message.
 */
import type { Lang } from '../schemas/fields.ts';
import { agenda } from './agenda.ts';
import { changes } from './changes.ts';
import { complaints } from './complaints.ts';
import { datasets } from './datasets.ts';
import { declarations } from './declarations.ts';
import { ethics } from './ethics.ts';
import { feeds } from './feeds.ts';
import { gifts } from './gifts.ts';
import { travel } from './travel.ts';
import { home } from './home.ts';
import { compile, formatCompiled, messageTree, type Compiled } from './icu.ts';
import { frenchForm, LOCALES, typeset } from './locales.ts';
import type { ValuesOf } from './messages.ts';
import { meetings } from './meetings.ts';
import { money } from './money.ts';
import { officials } from './officials.ts';
import { organisations } from './organisations.ts';
import { remuneration } from './remuneration.ts';
import type { BrowserMessage } from './render.ts';
import { rules } from './rules.ts';
import { search } from './search.ts';
import { selection } from './selection.ts';
import { shell } from './shell.ts';
import { sql } from './sql.ts';

/** The groups, by feature; a key belongs to exactly one (a test says so). */
export const GROUPS = { shell, home, officials, agenda, organisations, meetings, money, declarations, gifts, travel, remuneration, rules, ethics, complaints, selection, datasets, changes, sql, search, feeds };

export const MESSAGES = { ...shell, ...home, ...officials, ...agenda, ...organisations, ...meetings, ...money, ...declarations, ...gifts, ...travel, ...remuneration, ...rules, ...ethics, ...complaints, ...selection, ...datasets, ...changes, ...sql, ...search, ...feeds };

export type UiKey = keyof typeof MESSAGES;

/** The values `t(key, …)` takes for a key: none, or an object with exactly the arguments its message names. */
export type ValuesArgument<K extends UiKey> = [keyof ValuesOf<(typeof MESSAGES)[K]>] extends [never] ? [] : [values: ValuesOf<(typeof MESSAGES)[K]>];

const KEYS = Object.keys(MESSAGES) as UiKey[];

/** The source text of every message in one language (ICU syntax), for code that lists strings rather than shows one. */
export const UI = Object.fromEntries((['nl', 'fr', 'en'] as const).map((lang) => [lang, Object.fromEntries(KEYS.map((key) => [key, MESSAGES[key][lang]]))])) as Record<Lang, Record<UiKey, string>>;

/** Compiled messages by key, and by key and text for a French message in another form (`d’{name}`, `de {date}`). */
const compiled: Record<Lang, Map<string, Compiled>> = { nl: new Map(), fr: new Map(), en: new Map() };

/** The interface strings of one language: `t('official.rows', { count: 3 })` → `3 rijen`. */
export function translator(lang: Lang) {
  const cache = compiled[lang];
  return <K extends UiKey>(key: K, ...[values]: ValuesArgument<K>): string => {
    const source = frenchForm(MESSAGES[key][lang], lang, values);
    const id = source === MESSAGES[key][lang] ? key : `${key}\u0000${source}`;
    let message = cache.get(id);
    if (message === undefined) cache.set(id, (message = compile(typeset(source, lang), LOCALES[lang])));
    try {
      return formatCompiled(message, values);
    } catch (error) {
      throw new Error(`Interface string ${key} (${lang}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
}

/**
 * A message for a script in the browser, parsed, with the locale to render it in (src/i18n/render.ts):
 * the browser fills in the counts it works out itself, in the right plural form.
 */
export function browserMessage(lang: Lang, key: UiKey): BrowserMessage {
  return { locale: LOCALES[lang], tree: messageTree(typeset(MESSAGES[key][lang], lang), LOCALES[lang]) };
}
