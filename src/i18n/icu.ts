/**
 * ICU MessageFormat through intl-messageformat: each message is parsed once per language and kept
 * (a message without arguments as its text). Markup-like `<b>` is text here, not a tag: pages escape
 * what they are given.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ARGUMENT, LITERAL, NUMBER, PLURAL, POUND, SELECT, type MessageNode, type MessageTree } from './render.ts';

export type Compiled = string | IntlMessageFormat;

/** Parses a message for a locale; a message that is text alone becomes that text. Throws on a syntax error. */
export function compile(message: string, locale: string): Compiled {
  const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
  const tree = format.getAst();
  if (tree.length === 0) return '';
  const [first] = tree;
  if (tree.length === 1 && first && first.type === (LITERAL as number) && 'value' in first) return first.value;
  return format;
}

/** A compiled message with its values. A value it names and is not given is an error, not a `{gap}` on a page. */
export function formatCompiled(compiled: Compiled, values: Readonly<Record<string, string | number>> | undefined): string {
  if (typeof compiled === 'string') return compiled;
  return String(compiled.format(values));
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** The syntax tree of a message as plain data for the browser (see render.ts), without source positions. */
export function messageTree(message: string, locale: string): MessageTree {
  const convert = (elements: readonly Element[]): MessageNode[] =>
    elements.map((element): MessageNode => {
      const type = element.type as number;
      if (type === LITERAL && 'value' in element) return { type: LITERAL, value: element.value };
      if (type === POUND) return { type: POUND };
      if (type === ARGUMENT && 'value' in element) return { type: ARGUMENT, value: element.value };
      if (type === NUMBER && 'style' in element && !element.style) return { type: NUMBER, value: element.value };
      if ((type === SELECT || type === PLURAL) && 'options' in element) {
        const options = Object.fromEntries(Object.entries(element.options as Record<string, { value: Element[] }>).map(([name, option]) => [name, { value: convert(option.value) }]));
        if (type === SELECT) return { type: SELECT, value: element.value, options };
        const plural = element as { offset?: number; pluralType?: 'cardinal' | 'ordinal' };
        return { type: PLURAL, value: element.value, options, offset: plural.offset ?? 0, pluralType: plural.pluralType ?? 'cardinal' };
      }
      throw new Error(`The browser renders text, {arguments}, {n, number}, plural, select and #, not element type ${type} in "${message}"`);
    });
  return convert(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
}

/** The arguments a message names, with whether it counts with them (plural, selectordinal, number). */
export function argumentsOf(message: string): Map<string, 'count' | 'text'> {
  const found = new Map<string, 'count' | 'text'>();
  const walk = (elements: readonly Element[]) => {
    for (const element of elements) {
      const type = element.type as number;
      if (type === LITERAL || type === POUND || !('value' in element)) continue;
      const counts = type === PLURAL || type === NUMBER;
      if (counts || !found.has(element.value)) found.set(element.value, counts ? 'count' : 'text');
      if ('options' in element) for (const option of Object.values(element.options as Record<string, { value: Element[] }>)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst());
  return found;
}

/**
 * Every text a message can show, with `{argument}` where a value goes (`#` too): one text per
 * combination of plural and select forms. For tests that look for interface text on built pages.
 */
export function textsOf(message: string): string[] {
  const expand = (elements: readonly Element[], count: string): string[] => {
    let texts = [''];
    for (const element of elements) {
      const type = element.type as number;
      let parts: string[];
      if (type === POUND) parts = [`{${count}}`];
      else if (!('value' in element)) parts = [''];
      else if (type === LITERAL) parts = [element.value];
      else if ('options' in element) parts = Object.values(element.options as Record<string, { value: Element[] }>).flatMap((option) => expand(option.value, element.value));
      else parts = [`{${element.value}}`];
      texts = texts.flatMap((text) => parts.map((part) => text + part));
    }
    return texts;
  };
  return [...new Set(expand(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst(), ''))];
}
