// The registry of record kinds (src/schemas/kinds.ts), walked kind by kind: each kind is loaded,
// validated, cross-checked by every reference its schema declares, imported where it says so, seen by
// the diff, published with a data dictionary, and has its template where it says so. A new kind that
// misses one of them fails here, named.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/datasets/datapackage.ts';
import { writeDatasets } from '../../src/lib/datasets/write.ts';
import { checkReferences } from '../../src/lib/loading/check-references.ts';
import { loadSite, type Loaded, type SiteData } from '../../src/lib/loading/load-site.ts';
import { fieldsOf } from '../../src/lib/loading/schema-fields.ts';
import { takeInventory } from '../../src/lib/loading/sources/inventory.ts';
import { readFrontMatter } from '../../src/lib/loading/sources/front-matter.ts';
import { validateRecord } from '../../src/lib/loading/validate-record.ts';
import { signalsOf } from '../../src/lib/rules/signals.ts';
import { diffSites } from '../../src/lib/staff/diff/records.ts';
import { csvColumns } from '../../src/lib/staff/import/kinds.ts';
import { planImport } from '../../src/lib/staff/import/run.ts';
import { makeTemplates } from '../../src/lib/staff/templates.ts';
import { DATASET_NAMES, DATASET_SCHEMAS, datasetInfo, OFFICIAL_DATASETS } from '../../src/schemas/datasets.ts';
import { FILE_KINDS, identityOf, KIND_LIST, refsOf, type FileKindName } from '../../src/schemas/kinds.ts';

const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'vitrine-kinds-'));
const org = join(temp, 'org');
let site: SiteData;

/** The small fixture organisation, with the kinds it lacks written in: an acknowledgement and a page. */
function makeOrg(dir: string): string {
  cpSync(join(root, 'tests/fixtures/small-org'), dir, { recursive: true });
  writeFileSync(join(dir, 'data/acknowledgements.yaml'), '- signal: pay-cap:an-verlinden:2025-01\n  date: 2025-02-01\n  explanation: A one-off back payment.\n');
  mkdirSync(join(dir, 'content/pages'), { recursive: true });
  writeFileSync(join(dir, 'content/pages/code-of-ethics.en.md'), '---\ntitle: Our code of ethics\n---\n\nWe publish what we promise.\n');
  return dir;
}

