// The organisation chooses its languages and its default in data/site.yaml: a real build of the small
// fixture organisation restricted to French and Dutch, French first. Only those languages are built,
// searched and offered; the language switch of every page leads to the same page in the other language;
// and no French or Dutch page shows an interface string in English where a translation exists.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './run-build.ts';
import { englishOnlyTexts } from '../interface-texts.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-languages-'));
const org = join(work, 'org');
const out = join(work, 'site');

/** Every HTML page of the build, as its address (`fr/officials/an-verlinden/`) and its source. */
function pages(): Array<{ path: string; html: string }> {
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join(out, file), 'utf8') }));
}
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' })[entity] ?? entity);

/**
 * The English interface strings that a page in `lang` must not show: those whose translation differs and
 * that are not also a string of that language (`Agenda`, `Total`…), each plural form on its own, with the
 * labels of enum values and topics. Placeholders match any text.
 */
function englishOnly(lang: 'nl' | 'fr'): Array<{ key: string; text: string; pattern: RegExp }> {
  return englishOnlyTexts(lang)
    .map(({ key, text }) => {
      const literal = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
      // A text of several words also counts at the start of a longer text (`Meetings attended: 3`); a single word only alone.
      const words = text.replace(/\{\w+\}/g, '').trim().split(/\s+/).length;
      return { key, text, pattern: new RegExp(words > 1 ? `^${literal}(?:$|[\\s:,.;(·–-])` : `^${literal}$`, 'u') };
    })
    // Whole strings before templates, so that a hit names the most likely key.
    .sort((a, b) => Number(a.text.includes('{')) - Number(b.text.includes('{')));
}

/** The text a reader sees or hears: text between tags (not in scripts, styles, code or parts marked in another language) and labels. */
function shownTexts(html: string, lang: string): string[] {
  const otherLanguage = new RegExp(`<(span|div|a|abbr|p|li)\\b[^>]*\\slang="(?!${lang}")[a-z]{2}"[^>]*>[\\s\\S]*?<\\/\\1>`, 'g');
  // Parts in another language (fallback text, the language switch) carry their own lang: they are left out.
  // Code (column names, file names) is not interface text either, nor text the organisation wrote
  // (`data-own-text`: a spending line's description, whatever language it is in).
  const body = html.replace(/<(script|style|code)\b[\s\S]*?<\/\1>/g, '').replace(/<td\b[^>]*\sdata-own-text\b[^>]*>[\s\S]*?<\/td>/g, '').replace(otherLanguage, '');
  const texts = [...body.matchAll(/>([^<]+)</g)].map((match) => decode(match[1] ?? '').replace(/\s+/g, ' ').trim());
  const labels = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((match) => decode(match[1] ?? '').trim());
  const scripts = [...body.matchAll(/\sdata-strings="([^"]*)"/g)].flatMap((match) => {
    const flat = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(flat) : []);
    return flat(JSON.parse(decode(match[1] ?? '{}')));
  });
  return [...texts, ...labels, ...scripts].filter((text) => text !== '');
}

