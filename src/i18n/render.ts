/**
 * A parsed message rendered with the browser's Intl alone, for the filter and search scripts: the page
 * hands them the parsed form of a message (`messageTree` in icu.ts), so that the browser needs neither
 * the ICU parser nor intl-messageformat (34 kB) to write "1 afspraak" and "2 afspraken". It renders the
 * part of ICU MessageFormat the interface strings use (text, `{arguments}`, `{n, number}`, `plural`,
 * `select`, `#`) the way intl-messageformat does; tests/unit/messages.test.ts compares the two on every message.
 */

import { FRENCH_ARTICLE_BEFORE, frenchArticle } from './locales.ts';

/** A parsed message: the elements of intl-messageformat's syntax tree that interface strings use, without positions. */
export type MessageTree = readonly MessageNode[];
export type MessageNode =
  | { readonly type: 0; readonly value: string }
  | { readonly type: 1; readonly value: string }
  | { readonly type: 2; readonly value: string }
  | { readonly type: 5; readonly value: string; readonly options: Readonly<Record<string, { readonly value: MessageTree }>> }
  | { readonly type: 6; readonly value: string; readonly options: Readonly<Record<string, { readonly value: MessageTree }>>; readonly offset: number; readonly pluralType: 'cardinal' | 'ordinal' }
  | { readonly type: 7 };

/** A message as a page hands it to a browser script: parsed, with the locale to write numbers and plural forms in. */
export interface BrowserMessage {
  readonly locale: string;
  readonly tree: MessageTree;
}

/** The numbers of those elements in intl-messageformat's tree (its `TYPE`). */
export const LITERAL = 0;
export const ARGUMENT = 1;
export const NUMBER = 2;
export const SELECT = 5;
export const PLURAL = 6;
export const POUND = 7;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string, type: 'cardinal' | 'ordinal'): Intl.PluralRules {
  const key = `${locale} ${type}`;
  let rules = pluralRules.get(key);
  if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** A message handed to a browser script, with its values (see renderTree). */
export function renderMessage(message: BrowserMessage, values: Readonly<Record<string, string | number>> = {}): string {
  return renderTree(message.tree, message.locale, values);
}

/**
 * A message with its values: a plain argument is written as given, a plural picks `=n`, then the form
 * the locale's plural rules give, then `other`, and `#` writes the count in the locale's digits.
 */
export function renderTree(tree: MessageTree, locale: string, values: Readonly<Record<string, string | number>> = {}, count?: number): string {
  let text = '';
  for (const node of tree) {
    if (node.type === LITERAL) text += node.value;
    else if (node.type === POUND) text += count === undefined ? '#' : numberFormat(locale).format(count);
    else {
      const value = values[node.value];
      if (value === undefined) throw new Error(`No value for {${node.value}}`);
      if (node.type === ARGUMENT) {
        // French writes `du`/`de`/`d’` before a value as the value needs it, as the server does (locales.ts).
        const article = locale.startsWith('fr') && typeof value === 'string' ? FRENCH_ARTICLE_BEFORE.exec(text) : null;
        if (article) {
          const written = frenchArticle(article[1] as 'de' | 'du', value as string);
          text = text.slice(0, article.index) + (written === 'd’' ? written : `${written} `);
        }
        text += String(value);
      }
      else if (node.type === NUMBER) text += numberFormat(locale).format(Number(value));
      else if (node.type === SELECT) text += renderTree((node.options[String(value)] ?? node.options['other'])?.value ?? [], locale, values, count);
      else {
        const number = Number(value) - node.offset;
        const option = node.options[`=${String(value)}`] ?? node.options[rulesFor(locale, node.pluralType).select(number)] ?? node.options['other'];
        text += renderTree(option?.value ?? [], locale, values, number);
      }
    }
  }
  return text;
}
