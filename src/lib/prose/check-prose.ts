/**
 * Checks the Markdown body of minutes and pages against the allow-list before anything is built: raw HTML
 * outside it (scripts, event handlers, iframes, forms, meta, style…), links that are not web or site
 * addresses (`javascript:`, `data:`, `mailto:`), images from elsewhere or without a text alternative, and
 * personal contact data in the text. Each finding is a problem at the line and column where it is
 * written, with the fix. The sanitizer (render-prose.ts) removes the same things again when rendering,
 * so a gap here can hide a problem but never publish it.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { findPersonalData } from '../../schemas/personal-data.ts';
import type { Problem } from '../loading/problems.ts';
import { imageAllowed, linkAllowed, MARKDOWN_OPTIONS, RAW_HTML_TAGS } from './allow-list.ts';

// A parser that keeps every link and address exactly as written, so that the check sees what the writer wrote.
const parser = new MarkdownIt('commonmark', MARKDOWN_OPTIONS).enable(['table', 'strikethrough']);
parser.validateLink = () => true;
parser.normalizeLink = (url) => url;

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"'`=<]+))?)*)\s*(\/?)>|<!--[\s\S]*?(?:-->|$)|<![A-Za-z][^>]*>|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
const ATTRIBUTE = /([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+)))?/g;

const allowedTags = Object.keys(RAW_HTML_TAGS).map((tag) => `<${tag}>`).join(', ');

/**
 * The problems of a Markdown body. `lineOffset` is the number of lines before the body in its file (the
 * front matter), so that lines are the file's.
 */
export function checkProse(body: string, file: string, lineOffset = 0): Problem[] {
  const lines = body.split('\n');
  const problems: Problem[] = [];
  const seen = new Set<string>();
  /** The place of `needle` in the lines of a block (0-based [start, end)), or the block's first line. */
  const place = (map: [number, number] | null | undefined, needle: string, from = 0) => {
    const [start, end] = map ?? [0, lines.length];
    for (let line = start; line < Math.max(end, start + 1); line++) {
      const column = (lines[line] ?? '').indexOf(needle, line === start ? from : 0);
      if (needle && column !== -1) return { line: line + 1 + lineOffset, column: column + 1 };
    }
    return { line: start + 1 + lineOffset, column: 1 };
  };
  const report = (map: [number, number] | null | undefined, needle: string, field: string, message: string) => {
    const at = place(map, needle);
    const key = `${at.line}:${at.column}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file, ...at, field, message });
  };

  const refused = new Set<string>();
  const checkHtml = (html: string, map: [number, number] | null | undefined) => {
    for (const match of html.matchAll(TAG)) {
      const raw = match[0];
      const tag = match[2]?.toLowerCase();
      // The closing tag of an element already refused is the same problem.
      if (tag && match[1] === '/' && refused.has(tag)) continue;
      if (!tag) {
        const what = raw.startsWith('<!--') ? 'an HTML comment, which is not published' : 'an HTML declaration or processing instruction';
        report(map, raw.slice(0, 20), 'html', `holds ${what}: remove it (notes for staff belong in the pull request, not in published text)`);
        continue;
      }
      const allowed = RAW_HTML_TAGS[tag];
      if (!allowed) {
        refused.add(tag);
        report(map, raw.slice(0, 40), 'html', `holds the HTML tag <${tag}>, which is not published: write it in Markdown (headings #, lists -, links [text](https://…), images ![text](/file.png), tables |…|) or use only ${allowedTags}`);
        continue;
      }
      for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
        const name = attribute[1]?.toLowerCase() ?? '';
        if (!allowed.includes(name)) {
          const why = name.startsWith('on') ? 'runs a script when something happens; scripts are never published' : 'is not published';
          report(map, attribute[0], 'html', `holds the attribute ${name} on <${tag}>, which ${why}: remove it${allowed.length ? ` (<${tag}> may have ${allowed.join(', ')})` : ''}`);
        }
      }
    }
  };

  const checkText = (text: string, map: [number, number] | null | undefined) => {
    // Every match in the text, not only the first: each is a line to fix.
    for (let from = 0, found = findPersonalData(text); found; found = findPersonalData(text.slice(from))) {
      report(map, found.match, 'text', `holds ${found.what} ("${found.match}"): published text may not contain personal contact data; remove it`);
      from += found.index + found.match.length;
    }
  };

  const walk = (tokens: Token[], map: [number, number] | null | undefined) => {
    for (const token of tokens) {
      const at = token.map ?? map;
      if (token.type === 'html_block' || token.type === 'html_inline') checkHtml(token.content, at);
      if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        if (!linkAllowed(href)) {
          report(at, href, 'link', `leads to "${href.slice(0, 60)}": a link may only lead to a web address (https://…) or a page of this site (/nl/…); ${/^\s*mailto:/i.test(href) ? 'e-mail addresses are not published in minutes' : 'write the web address it should open'}`);
        }
      }
      if (token.type === 'image') {
        const src = String(token.attrGet('src') ?? '');
        if (!imageAllowed(src)) report(at, src, 'image', `shows "${src.slice(0, 60)}": an image must be a file of this site (e.g. /images/plan.png); images from elsewhere or data: addresses are not published`);
        else if (!token.content.trim()) report(at, src, 'image', 'has no text alternative: write what the image shows between the brackets, e.g. ![Floor plan of the new library](/images/plan.png)');
      }
      if (token.type === 'text' || token.type === 'code_inline' || token.type === 'code_block' || token.type === 'fence') checkText(token.content, at);
      if (token.children) walk(token.children, at);
    }
  };
  walk(parser.parse(body, {}), undefined);
  return problems;
}
