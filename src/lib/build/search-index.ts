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
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LANGUAGES } from '../../schemas/fields.ts';
import { isLinesPath } from '../records/addresses.ts';
import { atOnce } from './at-once.ts';
import { codeDigest } from './code-digest.ts';
import { filesBelow, sizesOf } from './file-walk.ts';
import { cacheKey, type OutputCache } from './output-cache.ts';
import { MAIN_PART, PART_BYTES, searchParts } from './search-shards.ts';
import { indexPart, type MadePart, type PartTask, type PartValue } from './search-part.ts';

export { spacedForIndex } from './search-part.ts';

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
  /** The parts indexed by this build, largest first: `nl/site`, `fr/organisations-3`…, with their pages. */
  indexed: Array<{ part: string; pages: number }>;
}

/** Pages sent to Pagefind before the answer to the first of them is awaited (search-part.ts). */
const IN_FLIGHT = 4;
/** Parts indexed at once: this machine's two cores (each Pagefind process adds pages on one). */
const WORKERS = Math.min(2, availableParallelism());
/** The modules whose code makes a part's files: a change in them (or in Pagefind's version) re-indexes every part. */
const INDEXER = ['src/lib/build/search-index.ts', 'src/lib/build/search-part-worker.ts'] as const;

/**
 * What the search page of a language reads before searching (src/components/search/client.ts), in
 * `pagefind/search-<lang>.json`: the further parts of its index, and each filter's values that some page
 * of the language has (so that it offers only those without asking Pagefind for every filter of every
 * part: 160 KB at P).
 */
export interface SearchManifest {
  parts: string[];
  filters: Record<string, string[]>;
}

/** The manifest of a language's search, below `pagefind/`. */
export const searchManifestFile = (lang: string) => `search-${lang}.json`;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface SearchIndexOptions {
  /** Pages sent to Pagefind before the first is answered (the index is the same for any number). */
  inFlight?: number;
  /** The most HTML a part of the index is given, in bytes (search-shards.ts). */
  partBytes?: number;
  /** The build cache of the index's parts, whose site is `site`; without it every part is indexed. */
  cache?: OutputCache | undefined;
  /** Parts indexed at once, each by a worker thread and its Pagefind process; 1 indexes in this thread. */
  workers?: number;
  /** When aborted (the build was stopped), no further part is begun and the workers are ended at once. */
  signal?: AbortSignal | undefined;
}

/**
 * Indexes every HTML page of a built site and writes the index into its `pagefind/` folder. Throws when
 * Pagefind reports a problem or finds no page, so that a build without search is not published.
 *
 * Each language's pages are grouped in parts (search-shards.ts): the main part's index is `pagefind/`
 * (with Pagefind's scripts), each other part's `pagefind/parts/<part>/`, and `pagefind/search-<lang>.json`
 * names the further parts of each language, which the search page merges, and its filters' values. A
 * part of one language is indexed by a Pagefind process of its own, two at once (search-part.ts), unless
 * the build cache holds the files it gave for the same pages, which are then copied: the key is the hash
 * of each page's HTML, the part, the language and the code path of the indexer (`INDEXER`, with
 * Pagefind's version through the lockfile). The entries of a folder's languages are put together in its
 * `pagefind-entry.json`.
 */
