/**
 * The shape of an interface string and, for the type checker, the arguments it takes.
 *
 * A message is ICU MessageFormat in each language, side by side: `{name}` is filled in as given,
 * `{count, plural, one {# rij} other {# rijen}}` picks the form for the number (French `one` covers 0 and
 * 1) and `#` writes that number with the language's digit grouping. A group of messages that leaves out
 * a language, or adds one, is a type error on that key.
 */
import type { Lang } from '../schemas/fields.ts';

/** One interface string in every language. */
export type Message = Readonly<Record<Lang, string>>;
/** A group of interface strings: a key (`feature.what`) and its text in every language. */
export type Messages = Readonly<Record<string, Message>>;

type TrimEnd<S extends string> = S extends `${infer R} ` ? TrimEnd<R> : S;
type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : TrimEnd<S>;
/** The selectors of plural forms: `one {# rij}` opens a form, not an argument. */
type Selector = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | `=${number}`;
/** Whether a `{` after this text opens a plural form rather than an argument. */
type OpensForm<Before extends string> = TrimEnd<Before> extends Selector | `${string}${' ' | ',' | '}'}${Selector}` ? true : false;
/** Whether the text after a `{` can be an argument's name. */
type IsName<S extends string> = S extends '' ? false : S extends `${string}${' ' | '#' | '{' | '\n'}${string}` ? false : true;
/** The text between a `{` and the next `}`, up to a comma if there is one: the argument's name. */
type Head<S extends string> = S extends `${infer Inside}}${string}` ? (Inside extends `${infer Name},${string}` ? Trim<Name> : Inside) : never;
/** The name an argument opened by this `{` has, or never for a plural form. */
type NameAt<Before extends string, After extends string> = OpensForm<Before> extends true ? never : IsName<Head<After>> extends true ? Head<After> : never;

/** Every argument a message names. */
type NamesIn<S extends string> = S extends `${infer Before}{${infer After}` ? NameAt<Before, After> | NamesIn<After> : never;
/** The arguments a message counts with (`plural`, `selectordinal`, `number`): they must be numbers. */
type CountsIn<S extends string> = S extends `${infer Before}{${infer After}`
  ? (After extends `${infer Inside}}${string}` ? (Inside extends `${string},${infer Kind}` ? (Trim<Kind> extends `plural${string}` | `selectordinal${string}` | `number${string}` ? NameAt<Before, After> : never) : never) : never) | CountsIn<After>
  : never;

/** The values a message takes, from its text in every language: numbers for counts, text or numbers otherwise. */
export type ValuesOf<M extends Message> = { [Name in NamesIn<M[Lang]>]: Name extends CountsIn<M[Lang]> ? number : string | number };

/**
 * The same reading as `ValuesOf`, at run time, so that a test can compare it with the ICU parser on
 * every message: the type checker asks for exactly the arguments a message has.
 */
export function namesAsTyped(message: string): Map<string, 'count' | 'text'> {
  const names = new Map<string, 'count' | 'text'>();
  let rest = message;
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    const before = rest.slice(0, open).trimEnd();
    const after = rest.slice(open + 1);
    rest = after;
    if (/(?:^|[ ,}])(?:zero|one|two|few|many|other|=\d+)$/.test(before)) continue;
    const close = after.indexOf('}');
    if (close < 0) continue;
    const inside = after.slice(0, close);
    const comma = inside.indexOf(',');
    const name = comma >= 0 ? inside.slice(0, comma).trim() : inside;
    if (name === '' || /[ #{\n]/.test(name)) continue;
    const kind = comma >= 0 ? inside.slice(comma + 1).trim() : '';
    const counts = /^(?:plural|selectordinal|number)/.test(kind);
    if (counts || !names.has(name)) names.set(name, counts ? 'count' : 'text');
  }
  return names;
}
