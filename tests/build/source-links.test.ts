// A record's page in the public register it was published in, built for real on tests/fixtures/small-org:
// each kind that a register publishes (appointments, declarations, income and expenditure lines, months
// of pay, meetings) shows a "source" link on the page that shows the record, whose accessible name says
// which record it opens, in every language; a record without a link shows none (no empty link, no extra
// bytes); and the link is a column of the kind's datasets (CSV and JSON, the files a reader downloads).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-source-links-'));
const out = join(work, 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => build('tests/fixtures/small-org', out), 300_000);

const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

/** The source links of a piece of HTML: where each goes, its accessible name (aria-label; no-break spaces read as spaces) and its visible text. */
function sourceLinks(html: string): Array<{ href: string; name: string; text: string }> {
  return [...html.matchAll(/<a class="source-link" href="([^"]*)" rel="external" aria-label="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({ href: unescape(m[1] ?? ''), name: unescape(m[2] ?? '').replace(/[\u00a0\u202f]/g, ' '), text: m[3] ?? '' }));
}
/** Every element that says it is a source link, whatever its form: none may be left out of `sourceLinks`. */
const anySourceLink = (html: string) => html.match(/class="source-link"/g)?.length ?? 0;
/** The HTML of the table row (or list item) that holds this text. */
function rowWith(html: string, text: string, tag = 'tr'): string {
  const at = html.indexOf(text);
  expect(at, text).toBeGreaterThan(-1);
  const start = html.lastIndexOf(`<${tag}`, at);
  return html.slice(start, html.indexOf(`</${tag}>`, at) + tag.length + 3);
}

describe('a record’s source link, on the page that shows it', () => {
  it('links the appointment that has one on its month page, in every language, and no other appointment', () => {
    const names = {
      nl: 'bron: de pagina van de afspraak “Bewonersavond "Kanaal", deel 2” van 10 maart 2025 in het openbare register',
      fr: 'source : la page du rendez-vous « Bewonersavond "Kanaal", deel 2 » du 10 mars 2025 dans le registre public',
      en: 'source: the page of the appointment “Residents\' evening” of 10 March 2025 in the public register',
    };
    for (const [lang, name] of Object.entries(names)) {
      const html = page(`${lang}/agenda/2025-03`);
      expect(sourceLinks(rowWith(html, 'id="a-2025-0003"'))).toEqual([{ href: 'https://register.example.org/agenda/2025/3', name, text: lang === 'nl' ? 'bron' : 'source' }]);
      expect(anySourceLink(html)).toBe(1);
      // February's appointments have no link: their page has none.
      expect(anySourceLink(page(`${lang}/agenda/2025-02`))).toBe(0);
    }
    // The list on the organisation's page links it too.
    expect(sourceLinks(rowWith(page('en/organisations/wijkcomite-kanaal-vzw'), 'a-2025-0003', 'li'))).toEqual([{ href: 'https://register.example.org/agenda/2025/3', name: names.en, text: 'source' }]);
  });

  it('links the income and expenditure lines that have one in their list, beside the file and line they come from', () => {
    const income = page('en/money/2025/income/donation');
    expect(sourceLinks(rowWith(income, 'id="i-2025-0001"'))).toEqual([{ href: 'https://register.example.org/inkomsten/2025/1', name: 'source: the page of line i-2025-0001 of 15 January 2025 in the public register', text: 'source' }]);
    expect(rowWith(income, 'id="i-2025-0001"')).toContain('data/income/2025.csv:2 <a class="source-link"');
    expect(anySourceLink(rowWith(income, 'id="i-2025-0002"'))).toBe(0);
    expect(anySourceLink(income)).toBe(1);
    const spending = page('fr/money/2025/spending/office');
    expect(sourceLinks(rowWith(spending, 'id="e-2025-0001"'))).toEqual([{ href: 'https://register.example.org/uitgaven/2025/1', name: 'source : la page de la ligne e-2025-0001 du 20 janvier 2025 dans le registre public', text: 'source' }]);
    expect(anySourceLink(rowWith(spending, 'id="e-2025-0002"'))).toBe(0);
  });

  it('links a month of pay that has one on the remuneration page and the official’s page, in a column only officials with a link get', () => {
    const pay = page('nl/remuneration/an-verlinden');
    expect(sourceLinks(rowWith(pay, 'id="pay-2025-01"'))).toEqual([
      { href: 'https://register.example.org/bezoldiging/an-verlinden/2025-01', name: 'bron: de pagina van de bezoldiging van An Verlinden voor januari 2025 in het openbare register', text: 'bron' },
    ]);
    expect(anySourceLink(rowWith(pay, 'id="pay-2025-02"'))).toBe(0);
    expect(pay).toContain('<th scope="col">Bron</th>');
    // Karim Dubois' pay has no link: no column for it.
    const other = page('nl/remuneration/karim-dubois');
    expect(anySourceLink(other)).toBe(0);
    expect(other).not.toContain('<th scope="col">Bron</th>');
    expect(sourceLinks(page('fr/officials/an-verlinden')).map((link) => link.name)).toContain('source : la page de la rémunération d’An Verlinden pour janvier 2025 dans le registre public');
  });

  it('links a declaration that has one on the declarations of its year and on its official’s page', () => {
    const year = page('en/declarations/2025');
    const section = (official: string) => year.slice(year.indexOf(`<h2 id="${official}">`), year.indexOf('</section>', year.indexOf(`<h2 id="${official}">`)));
    const name = 'source: the page of the declaration of An Verlinden for 2025 in the public register';
    expect(sourceLinks(section('an-verlinden'))).toEqual([{ href: 'https://register.example.org/aangiften/2025/302', name, text: 'source' }]);
    expect(anySourceLink(section('karim-dubois'))).toBe(0);
    // Her page links her declaration, her gift and her month of pay that have one.
    expect(sourceLinks(page('en/officials/an-verlinden')).map((link) => link.name)).toEqual([
      name,
      'source: the page of the gift from Theater Noord (2 April 2025) in the public register',
      'source: the page of the pay of An Verlinden for January 2025 in the public register',
    ]);
    // Karim Dubois' declaration and pay have none (his page links only his trip paid by others, which has one).
    expect(sourceLinks(page('en/officials/karim-dubois')).map((link) => link.name)).toEqual(['source: the page of the trip to Porto, Portugal (11 June 2025 – 13 June 2025) in the public register']);
    expect(anySourceLink(page('en/officials/karim-dubois'))).toBe(1);
  });

  it('links a meeting that has one on its page, and no other meeting', () => {
    expect(sourceLinks(page('fr/meetings/2025-03-03-board'))).toEqual([
      { href: 'https://register.example.org/vergaderingen/2025-03-03-bureau', name: 'source : la page de la réunion « Bureau, 3 mars 2025 » là où elle a été publiée', text: 'source' },
    ]);
    expect(anySourceLink(page('fr/meetings/2025-02-10-council'))).toBe(0);
  });
});

