// Files too large for a static host, as a large organisation makes them, shown on the small fixture with
// the bounds lowered (src/lib/datasets/bounds.ts): a dataset file over 850 bytes (an official's file over
// 500) is published gzip-compressed in its place, and the SQLite database in chunks of 16 KiB. The compressed files must
// unpack to exactly the files a normal build publishes (the committed golden files), be described with
// their true size and hash by the data package, DCAT, the API index, OpenAPI and SHA256SUMS, and be linked
// from the datasets pages and the officials' pages; the chunks must join into the same database. Lists of money lines longer than
// one line (src/lib/records/lines.ts) are shown as their largest lines, with the query of every line; a year
// of declarations is shown one declaration in full a page (src/lib/interests/declaration-pages.ts), and
// every link to a declaration leads to the page that shows it. Independent readers: Node's zlib
// for gzip, PapaParse for CSV, the system's sqlite3 for the database, the standards' own validators.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { Validator as OpenApiValidator } from '@seriousme/openapi-schema-validator';
import rdf from '@zazuko/env-node';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import Papa from 'papaparse';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { build, root } from './run-build.ts';

const BOUND = 850;
const OFFICIAL_BOUND = 500;
const CHUNK = 16384;
const golden = join(root, 'tests/golden/small-org');
const standards = join(root, 'vendor/standards');
const work = mkdtempSync(join(tmpdir(), 'vitrine-large-files-'));
const out = join(work, 'site');
const read = (path: string) => readFileSync(join(out, path));
const json = <T = Record<string, unknown>>(path: string) => JSON.parse(read(path).toString('utf8')) as T;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const rowsOfCsv = (bytes: Buffer) => Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

