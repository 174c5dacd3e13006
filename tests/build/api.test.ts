// The static JSON API as a developer meets it: /api/index.json and /api/officials.json lead to every
// published JSON file, and /api/openapi.json describes them. The document is checked by an independent
// OpenAPI validator (@seriousme/openapi-schema-validator, against the OpenAPI 3.1 schemas), and every row
// of every JSON file of the small fixture (whole, per year, per official) is checked with ajv against the
// row schema the document gives for its dataset. A dataset added to the registry must appear without change.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../../src/schemas/datasets.ts';
import { KIND_LIST } from '../../src/schemas/kinds.ts';
import { build } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-api-'));
const out = join(work, 'site');
const BASE = 'https://fixture.example.org/';

type Json = Record<string, unknown>;
type FileEntry = { url: string; format: string; rows: number; bytes: number; sha256: string };
type IndexDataset = {
  name: string;
  title: Record<string, string>;
  rows: number;
  rowSchema: string;
  files: FileEntry[];
  perYear?: { templates: Record<string, string>; years: Array<{ year: string; files: FileEntry[] }> };
  perOfficial?: { field: string; templates: Record<string, string>; officials: Array<{ id: string; files: FileEntry[] }> };
};

const read = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as Json;
/** The file a published address points at, in the build. */
const local = (url: string) => {
  expect(url.startsWith(BASE), `${url} is below the site's address`).toBe(true);
  return join(out, url.slice(BASE.length));
};

let index: { openapi: string; officials: string; licence: Json; datasets: IndexDataset[] };
let officials: { officials: Array<{ id: string; name: string | null; datasets: Array<{ name: string; files: FileEntry[] }> }> };
let openapi: Json & { paths: Record<string, Json>; components: { schemas: Record<string, Json> }; servers: Array<{ url: string }>; info: Json };

