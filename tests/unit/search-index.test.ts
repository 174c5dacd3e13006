import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFilesToIndex, spacedForIndex, writeSearchIndex } from '../../src/lib/build/search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (lang: string, title: string, body: string, searched = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main${searched ? ' data-pagefind-body' : ''}><h1>${title}</h1>${body}</main></body></html>`;

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
      write(`${lang}/meetings/2025-03-${String((n % 28) + 1).padStart(2, '0')}-raad-${n}/index.html`, page(lang, `Raad ${n}`, `<table><tr><th>Punt</th><td>Begroting ${n}</td></tr></table>`));
    }
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

describe('the search index', () => {
  it('indexes every page marked for search in each language, and is the same whether pages are sent one at a time or several at once', async () => {
    const one = makeSite('one');
    const several = makeSite('several');
    const first = await writeSearchIndex(one, { inFlight: 1 });
    const second = await writeSearchIndex(several, { inFlight: 6 });
    expect(first).toEqual(second);
    expect(first.languages).toEqual(['fr', 'nl']);
    // Home, 40 organisations and 40 meetings a language; the month page and the search page are left out.
    expect(first.pages).toBe(2 * 81);
    expect((await htmlFilesToIndex(one, 'nl')).filter((path) => path.includes('agenda') || path.includes('search'))).toEqual([]);
    const a = filesOf(join(one, 'pagefind'));
    const b = filesOf(join(several, 'pagefind'));
    expect(a.size).toBeGreaterThan(10);
    expect([...b.entries()]).toEqual([...a.entries()]);
    const entry = JSON.parse(readFileSync(join(one, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, value]) => [lang, value.page_count]))).toEqual({ fr: 81, nl: 81 });
  }, 60_000);

  it('keeps the words of neighbouring cells and terms apart', () => {
    expect(spacedForIndex('<dl><dt>Partij</dt><dd>Lijst Open Stad</dd></dl>')).toBe('<dl><dt>Partij</dt> <dd>Lijst Open Stad</dd> </dl> ');
  });
});
