// Organisations with ids in public registers, built for real on tests/fixtures/small-org: the page of an
// organisation met shows each id of its entry in data/organisations.yaml with a link to the register's
// public page (an entry found by a spelling that differs only in punctuation too), an official's page its
// Wikidata item (and Popolo its identifier), and the organisations dataset carries the ids in its CSV file, the data package and DCAT.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-orgids-build-'));
const out = join(work, 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => build('tests/fixtures/small-org', out), 240_000);

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The section of the registers on a page: each term with its link and the text of the link. */
function registers(html: string): Array<{ label: string; href: string; text: string }> {
  const list = /<h2 id="registers">[^<]*<\/h2>\s*<dl[^>]*>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<dt>([^<]*)<\/dt>\s*<dd><a href="([^"]+)"[^>]*>(?:<code>)?([^<]*)/g)].map((m) => ({ label: unescape(m[1] ?? ''), href: unescape(m[2] ?? ''), text: m[3] ?? '' }));
}

describe('an organisation’s page', () => {
  it('shows each id of its entry, linked to the register’s public page', () => {
    expect(registers(page('en/organisations/fietsersvereniging-noordkant'))).toEqual([
      { label: 'EU Transparency Register', href: 'https://transparency-register.europa.eu/searchregister-or-update/organisation-detail_en?id=999000112233-45', text: '999000112233-45' },
      { label: 'Belgian enterprise number (KBO)', href: 'https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=0999001218', text: '0999.001.218' },
      { label: 'Wikidata', href: 'https://www.wikidata.org/wiki/Q999900001', text: 'Q999900001' },
    ]);
    expect(page('nl/organisations/fietsersvereniging-noordkant')).toContain('<h2 id="registers">In openbare registers</h2>');
  });

  it('finds the entry of a name the agenda writes with other punctuation (“Wijkcomité Kanaal, vzw”)', () => {
    expect(registers(page('fr/organisations/wijkcomite-kanaal-vzw'))).toEqual([
      { label: 'Numéro d’entreprise (BCE)', href: 'https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=0999003493', text: '0999.003.493' },
    ]);
  });
});

describe('an official’s page', () => {
  it('links the official’s Wikidata item, and shows none for an official without one', () => {
    expect(page('en/officials/an-verlinden')).toMatch(/<dt>Wikidata<\/dt><dd><a href="https:\/\/www\.wikidata\.org\/wiki\/Q999900002"[^>]*><code>Q999900002<\/code><\/a><\/dd>/);
    expect(page('en/officials/karim-dubois')).not.toContain('wikidata.org');
  });

  it('gives the Wikidata item as the person’s identifier in Popolo', () => {
    const popolo = JSON.parse(readFileSync(join(out, 'data/popolo.json'), 'utf8')) as { persons: Array<{ id: string; identifiers?: unknown }> };
    expect(popolo.persons.map((person) => [person.id, person.identifiers])).toEqual([['an-verlinden', [{ scheme: 'wikidata', identifier: 'Q999900002' }]], ['karim-dubois', undefined], ['lise-marchal', undefined]]);
  });
});

describe('the organisations dataset', () => {
  it('has one row per entry with its ids and appointments, in the CSV file, the data package and DCAT', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'data/organisations.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(csv.data).toEqual([
      { name: 'Fietsersvereniging Noordkant', aliases: 'Fietsersver. Noordkant', euTransparencyRegister: '999000112233-45', kbo: '0999.001.218', kvk: '', siren: '', wikidata: 'Q999900001', appointments: '1', source: 'data/organisations.yaml:2' },
      { name: 'Wijkcomité Kanaal vzw', aliases: '', euTransparencyRegister: '', kbo: '0999.003.493', kvk: '', siren: '', wikidata: '', appointments: '1', source: 'data/organisations.yaml:8' },
    ]);
    const officials = Papa.parse<Record<string, string>>(readFileSync(join(out, 'data/officials.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(officials.data.map((row) => [row.id, row.wikidata])).toEqual([['an-verlinden', 'Q999900002'], ['karim-dubois', ''], ['lise-marchal', '']]);

    const pack = JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8')) as { resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string }> } }> };
    const resource = pack.resources.find((candidate) => candidate.name === 'organisations');
    expect(resource?.path).toBe('organisations.csv');
    expect(resource?.schema?.fields.map((field) => field.name)).toEqual(['name', 'aliases', 'euTransparencyRegister', 'kbo', 'kvk', 'siren', 'wikidata', 'appointments', 'source']);
    const catalogue = readFileSync(join(out, 'data/catalog.jsonld'), 'utf8');
    expect(catalogue).toContain('organisations.csv');
    expect(existsSync(join(out, 'en/datasets/organisations/index.html'))).toBe(true);
  });
});
