// The open data as journalists and other portals receive it: exact, documented, checked against the
// official schemas of the standards with independent validators. That every build gives the same bytes
// is checked by tests/build/golden.test.ts, against the committed files of tests/golden/small-org/.
// Parquet is read back by DuckDB (its own C++ reader, not the JavaScript library that wrote it) and by
// hyparquet; the SQLite database by the system's sqlite3 command.
import { execFileSync } from 'node:child_process';
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
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { SQL_EXAMPLES } from '../../src/lib/datasets/sql-examples.ts';
import { restoreFormula } from '../../src/lib/datasets/write.ts';

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

let connection: DuckDBConnection | undefined;
/** Rows of a DuckDB query, each value as DuckDB prints it (queries cast what they compare to VARCHAR). */
async function duck(sql: string): Promise<Array<Record<string, string | null>>> {
  if (!connection) {
    // Nothing is fetched: Parquet is built into DuckDB, and loading extensions from the network is off.
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    connection = await instance.connect();
  }
  const result = await connection.runAndReadAll(sql);
  return result.getRowObjects().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? null : String(value)])));
}
/** A CSV dataset's rows, each cell as the source said it (the formula guard undone). */
const csvRows = (path: string) =>
  Papa.parse<Record<string, string>>(data(path).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, restoreFormula(value)])));
/** `1234.56` as 123456n: amounts added up exactly. */
const cents = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  return (amount.startsWith('-') ? -1n : 1n) * (BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0')));
};
const sqlite = (sql: string) => execFileSync('/usr/bin/sqlite3', ['-readonly', '-json', join(first, 'data/datasets.sqlite'), sql], { encoding: 'utf8' });
const sqliteRows = (sql: string) => JSON.parse(sqlite(sql) || '[]') as Array<Record<string, string | number | null>>;