describe('a record’s source link, in its datasets', () => {
  const csv = (dataset: string) => Papa.parse<Record<string, string>>(readFileSync(join(out, 'data', `${dataset}.csv`), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const linked: Array<[string, (row: Record<string, string>) => string, Record<string, string>]> = [
    ['agenda', (row) => row.id ?? '', { 'a-2025-0003': 'https://register.example.org/agenda/2025/3' }],
    ['income', (row) => row.id ?? '', { 'i-2025-0001': 'https://register.example.org/inkomsten/2025/1' }],
    ['expenditure', (row) => row.id ?? '', { 'e-2025-0001': 'https://register.example.org/uitgaven/2025/1' }],
    ['remuneration', (row) => `${row.official} ${row.month}`, { 'an-verlinden 2025-01': 'https://register.example.org/bezoldiging/an-verlinden/2025-01' }],
    ['declarations', (row) => `${row.official} ${row.year}`, { 'an-verlinden 2025': 'https://register.example.org/aangiften/2025/302' }],
    ['meetings', (row) => row.id ?? '', { '2025-03-03-board': 'https://register.example.org/vergaderingen/2025-03-03-bureau' }],
  ];
  for (const [dataset, key, links] of linked) {
    it(`has a sourceUrl column in ${dataset}, filled only for the records that have a link, in CSV and JSON`, () => {
      const table = csv(dataset);
      expect(table.meta.fields?.slice(-2)).toEqual(['sourceUrl', 'source']);
      expect(Object.fromEntries(table.data.filter((row) => row.sourceUrl).map((row) => [key(row), row.sourceUrl]))).toEqual(links);
      expect(table.data.length).toBeGreaterThan(Object.keys(links).length);
      const json = JSON.parse(readFileSync(join(out, 'data', `${dataset}.json`), 'utf8')) as Array<Record<string, string | null>>;
      expect(json.filter((row) => row.sourceUrl).map((row) => row.sourceUrl)).toEqual(Object.values(links));
      expect(existsSync(join(out, 'data', `${dataset}.parquet`))).toBe(true);
    });
  }
});
