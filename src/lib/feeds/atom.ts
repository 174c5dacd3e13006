/**
 * An Atom 1.0 writer (RFC 4287): a feed with its required elements (id, title, updated, author) and
 * entries with a stable id, a title, `updated`, a link to their page and a summary. Text from the data
 * that is in another language than the feed keeps its language: a text whose whole is in one language
 * gets `xml:lang`; a sentence mixing the feed's words with data in another language is written as XHTML
 * with a `<span xml:lang>` around the data (RFC 4287 3.1.1.3), so that readers can pronounce it right.
 *
 * Written here rather than with the `feed` package: that package has no way to mark the language of a
 * title or of a part of a summary, and fills in the clock where a date is missing; an escaped writer of
 * this size is easier to check than the options that would be needed around it.
 */
import type { Lang } from '../../schemas/fields.ts';
import type { TextPart } from '../locale/localize.ts';
import { escapeXml } from './rss.ts';

export interface AtomEntry {
  /** Stable across builds and languages: a tag: URI (RFC 4151). */
  id: string;
  title: readonly TextPart[];
  /** RFC 3339 date and time with its offset, `2025-03-14T09:30:00+01:00`. */
  updated: string;
  /** Absolute address of the record's page. */
  link: string;
  /** Absolute address of a page about it (`rel="related"`): where a change to a record is shown among its commit's. */
  related?: string | undefined;
  summary?: readonly TextPart[] | undefined;
  /** What kind of record it is: a term (`agenda`, `gift`…) and its label in the feed's language. */
  category?: { term: string; label: string } | undefined;
}

export interface AtomFeed {
  /** Stable: the feed's own address. */
  id: string;
  title: string;
  subtitle?: string | undefined;
  lang: Lang;
  /** RFC 3339; the newest entry's, or a day from the data for a feed without entries (never the clock). */
  updated: string;
  author: { name: string; uri?: string | undefined };
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the page the feed follows. */
  alternate: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkDate(value: string, what: string): string {
  if (!RFC3339.test(value)) throw new Error(`${what}: ${value} is not an RFC 3339 date and time`);
  return value;
}

const partLang = (part: TextPart, feed: Lang): Lang => (typeof part === 'string' ? feed : part.lang);
const partText = (part: TextPart): string => (typeof part === 'string' ? part : part.text);

/**
 * An Atom text construct: plain text (with `xml:lang` when all of it is in one other language), or XHTML
 * with each piece of data in another language in a span that says which.
 */
export function textConstruct(name: string, parts: readonly TextPart[], feedLang: Lang, indent: string): string {
  const pieces = parts.filter((part) => partText(part) !== '');
  const langs = new Set(pieces.map((part) => partLang(part, feedLang)));
  if (langs.size <= 1) {
    const [only] = langs;
    const attribute = only && only !== feedLang ? ` xml:lang="${only}"` : '';
    return `${indent}<${name}${attribute}>${escapeXml(pieces.map(partText).join(''))}</${name}>`;
  }
  const html = pieces
    .map((part) => {
      const text = escapeXml(partText(part)).replace(/\n/g, '<br/>');
      const lang = partLang(part, feedLang);
      return lang === feedLang ? text : `<span xml:lang="${lang}" lang="${lang}">${text}</span>`;
    })
    .join('');
  return `${indent}<${name} type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${html}</div></${name}>`;
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, type: string, href: string, indent: string) => `${indent}<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

/** The feed as Atom text. Nothing in it comes from the clock: two builds of the same data give the same file. */
export function writeAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    element('id', feed.id, '  '),
    element('title', feed.title, '  '),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, '  ')] : []),
    element('updated', checkDate(feed.updated, feed.id), '  '),
    '  <author>',
    element('name', feed.author.name, '    '),
    ...(feed.author.uri ? [element('uri', feed.author.uri, '    ')] : []),
    '  </author>',
    link('self', 'application/atom+xml', feed.self, '  '),
    link('alternate', 'text/html', feed.alternate, '  '),
    '  <generator>Vitrine</generator>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      element('id', entry.id, '    '),
      textConstruct('title', entry.title, feed.lang, '    '),
      element('updated', checkDate(entry.updated, entry.id), '    '),
      link('alternate', 'text/html', entry.link, '    '),
      ...(entry.related ? [link('related', 'text/html', entry.related, '    ')] : []),
      ...(entry.category ? [`    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`] : []),
      ...(entry.summary?.length ? [textConstruct('summary', entry.summary, feed.lang, '    ')] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** Milliseconds since 1970 of an RFC 3339 date and time, for ordering entries whose offsets differ. */
export const instantOf = (value: string): number => Date.parse(value);
