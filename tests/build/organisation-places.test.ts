// A real build of the small fixture with `organisationPageFrom: 3` in site.yaml and one organisation met
// three times: an organisation met fewer times has no page of its own, its name in an agenda row leads to
// its heading on the A–Z page of two letters, which lists its appointments; the one met three times keeps
// its page; every link of the built site (pages and the filters' JSON indexes) leads to a page that exists
// and, with an organisation's fragment, to its heading; the site search indexes the page of two letters.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-org-places-'));
const org = join(work, 'org');
const out = join(work, 'site');

const file = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (path: string) => file(join(path, 'index.html')).replace(/[\u00a0\u202f]/g, ' ');
const has = (path: string) => existsSync(join(out, path, 'index.html'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === 'data' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Whether a site address (`/en/organisations/a-z/fi/#fietsersvereniging-noordkant`) is a file of the build, and its fragment an id there. */
function lands(href: string): boolean {
  const url = new URL(href, 'https://fixture.example.org/');
  const path = decodeURIComponent(url.pathname);
  const target = path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
  if (!existsSync(target)) return false;
  if (!url.hash || !target.endsWith('.html')) return true;
  return readFileSync(target, 'utf8').includes(` id="${decodeURIComponent(url.hash.slice(1))}"`);
}

beforeAll(() => {
  cpSync(resolve(root, 'tests/fixtures/small-org'), org, { recursive: true });
  const site = join(org, 'data/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}organisationPageFrom: 3\n`);
  const agenda = join(org, 'data/agenda/2025.csv');
  const rows = ['04', '05', '06'].map((day, n) => `a-2025-020${n + 1},2025-06-${day},10:00,11:00,an-verlinden,Overleg haven ${n + 1},,Port meeting ${n + 1},interest-representatives,${n === 0 ? 'Havenbedrijf Zuid; Ωμέγα Σύλλογος' : 'Havenbedrijf Zuid'},,,,`);
  writeFileSync(agenda, `${readFileSync(agenda, 'utf8').trimEnd()}\n${rows.join('\n')}\n`);
  build(org, out);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('organisations met fewer times than organisationPageFrom', () => {
  it('have no page of their own; the one met three times keeps its page', () => {
    for (const lang of ['nl', 'fr', 'en']) {
      expect(has(`${lang}/organisations/fietsersvereniging-noordkant`)).toBe(false);
      expect(has(`${lang}/organisations/wijkcomite-kanaal-vzw`)).toBe(false);
      expect(has(`${lang}/organisations/havenbedrijf-zuid`)).toBe(true);
    }
    expect(page('en/organisations/havenbedrijf-zuid')).toContain('3 appointments');
  });

  it('are linked from an agenda row to their heading on the A–Z page of two letters, which shows the appointment', () => {
    const month = page('en/agenda/2025-02');
    expect(month).toContain('<a href="/en/organisations/a-z/fi/#fietsersvereniging-noordkant">Fietsersvereniging Noordkant</a>');
    expect(page('en/agenda/2025-06')).toContain('<a href="/en/organisations/havenbedrijf-zuid/">Havenbedrijf Zuid</a>');
    const pair = page('en/organisations/a-z/fi');
    const row = pair.slice(pair.indexOf('<h2 id="fietsersvereniging-noordkant">'));
    expect(row).toMatch(/^<h2 id="fietsersvereniging-noordkant">Fietsersvereniging Noordkant<\/h2>/);
    // The appointment in one line: its date to the full row on the month's page, its subject, the official.
    const item = row.match(/<li>[\s\S]*?<\/li>/)?.[0] ?? '';
    expect(item).toContain('<a href="/en/agenda/2025-02/#a-2025-0001"><time datetime="2025-02-03">3 February 2025</time></a>');
    expect(item).toContain('Overleg over fietspaden');
    expect(item).toContain('An Verlinden');
    // Its ids in public registers, as its page showed them.
    expect(row.slice(0, row.indexOf('</ol>'))).toContain('999000112233-45');
    expect(page('fr/organisations/a-z/wi')).toContain('<h2 id="wijkcomite-kanaal-vzw">Wijkcomité Kanaal, vzw</h2>');
    expect(page('nl/organisations/a-z/wi')).toContain('Organisaties die minder dan 3 keer ontmoet werden: Wi…');
    // A name in another script: its slug is a hash (`org-…`), its page of two letters `or`, which has no initial's page here.
    const greek = page('en/agenda/2025-06').match(/<a href="(\/en\/organisations\/a-z\/or\/#org-[^"]+)">Ωμέγα Σύλλογος<\/a>/)?.[1];
    expect(greek).toBeDefined();
    expect(lands(greek ?? '')).toBe(true);
  });

  it('are linked the same way from the organisations’ tables and the A–Z of their initial', () => {
    const az = page('en/organisations/a-z/f');
    expect(az).toContain('<a href="/en/organisations/a-z/fi/#fietsersvereniging-noordkant">Fietsersvereniging Noordkant</a>');
    expect(az).toContain('<a href="/en/organisations/a-z/fi/">Fi…</a>');
    expect(page('en/organisations')).toContain('<a href="/en/organisations/havenbedrijf-zuid/">Havenbedrijf Zuid</a>');
  });

  it('are marked in the filters’ JSON indexes, so that their scripts link to the A–Z page', () => {
    const agenda = JSON.parse(file('agenda-index.json')) as { organisations: Array<[string, string, 0?]> };
    expect(agenda.organisations).toContainEqual(['fietsersvereniging-noordkant', 'Fietsersvereniging Noordkant', 0]);
    expect(agenda.organisations).toContainEqual(['havenbedrijf-zuid', 'Havenbedrijf Zuid']);
    const organisations = JSON.parse(file('organisations-index.json')) as { pageFrom?: number };
    expect(organisations.pageFrom).toBe(3);
  });

  it('leave no link of the site leading to a missing page or heading', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const html of htmlFiles(out)) {
      for (const [, href = ''] of readFileSync(html, 'utf8').matchAll(/href="(\/[^"]*)"/g)) {
        checked += 1;
        if (!lands(href.replace(/&amp;/g, '&').replace(/\?.*?(#|$)/, '$1'))) missing.push(`${relative(out, html)}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('are found by the site search: the page of two letters is indexed with a heading per organisation', () => {
    const fragments = readdirSync(join(out, 'pagefind/fragment')).map((name) => {
      const text = gunzipSync(readFileSync(join(out, 'pagefind/fragment', name))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; anchors: Array<{ id: string }> };
    });
    const pair = fragments.find((fragment) => fragment.url === '/en/organisations/a-z/fi/');
    expect(pair?.content).toContain('Fietsersvereniging Noordkant');
    expect(pair?.anchors.map((anchor) => anchor.id)).toContain('fietsersvereniging-noordkant');
  });
});