beforeAll(async () => {
  const loaded = await loadSite(makeOrg(org));
  expect(loaded.problems).toEqual([]);
  site = loaded.data as SiteData;
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const recordsOf = (data: SiteData, kind: string) => (data as unknown as Record<string, Array<Loaded<Record<string, unknown>>>>)[kind] ?? [];
const fileKinds = FILE_KINDS.filter((kind) => kind !== 'site');
/** A record at the place of another (CSV rows keep their place in methods, not in properties). */
const withData = (record: Loaded<Record<string, unknown>>, data: Record<string, unknown>): Loaded<Record<string, unknown>> => ({ data, file: record.file, line: record.line, locate: (path) => record.locate(path) });

/** Sets a value at a path, `*` meaning the first item of a list (made when it is missing). */
function setAt(record: Record<string, unknown>, path: readonly string[], value: unknown): PropertyKey[] {
  const placed: PropertyKey[] = [];
  let holder: Record<string | number, unknown> = record;
  path.forEach((step, index) => {
    const key = step === '*' ? 0 : step;
    placed.push(key);
    if (index === path.length - 1) holder[key] = value;
    else holder = (holder[key] ??= path[index + 1] === '*' ? [] : {}) as Record<string | number, unknown>;
  });
  return placed;
}

/** Whether a field holds a list of records (mandates, sidePositions…), published as a dataset of its own or summed up. */
function holdsRecords(schema: z.ZodType): boolean {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType } } })._zod.def;
  if (def.innerType) return holdsRecords(def.innerType);
  if (def.type === 'pipe') return (def.in ? holdsRecords(def.in) : false) || (def.out ? holdsRecords(def.out) : false);
  if (def.type !== 'array' || !def.element) return false;
  let item = (def.element as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  while (item.innerType) item = (item.innerType as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  return item.type === 'object';
}

describe('every kind of the registry', () => {
  it('is loaded from the files of an organisation (or, for signals, made by the rules)', () => {
    expect(site.site.name).toBeDefined();
    for (const kind of fileKinds) expect(recordsOf(site, kind).length, kind).toBeGreaterThan(0);
    expect(signalsOf(site, '2026-11-20').signals.length).toBeGreaterThan(0);
  });

  it.each(FILE_KINDS)('%s: a broken record gives a problem at its file', async (kind: FileKindName) => {
    const dir = makeOrg(join(temp, `broken-${kind}`));
    const { files } = await takeInventory(dir);
    const file = files[kind].find((path) => kind !== 'meetings' || readFileSync(path, 'utf8').startsWith('---')) as string;
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.csv')) {
      const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] as string;
      appendFileSync(file, `${header.split(',').map(() => 'x').join(',')}\n`);
    } else if (file.endsWith('.md')) {
      writeFileSync(file, text.replace(/^---\n/, '---\nnotAField: x\n'));
    } else {
      appendFileSync(file, Array.isArray(parse(text)) ? '- notAField: x\n' : 'notAField: x\n');
    }
    const { problems } = await loadSite(dir);
    expect(problems.map((problem) => relative(dir, problem.file)), kind).toContain(relative(dir, file));
  });

  it('checks every reference its schema declares: a wrong id is a problem at its place', () => {
    let checked = 0;
    for (const kind of fileKinds) {
      for (const ref of refsOf(kind)) {
        const [first] = recordsOf(site, kind);
        if (!first) throw new Error(`no record of ${kind}`);
        const data = structuredClone(first.data);
        const path = setAt(data, ref.path, 'no-such-id');
        const trial = { ...site, [kind]: [...recordsOf(site, kind), withData(first, data)] } as unknown as SiteData;
        const problems = checkReferences(trial, new Set(site.officials.map((official) => official.data.id)));
        expect(problems.filter((problem) => problem.field === path.join('.') && problem.message.startsWith('"no-such-id" is not')).length, `${kind} ${ref.path.join('.')}`).toBe(1);
        checked += 1;
      }
    }
    // mandates: post, body; signatures: version; agenda: officials; meetings: body, present, excused, absent, and each item's votes by name (for, against, abstain, absent); gifts, travel, remuneration, expenditure: official.
    expect(checked).toBe(16);
  });

  it.each(KIND_LIST.filter((kind) => kind.import).map((kind) => kind.name))('%s: the import adds its rows', async (kind) => {
    const dir = makeOrg(join(temp, `import-${kind}`));
    const { files } = await takeInventory(dir);
    const [file] = files[kind as FileKindName];
    const source = join(temp, `import-${kind}.csv`);
    const text = readFileSync(file as string, 'utf8');
    writeFileSync(source, text);
    writeFileSync(file as string, `${text.split('\n')[0]}\n`);
    const result = await planImport({ kind, file: source, siteDir: dir });
    expect(result.fatal).toEqual([]);
    expect(result.outcomes.length).toBeGreaterThan(0);
    expect(result.outcomes.filter((outcome) => outcome.status !== 'added'), kind).toEqual([]);
  });

  it.each(KIND_LIST.filter((kind) => kind.diff).map((kind) => kind.name))('%s: the diff sees a record added (or, for the site, changed)', (kind) => {
    const entry = KIND_LIST.find((candidate) => candidate.name === kind);
    if (kind === 'site') {
      const diff = diffSites(site, { ...site, site: { ...site.site, currency: 'CHF' } }).find((section) => section.name === kind);
      expect(diff?.changed.map((change) => change.changes.map((c) => c.field))).toEqual([['currency']]);
      return;
    }
    const [first] = recordsOf(site, kind);
    if (!first) throw new Error(`no record of ${kind}`);
    const data = structuredClone(first.data);
    const last = entry?.identity.at(-1) as string;
    data[last] = typeof data[last] === 'number' ? (data[last] as number) + 1000 : `${String(data[last])}-added`;
    const after = { ...site, [kind]: [...recordsOf(site, kind), withData(first, data)] } as unknown as SiteData;
    const diff = diffSites(site, after).find((section) => section.name === kind);
    expect(diff?.added.map((record) => record.key)).toEqual([identityOf(kind, data)]);
  });

  it('is published with a data dictionary: a data package resource with every field, described', async () => {
    const out = join(temp, 'out');
    const published = await writeDatasets({ ...site, signals: signalsOf(site, '2026-11-20').signals }, out);
    const resources = (dataPackage(site.site, published.map((dataset) => ({ ...dataset, sources: [] }))).resources as Array<{ name: string; title: string; schema: { fields: Array<{ name: string; description?: string }> } }>);
    for (const kind of KIND_LIST.filter((candidate) => candidate.datasets)) {
      const names = Object.keys(kind.datasets ?? {});
      const columns = new Set<string>();
      for (const name of names) {
        const resource = resources.find((candidate) => candidate.name === name);
        expect(resource?.title, name).toBe(datasetInfo(name as never).title[site.site.defaultLanguage]);
        const fields = fieldsOf(DATASET_SCHEMAS[name as keyof typeof DATASET_SCHEMAS]);
        expect(resource?.schema.fields.map((field) => field.name.split('.')[0]), name).toEqual(fields.flatMap((field) => (field.kind === 'localized' ? site.site.languages.map(() => field.name) : [field.name])));
        for (const field of resource?.schema.fields ?? []) expect(field.description, `${name} ${field.name}`).toMatch(/\w/);
        for (const field of fields) columns.add(field.name);
      }
      // Every field of the kind is a column of one of its datasets, but lists of records (mandates, side positions…), which are datasets or sums of their own.
      const missing = fieldsOf(kind.schema).filter((field) => !holdsRecords(field.schema) && !columns.has(field.name));
      expect(missing.map((field) => field.name), kind.name).toEqual([]);
    }
    expect(DATASET_NAMES.map((name) => datasetInfo(name).name)).toEqual(DATASET_NAMES);
    expect(OFFICIAL_DATASETS).toEqual(['mandates', 'agenda', 'votes', 'declarations', 'side-positions', 'gifts', 'travel', 'remuneration', 'signals']);
  });

  it('has its template where the registry says so: a CSV header, or an example that validates', () => {
    const templates = makeTemplates();
    const here = { file: 'template', line: 1, column: 1 };
    for (const kind of KIND_LIST.filter((candidate) => candidate.template)) {
      const template = kind.template as { file: string };
      const text = templates.get(template.file);
      expect(text, kind.name).toBeDefined();
      if (template.file.endsWith('.csv')) expect(text).toBe(`${csvColumns(kind.schema).join(',')}\n`);
      else {
        const value = template.file.endsWith('.md') ? readFrontMatter(text ?? '', template.file).value : parse(text ?? '');
        expect(validateRecord(kind.schema, value, () => here).problems, kind.name).toEqual([]);
      }
    }
  });
});
