/**
 * What the prose of minutes and pages (`content/**.md`) may hold: the one allow-list that validation
 * checks against (with a place and a fix for anything else) and that the sanitizer enforces when the
 * page is rendered. Markdown itself (CommonMark with tables) gives headings, lists, emphasis, links,
 * images, quotes, code and tables; raw HTML is limited to a few inline tags Markdown has no syntax for.
 */
import type { MarkdownItOptions } from 'markdown-it';
import type { IOptions } from 'sanitize-html';

/** Raw HTML tags a writer may use inside Markdown, with the attributes each may carry. */
export const RAW_HTML_TAGS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  del: [],
  ins: [],
  mark: [],
  span: ['lang'],
};

/** Tags that Markdown produces, with their attributes: together with RAW_HTML_TAGS, all that is published. */
const MARKDOWN_TAGS: Record<string, string[]> = {
  p: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], blockquote: [], hr: [],
  ul: [], ol: ['start'], li: [], pre: [], code: [], em: [], strong: [], s: [],
  a: ['href', 'title'], img: ['src', 'alt', 'title'],
  table: [], thead: [], tbody: [], tr: [], th: ['style'], td: ['style'],
};

/** A link leads to the web (https, http) or to this site (`/nl/…`, `#anchor`); nothing else. */
export function linkAllowed(href: string): boolean {
  // Control characters and white space are dropped by browsers inside a scheme ("java\tscript:"): drop them first.
  const bare = href.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  return /^https?:\/\/[^/]/.test(bare) || (bare.startsWith('/') && !bare.startsWith('//') && !bare.startsWith('/\\')) || bare.startsWith('#');
}

/**
 * An image comes from this site only: an image from elsewhere would tell another server who reads the
 * minutes, and `data:` addresses can carry anything.
 */
export function imageAllowed(src: string): boolean {
  const bare = src.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  return bare.startsWith('/') && !bare.startsWith('//') && !bare.startsWith('/\\');
}

/** The Markdown dialect: CommonMark with tables and strikethrough, raw HTML passed to the sanitizer, no autolinked text. */
export const MARKDOWN_OPTIONS: MarkdownItOptions = { html: true, linkify: false, typographer: false };

export const SANITIZE_OPTIONS: IOptions = {
  allowedTags: [...Object.keys(MARKDOWN_TAGS), ...Object.keys(RAW_HTML_TAGS)],
  allowedAttributes: { ...MARKDOWN_TAGS, ...Object.fromEntries(Object.entries(RAW_HTML_TAGS).map(([tag, attributes]) => [tag, [...attributes]])) },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['https', 'http'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => (frame.tag === 'a' && !linkAllowed(frame.attribs.href ?? '')) || (frame.tag === 'img' && !imageAllowed(frame.attribs.src ?? '')),
};
