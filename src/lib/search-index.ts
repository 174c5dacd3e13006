/**
 * Site search with Pagefind: what pages tell the indexer (the kinds of page and the filters, used by the
 * layout and the search page), and the step of the build that writes the index into the built site.
 *
 * Pages mark their main content with `data-pagefind-body` (the layout does it), big data tables with
 * `data-pagefind-ignore`, and carry their filters as empty elements: `type` (the kind of page), `official`
 * and `body` (ids) and `year`. Pagefind writes one index per language, from each page's `<html lang>`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

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

/**
 * Indexes every HTML page of a built site and writes the index into its `pagefind/` folder. Throws when
 * Pagefind reports a problem or finds no page, so that a build without search is not published.
 */
export async function writeSearchIndex(site: string): Promise<SearchIndexSummary> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: await pagesToIndex(site) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no page to index.');
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    const { files, bytes } = await sizeOf(join(site, 'pagefind'));
    // Pagefind reads every HTML file but indexes only the pages that mark their content.
    const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    const languages = Object.entries(entry.languages ?? {}).sort(([a], [b]) => a.localeCompare(b));
    return { pages: languages.reduce((total, [, language]) => total + (language.page_count ?? 0), 0), languages: languages.map(([lang]) => lang), files, bytes };
  } finally {
    await pagefind.close();
  }
}

/**
 * The pages Pagefind is given: every page below `/<lang>/` except those whose layout leaves them out
 * of search (`search={false}`): the agenda's month pages, each official's appointments per year and
 * the search page itself. Their tables are in the agenda index, the official's page and the datasets;
 * not reading them spares Pagefind most of a large organisation’s HTML (1.4 of 1.9 GB at size L).
 * A build test checks that every page marked for search is indexed.
 */
export async function pagesToIndex(site: string): Promise<string> {
  const left = new Set(['agenda', 'officials', 'search', 'pagefind', 'data', 'calendar', '_astro']);
  const sections = new Set<string>();
  for (const lang of await readdir(site, { withFileTypes: true })) {
    if (!lang.isDirectory() || left.has(lang.name)) continue;
    for (const section of await readdir(join(site, lang.name), { withFileTypes: true })) {
      if (section.isDirectory() && !left.has(section.name)) sections.add(section.name);
    }
  }
  const whole = [...sections].sort();
  return `{*/index.html,*/agenda/index.html,*/officials/index.html,*/officials/*/index.html${whole.length ? `,*/{${whole.join(',')}}/**/*.html` : ''}}`;
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