beforeAll(() => {
  cpSync(resolve(root, 'tests/fixtures/small-org'), org, { recursive: true });
  const config = readFileSync(join(org, 'data/site.yaml'), 'utf8');
  const restricted = config.replace(/^languages:.*$/m, 'languages: [fr, nl]').replace(/^defaultLanguage:.*$/m, 'defaultLanguage: fr');
  expect(restricted).not.toBe(config);
  writeFileSync(join(org, 'data/site.yaml'), restricted);
  build(org, out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an organisation in French and Dutch, French first', () => {
  it('builds only French and Dutch pages, and / leads to French', () => {
    expect(existsSync(join(out, 'en'))).toBe(false);
    expect(existsSync(join(out, 'fr', 'officials', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'nl', 'officials', 'index.html'))).toBe(true);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('url=/fr/');
    expect(home).toContain('<html lang="fr"');
    expect(home).not.toContain('href="/en/');
    for (const { path, html } of pages()) expect(html, path).not.toMatch(/href="(https:\/\/fixture\.example\.org)?\/en\//);
  });

  it('offers only FR and NL in the language switch, and alternates for those two', () => {
    const html = page('nl/officials/an-verlinden');
    const switcher = html.match(/<nav class="langs"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect([...switcher.matchAll(/hreflang="(\w\w)"/g)].map((match) => match[1])).toEqual(['fr', 'nl']);
    expect([...switcher.matchAll(/>(\w\w)<span/g)].map((match) => match[1])).toEqual(['FR', 'NL']);
    expect([...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`)).toEqual([
      'fr https://fixture.example.org/fr/officials/an-verlinden/',
      'nl https://fixture.example.org/nl/officials/an-verlinden/',
      'x-default https://fixture.example.org/fr/officials/an-verlinden/',
    ]);
  });

  it('writes a search index for each of its languages only', () => {
    const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['fr', 'nl']);
    expect(entry.languages.fr?.page_count).toBeGreaterThan(5);
    expect(entry.languages.fr?.page_count).toBe(entry.languages.nl?.page_count);
  });

  it('indexes every page marked for search, and no other (Pagefind is given only those)', () => {
    // The main index and its further parts (the datasets' pages are one), each with an entry of its own.
    const entries = readdirSync(join(out, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((file) => file.name === 'pagefind-entry.json')
      .map((file) => JSON.parse(readFileSync(join(file.parentPath, file.name), 'utf8')) as { languages: Record<string, { page_count: number }> });
    expect(entries.length).toBeGreaterThan(1);
    const marked = pages().filter(({ html }) => html.includes('data-pagefind-body'));
    for (const lang of ['fr', 'nl']) {
      const indexed = entries.reduce((total, entry) => total + (entry.languages[lang]?.page_count ?? 0), 0);
      expect(indexed, lang).toBe(marked.filter(({ path }) => path.startsWith(`${lang}/`)).length);
    }
  });

  it('lists for each language the values of each filter its indexed pages have, as Pagefind read them', () => {
    const fragments = readdirSync(join(out, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((file) => file.name.endsWith('.pf_fragment'))
      .map((file) => {
        const text = gunzipSync(readFileSync(join(file.parentPath, file.name))).toString('utf8');
        return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
      });
    for (const lang of ['fr', 'nl']) {
      const values = new Map<string, Set<string>>();
      for (const fragment of fragments.filter((found) => found.url.startsWith(`/${lang}/`))) {
        for (const [name, list] of Object.entries(fragment.filters)) for (const value of list) values.set(name, (values.get(name) ?? new Set()).add(value));
      }
      const { filters } = JSON.parse(readFileSync(join(out, 'pagefind', `search-${lang}.json`), 'utf8')) as { filters: Record<string, string[]> };
      expect(Object.keys(filters).sort(), lang).toEqual(['body', 'official', 'type', 'year']);
      for (const [name, set] of values) expect(filters[name], `${lang} ${name}`).toEqual([...set].sort((a, b) => a.localeCompare(b, 'en')));
    }
    expect(existsSync(join(out, 'pagefind', 'search-en.json'))).toBe(false);
  });

  it('keeps the reader on the same page when they switch language, on every page', () => {
    const all = pages().filter(({ path }) => /^(fr|nl)\//.test(path));
    expect(all.length).toBeGreaterThan(20);
    for (const { path, html } of all) {
      const switcher = html.match(/<nav class="langs"[\s\S]*?<\/nav>/)?.[0];
      expect(switcher, path).toBeDefined();
      const targets = [...(switcher ?? '').matchAll(/href="\/(\w\w)\/([^"]*)"/g)];
      expect(targets.map((match) => match[1]), path).toEqual(['fr', 'nl']);
      for (const [, lang, rest] of targets) {
        expect(rest, path).toBe(path.slice(3));
        expect(existsSync(join(out, lang ?? '', rest ?? '', 'index.html')), `${path} → /${lang}/${rest}`).toBe(true);
      }
    }
  });

  it('shows no English interface string on a French or Dutch page where a translation exists', () => {
    const found: string[] = [];
    for (const lang of ['fr', 'nl'] as const) {
      const english = englishOnly(lang);
      expect(english.length).toBeGreaterThan(100);
      for (const { path, html } of pages().filter((item) => item.path.startsWith(`${lang}/`))) {
        for (const text of shownTexts(html, lang)) {
          const hit = english.find((string) => string.pattern.test(text));
          if (hit) found.push(`${relative(out, join(out, path))}: “${text.slice(0, 80)}” is ${hit.key} in English`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