beforeAll(() => build('tests/fixtures/small-org', out, { VITRINE_COMPRESS_OVER_BYTES: String(BOUND), VITRINE_OFFICIAL_COMPRESS_OVER_BYTES: String(OFFICIAL_BOUND), VITRINE_SQLITE_CHUNK_BYTES: String(CHUNK), VITRINE_LINES_PAGED_UP_TO: '1', VITRINE_DECLARATIONS_PAGE_SIZE: '1' }), 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dataset files over the bound', () => {
  it('are published gzip-compressed in place of themselves, and unpack to the very bytes a normal build publishes', () => {
    const goldenData = filesBelow(join(golden, 'data')).filter((path) => /\.(csv|json)$/.test(path) && !/^(datapackage|datasette|popolo|datasets-sqlite)\.json$/.test(path));
    const compressed = goldenData.filter((path) => readFileSync(join(golden, 'data', path)).length > (path.startsWith('officials/') ? OFFICIAL_BOUND : BOUND));
    const kept = goldenData.filter((path) => !compressed.includes(path));
    // Whole files, slices per year and per official alike, an official's from the lower bound; and some files stay as they are.
    expect(compressed).toEqual(expect.arrayContaining(['agenda.json', 'agenda/2025.json', 'gifts.json', 'gifts.csv', 'officials/an-verlinden/agenda.json', 'officials/an-verlinden/agenda.csv', 'officials/lise-marchal/agenda.json']));
    expect(kept).toEqual(expect.arrayContaining(['agenda.csv', 'signals.csv', 'travel.json', 'travel/2025.json', 'officials/lise-marchal/agenda.csv']));
    for (const path of compressed) {
      expect(existsSync(join(out, 'data', path)), path).toBe(false);
      expect(gunzipSync(read(`data/${path}.gz`)).equals(readFileSync(join(golden, 'data', path))), path).toBe(true);
    }
    for (const path of kept) expect(read(`data/${path}`).equals(readFileSync(join(golden, 'data', path))), path).toBe(true);
  });

  it('hold the same rows in their compressed JSON as in the CSV beside it', () => {
    const fromJson = JSON.parse(gunzipSync(read('data/agenda.json.gz')).toString('utf8')) as Array<Record<string, unknown>>;
    const fromCsv = rowsOfCsv(read('data/agenda.csv'));
    expect(fromJson.length).toBeGreaterThan(0);
    expect(fromJson.map((row) => row.id)).toEqual(fromCsv.map((row) => row.id));
    expect(fromJson.map((row) => row.date)).toEqual(fromCsv.map((row) => row.date));
  });

  it('are described by the data package with compression, their path, bytes and hash, which validates against Frictionless 2.0', () => {
    const pkg = json<{ resources: Array<{ name: string; path: string; compression?: string; bytes: number; hash: string }> }>('data/datapackage.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const validate = ajv.compile(JSON.parse(readFileSync(join(standards, 'frictionless-2.0/datapackage.json'), 'utf8')));
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    for (const resource of pkg.resources) {
      const bytes = read(`data/${resource.path}`);
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${sha256(bytes)}`);
      expect(resource.compression === 'gz', resource.path).toBe(resource.path.endsWith('.gz'));
    }
    // The gifts' CSV is over the bound: its resource is the compressed file, whose rows are the JSON's.
    const gifts = pkg.resources.find((resource) => resource.name === 'gifts');
    expect(gifts).toMatchObject({ path: 'gifts.csv.gz', compression: 'gz' });
    const fromJson = JSON.parse(gunzipSync(read('data/gifts.json.gz')).toString('utf8')) as Array<Record<string, unknown>>;
    expect(rowsOfCsv(gunzipSync(read('data/gifts.csv.gz'))).map((row) => row.id)).toEqual(fromJson.map((row) => row.id));
    expect(pkg.resources.find((resource) => resource.name === 'agenda')).toMatchObject({ path: 'agenda.csv' });
    expect(pkg.resources.find((resource) => resource.name === 'agenda')?.compression).toBeUndefined();
  });

  it('are in SHA256SUMS by their published name and hash, with nothing listed that is not published', () => {
    const sums = read('data/SHA256SUMS').toString('utf8').trim().split('\n').map((line) => line.split('  ') as [string, string]);
    const listed = new Map(sums.map(([hash, path]) => [path, hash]));
    expect([...listed.keys()].sort()).toEqual(filesBelow(join(out, 'data')).filter((path) => path !== 'SHA256SUMS'));
    expect(listed.get('agenda.json.gz')).toBe(sha256(read('data/agenda.json.gz')));
    expect(listed.has('agenda.json')).toBe(false);
  });

  it('are listed by the API index with compression, bytes and hash, and by OpenAPI as paths of their own', async () => {
    type File = { url: string; format: string; compression?: string; bytes: number; sha256: string };
    const index = json<{ datasets: Array<{ name: string; files: File[]; perYear?: { years: Array<{ files: File[] }> }; perOfficial?: { officials: Array<{ files: File[] }> } }> }>('api/index.json');
    const files = index.datasets.flatMap((dataset) => [...dataset.files, ...(dataset.perYear?.years.flatMap((year) => year.files) ?? []), ...(dataset.perOfficial?.officials.flatMap((official) => official.files) ?? [])]);
    const gz = files.filter((file) => file.compression);
    expect(gz.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = read(new URL(file.url).pathname.slice(1));
      expect(file.bytes, file.url).toBe(bytes.length);
      expect(file.sha256, file.url).toBe(sha256(bytes));
      expect(file.compression === 'gz', file.url).toBe(file.url.endsWith('.gz'));
    }
    const openapi = json<{ paths: Record<string, { get: { parameters?: Array<{ name: string; schema: { enum?: string[] } }> } }> }>('api/openapi.json');
    expect((await new OpenApiValidator().validate(openapi)).valid).toBe(true);
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/data/agenda.json.gz', '/data/agenda.csv', '/data/agenda/{year}.json.gz']));
    expect(Object.keys(openapi.paths)).not.toContain('/data/agenda.json');
    expect(openapi.paths['/data/agenda/{year}.json.gz']?.get.parameters?.[0]?.schema.enum).toEqual(['2025']);
  });

  it('are said compressed by DCAT (dcat:compressFormat), which conforms to the DCAT-AP 3.0.1 shapes', async () => {
    const catalogue = json('data/catalog.jsonld');
    const distributions = (catalogue['dcat:dataset'] as Array<{ 'dcat:distribution': Array<Record<string, { '@id': string }>> }>).flatMap((dataset) => dataset['dcat:distribution']);
    for (const distribution of distributions) {
      const url = distribution['dcat:downloadURL']?.['@id'] ?? '';
      expect(distribution['dcat:compressFormat']?.['@id'], url).toBe(url.endsWith('.gz') ? 'http://www.iana.org/assignments/media-types/application/gzip' : undefined);
    }
    const shapes = rdf.dataset();
    for await (const quad of rdf.formats.parsers.import('text/turtle', Readable.from([readFileSync(join(standards, 'dcat-ap-3.0.1/dcat-ap-SHACL.ttl'), 'utf8')])) as unknown as AsyncIterable<never>) shapes.add(quad);
    const data = rdf.dataset();
    const nquads = (await jsonld.toRDF(catalogue as never, { format: 'application/n-quads' })) as unknown as string;
    for await (const quad of rdf.formats.parsers.import('application/n-quads', Readable.from([nquads])) as unknown as AsyncIterable<never>) data.add(quad);
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
    expect(report.results.map((result) => `${result.focusNode?.value} ${result.path?.value}`)).toEqual([]);
  }, 60_000);

  it('leave their datasets out of the archive, as the datasets page says, while the small datasets stay in it', () => {
    const archive = Object.keys(unzipSync(new Uint8Array(read('data/datasets.zip'))));
    expect(archive).toEqual(expect.arrayContaining(['travel.csv', 'travel.json', 'datapackage.json']));
    // The agenda and the gifts have a file compressed: all their files are left out.
    expect(archive.filter((name) => name.endsWith('.gz') || /^(agenda|gifts)\./.test(name))).toEqual([]);
    expect(read('en/datasets/index.html').toString('utf8')).toContain('without the datasets whose files are compressed for their size');
  });

  it('are linked from the datasets pages by their published address, marked gzip, with a word on why', () => {
    const index = read('en/datasets/index.html').toString('utf8');
    expect(index).toContain('href="/data/agenda.json.gz"');
    expect(index).toContain('href="/data/agenda.csv"');
    expect(index).toContain('href="/data/gifts.csv.gz"');
    expect(index).toMatch(/JSON \(gzip\)/);
    expect(index).toMatch(/CSV \(gzip\)/);
    expect(index).toContain('compressed because of their size');
    const page = read('en/datasets/agenda/index.html').toString('utf8');
    expect(page).toContain('href="/data/agenda/2025.json.gz"');
    expect(page).toContain('compressed because of their size');
  });

  it('are what each official’s page offers to download, by their published address, marked gzip where compressed', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const official of ['an-verlinden', 'karim-dubois', 'lise-marchal']) {
        const html = read(`${lang}/officials/${official}/index.html`).toString('utf8');
        const links = [...html.matchAll(/<a href="\/(data\/officials\/[^"]+)">([^<]+)<\/a>/g)].map(([, path = '', label = '']) => ({ path, label }));
        expect(links.length, `${lang} ${official}`).toBeGreaterThan(4);
        for (const { path, label } of links) {
          expect(existsSync(join(out, path)), `${lang} ${path}`).toBe(true);
          expect(label, path).toBe(`${path.endsWith('.gz') ? path.replace(/^.*\.(\w+)\.gz$/, '$1').toUpperCase() + ' (gzip)' : path.replace(/^.*\./, '').toUpperCase()}`);
        }
        if (official === 'an-verlinden') expect(links.map((link) => link.path), lang).toEqual(expect.arrayContaining(['data/officials/an-verlinden/agenda.csv.gz', 'data/officials/an-verlinden/agenda.json.gz', 'data/officials/an-verlinden/travel.csv']));
      }
    }
  });
});

describe('the SQLite database over the bound', () => {
  it('is published in chunks of the bound that join into the whole database, with the reader’s configuration', () => {
    const config = json<{ serverMode: string; databaseLengthBytes: number; serverChunkSize: number; urlPrefix: string; suffixLength: number; requestChunkSize: number }>('data/datasets-sqlite.json');
    expect(config).toMatchObject({ serverMode: 'chunked', serverChunkSize: CHUNK, urlPrefix: 'datasets.sqlite.', suffixLength: 3, requestChunkSize: 4096 });
    expect(existsSync(join(out, 'data/datasets.sqlite'))).toBe(false);
    const chunks = filesBelow(join(out, 'data')).filter((path) => /^datasets\.sqlite\.\d{3}$/.test(path));
    expect(chunks.length).toBe(Math.ceil(config.databaseLengthBytes / CHUNK));
    expect(chunks.length).toBeGreaterThan(2);
    const parts = chunks.map((path) => read(`data/${path}`));
    for (const part of parts.slice(0, -1)) expect(part.length).toBe(CHUNK);
    const whole = Buffer.concat(parts);
    expect(whole.length).toBe(config.databaseLengthBytes);
    const joined = join(work, 'joined.sqlite');
    writeFileSync(joined, whole);
    const count = (file: string) => execFileSync('/usr/bin/sqlite3', ['-readonly', file, 'SELECT count(*) FROM agenda; PRAGMA integrity_check;'], { encoding: 'utf8' }).trim();
    expect(count(joined)).toBe(`${rowsOfCsv(read('data/agenda.csv')).length}\nok`);
  });

  it('is linked chunk by chunk from the SQL page and the datasets page, with how to join them', () => {
    for (const page of ['en/sql/index.html', 'en/datasets/index.html']) {
      const html = read(page).toString('utf8');
      expect(html, page).toContain('href="/data/datasets.sqlite.000"');
      expect(html, page).toContain('cat datasets.sqlite.* &gt; datasets.sqlite');
      expect(html, page).not.toContain('href="/data/datasets.sqlite"');
    }
  });
});

describe('a list of money lines too long to be paged', () => {
  const joined = () => {
    const chunks = filesBelow(join(out, 'data')).filter((path) => /^datasets\.sqlite\.\d{3}$/.test(path));
    const file = join(work, 'lines.sqlite');
    writeFileSync(file, Buffer.concat(chunks.map((path) => read(`data/${path}`))));
    return file;
  };
  const sqlite = (file: string, sql: string) => execFileSync('/usr/bin/sqlite3', ['-readonly', '-separator', ' ', file, sql], { encoding: 'utf8' }).trim().split('\n');

  it('is one page of its largest lines, which says so in every language and leads to every line on the SQL page', () => {
    const said = { en: '2 lines adding up to EUR', nl: '2 lijnen, samen', fr: '2 lignes pour un total de' };
    const database = joined();
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const html = read(`${lang}/money/2025/spending/office/index.html`).toString('utf8');
      // Largest first: 0.20 before 0.10; no further pages.
      expect([...html.matchAll(/<tr id="(e-[^"]+)"/g)].map((match) => match[1]), lang).toEqual(['e-2025-0002', 'e-2025-0001']);
      expect(existsSync(join(out, lang, 'money/2025/spending/office/2')), lang).toBe(false);
      expect(html.replace(/\s+/g, ' '), lang).toContain(said[lang]);
      expect(html, lang).toContain(`href="/data/expenditure/2025.csv`);
      const href = /href="(\/[a-z]{2}\/sql\/\?q=[^"]+)"/.exec(html)?.[1] ?? '';
      expect(href.startsWith(`/${lang}/sql/?q=`), lang).toBe(true);
      // The query the link runs gives the list's every line, in date order, to the cent.
      const query = decodeURIComponent(href.slice(href.indexOf('?q=') + 3));
      expect(sqlite(database, query.replace('SELECT *,', 'SELECT id,')), lang).toEqual(['e-2025-0001 0.10', 'e-2025-0002 0.20']);
    }
    // A list of one line is paged as before, in date order.
    const travel = read('en/money/2025/spending/travel/index.html').toString('utf8');
    expect(travel).not.toContain('/en/sql/?q=');
    expect(travel).toContain('<tr id="e-2025-0004"');
  });
});


