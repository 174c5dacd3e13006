// A real build of an organisation with a large month: the small fixture, plus 612 appointments in November
// 2026 and officials enough to fill the organisations index. The month is split into pages of at most 250
// entries, every entry is on exactly one page, the pages link to each other, and every link to an entry
// (the filter index, the news feed) lands on the page that holds its row.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './run-build.ts';
import { entryHref, type AgendaIndex } from '../../src/lib/agenda/filter.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-pages-'));
const org = join(work, 'org');
const out = join(work, 'site');

const EXTRA = ['ann-peeters', 'bram-claes', 'chloe-maes', 'dirk-wouters'];
const BIG = 612;
interface Row { id: string; date: string; start: string; officials: string[] }
/** November 2026: 300 appointments after "today" (2026-11-20) and 312 before, several a day at various times, one in eleven without a time. */
const rows: Row[] = Array.from({ length: BIG }, (_, n) => ({
  id: `b-2026-${String(n + 1).padStart(4, '0')}`,
  date: n < 300 ? `2026-11-${String(21 + (n % 9)).padStart(2, '0')}` : `2026-11-${String(1 + (n % 19)).padStart(2, '0')}`,
  start: n % 11 === 5 ? '' : `${String(8 + (n % 10)).padStart(2, '0')}:${n % 2 ? '30' : '00'}`,
  officials: n < 7 ? [['an-verlinden', 'karim-dubois', 'lise-marchal', ...EXTRA][n] as string] : ['lise-marchal'],
}));
// Newest first by day, the day's appointments without a time first, then by time, then by id: the
// agenda's order, worked out here independently of the site.
const key = (row: Row) => row.date + (row.start || '~');
const newestFirst = (a: Row, b: Row) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : a.id < b.id ? -1 : 1);
const expectedPages = (() => {
  const sorted = [...rows].sort(newestFirst).map((row) => row.id);
  return [sorted.slice(0, 250), sorted.slice(250, 500), sorted.slice(500)];
})();

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/[\u00a0\u202f]/g, ' ');
const rowIds = (html: string) => [...html.matchAll(/<tr id="([^"]+)"/g)].map((match) => match[1]);
/** Whether the page at an address (`/en/agenda/2026-11/2/#b-2026-0001`) holds the row of the anchor. */
function lands(href: string): boolean {
  const url = new URL(href, 'https://fixture.example.org/');
  const file = join(out, url.pathname, 'index.html');
  return existsSync(file) && rowIds(readFileSync(file, 'utf8')).includes(url.hash.slice(1));
}

