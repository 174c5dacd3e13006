import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputCache } from '../../src/lib/build/output-cache.ts';
import { htmlFilesToIndex, spacedForIndex, writeSearchIndex, type SearchManifest } from '../../src/lib/build/search-index.ts';
import { searchParts } from '../../src/lib/build/search-shards.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page as the layout writes it: its filters marked first in its body (src/layouts/Base.astro). */
const page = (lang: string, title: string, body: string, searched = true, filters: Array<[string, string]> = [['type', 'page']]) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main${searched ? ' data-pagefind-body' : ''}>${filters.map(([name, value]) => `<span data-pagefind-filter="${name}[data-value]" data-value="${value}"></span>`).join('')}<h1>${title}</h1>${body}</main></body></html>`;

/** A small built site: organisations and meetings in two languages, with pages search leaves out. */
function makeSite(name: string): string {
  const site = join(work, name);
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  };
  for (const lang of ['nl', 'fr']) {
    write(`${lang}/index.html`, page(lang, 'Vitrine', '<p>Open Stad</p>'));
    for (let n = 0; n < 40; n++) {
      write(`${lang}/organisations/vereniging-${n}/index.html`, page(lang, `Vereniging ${n}`, `<dl><dt>Partij</dt><dd>Lijst ${n}</dd></dl><p>Ontmoet op ${n % 28 + 1} maart over fietspad ${n * 7}.</p>`));
      write(`${lang}/meetings/2025-03-${String((n % 28) + 1).padStart(2, '0')}-raad-${n}/index.html`, page(lang, `Raad ${n}`, `<table><tr><th>Punt</th><td>Begroting ${n}</td></tr></table>`, true, [['type', 'meeting'], ['official', n % 2 ? 'an-verlinden' : 'karim-dubois'], ['year', '2025']]));
    }
    write(`${lang}/datasets/spending/index.html`, page(lang, 'Uitgaven', '<p>spending.csv 12 kB</p>'));
    write(`${lang}/agenda/2025-03/index.html`, page(lang, 'Maart', '<p>maandpagina</p>', false));
    write(`${lang}/search/index.html`, page(lang, 'Zoeken', '', false));
  }
  return site;
}

function filesOf(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(relative(folder, join(entry.parentPath, entry.name)), createHash('sha256').update(readFileSync(join(entry.parentPath, entry.name))).digest('hex'));
  }
  return found;
}

type Fragment = { url: string; filters: Record<string, string[]> };

/** Every fragment of every part of an index (Pagefind's fragments: gzip, then JSON), as Pagefind's search page reads them. */
function fragments(folder: string): Fragment[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.pf_fragment'))
    .map((entry) => {
      const text = gunzipSync(readFileSync(join(entry.parentPath, entry.name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    });
}

/** The address of every page in the fragments of every part of an index. */
const fragmentUrls = (folder: string) => fragments(folder).map((fragment) => fragment.url);

/** Each filter's values over a language's fragments, sorted. */
function fragmentFilters(folder: string, lang: string): Record<string, string[]> {
  const values = new Map<string, Set<string>>();
  for (const fragment of fragments(folder).filter((found) => found.url.startsWith(`/${lang}/`))) {
    for (const [name, list] of Object.entries(fragment.filters)) for (const value of list) values.set(name, (values.get(name) ?? new Set()).add(value));
  }
  return Object.fromEntries([...values].sort(([a], [b]) => a.localeCompare(b)).map(([name, set]) => [name, [...set].sort((a, b) => a.localeCompare(b, 'en'))]));
}

describe('the search index', () => {
  it('indexes every page marked for search in each language, and is the same whether pages are sent one at a time or several at once, and parts indexed one at a time or two at once', async () => {
    const one = makeSite('one');
    const several = makeSite('several');
    const first = await writeSearchIndex(one, { inFlight: 1, workers: 1, partBytes: 8000 });
    const second = await writeSearchIndex(several, { inFlight: 6, workers: 2, partBytes: 8000 });
    expect(first).toEqual(second);
    expect(first.languages).toEqual(['fr', 'nl']);
    // Home, 40 organisations, 40 meetings and a dataset a language; the month page and the search page are left out.
    expect(first.pages).toBe(2 * 82);
    expect((await htmlFilesToIndex(one, 'nl')).filter((path) => path.includes('agenda') || path.includes('search'))).toEqual([]);
    const a = filesOf(join(one, 'pagefind'));
    const b = filesOf(join(several, 'pagefind'));
    expect(a.size).toBeGreaterThan(10);
    expect([...b.entries()]).toEqual([...a.entries()]);
    const entry = JSON.parse(readFileSync(join(one, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // The main index holds the home page alone: every section is in parts.
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, value]) => [lang, value.page_count]))).toEqual({ fr: 1, nl: 1 });
    expect(first.parts).toBe(14);
  }, 60_000);

  it('below an eighth of PART_BYTES of HTML a section, has the datasets\' pages alone as a further part', async () => {
    const site = makeSite('whole');
    expect(await writeSearchIndex(site)).toMatchObject({ pages: 2 * 82, parts: 4, reused: 0 });
    for (const lang of ['nl', 'fr']) expect((JSON.parse(readFileSync(join(site, 'pagefind', `search-${lang}.json`), 'utf8')) as SearchManifest).parts).toEqual(['datasets']);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, value]) => [lang, value.page_count]))).toEqual({ fr: 81, nl: 81 });
    expect(fragmentUrls(join(site, 'pagefind')).length).toBe(2 * 82);
  }, 60_000);

  it('splits a large section into parts, each page indexed once; a rebuild with the cache re-indexes only the parts whose pages changed, and writes what a build without it writes', async () => {
    const partBytes = 8000;
    const cached = makeSite('cached');
    const cache = () => new OutputCache(join(work, 'cache'), cached);
    const first = await writeSearchIndex(cached, { partBytes, cache: cache() });
    const manifest = JSON.parse(readFileSync(join(cached, 'pagefind', 'search-nl.json'), 'utf8')) as SearchManifest;
    expect(manifest.parts).toEqual(['datasets', 'meetings-1', 'meetings-2', 'meetings-3', 'organisations-1', 'organisations-2']);
    expect(first).toMatchObject({ pages: 2 * 82, parts: 2 * 7, reused: 0 });
    // Every page is in the fragments of exactly one part of its language, read back as Pagefind's search page reads them,
    // and the manifest's filter values are those of the language's fragments.
    const urls = fragmentUrls(join(cached, 'pagefind'));
    for (const lang of ['nl', 'fr']) {
      const { filters } = JSON.parse(readFileSync(join(cached, 'pagefind', `search-${lang}.json`), 'utf8')) as SearchManifest;
      expect(filters).toEqual(fragmentFilters(join(cached, 'pagefind'), lang));
      expect(filters.official).toEqual(['an-verlinden', 'karim-dubois']);
    }
    expect(urls.length).toBe(2 * 82);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('/nl/organisations/vereniging-7/');
    // Nothing changed: every part comes from the cache, and the files are the same.
    const before = filesOf(join(cached, 'pagefind'));
    rmSync(join(cached, 'pagefind'), { recursive: true });
    expect(await writeSearchIndex(cached, { partBytes, cache: cache() })).toMatchObject({ parts: 14, reused: 14 });
    expect([...filesOf(join(cached, 'pagefind')).entries()]).toEqual([...before.entries()]);
    // One organisation renamed in Dutch: its part of the Dutch index is indexed again, and the site's index equals a build without the cache.
    const changed = join(cached, 'nl/organisations/vereniging-7/index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replaceAll('Vereniging 7', 'Vereniging Zeven'));
    rmSync(join(cached, 'pagefind'), { recursive: true });
    expect(await writeSearchIndex(cached, { partBytes, cache: cache() })).toMatchObject({ parts: 14, reused: 13 });
    const fresh = join(work, 'fresh');
    cpSync(cached, fresh, { recursive: true });
    rmSync(join(fresh, 'pagefind'), { recursive: true });
    await writeSearchIndex(fresh, { partBytes });
    const rebuilt = filesOf(join(cached, 'pagefind'));
    expect([...rebuilt.entries()]).toEqual([...filesOf(join(fresh, 'pagefind')).entries()]);
    const changedFiles = [...rebuilt.keys()].filter((path) => before.get(path) !== rebuilt.get(path));
    // The part's own files and its folder's entry (which names the new metadata) changed; no other part's.
    expect(new Set(changedFiles.map((path) => path.split('/').slice(0, 2).join('/'))).size).toBe(1);
    expect(changedFiles.some((path) => path.endsWith('pagefind-entry.json'))).toBe(true);
    expect(fragmentUrls(join(cached, 'pagefind')).length).toBe(2 * 82);
  }, 120_000);

  it('puts each page in a part that holds as pages are added, the home and small sections in the main index, the datasets apart', () => {
    const pages = (count: number) => Array.from({ length: count }, (_, n) => ({ path: `fr/organisations/org-${n}/index.html`, bytes: 1000 }));
    const other = [
      { path: 'fr/index.html', bytes: 5000 },
      { path: 'fr/officials/index.html', bytes: 6000 },
      { path: 'fr/officials/an/index.html', bytes: 6000 },
      { path: 'fr/datasets/index.html', bytes: 100 },
      { path: 'fr/datasets/agenda/index.html', bytes: 100 },
    ];
    // Parts of 100 KB at most; a section of more than 12.5 KB is apart: the organisations (250 KB), not the officials (12 KB).
    const parts = searchParts([...other, ...pages(250)], 'fr', 100_000);
    expect([...parts.keys()]).toEqual(['site', 'datasets', 'organisations-1', 'organisations-2', 'organisations-3']);
    expect(parts.get('site')).toEqual(['fr/index.html', 'fr/officials/index.html', 'fr/officials/an/index.html']);
    expect(parts.get('datasets')).toEqual(['fr/datasets/index.html', 'fr/datasets/agenda/index.html']);
    expect([...parts.values()].flat().length).toBe(255);
    const sizes = [1, 2, 3].map((n) => parts.get(`organisations-${n}`)?.length ?? 0);
    expect(Math.min(...sizes)).toBeGreaterThan(50);
    // Ten more organisations: the 250 pages stay in their parts.
    const grown = searchParts([...other, ...pages(260)], 'fr', 100_000);
    for (const [part, paths] of parts) for (const path of paths) expect(grown.get(part)).toContain(path);
    // An official's page grown past the bound: the officials are a part of their own.
    expect([...searchParts([...other.slice(0, 2), { path: 'fr/officials/an/index.html', bytes: 7000 }], 'fr', 100_000).keys()]).toEqual(['site', 'officials-1']);
    expect(() => searchParts([{ path: 'nl/index.html', bytes: 1 }], 'fr')).toThrow(/not a page in fr/);
    // Many small pages: parts of at most about 100 pages, however few their bytes (a rebuild indexes a whole part again).
    const many = searchParts([...other, ...pages(250).map((one) => ({ ...one, bytes: 10 }))], 'fr', 100_000, 100);
    expect([...many.keys()]).toEqual(['site', 'datasets', 'organisations-1', 'organisations-2', 'organisations-3']);
    expect(Math.max(...[1, 2, 3].map((n) => many.get(`organisations-${n}`)?.length ?? 0))).toBeLessThan(120);
    expect([...searchParts([...other, ...pages(50).map((one) => ({ ...one, bytes: 10 }))], 'fr', 100_000, 100).keys()]).toEqual(['site', 'datasets']);
  });

  it('keeps the words of neighbouring cells and terms apart', () => {
    expect(spacedForIndex('<dl><dt>Partij</dt><dd>Lijst Open Stad</dd></dl>')).toBe('<dl><dt>Partij</dt> <dd>Lijst Open Stad</dd> </dl> ');
  });
});