describe('a year of declarations longer than a page', () => {
  const html = (path: string) => read(path).toString('utf8');
  const ids = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

  it('shows the summary of every declaration on the year’s page and each declaration in full on one page only', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const first = html(`${lang}/declarations/2025/index.html`);
      const second = html(`${lang}/declarations/2025/2/index.html`);
      expect(existsSync(join(out, lang, 'declarations/2025/3')), lang).toBe(false);
      // The summary, on the first page only, has a row for each official, leading to their declaration.
      expect(first, lang).toContain('id="summary"');
      expect(second, lang).not.toContain('id="summary"');
      expect(first, lang).toContain(`href="#karim-dubois"`);
      expect(first, lang).toContain(`href="/${lang}/declarations/2025/2/#an-verlinden"`);
      // Each declaration in full once, in the order of the officials' sort names: Dubois, then Verlinden.
      expect([...first.matchAll(/<section aria-labelledby="([^"]+)" class="declaration"/g)].map((match) => match[1]), lang).toEqual(['karim-dubois']);
      expect([...second.matchAll(/<section aria-labelledby="([^"]+)" class="declaration"/g)].map((match) => match[1]), lang).toEqual(['an-verlinden']);
      // Both pages say which part of the year they show, and lead to each other.
      expect(first, lang).toMatch(/<title>[^<]*2025[^<]*1[^<]*2 ·/);
      expect(second, lang).toMatch(/<title>[^<]*2025[^<]*2[^<]*2 ·/);
      expect(first, lang).toContain(`href="/${lang}/declarations/2025/2/" rel="next"`);
      expect(second, lang).toContain(`href="/${lang}/declarations/2025/" rel="prev"`);
    }
  });

  it('is what every link to a declaration leads to, from the pages and the feeds, in every language', () => {
    const links = new Map<string, Set<string>>();
    for (const path of filesBelow(out).filter((file) => /\.(html|atom)$/.test(file))) {
      for (const match of read(path).toString('utf8').matchAll(/href="(?:https?:\/\/[^/"]+)?(\/[a-z]{2}\/declarations\/\d{4}\/(?:\d+\/)?)#([^"]+)"/g)) {
        const [, page = '', anchor = ''] = match;
        links.set(page, (links.get(page) ?? new Set()).add(anchor));
      }
    }
    // Links from the register, the summaries and the feeds reach both pages of the year.
    expect([...links.keys()].filter((page) => page.startsWith('/en/')).sort()).toEqual(['/en/declarations/2025/', '/en/declarations/2025/2/']);
    for (const [page, anchors] of links) {
      const target = ids(html(`${page.slice(1)}index.html`));
      for (const anchor of anchors) expect(target.has(anchor), `${page}#${anchor}`).toBe(true);
    }
  });
});