beforeAll(() => {
  cpSync(resolve(root, 'tests/fixtures/small-org'), org, { recursive: true });
  const official = readFileSync(join(org, 'data/officials/karim-dubois.yaml'), 'utf8');
  for (const id of EXTRA) {
    const name = id.split('-').map((part) => part[0]?.toUpperCase() + part.slice(1)).join(' ');
    writeFileSync(join(org, `data/officials/${id}.yaml`), official.replace('Karim Dubois', name).replace('Dubois, Karim', name));
  }
  const csv = ['id,date,start,end,officials,title.nl,title.fr,title.en,category,organisations,privateIndividuals,topics,location'];
  for (const row of rows) csv.push(`${row.id},${row.date},${row.start},,${row.officials.join('; ')},Afspraak ${row.id},,,citizens,Wijkcomité Groot,,,`);
  writeFileSync(join(org, 'data/agenda/2026.csv'), `${csv.join('\n')}\n`);
  build(org, out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a month of more than 250 appointments', () => {
  it('is split into pages of at most 250, the first at the month’s address, each entry on exactly one page', () => {
    for (const lang of ['nl', 'fr', 'en']) {
      const shown = ['2026-11', '2026-11/2', '2026-11/3'].map((path) => rowIds(page(`${lang}/agenda/${path}`)));
      expect(shown).toEqual(expectedPages);
      expect(existsSync(join(out, lang, 'agenda/2026-11/4'))).toBe(false);
      expect(existsSync(join(out, lang, 'agenda/2026-11/1'))).toBe(false);
    }
    // The small months are one page each, as before.
    expect(rowIds(page('en/agenda/2025-03'))).toEqual(['a-2025-0003']);
    expect(existsSync(join(out, 'en/agenda/2025-03/2'))).toBe(false);
  });

  it('says which entries each page shows, and has its own title, canonical address and languages', () => {
    const second = page('en/agenda/2026-11/2');
    expect(second).toContain('Appointments 251–500 of 612');
    expect(page('en/agenda/2026-11')).toContain('Appointments 1–250 of 612');
    expect(page('fr/agenda/2026-11/3')).toContain('Rendez-vous 501 à 612 sur 612');
    const titles = ['2026-11', '2026-11/2', '2026-11/3'].map((path) => page(`en/agenda/${path}`).match(/<title>([^<]*)<\/title>/)?.[1]);
    expect(titles[1]).toContain('Agenda of November 2026, page 2 of 3');
    expect(new Set(titles).size).toBe(3);
    expect(page('nl/agenda/2026-11/2')).toContain('<title>Agenda van november 2026, pagina 2 van 3');
    expect(second).toContain('<link rel="canonical" href="https://fixture.example.org/en/agenda/2026-11/2/">');
    expect(second).toContain('<link rel="alternate" hreflang="fr" href="https://fixture.example.org/fr/agenda/2026-11/2/">');
    expect(page('en/agenda/2026-11')).toContain('<link rel="canonical" href="https://fixture.example.org/en/agenda/2026-11/">');
    // Single-page months keep their title.
    expect(page('en/agenda/2025-03')).toMatch(/<title>Agenda of March 2025 · /);
  });

  it('links its pages to each other, with rel=prev and next only to the page just before or after', () => {
    const rels = (html: string) => [...html.matchAll(/<a href="([^"]+)" rel="(prev|next)"/g)].map((match) => `${match[2]} ${match[1]}`).sort();
    expect(rels(page('en/agenda/2026-11'))).toEqual(['next /en/agenda/2026-11/2/']);
    expect(rels(page('en/agenda/2026-11/2'))).toEqual(['next /en/agenda/2026-11/3/', 'prev /en/agenda/2026-11/']);
    // The last page leads on to the older month (one page: its first is its last).
    expect(rels(page('en/agenda/2026-11/3'))).toEqual(['next /en/agenda/2025-03/', 'prev /en/agenda/2026-11/2/']);
    // The month after a paged month: its previous page is the paged month's last, not its first.
    expect(rels(page('en/agenda/2025-03'))).toEqual(['next /en/agenda/2025-02/']);
    for (const n of [1, 2, 3]) expect(page('en/agenda/2026-11/2')).toContain(`<span class="visually-hidden">Page ${n}</span>`);
    expect(page('en/agenda/2026-11/2')).toMatch(/<a href="\/en\/agenda\/2026-11\/2\/" aria-current="page">/);
  });

  it('speaks the page’s language in everything it adds', () => {
    for (const lang of ['nl', 'fr']) {
      const html = ['2026-11', '2026-11/2', '2026-11/3', ''].map((path) => page(`${lang}/agenda/${path}`)).join('');
      for (const english of ['Previous page', 'Next page', 'Appointments ', 'Pages of ', 'Newer and older months', 'most recent']) expect(html, `${lang}: ${english}`).not.toContain(english);
    }
    expect(page('nl/agenda/2026-11/2')).toContain('Afspraken 251–500 van 612');
    expect(page('nl/agenda/2026-11/2')).toContain('aria-label="Pagina\'s van november 2026"');
    expect(page('nl/agenda/2026-11/2')).toContain('<span class="visually-hidden">Pagina 3</span>');
    expect(page('nl/agenda')).toContain('november 2026, pagina 2 →');
    expect(page('fr/agenda')).toContain('novembre 2026, page 2 →');
  });

  it('is shown on the agenda page only as its first 250, with a link onwards', () => {
    const agenda = page('en/agenda');
    expect(rowIds(agenda)).toEqual(expectedPages[0]);
    expect(agenda).toContain('November 2026: 612 appointments');
    expect(agenda).toContain('href="/en/agenda/2026-11/2/"');
  });
});

describe('links to an entry of a paged month', () => {
  it('from the filter index, land on the page that holds the row, and the index names only pages after the first', () => {
    const index = JSON.parse(readFileSync(join(out, 'agenda-index.json'), 'utf8')) as AgendaIndex;
    expect(index.entries).toHaveLength(BIG + 3);
    const missed = index.entries.map((_, position) => entryHref(index, position, 'en')).filter((href) => !lands(href));
    expect(missed).toEqual([]);
    expect(index.entries.filter((entry) => entry.length > 11).map((entry) => entry[0]).sort()).toEqual([...(expectedPages[1] ?? []), ...(expectedPages[2] ?? [])].sort());
  });

  it('from the news feed, land on the page that holds the row', () => {
    const links = [...readFileSync(join(out, 'en/feed.xml'), 'utf8').matchAll(/<link>([^<]*\/agenda\/[^<]*)<\/link>/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    // The newest appointments up to today are on the month's second page (the first is still to come).
    expect(links.some((link) => link.includes('/agenda/2026-11/2/#'))).toBe(true);
    expect(links.filter((link) => !lands(link))).toEqual([]);
  });
});

describe('the organisations index', () => {
  it('names the five officials who met an organisation most often, and links to the others', () => {
    const html = page('en/organisations');
    const row = html.match(/<tr>\s*<th scope="row"><a href="\/en\/organisations\/wijkcomite-groot\/">[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain('Lise Marchal</a> <span class="muted">(606)</span>');
    expect([...row.matchAll(/href="\/en\/officials\//g)]).toHaveLength(5);
    expect(row).toContain('<a href="/en/organisations/wijkcomite-groot/#who">and 2 others</a>');
    expect(page('nl/organisations')).toContain('en 2 anderen</a>');
    expect(page('fr/organisations')).toContain('et 2 autres</a>');
    // The organisation's own page still names all seven.
    const own = page('en/organisations/wijkcomite-groot');
    expect(own.match(/<h2 id="who">[\s\S]*?<\/table>/)?.[0].match(/href="\/en\/officials\//g)).toHaveLength(7);
  });
});
