/**
 * Which part of a language's search index each page goes into. Pagefind builds an index from scratch and
 * cannot replace a few pages of an earlier one, and it holds an index in memory until it is written (about
 * eight times the HTML it was given), so the index of a large site is made of parts: each indexed by a
 * Pagefind process of its own, kept in the build cache under the hash of its pages (search-index.ts), and
 * merged by the search page in the browser (Pagefind's `mergeIndex`). A change re-indexes the parts whose
 * pages changed, not the site, and no part asks Pagefind for more memory than its bytes of HTML allow.
 *
 * - `site`, the main index (`/pagefind/`): each language's home page and the sections too small to be apart.
 * - `datasets`: the catalogue's pages, which show every file's size and checksum and so change with any data.
 * - `<section>-<n>`: a section (the first folder below `/<lang>/`) with more than an eighth of `partBytes`
 *   of HTML indexed in that language, or more than `partPages` pages, is apart, in as many parts as it
 *   needs for none to hold more than `partBytes` of HTML or `partPages` pages, each page in one by a hash
 *   of its address below the section: a page stays in its part as others change, come and go, as long
 *   as the section's number of parts holds.
 *
 * Every further part costs a first search its entry, its metadata and the chunks of the words searched,
 * so parts are not small: P's sections of 16 to 73 MB of HTML a language give about 18 parts a language.
 * The bound on pages is for a rebuild: Pagefind's time goes with the pages it is given (about 2 ms each
 * here, whatever their size: P's organisations' pages cut to their main content, half the bytes, took as
 * long), and an appointment changed shows on the pages of the organisations it names, so a rebuild
 * indexes their parts again: P's 6,263 organisations a language were 3 parts of 2,100 pages.
 */
import { wholeSetting } from './whole-setting.ts';

/** The main index's part: `/pagefind/` itself. */
export const MAIN_PART = 'site';
/** The most HTML a part is given, in bytes (a section's parts are about this size or smaller). */
export const PART_BYTES = 24_000_000;
/** The most pages a part is given (a section's parts have about this many or fewer). */
export const PART_PAGES = 1_000;

/** `VITRINE_SEARCH_PART_BYTES` (tests lower it, so that a small site's index is in parts too), or `PART_BYTES`. */
export const searchPartBytes = (text: string | undefined): number => wholeSetting(text, PART_BYTES, 'VITRINE_SEARCH_PART_BYTES', 'bytes');

/** A page to index: its path below the site's root (`nl/organisations/x/index.html`) and its size. */
export interface PageToIndex {
  path: string;
  bytes: number;
}

/** FNV-1a (32 bits) of a text's UTF-8 bytes: a stable hash, the same on every machine and Node version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The pages of one language grouped by part, the main part first and the others in order of name; each
 * part keeps the pages' order.
 */
export function searchParts(pages: readonly PageToIndex[], lang: string, partBytes = PART_BYTES, partPages = PART_PAGES): Map<string, string[]> {
  if (!Number.isSafeInteger(partBytes) || partBytes < 1) throw new Error(`the bytes of a search index part must be a whole number over 0, not ${partBytes}`);
  if (!Number.isSafeInteger(partPages) || partPages < 1) throw new Error(`the pages of a search index part must be a whole number over 0, not ${partPages}`);
  const below = (path: string) => {
    if (!path.startsWith(`${lang}/`)) throw new Error(`${path} is not a page in ${lang}`);
    return path.slice(lang.length + 1).split('/');
  };
  const sizes = new Map<string, { bytes: number; pages: number }>();
  for (const { path, bytes } of pages) {
    const [section = '', ...rest] = below(path);
    const size = sizes.get(section) ?? { bytes: 0, pages: 0 };
    if (rest.length > 0) sizes.set(section, { bytes: size.bytes + bytes, pages: size.pages + 1 });
  }
  const parts = new Map<string, string[]>([[MAIN_PART, []]]);
  for (const { path } of pages) {
    const [section = '', ...rest] = below(path);
    const size = sizes.get(section) ?? { bytes: 0, pages: 0 };
    const count = Math.max(Math.ceil(size.bytes / partBytes), Math.ceil(size.pages / partPages));
    let part = MAIN_PART;
    if (rest.length > 0 && section === 'datasets') part = 'datasets';
    else if (rest.length > 0 && (size.bytes > partBytes / 8 || size.pages > partPages)) part = `${section}-${(fnv1a(rest.join('/')) % count) + 1}`;
    const list = parts.get(part);
    if (list) list.push(path);
    else parts.set(part, [path]);
  }
  const [main, ...others] = parts;
  return new Map([...(main && main[1].length > 0 ? [main] : []), ...others.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
}