beforeAll(() => build(first));
afterAll(() => {
  connection?.closeSync();
  rmSync(work, { recursive: true, force: true });
});

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

  it('gives each resource’s exact size and SHA-256, and a header equal to its table schema', async () => {
    const resources = json('datapackage.json').resources as Array<{ path: string; format: string; bytes: number; hash: string; schema: { fields: Array<{ name: string }> } }>;
    expect(resources.map((resource) => resource.path)).toContain('agenda.csv');
    expect(resources.map((resource) => resource.path)).toContain('agenda.parquet');
    for (const resource of resources) {
      const bytes = data(resource.path);
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
      if (resource.format === 'parquet') {
        const columns = await duck(`DESCRIBE SELECT * FROM read_parquet('${join(first, 'data', resource.path)}')`);
        expect(columns.map((column) => column.column_name), resource.path).toEqual(resource.schema.fields.map((field) => field.name));
        continue;
      }
      const header = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { preview: 1 }).data[0];
      expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('has rows that fit their table schema: types, required values and codes', () => {
    const resources = (json('datapackage.json').resources as Array<{ path: string; format: string; schema: { fields: Array<{ name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }> } }>).filter((resource) => resource.format === 'csv');
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

  it('describes every dataset with a CSV, a JSON and a Parquet distribution of the right size', () => {
    const datasets = json('catalog.jsonld')['dcat:dataset'] as Array<{ 'dct:identifier': string; 'dcat:distribution': Array<{ 'dcat:downloadURL': { '@id': string }; 'dcat:byteSize': { '@value': string }; 'dcat:mediaType': { '@id': string } }> }>;
    expect(datasets).toHaveLength(15);
    for (const dataset of datasets) {
      expect(dataset['dcat:distribution'].map((distribution) => distribution['dcat:mediaType']['@id'].replace(/.*media-types\//, '')), dataset['dct:identifier']).toEqual(['text/csv', 'application/json', 'application/vnd.apache.parquet']);
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
    const kinds: Array<[string, string]> = [['persons', 'person'], ['organizations', 'organization'], ['posts', 'post'], ['memberships', 'membership'], ['events', 'event'], ['vote_events', 'vote_event']];
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
    // The council's meeting, whose one item was voted on by name: its counts as the minutes state them, each vote by name.
    expect(popolo.events).toEqual([{ id: '2025-02-10-council', name: 'Gemeenteraad', start_date: '2025-02-10', classification: 'meeting', organization_id: 'council' }]);
    const [event] = popolo.vote_events as Array<Record<string, unknown>>;
    expect(popolo.vote_events).toHaveLength(1);
    expect(event).toMatchObject({ id: '2025-02-10-council:1', legislative_session_id: '2025-02-10-council', organization_id: 'council', motion: { text: 'Begroting 2025' } });
    expect(event?.counts).toEqual([{ option: 'yes', value: 2 }, { option: 'no', value: 0 }, { option: 'abstain', value: 0 }]);
    for (const vote of (event?.votes as unknown[]) ?? []) expect(validator.validate(vote, schemas.vote).errors.map((error) => error.stack)).toEqual([]);
    expect(event?.votes).toEqual([
      { vote_event_id: '2025-02-10-council:1', voter_id: 'an-verlinden', option: 'yes' },
      { vote_event_id: '2025-02-10-council:1', voter_id: 'karim-dubois', option: 'yes' },
    ]);
    // The schemas are really applied: a count without its value is refused.
    expect(validator.validate({ ...event, counts: [{ option: 'yes' }] }, schemas.vote_event).errors).not.toEqual([]);
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

describe('Parquet', () => {
  const resources = () => (json('datapackage.json').resources as Array<{ name: string; path: string; format: string; schema: { fields: Array<{ name: string; type: string; constraints?: { pattern?: string } }> } }>).filter((resource) => resource.format === 'parquet');

  it('gives, read back by DuckDB, the same rows and values as the CSV, for every dataset', async () => {
    expect(resources()).toHaveLength(15);
    let compared = 0;
    for (const resource of resources()) {
      const csv = csvRows(resource.path.replace(/\.parquet$/, '.csv'));
      const file = join(first, 'data', resource.path);
      const types = Object.fromEntries((await duck(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).map((column) => [column.column_name, column.column_type]));
      const rows = await duck(`SELECT COLUMNS(*)::VARCHAR FROM read_parquet('${file}')`);
      expect(rows, resource.path).toHaveLength(csv.length);
      rows.forEach((row, index) => {
        // A CSV shows an absent value as an empty cell and a time of day without seconds.
        const asCsv = Object.fromEntries(Object.entries(row).map(([name, value]) => [name, value === null ? '' : types[name] === 'TIME' ? value.replace(/:00$/, '') : value]));
        expect(asCsv, `${resource.path} row ${index + 1}`).toEqual(csv[index]);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('types each column as its table schema says: exact decimal amounts, dates, times, whole numbers, yes/no, text', async () => {
    const expected: Record<string, string> = { number: 'DECIMAL(18,2)', date: 'DATE', integer: 'INTEGER', year: 'INTEGER', boolean: 'BOOLEAN' };
    for (const resource of resources()) {
      const types = Object.fromEntries((await duck(`DESCRIBE SELECT * FROM read_parquet('${join(first, 'data', resource.path)}')`)).map((column) => [column.column_name, column.column_type]));
      for (const field of resource.schema.fields) {
        // A time of day is a string with the pattern of hours and minutes in the table schema.
        const type = field.constraints?.pattern === '([01][0-9]|2[0-3]):[0-5][0-9]' ? 'TIME' : (expected[field.type] ?? 'VARCHAR');
        expect(types[field.name], `${resource.path} ${field.name}`).toBe(type);
      }
    }
  });

  it('adds up amounts exactly, to the cent of the CSV', async () => {
    for (const [name, columns] of [['expenditure', ['amount']], ['income', ['amount']], ['remuneration', ['netSalary', 'expenses', 'attendanceFees']], ['gifts', ['value']]] as const) {
      for (const column of columns) {
        const [total] = await duck(`SELECT sum("${column}")::VARCHAR AS total FROM read_parquet('${join(first, 'data', `${name}.parquet`)}')`);
        const expected = csvRows(`${name}.csv`).reduce((sum, row) => sum + cents(row[column] ?? '0'), 0n);
        expect(cents(total?.total ?? '0'), `${name} ${column}`).toBe(expected);
      }
    }
    // Amounts of a few cents, which a binary float cannot hold, come back to the cent.
    const small = await duck(`SELECT amount::VARCHAR AS amount FROM read_parquet('${join(first, 'data/expenditure.parquet')}') WHERE amount < 1 ORDER BY amount`);
    expect(small.map((row) => row.amount)).toEqual(['0.10', '0.20']);
  });

  it('is read by a second reader, hyparquet, with the same number of rows as the CSV', () => {
    for (const resource of resources()) {
      const bytes = data(resource.path);
      const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
      expect(Number(metadata.num_rows), resource.path).toBe(csvRows(resource.path.replace(/\.parquet$/, '.csv')).length);
    }
  });
});

describe('SQLite and Datasette', () => {
  const tables = () => sqliteRows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").map((row) => String(row.name));

  it('has one table per dataset with as many rows as its CSV, read by the sqlite3 command', () => {
    const names = (json('datapackage.json').resources as Array<{ name: string; format: string }>).filter((resource) => resource.format === 'csv').map((resource) => resource.name);
    expect(tables()).toEqual(names);
    for (const name of names) {
      const [count] = sqliteRows(`SELECT count(*) AS n FROM "${name}"`);
      expect(count?.n, name).toBe(csvRows(`${name}.csv`).length);
    }
  });

  it('holds amounts as integer cents whose sums equal the CSV’s to the cent', () => {
    for (const [name, columns] of [['expenditure', ['amount']], ['income', ['amount']], ['remuneration', ['netSalary', 'expenses', 'attendanceFees']], ['gifts', ['value']], ['declarations', ['incomeDeclared', 'capitalGains']]] as const) {
      for (const column of columns) {
        const [result] = sqliteRows(`SELECT sum("${column}_cents") AS total, count(*) FILTER (WHERE typeof("${column}_cents") NOT IN ('integer', 'null')) AS other FROM "${name}"`);
        const expected = csvRows(`${name}.csv`).reduce((sum, row) => sum + cents(row[column] || '0'), 0n);
        expect(BigInt(result?.total ?? 0), `${name} ${column}`).toBe(expected);
        expect(result?.other, `${name} ${column}`).toBe(0);
      }
    }
  });

  it('has the same cells as the CSV, amounts aside', () => {
    const rows = sqliteRows('SELECT * FROM "agenda" ORDER BY rowid');
    const csv = csvRows('agenda.csv');
    expect(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)])))).toEqual(csv);
    const [paid] = sqliteRows('SELECT count(*) AS n FROM "mandates" WHERE paid = 1');
    expect(paid?.n).toBe(csvRows('mandates.csv').filter((row) => row.paid === 'true').length);
  });

  it('answers the SQL page’s examples from indexes, never a whole table, with the CSV’s exact totals', () => {
    for (const [name, sql] of Object.entries(SQL_EXAMPLES)) {
      const plan = sqlite(`EXPLAIN QUERY PLAN ${sql}`);
      const scans = plan.split('\n').filter((line) => /SCAN (agenda|expenditure)\b/.test(line));
      expect(scans.length, name).toBeGreaterThan(0);
      for (const scan of scans) expect(scan, name).toMatch(/USING COVERING INDEX/);
    }
    const totals = new Map<string, bigint>();
    for (const row of csvRows('expenditure.csv')) totals.set(`${row.date?.slice(0, 4)} ${row.category}`, (totals.get(`${row.date?.slice(0, 4)} ${row.category}`) ?? 0n) + cents(row.amount ?? '0'));
    const shown = sqliteRows(SQL_EXAMPLES.spending);
    expect(shown).toHaveLength(totals.size);
    for (const row of shown) expect(cents(String(row.total)), `${row.year} ${row.category}`).toBe(totals.get(`${row.year} ${row.category}`));
    expect(sqliteRows(SQL_EXAMPLES.organisations)).toContainEqual({ official: 'lise-marchal', organisation: 'Wijkcomité Kanaal, vzw', appointments: 1 });
  });

  it('describes every table and every column in the Datasette metadata', () => {
    const metadata = json('datasette.json') as { title: string; license: string; license_url: string; source_url: string; databases: Record<string, { tables: Record<string, { title: string; description: string; columns: Record<string, string> }> }> };
    expect(metadata.license_url).toBe('https://creativecommons.org/licenses/by/4.0/');
    const described = metadata.databases.datasets?.tables ?? {};
    expect(Object.keys(described)).toEqual(tables());
    for (const table of tables()) {
      const columns = sqliteRows(`SELECT name FROM pragma_table_info('${table}')`).map((row) => String(row.name));
      expect(Object.keys(described[table]?.columns ?? {}), table).toEqual(columns);
      for (const [column, description] of Object.entries(described[table]?.columns ?? {})) expect(description, `${table}.${column}`).not.toBe('');
      expect(described[table]?.title, table).toBeTruthy();
    }
    expect(described.expenditure?.columns.amount_cents).toMatch(/EUR, in cents/);
  });
});
