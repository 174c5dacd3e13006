/**
 * Which part of a language's search index each page goes into. Pagefind builds an index from scratch and
 * cannot replace a few pages of an earlier one, so the index of a large site is made of parts, each kept
 * in the build cache under the hash of its pages (search-index.ts) and merged by the search page in the
 * browser (Pagefind's `mergeIndex`): a change re-indexes the parts whose pages changed, not the site.
 *
 * - `site`, the main index (`/pagefind/`): every page not in another part; it holds each language's home.
 * - `datasets`: the catalogue's pages, which show every file's size and checksum and so change with any data.
 * - `<section>-<n>`: a section (the first folder below `/<lang>/`) with more than `shardPages` pages indexed
 *   in that language is spread over ceil(pages / shardPages) parts by a hash of each page's address below
 *   it: a page stays in its part as others are added or removed, as long as the number of parts holds.
 *
 * Every part is a further index the search page loads on a first search (its entry, metadata and the
 * chunks of the words searched), so parts are few: P's 6,300 organisation pages a language are 7 parts.
 */
import { wholeSetting } from './whole-setting.ts';

/** The main index's part: `/pagefind/` itself. */
export const MAIN_PART = 'site';
/** Pages of one section in a language above which it is spread over parts of about this many. */
export const SHARD_PAGES = 1000;

/** `VITRINE_SEARCH_SHARD_PAGES` (tests lower it, so that the demo's index is in parts too), or `SHARD_PAGES`. */
export const searchShardPages = (text: string | undefined): number => wholeSetting(text, SHARD_PAGES, 'VITRINE_SEARCH_SHARD_PAGES', 'pages');

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
 * The pages of one language (paths below the site's root, `nl/organisations/x/index.html`) grouped by
 * part, the main part first and the others in order of name; each part keeps the pages' order.
 */
export function searchParts(paths: readonly string[], lang: string, shardPages = SHARD_PAGES): Map<string, string[]> {
  if (!Number.isInteger(shardPages) || shardPages < 1) throw new Error(`the pages of a search index part must be a whole number over 0, not ${shardPages}`);
  const below = (path: string) => path.slice(lang.length + 1).split('/');
  const sizes = new Map<string, number>();
  for (const path of paths) {
    const [section = '', ...rest] = below(path);
    if (rest.length > 0) sizes.set(section, (sizes.get(section) ?? 0) + 1);
  }
  const parts = new Map<string, string[]>([[MAIN_PART, []]]);
  for (const path of paths) {
    if (!path.startsWith(`${lang}/`)) throw new Error(`${path} is not a page in ${lang}`);
    const [section = '', ...rest] = below(path);
    const size = sizes.get(section) ?? 0;
    let part = MAIN_PART;
    if (rest.length > 0 && section === 'datasets') part = 'datasets';
    else if (rest.length > 0 && size > shardPages) part = `${section}-${(fnv1a(rest.join('/')) % Math.ceil(size / shardPages)) + 1}`;
    const list = parts.get(part);
    if (list) list.push(path);
    else parts.set(part, [path]);
  }
  const [main, ...others] = parts;
  return new Map([...(main && main[1].length > 0 ? [main] : []), ...others.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
}