export async function writeSearchIndex(site: string, { inFlight = IN_FLIGHT, partBytes = PART_BYTES, cache, workers = WORKERS, signal }: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const output = join(site, 'pagefind');
  const present = new Set((await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const code = cache ? codeDigest(projectRoot, [...INDEXER]) : '';
  const done: Array<{ lang: string; part: string; folder: string; value: PartValue }> = [];
  const tasks: Array<PartTask & { part: string; key: string | undefined }> = [];
  const manifests: Record<string, SearchManifest> = {};
  for (const lang of LANGUAGES.filter((code) => present.has(code))) {
    const { pages: marked, filters } = await markedPages(site, await htmlFilesToIndex(site, lang));
    manifests[lang] = { parts: [], filters };
    const pages = [...marked].map(([path, { bytes }]) => ({ path, bytes }));
    for (const [part, paths] of searchParts(pages, lang, partBytes)) {
      const folder = part === MAIN_PART ? 'pagefind' : `pagefind/parts/${part}`;
      const key = cache ? cacheKey('search index', code, lang, part, ...paths.map((path) => `${path} ${marked.get(path)?.sha256}`)) : undefined;
      const value = key ? (await cache?.take<PartValue>(key))?.value : undefined;
      if (value) done.push({ lang, part, folder, value });
      else tasks.push({ site, paths, lang, folder, main: part === MAIN_PART, inFlight, part, key });
    }
  }
  const reused = done.length;
  // The largest parts first, so that no large one is left for the end while the other worker idles.
  tasks.sort((a, b) => b.paths.length - a.paths.length);
  await indexParts(tasks, workers, signal, async (task, made) => {
    if (task.key) await cache?.keep(task.key, made.files, made.value);
    done.push({ lang: task.lang, part: task.part, folder: task.folder, value: made.value });
  });
  // Each folder's entry names its languages, and each language's manifest its further parts, in a fixed order.
  const order = (a: { lang: string; part: string }, b: { lang: string; part: string }) => a.lang.localeCompare(b.lang) || a.part.localeCompare(b.part, 'en');
  done.sort(order);
  const entries = new Map<string, { entry: Record<string, unknown>; languages: Record<string, PartValue['language']> }>();
  for (const { lang, part, folder, value } of done) {
    const { entry, languages } = entries.get(folder) ?? { entry: value.entry, languages: {} };
    entries.set(folder, { entry, languages: { ...languages, [lang]: value.language } });
    if (part !== MAIN_PART) manifests[lang]?.parts.push(part);
  }
  const main = entries.get('pagefind');
  const languages = Object.keys(main?.languages ?? {});
  const pages = done.reduce((total, { value }) => total + (value.language.page_count ?? 0), 0);
  if (!main || pages === 0) throw new Error('Pagefind found no page to index.');
  for (const [folder, { entry, languages: own }] of entries) await writeFile(join(site, folder, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: own }));
  for (const [lang, manifest] of Object.entries(manifests)) await writeFile(join(output, searchManifestFile(lang)), JSON.stringify(manifest satisfies SearchManifest));
  const { files, bytes } = await sizeOf(output);
  const indexed = tasks.map((task) => ({ part: `${task.lang}/${task.part}`, pages: task.paths.length }));
  return { pages, languages, files, bytes, parts: done.length, reused, indexed };
}

/**
 * Indexes the parts `tasks` (search-part.ts), `workers` at a time, each in a worker thread of its own
 * with its own Pagefind process (in this thread when `workers` is 1), calling `made` for each part as it
 * is done. On the first part that fails, the others are stopped and the error thrown.
 */
async function indexParts<T extends PartTask>(tasks: readonly T[], workers: number, signal: AbortSignal | undefined, made: (task: T, part: MadePart) => Promise<void>): Promise<void> {
  if (workers <= 1 || tasks.length <= 1) {
    for (const task of tasks) {
      signal?.throwIfAborted();
      await made(task, await indexPart(partTask(task)));
    }
    return;
  }
  const threads = Array.from({ length: Math.min(workers, tasks.length) }, () => new Worker(new URL('./search-part-worker.ts', import.meta.url)));
  // Ending a worker ends its Pagefind process (its input closes); the part it was indexing fails.
  const end = () => void Promise.all(threads.map((thread) => thread.terminate()));
  signal?.addEventListener('abort', end, { once: true });
  let next = 0;
  const run = async (thread: Worker) => {
    for (let task = tasks[next++]; task !== undefined; task = tasks[next++]) {
      signal?.throwIfAborted();
      const answer = await new Promise<{ made?: MadePart; error?: string }>((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
        thread.once('exit', (code) => reject(new Error(`a search index worker stopped (exit code ${code}) while indexing ${task.folder} in ${task.lang}`)));
        thread.postMessage(partTask(task));
      });
      thread.removeAllListeners('error').removeAllListeners('exit');
      if (!answer.made) throw new Error(answer.error ?? 'a search index worker stopped');
      await made(task, answer.made);
    }
  };
  try {
    await Promise.all(threads.map(run));
  } finally {
    next = tasks.length;
    signal?.removeEventListener('abort', end);
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/** The task as a worker is sent it: its own fields only. */
const partTask = ({ site, paths, lang, folder, main, inFlight }: PartTask): PartTask => ({ site, paths, lang, folder, main, inFlight });

/** A filter's value as the layout marks it for Pagefind (src/layouts/Base.astro): `<span data-pagefind-filter="official[data-value]" data-value="an-verlinden"></span>`. */
const FILTER_MARK = /^<span data-pagefind-filter="(\w+)\[data-value\]" data-value="([^"]*)"><\/span>$/;
const MARK_START = '<span data-pagefind-filter="';
const MARK_END = '</span>';

/**
 * The pages of `paths` that mark content for search, each with the SHA-256 of its HTML and its size, in
 * the same order; and the values of each filter those pages mark, in order.
 */
async function markedPages(site: string, paths: readonly string[]): Promise<{ pages: Map<string, { sha256: string; bytes: number }>; filters: Record<string, string[]> }> {
  const pages = new Map<string, { sha256: string; bytes: number }>();
  const found: Array<{ sha256: string; bytes: number } | undefined> = new Array(paths.length);
  const values = new Map<string, Set<string>>();
  await atOnce(paths.length, 8, async (position) => {
    const html = await readFile(join(site, paths[position] as string));
    // Pages that leave themselves out of search (`search={false}`) mark nothing: Pagefind would skip them.
    const body = html.indexOf('data-pagefind-body');
    if (body < 0) return;
    found[position] = { sha256: createHash('sha256').update(html).digest('hex'), bytes: html.length };
    // The layout writes the marks one after the other at the start of the body: each is read alone.
    for (let at = html.indexOf(MARK_START, body); at >= 0; ) {
      const end = html.indexOf(MARK_END, at);
      if (end < 0) break;
      const [, name = '', value = ''] = FILTER_MARK.exec(html.subarray(at, end + MARK_END.length).toString('utf8')) ?? [];
      if (name) values.set(name, (values.get(name) ?? new Set<string>()).add(unescapeAttribute(value)));
      at = html.indexOf(MARK_START, end);
    }
  });
  paths.forEach((path, position) => {
    const page = found[position];
    if (page) pages.set(path, page);
  });
  const filters = Object.fromEntries([...values].sort(([a], [b]) => a.localeCompare(b)).map(([name, set]) => [name, [...set].sort((a, b) => a.localeCompare(b, 'en'))]));
  return { pages, filters };
}

/** An attribute's text as written by Astro, read back (ids and years need none of this; a name could). */
const unescapeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

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
  // Below the officials, only each one's own page: their years and votes are left out, and not read.
  const below = await filesBelow(root, (folder) => folder === 'agenda' || folder === 'search' || (folder.startsWith('officials/') && folder.split('/').length > 2));
  const officials = below.filter((path) => /^officials\/[^/]+\/index\.html$/.test(path)).sort();
  files.push(...officials.map((path) => `${lang}/${path}`));
  const sections = new Map<string, string[]>();
  for (const path of below) {
    const slash = path.indexOf('/');
    const section = path.slice(0, slash);
    if (slash < 0 || left.has(section) || !path.endsWith('.html') || isLinesPath(path)) continue;
    sections.set(section, [...(sections.get(section) ?? []), `${lang}/${path}`]);
  }
  for (const section of [...sections.keys()].sort()) files.push(...(sections.get(section) as string[]).sort());
  return files;
}

async function sizeOf(folder: string): Promise<{ files: number; bytes: number }> {
  const files = await filesBelow(folder);
  const sizes = await sizesOf(folder, files);
  return { files: files.length, bytes: sizes.reduce((total, size) => total + size, 0) };
}
