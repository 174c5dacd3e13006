/**
 * Site search with Pagefind: what pages tell the indexer (the kinds of page and the filters, used by the
 * layout and the search page), and the step of the build that writes the index into the built site.
 *
 * Pages mark their main content with `data-pagefind-body` (the layout does it), big data tables with
 * `data-pagefind-ignore`, and carry their filters as empty elements: `type` (the kind of page), `official`
 * and `body` (ids) and `year`. Pagefind writes one index per language, from each page's `<html lang>`.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LANGUAGES } from '../../schemas/fields.ts';
import { isLinesPath } from '../records/addresses.ts';

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
}

/** Pages sent to Pagefind before the answer to the first of them is awaited (see `addPages`). */
const IN_FLIGHT = 4;

type Entry = { languages?: Record<string, { page_count?: number }> } & Record<string, unknown>;

/**
 * Indexes every HTML page of a built site and writes the index into its `pagefind/` folder. Throws when
 * Pagefind reports a problem or finds no page, so that a build without search is not published.
 *
 * Pagefind keeps a whole index in memory until it writes it (1.7 GB for the three languages of size L),
 * and each language's index is separate anyway: they are built one after the other, each by its own
 * Pagefind process, into the same folder, and their entries in `pagefind-entry.json` put together. The
 * files are byte for byte those of one run over all languages.
 */
export async function writeSearchIndex(site: string, { inFlight = IN_FLIGHT }: { inFlight?: number } = {}): Promise<SearchIndexSummary> {
  const pagefind = await import('pagefind');
  const output = join(site, 'pagefind');
  const present = new Set((await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  let merged: Entry | undefined;
  for (const lang of LANGUAGES.filter((code) => present.has(code))) {
    try {
      const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
      if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
      await addPages(index, site, lang, inFlight);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      const entry = JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')) as Entry;
      merged = { ...entry, languages: { ...merged?.languages, ...entry.languages } };
    } finally {
      await pagefind.close();
    }
  }
  const languages = Object.entries(merged?.languages ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const pages = languages.reduce((total, [, language]) => total + (language.page_count ?? 0), 0);
  if (!merged || pages === 0) throw new Error('Pagefind found no page to index.');
  await writeFile(join(output, 'pagefind-entry.json'), JSON.stringify({ ...merged, languages: Object.fromEntries(languages) }));
  const { files, bytes } = await sizeOf(output);
  return { pages, languages: languages.map(([lang]) => lang), files, bytes };
}

/** What addPages needs of a Pagefind index. */
interface HtmlIndex {
  addHTMLFile(file: { sourcePath: string; content: string }): Promise<{ errors: string[] }>;
}

/**
 * Gives Pagefind the pages of one language (those of `htmlFilesToIndex` that mark content for search), in
 * a stable order, each as text that reads (`spacedForIndex`). The next few files are read while one is
 * indexed, and a few pages are sent before the first of them is answered: the Pagefind service takes its
 * messages one after the other in the order they were sent (so the index is the same), but it decodes
 * and parses a page while this process reads and encodes the next, which keeps both cores busy. Throws
 * on the first page Pagefind refuses.
 */
async function addPages(index: HtmlIndex, site: string, lang: string, inFlight: number): Promise<void> {
  const files = await htmlFilesToIndex(site, lang);
  const AHEAD = 8;
  const reads = files.slice(0, AHEAD).map((path) => readFile(join(site, path), 'utf8'));
  const sent: Array<Promise<void>> = [];
  let refused: Error | undefined;
  for (let position = 0; position < files.length && !refused; position++) {
    const path = files[position] as string;
    const html = await (reads[position] as Promise<string>);
    reads[position] = Promise.resolve('');
    if (position + AHEAD < files.length) reads.push(readFile(join(site, files[position + AHEAD] as string), 'utf8'));
    // Pages that leave themselves out of search (`search={false}`) mark nothing: Pagefind would skip them.
    if (!html.includes('data-pagefind-body')) continue;
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
