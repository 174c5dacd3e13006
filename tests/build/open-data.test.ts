// The open data as journalists and other portals receive it: exact, documented, checked against the
// official schemas of the standards with independent validators. That every build gives the same bytes
// is checked by tests/build/golden.test.ts, against the committed files of tests/golden/small-org/.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import { Validator as JsonSchemaValidator } from 'jsonschema';
import Papa from 'papaparse';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as buildSite, root } from './run-build.ts';
import { unzipSync } from 'fflate';

const standards = join(root, 'vendor/standards');
const work = mkdtempSync(join(tmpdir(), 'vitrine-open-data-'));
const first = join(work, 'first');

const build = (out: string) => buildSite('tests/fixtures/small-org', out);
const data = (path: string) => readFileSync(join(first, 'data', path));
const json = (path: string) => JSON.parse(data(path).toString('utf8')) as Record<string, unknown>;
const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

beforeAll(() => build(first));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the data package', () => {
  it('validates against the Frictionless Data Package 2.0 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const validate = ajv.compile(JSON.parse(readFileSync(join(standards, 'frictionless-2.0/datapackage.json'), 'utf8')));
    const valid = validate(json('datapackage.json'));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('gives each resource’s exact size and SHA-256, and a header equal to its table schema', () => {
    const resources = json('datapackage.json').resources as Array<{ path: string; bytes: number; hash: string; schema: { fields: Array<{ name: string }> } }>;
    expect(resources.map((resource) => resource.path)).toContain('agenda.csv');
    for (const resource of resources) {
      const bytes = data(resource.path);
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
      const header = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { preview: 1 }).data[0];
      expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('has rows that fit their table schema: types, required values and codes', () => {
    const resources = json('datapackage.json').resources as Array<{ path: string; schema: { fields: Array<{ name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }> } }>;
    const PATTERNS: Record<string, RegExp> = {
      date: /^\d{4}-\d{2}-\d{2}$/, datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, yearmonth: /^\d{4}-\d{2}$/, year: /^\d{4}$/,
      integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?$/, boolean: /^(true|false)$/,
    };
    for (const resource of resources) {
      const rows = Papa.parse<Record<string, string>>(data(resource.path).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      for (const row of rows) {
        for (const field of resource.schema.fields) {
          const value = row[field.name] ?? '';
          if (value === '') {
            expect(field.constraints?.required, `${resource.path} ${field.name}`).not.toBe(true);
            continue;
          }
          const pattern = PATTERNS[field.type] ?? (field.constraints?.pattern ? new RegExp(`^${field.constraints.pattern}$`) : undefined);
          if (pattern) expect(value, `${resource.path} ${field.name}`).toMatch(pattern);
          if (field.constraints?.enum) expect(field.constraints.enum, `${resource.path} ${field.name}`).toContain(value);
        }
      }
    }
  });
});

describe('the DCAT-AP catalogue', () => {
  const shapes = async () => {
    const dataset = rdf.dataset();
    for await (const quad of rdf.formats.parsers.import('text/turtle', Readable.from([readFileSync(join(standards, 'dcat-ap-3.0.1/dcat-ap-SHACL.ttl'), 'utf8')])) as unknown as AsyncIterable<never>) dataset.add(quad);
    return dataset;
  };
  const toDataset = async (document: unknown) => {
    const nquads = (await jsonld.toRDF(document as never, { format: 'application/n-quads' })) as unknown as string;
    const dataset = rdf.dataset();
    for await (const quad of rdf.formats.parsers.import('application/n-quads', Readable.from([nquads])) as unknown as AsyncIterable<never>) dataset.add(quad);
    return dataset;
  };

  it('conforms to the DCAT-AP 3.0.1 SHACL shapes', async () => {
    const validator = new SHACLValidator(await shapes(), { factory: rdf });
    const report = await validator.validate(await toDataset(json('catalog.jsonld')));
    const problems = report.results.map((result) => `${result.focusNode?.value} ${result.path?.value}: ${result.message.map((m) => m.value).join(' ')}`);
    expect(problems).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('is really checked: a catalogue without a publisher does not conform', async () => {
    const broken = { ...json('catalog.jsonld') };
    delete broken['dct:publisher'];
    const report = await new SHACLValidator(await shapes(), { factory: rdf }).validate(await toDataset(broken));
    expect(report.conforms).toBe(false);
  });

  it('describes every dataset with a CSV and a JSON distribution of the right size', () => {
    const datasets = json('catalog.jsonld')['dcat:dataset'] as Array<{ 'dct:identifier': string; 'dcat:distribution': Array<{ 'dcat:downloadURL': { '@id': string }; 'dcat:byteSize': { '@value': string } }> }>;
    expect(datasets).toHaveLength(14);
    for (const dataset of datasets) {
      for (const distribution of dataset['dcat:distribution']) {
        const path = new URL(distribution['dcat:downloadURL']['@id']).pathname.replace('/data/', '');
        expect(Number(distribution['dcat:byteSize']['@value'])).toBe(data(path).length);
      }
    }
  });
});

describe('Popolo', () => {
  it('validates against the Popolo schemas, with every official, body, post and mandate', () => {
    const validator = new JsonSchemaValidator();
    const schemas = Object.fromEntries(['person', 'organization', 'post', 'membership', 'area', 'contact_detail', 'count', 'event', 'group_result', 'identifier', 'link', 'motion', 'other_name', 'speech', 'vote', 'vote_event'].map((name) => [name, JSON.parse(readFileSync(join(standards, `popolo/${name}.json`), 'utf8'))]));
    for (const [name, schema] of Object.entries(schemas)) validator.addSchema(schema, `http://www.popoloproject.com/schemas/${name}.json#`);
    const popolo = json('popolo.json') as Record<string, unknown[]>;
    const kinds: Array<[string, string]> = [['persons', 'person'], ['organizations', 'organization'], ['posts', 'post'], ['memberships', 'membership']];
    for (const [list, schema] of kinds) {
      for (const item of popolo[list] ?? []) {
        const result = validator.validate(item, schemas[schema]);
        expect(result.errors.map((error) => `${list}: ${error.stack}`)).toEqual([]);
      }
    }
    expect(popolo.persons).toHaveLength(3);
    expect(popolo.organizations).toHaveLength(3);
    expect(popolo.posts).toHaveLength(2);
    expect(popolo.memberships).toHaveLength(4);
  });
});

describe('checksums, archive and slices', () => {
  it('lists every data file in SHA256SUMS with its true hash', () => {
    const lines = data('SHA256SUMS').toString('utf8').trim().split('\n');
    const listed = lines.map((line) => line.split('  ')[1]);
    expect(listed).toEqual(filesBelow(join(first, 'data')).filter((file) => file !== 'SHA256SUMS'));
    for (const line of lines) {
      const [hash, file] = line.split('  ') as [string, string];
      expect(createHash('sha256').update(data(file)).digest('hex'), file).toBe(hash);
    }
  });

  it('puts every whole dataset and the data package in one archive', () => {
    const archive = unzipSync(new Uint8Array(data('datasets.zip')));
    expect(Object.keys(archive)).toEqual(expect.arrayContaining(['agenda.csv', 'agenda.json', 'expenditure.csv', 'datapackage.json', 'catalog.jsonld', 'popolo.json']));
    expect(Buffer.from(archive['agenda.csv'] as Uint8Array).equals(data('agenda.csv'))).toBe(true);
  });

  it('slices datasets per year and per official, adding up to the whole', () => {
    const count = (path: string) => Papa.parse(data(path).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.length;
    expect(count('expenditure/2025.csv')).toBe(count('expenditure.csv'));
    expect(count('officials/an-verlinden/agenda.csv') + count('officials/karim-dubois/agenda.csv') + count('officials/lise-marchal/agenda.csv')).toBe(count('agenda.csv') + 1);
    expect(count('officials/an-verlinden/remuneration.csv')).toBe(2);
  });

  it('traces every published record to the file and line it comes from', () => {
    const rows = Papa.parse<Record<string, string>>(data('agenda.csv').toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.source)).toEqual(['data/agenda/2025.csv:2', 'data/agenda/2025.csv:3', 'data/agenda/2025.csv:4']);
  });
});

describe('the catalogue pages', () => {
  it('show every column of the data dictionary in the reader’s language, with sizes and checksums', () => {
    const page = readFileSync(join(first, 'nl/datasets/gifts/index.html'), 'utf8');
    const sum = createHash('sha256').update(data('gifts.csv')).digest('hex');
    expect(page).toContain(sum);
    expect(page).toContain('<code>reportedTo</code>');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}') as { '@type': string };
    expect(ld['@type']).toBe('Dataset');
  });
});
