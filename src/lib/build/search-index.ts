/**
 * Site search with Pagefind: what pages tell the indexer (the kinds of page and the filters, used by the
 * layout and the search page), and the step of the build that writes the index into the built site.
 *
 * Pages mark their main content with `data-pagefind-body` (the layout does it), big data tables with
 * `data-pagefind-ignore`, and carry their filters as empty elements: `type` (the kind of page), `official`
 * and `body` (ids) and `year`. Pagefind writes one index per language, from each page's `<html lang>`.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES } from '../../schemas/fields.ts';

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
  if (section === 'money' || section === 'gifts' || section === 'remuneration' || section === 'declarations') return 'money';
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
export async function writeSearchIndex(site: string): Promise<SearchIndexSummary> {
  const pagefind = await import('pagefind');
  const output = join(site, 'pagefind');
  const present = new Set((await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  let merged: Entry | undefined;
  for (const lang of LANGUAGES.filter((code) => present.has(code))) {
    try {
      const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
      if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site, glob: await pagesToIndex(site, lang) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      // Pagefind reads every file it is given but indexes only the pages that mark their content.
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

/**
 * The pages of one language Pagefind is given: every page below `/<lang>/` except those whose layout
 * leaves them out of search (`search={false}`): the agenda's month pages, each official's appointments
 * per year and the search page itself. Their tables are in the agenda index, the official's page and the
 * datasets; not reading them spares Pagefind most of a large organisation’s HTML (1.4 of 1.9 GB at size
 * L). A build test checks that every page marked for search is indexed.
 */
export async function pagesToIndex(site: string, lang: string): Promise<string> {
  const left = new Set(['agenda', 'officials', 'search']);
  const sections = (await readdir(join(site, lang), { withFileTypes: true }))
    .filter((section) => section.isDirectory() && !left.has(section.name))
    .map((section) => section.name)
    .sort();
  return `{${lang}/index.html,${lang}/agenda/index.html,${lang}/officials/index.html,${lang}/officials/*/index.html${sections.length ? `,${lang}/{${sections.join(',')}}/**/*.html` : ''}}`;
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
