/**
 * Site search with Pagefind: what pages tell the indexer (the kinds of page and the filters, used by the
 * layout and the search page), and the step of the build that writes the index into the built site.
 *
 * Pages mark their main content with `data-pagefind-body` (the layout does it), big data tables with
 * `data-pagefind-ignore`, and carry their filters as empty elements: `type` (the kind of page), `official`
 * and `body` (ids) and `year`. Pagefind writes one index per language, from each page's `<html lang>`,
 * in parts for a large site (search-shards.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../schemas/fields.ts';
import { isLinesPath } from '../records/addresses.ts';
import { codeDigest } from './code-digest.ts';
import { cacheKey, type OutputCache } from './output-cache.ts';
import { MAIN_PART, SHARD_PAGES, searchParts } from './search-shards.ts';

/** The kinds of page a reader can filter the results on. */
export const SEARCH_TYPES = ['official', 'meeting', 'organisation', 'dataset', 'rule', 'money', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters of the index, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'official', 'year', 'body'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What a page tells the index about itself, beyond its text. */
export interface SearchMark {
  /** The kind of page; by default taken from its address (see `searchTypeOf`). */
  type?: SearchType;
  /** Ids of the officials the page is about. */
  officials?: readonly string[];
  /** Ids of the bodies the page is about. */
  bodies?: readonly string[];
  /** Years the page is about. */
  years?: ReadonlyArray<string | number>;
}

/** The kind of a page from its address after `/<lang>/` (`officials/<id>/`, `meetings/<id>/`…). */
export function searchTypeOf(path: string): SearchType {
  const [section = '', record = ''] = path.split('/');
  if (section === 'officials' && record) return 'official';
  if (section === 'meetings' && record) return 'meeting';
  if (section === 'organisations' && record) return 'organisation';
  if (section === 'datasets') return 'dataset';
  if (section === 'rules') return 'rule';
  if (section === 'money' || section === 'gifts' || section === 'travel' || section === 'remuneration' || section === 'declarations') return 'money';
  return 'page';
}

/** Every filter value of a page, without repeats and in a stable order. */
export function searchFiltersOf(path: string, mark: SearchMark = {}): Array<[SearchFilter, string]> {
  const unique = (values: ReadonlyArray<string | number> = []) => [...new Set(values.map(String))].sort();
  return [
    ['type', mark.type ?? searchTypeOf(path)] as [SearchFilter, string],
    ...unique(mark.officials).map((id) => ['official', id] as [SearchFilter, string]),
    ...unique(mark.years).map((year) => ['year', year] as [SearchFilter, string]),
    ...unique(mark.bodies).map((id) => ['body', id] as [SearchFilter, string]),
  ];
}

export interface SearchIndexSummary {
  /** Pages indexed, in all languages together. */
  pages: number;
  /** Languages with an index of their own. */
  languages: string[];
  /** Files written into `pagefind/`, and their size together. */
  files: number;
  bytes: number;
  /** Parts of the index (a part per language counts once per language), and of them those taken from the build cache. */
  parts: number;
  reused: number;
}

/** Pages sent to Pagefind before the answer to the first of them is awaited (see `addPages`). */
const IN_FLIGHT = 4;

type Entry = { languages?: Record<string, { page_count?: number }> } & Record<string, unknown>;

/** What a part of one language's index gives the part's `pagefind-entry.json`, kept with its files in the cache. */
interface PartValue {
  /** Its entry's fields: Pagefind's version and the characters it indexes. */
  entry: Record<string, unknown>;
  /** Its language's record in the entry: the hash of its metadata, its wasm, its page count. */
  language: { page_count?: number } & Record<string, unknown>;
}

/** The file the search page reads to know the further parts of its language's index (src/components/search/client.ts). */
export const SEARCH_PARTS_FILE = 'parts.json';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface SearchIndexOptions {
  /** Pages sent to Pagefind before the first is answered (the index is the same for any number). */
  inFlight?: number;
  /** Pages of a section in a language above which it is split into parts (search-shards.ts). */
  shardPages?: number;
  /** The build cache of the index's parts, whose site is `site`; without it every part is indexed. */
  cache?: OutputCache | undefined;
}

/**
 * Indexes every HTML page of a built site and writes the index into its `pagefind/` folder. Throws when
 * Pagefind reports a problem or finds no page, so that a build without search is not published.
 *
 * Each language's pages are grouped in parts (search-shards.ts): the main part's index is `pagefind/`
 * (with Pagefind's scripts), each other part's `pagefind/parts/<part>/`, and `pagefind/parts.json` names
 * the further parts of each language, which the search page merges. A part of one language is indexed by
 * a Pagefind process of its own (Pagefind keeps an index in memory until it writes it), unless the build
 * cache holds the files it gave for the same pages, which are then copied: the key is the hash of each
 * page's HTML, the part, the language and the code path of this module (Pagefind's version with it). The
 * entries of a folder's languages are put together in its `pagefind-entry.json`.
 */
export async function writeSearchIndex(site: string, { inFlight = IN_FLIGHT, shardPages = SHARD_PAGES, cache }: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const pagefind = await import('pagefind');
  const output = join(site, 'pagefind');
  const present = new Set((await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const code = cache ? codeDigest(projectRoot, ['src/lib/build/search-index.ts']) : '';
  const entries = new Map<string, { entry: Record<string, unknown>; languages: Record<string, PartValue['language']> }>();
  const further: Record<string, string[]> = {};
  let parts = 0;
  let reused = 0;
  for (const lang of LANGUAGES.filter((code) => present.has(code))) {
    const marked = await markedPages(site, await htmlFilesToIndex(site, lang));
    for (const [part, paths] of searchParts([...marked.keys()], lang, shardPages)) {
      const folder = part === MAIN_PART ? 'pagefind' : `pagefind/parts/${part}`;
      const key = cache ? cacheKey('search index', code, lang, part, ...paths.map((path) => `${path} ${marked.get(path)}`)) : undefined;
      let value = key ? (await cache?.take<PartValue>(key))?.value : undefined;
      if (value) reused += 1;
      else {
        const made = await indexPart(pagefind, site, paths, lang, folder, part === MAIN_PART, inFlight);
        value = made.value;
        if (key) await cache?.keep(key, made.files, value);
      }
      parts += 1;
      if (part !== MAIN_PART) (further[lang] ??= []).push(part);
      const { entry, languages } = entries.get(folder) ?? { entry: value.entry, languages: {} };
      entries.set(folder, { entry, languages: { ...languages, [lang]: value.language } });
    }
  }
  const main = entries.get('pagefind');
  const languages = Object.entries(main?.languages ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const pages = [...entries.values()].flatMap((folder) => Object.values(folder.languages)).reduce((total, language) => total + (language.page_count ?? 0), 0);
  if (!main || pages === 0) throw new Error('Pagefind found no page to index.');
  for (const [folder, { entry, languages: own }] of entries) {
    const sorted = Object.fromEntries(Object.entries(own).sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(join(site, folder, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: sorted }));
  }
  await writeFile(join(output, SEARCH_PARTS_FILE), JSON.stringify(Object.fromEntries(Object.entries(further).sort(([a], [b]) => a.localeCompare(b)))));
  const { files, bytes } = await sizeOf(output);
  return { pages, languages: languages.map(([lang]) => lang), files, bytes, parts, reused };
}

/** The pages of `paths` that mark content for search, each with the SHA-256 of its HTML, in the same order. */
async function markedPages(site: string, paths: readonly string[]): Promise<Map<string, string>> {
  const marked = new Map<string, string>();
  const hashes: Array<string | undefined> = new Array(paths.length);
  let next = 0;
  const read = async () => {
    for (let position = next++; position < paths.length; position = next++) {
      const html = await readFile(join(site, paths[position] as string));
      // Pages that leave themselves out of search (`search={false}`) mark nothing: Pagefind would skip them.
      if (html.includes('data-pagefind-body')) hashes[position] = createHash('sha256').update(html).digest('hex');
    }
  };
  await Promise.all(Array.from({ length: 8 }, read));
  paths.forEach((path, position) => {
    const hash = hashes[position];
    if (hash) marked.set(path, hash);
  });
  return marked;
}

/** Pagefind's files every index carries, written once into `pagefind/` by the main part: the scripts and wasm. */
const isIndexFile = (path: string) => path.endsWith('.pf_meta') || /^(index|fragment|filter)\//.test(path);

/**
 * Indexes the pages `paths` of one language with a Pagefind process of its own and writes its files into
 * `folder` (below the site's root): all of them for the main part, only the index itself for the others.
 * Returns the files written (below the site's root) and what the part gives its folder's entry.
 */
async function indexPart(pagefind: typeof import('pagefind'), site: string, paths: readonly string[], lang: string, folder: string, main: boolean, inFlight: number): Promise<{ files: string[]; value: PartValue }> {
  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    await addPages(index, site, paths, inFlight);
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind could not write the index: ${got.errors.join('; ')}`);
    const entryFile = got.files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
    const { languages, ...entry } = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as Entry;
    const language = languages?.[lang];
    if (!language) throw new Error(`Pagefind indexed no page in ${lang} among ${paths.length} (each page's <html lang> names its language)`);
    const files = got.files.filter((file) => file.path !== 'pagefind-entry.json' && (main || isIndexFile(file.path)));
    for (const file of files) {
      const target = join(site, folder, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return { files: files.map((file) => `${folder}/${file.path}`), value: { entry, language } };
  } finally {
    await pagefind.close();
  }
}

/** What addPages needs of a Pagefind index. */
interface HtmlIndex {
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
}

/**
 * Gives Pagefind the pages `files` (of one language, each marking content for search), in their order,
 * each as text that reads (`spacedForIndex`). The next few files are read while one is
 * indexed, and a few pages are sent before the first of them is answered: the Pagefind service takes its
 * messages one after the other in the order they were sent (so the index is the same), but it decodes
 * and parses a page while this process reads and encodes the next, which keeps both cores busy. Throws
 * on the first page Pagefind refuses.
 */
async function addPages(index: HtmlIndex, site: string, files: readonly string[], inFlight: number): Promise<void> {
  const AHEAD = 8;
  const reads = files.slice(0, AHEAD).map((path) => readFile(join(site, path), 'utf8'));
  const sent: Array<Promise<void>> = [];
  let refused: Error | undefined;
  for (let position = 0; position < files.length && !refused; position++) {
    const path = files[position] as string;
    const html = await (reads[position] as Promise<string>);
    reads[position] = Promise.resolve('');
    if (position + AHEAD < files.length) reads.push(readFile(join(site, files[position + AHEAD] as string), 'utf8'));
    // Each answer is looked at when it comes, so that no refusal waits unhandled while later pages are sent.
    sent.push(
      index.addHTMLFile({ sourcePath: path, content: spacedForIndex(html) }).then(
        (added) => {
          if (added.errors.length > 0) refused ??= new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
        },
        (error: unknown) => {
          refused ??= error instanceof Error ? error : new Error(String(error));
        },
      ),
    );
    if (sent.length >= inFlight) await sent.shift();
  }
  await Promise.all(sent);
  await Promise.allSettled(reads);
  if (refused) throw refused;
}

/**
 * The page's HTML as the index should read it: Pagefind runs the text of neighbouring elements together
 * unless it knows them as blocks (`p`, `td`, `li`, headings…), so a definition list, a table's header cells
 * or a caption would give "PartyLijst Open Stad" in the excerpts. A space after each closing tag of the
 * elements that end a cell, a term or a line keeps the words apart. Only what is indexed changes; the
 * published page stays as it is.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/<\/(?:th|td|dt|dd|caption|figcaption|summary|legend|label|button|option|tr|li|p|div|h[1-6]|section|article|header|footer|nav|ul|ol|dl|table|thead|tbody|tfoot|figure|details|blockquote|pre)>/gi, '$& ');
}

/**
 * The pages of one language Pagefind is given, as paths relative to the site in a stable order: every
 * page below `/<lang>/` except those whose layout leaves them out of search (`search={false}`): the
 * agenda's month pages, each official's appointments per year, the lists of money lines and the search
 * page itself. Their tables are in the agenda index, the official's page and the datasets; not reading
 * them spares Pagefind most of a large organisation's HTML (1.4 of 1.9 GB at size L, before the lists of
 * lines). A build test checks that every page marked for search is indexed.
 */
export async function htmlFilesToIndex(site: string, lang: string): Promise<string[]> {
  const root = join(site, lang);
  const left = new Set(['agenda', 'officials', 'search']);
  const files: string[] = [];
  const add = async (path: string) => {
    if (await stat(join(site, path)).then((found) => found.isFile(), () => false)) files.push(path);
  };
  await add(`${lang}/index.html`);
  await add(`${lang}/agenda/index.html`);
  await add(`${lang}/officials/index.html`);
  const entries = await readdir(root, { withFileTypes: true });
  const officials = entries.some((entry) => entry.isDirectory() && entry.name === 'officials') ? await readdir(join(root, 'officials'), { withFileTypes: true }) : [];
  for (const official of officials.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) await add(`${lang}/officials/${official}/index.html`);
  for (const section of entries.filter((entry) => entry.isDirectory() && !left.has(entry.name)).map((entry) => entry.name).sort()) {
    const below = await readdir(join(root, section), { withFileTypes: true, recursive: true });
    files.push(
      ...below
        .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
        .map((entry) => relative(site, join(entry.parentPath, entry.name)))
        .filter((path) => !isLinesPath(path.slice(lang.length + 1).split(sep).join('/')))
        .sort(),
    );
  }
  return files;
}

async function sizeOf(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