beforeAll(() => {
  build('tests/fixtures/small-org', out);
  index = read('api/index.json') as typeof index;
  officials = read('api/officials.json') as typeof officials;
  openapi = read('api/openapi.json') as typeof openapi;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) validator of a row schema of the document. */
function rowValidator(name: string) {
  const schema = openapi.components.schemas[name];
  if (!schema) throw new Error(`the document has no row schema ${name}`);
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary(['x-vitrine-unit', 'x-vitrine-decimals']);
  return ajv.compile(schema);
}

/** Every file an index entry lists, each once. */
const listed = (dataset: IndexDataset) => [...dataset.files, ...(dataset.perYear?.years.flatMap((year) => year.files) ?? []), ...(dataset.perOfficial?.officials.flatMap((official) => official.files) ?? [])];

describe('the indexes of the JSON API', () => {
  it('list every dataset of the registry, with its title in every language, and point at the OpenAPI document', () => {
    const registered = KIND_LIST.flatMap((kind) => Object.keys(kind.datasets ?? {}));
    expect(index.datasets.map((dataset) => dataset.name).sort()).toEqual([...registered].sort());
    expect(index.datasets.map((dataset) => dataset.name)).toEqual(DATASET_NAMES);
    for (const dataset of index.datasets) expect(Object.keys(dataset.title).sort(), dataset.name).toEqual(['en', 'fr', 'nl']);
    expect(index.datasets.find((dataset) => dataset.name === 'agenda')?.title.fr).toBe('Agenda des rendez-vous');
    expect(index.openapi).toBe(`${BASE}api/openapi.json`);
    expect(index.licence).toMatchObject({ name: 'Creative Commons Attribution 4.0' });
  });

  it('lead to every published data file, with its size, SHA-256 and rows as they are; and to nothing else', () => {
    const all = index.datasets.flatMap(listed);
    for (const file of all) {
      const bytes = readFileSync(local(file.url));
      expect(bytes.length, file.url).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.url).toBe(file.sha256);
      if (file.format === 'json') expect((JSON.parse(bytes.toString('utf8')) as unknown[]).length, file.url).toBe(file.rows);
    }
    // Every CSV, JSON and Parquet file of a dataset under data/ is in the index.
    const published = readdirSync(join(out, 'data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(csv|json|parquet)$/.test(entry.name) && !['datapackage.json', 'popolo.json', 'datasette.json', 'datasets-sqlite.json'].includes(entry.name))
      .map((entry) => relative(out, join(entry.parentPath, entry.name)))
      .sort();
    expect(all.map((file) => file.url.slice(BASE.length)).sort()).toEqual(published);
  });

  it('give templates that make the listed addresses of each year and official', () => {
    const agenda = index.datasets.find((dataset) => dataset.name === 'agenda') as IndexDataset;
    expect(agenda.perYear?.years.map((year) => year.year)).toContain('2025');
    expect(agenda.perOfficial?.officials.map((official) => official.id)).toEqual(['an-verlinden', 'karim-dubois', 'lise-marchal']);
    for (const dataset of index.datasets) {
      for (const year of dataset.perYear?.years ?? []) for (const file of year.files) expect(file.url).toBe(dataset.perYear?.templates[file.format]?.replace('{year}', year.year));
      for (const official of dataset.perOfficial?.officials ?? []) for (const file of official.files) expect(file.url).toBe(dataset.perOfficial?.templates[file.format]?.replace('{official}', official.id));
    }
  });

  it('list every official by name with the files published of them', () => {
    expect(officials.officials.map((official) => official.id)).toEqual(['an-verlinden', 'karim-dubois', 'lise-marchal']);
    for (const official of officials.officials) {
      expect(official.name, official.id).toBeTruthy();
      for (const dataset of official.datasets) for (const file of dataset.files) expect(existsSync(local(file.url)), file.url).toBe(true);
    }
    const lise = officials.officials.find((official) => official.id === 'lise-marchal');
    expect(lise?.datasets.map((dataset) => dataset.name)).toEqual(['mandates', 'agenda', 'signals']);
  });
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, by an independent validator', async () => {
    const result = await new Validator().validate(openapi);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(openapi.openapi).toBe('3.1.0');
    expect(openapi.servers).toEqual([{ url: 'https://fixture.example.org' }]);
    expect(openapi.info.license).toMatchObject({ name: 'Creative Commons Attribution 4.0' });
  });

  it('describes every dataset of the registry: a row schema and the paths of its whole, per-year and per-official files', () => {
    const registered = KIND_LIST.flatMap((kind) => Object.entries(kind.datasets ?? {}).map(([name, spec]) => ({ name, perOfficial: 'perOfficial' in spec, perYear: 'year' in kind && kind.year !== undefined })));
    expect(registered.length).toBe(DATASET_NAMES.length);
    for (const { name, perOfficial, perYear } of registered) {
      const entry = index.datasets.find((dataset) => dataset.name === name) as IndexDataset;
      expect(openapi.components.schemas[entry.rowSchema.split('/').at(-1) ?? ''], name).toBeDefined();
      expect(Object.keys(openapi.paths), name).toEqual(expect.arrayContaining([`/data/${name}.json`, `/data/${name}.csv`, `/data/${name}.parquet`]));
      expect(`/data/${name}/{year}.json` in openapi.paths, `${name} per year`).toBe(perYear);
      expect(`/data/officials/{official}/${name}.json` in openapi.paths, `${name} per official`).toBe(perOfficial);
    }
    expect(Object.keys(openapi.paths).every((path) => Object.keys(openapi.paths[path] ?? {}).join() === 'get')).toBe(true);
  });

  it('has a path for every data file the build wrote, whose parameters allow its year or official', () => {
    type Parameter = { name: string; schema: { enum?: string[] } };
    const templates = Object.entries(openapi.paths).map(([path, item]) => {
      const parameters = ((item.get as { parameters?: Parameter[] }).parameters ?? []);
      const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`);
      return { pattern, parameters };
    });
    const files = readdirSync(join(out, 'data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(csv|json|parquet)$/.test(entry.name) && !['datapackage.json', 'popolo.json', 'datasette.json', 'datasets-sqlite.json'].includes(entry.name))
      .map((entry) => `/${relative(out, join(entry.parentPath, entry.name))}`);
    expect(files.length).toBeGreaterThan(100);
    for (const file of [...files, '/api/index.json', '/api/officials.json', '/api/openapi.json']) {
      const described = templates.some(({ pattern, parameters }) => {
        const match = pattern.exec(file);
        return match !== null && parameters.every((parameter) => parameter.schema.enum?.includes(match.groups?.[parameter.name] ?? '') ?? true);
      });
      expect(described, `${file} is described by a path of the document`).toBe(true);
    }
  });

  it('has a row schema that every row of every published JSON file of its dataset matches', () => {
    let checked = 0;
    for (const dataset of index.datasets) {
      const validate = rowValidator(dataset.rowSchema.split('/').at(-1) ?? '');
      for (const file of listed(dataset).filter((candidate) => candidate.format === 'json')) {
        const rows = JSON.parse(readFileSync(local(file.url), 'utf8')) as unknown[];
        rows.forEach((row, number) => {
          const valid = validate(row);
          expect(valid ? [] : validate.errors, `${file.url} row ${number + 1}`).toEqual([]);
        });
        checked += rows.length;
      }
    }
    // Every row of every JSON file the index lists (101 in the small fixture), none skipped.
    expect(checked).toBe(index.datasets.flatMap(listed).filter((file) => file.format === 'json').reduce((sum, file) => sum + file.rows, 0));
    expect(checked).toBeGreaterThan(0);
  });

  it('says which fields are amounts, and every amount in the JSON is written with exactly two decimals', () => {
    let amounts = 0;
    for (const dataset of index.datasets) {
      const schema = openapi.components.schemas[dataset.rowSchema.split('/').at(-1) ?? ''] as { properties: Record<string, Json & { anyOf?: Json[] }> };
      const money = Object.entries(schema.properties).filter(([, field]) => (field.anyOf?.[0] ?? field)['x-vitrine-decimals'] === 2).map(([name]) => name);
      const text = readFileSync(local(dataset.files.find((file) => file.format === 'json')?.url ?? ''), 'utf8');
      for (const field of money) {
        for (const match of text.matchAll(new RegExp(`"${field}":(null|[^,}]+)`, 'g'))) {
          if (match[1] === 'null') continue;
          expect(match[1], `${dataset.name}.${field}`).toMatch(/^-?\d+\.\d{2}$/);
          amounts++;
        }
      }
    }
    expect(amounts).toBeGreaterThan(10);
  });

  it('describes the two indexes as they are written', () => {
    // Not strict: the whole document is added so that its #/components/schemas/… references resolve.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addSchema(openapi, 'openapi.json');
    for (const [name, file] of [['ApiIndex', index], ['ApiOfficials', officials]] as const) {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
      if (!validate) throw new Error(`the document has no schema ${name}`);
      expect(validate(file) ? [] : validate.errors, name).toEqual([]);
      expect(validate({ ...file, officials: 'none' }), `${name} with officials that are not a list`).toBe(false);
    }
    const get = (path: string) => ((openapi.paths[path]?.get as Json).responses as Record<string, { content: Record<string, { schema: Json }> }>)['200']?.content['application/json']?.schema;
    expect(get('/api/index.json')).toEqual({ $ref: '#/components/schemas/ApiIndex' });
    expect(get('/api/officials.json')).toEqual({ $ref: '#/components/schemas/ApiOfficials' });
  });

  it('rejects a row that is not as published: an amount as text, a missing field, a language that is not one', () => {
    const validate = rowValidator('GiftsRow');
    const row = (JSON.parse(readFileSync(join(out, 'data/gifts.json'), 'utf8')) as Json[]).find((gift) => gift.valueMax !== null) as Json;
    expect(validate(row)).toBe(true);
    expect(validate({ ...row, valueMax: '50.00' })).toBe(false);
    const { giver: _giver, ...withoutGiver } = row;
    expect(validate(withoutGiver)).toBe(false);
    expect(validate({ ...row, description: { de: 'Geschenk' } })).toBe(false);
  });
});

describe('the datasets page', () => {
  it('leads developers to the index and the OpenAPI document, in every language', () => {
    const headings = { en: 'For developers', nl: 'Voor ontwikkelaars', fr: 'Pour les développeurs' };
    for (const [lang, heading] of Object.entries(headings)) {
      const page = readFileSync(join(out, lang, 'datasets/index.html'), 'utf8');
      expect(page, lang).toMatch(new RegExp(`<h2[^>]*id="developers"[^>]*>${heading}</h2>`));
      const links = [...page.matchAll(/href="(\/api\/[^"]+)"/g)].map((match) => match[1] ?? '');
      expect(links, lang).toEqual(['/api/index.json', '/api/officials.json', '/api/openapi.json']);
      for (const link of links) expect(existsSync(join(out, link)), link).toBe(true);
    }
  });
});
