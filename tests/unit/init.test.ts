// `npm run init`: a new organisation that validates as written, every setting described, and the rules of a
// code that sets no threshold off (they check nothing, rather than checking against an invented threshold).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldsOf } from '../../src/lib/loading/schema-fields.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { RULES, runRules } from '../../src/lib/rules/index.ts';
import { isOn } from '../../src/lib/rules/rule.ts';
import { initialFiles, parseLanguages } from '../../src/lib/staff/init.ts';
import { applyChanges, planImport } from '../../src/lib/staff/import/run.ts';
import { rulesSchema, siteSchema } from '../../src/schemas/site.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function written(languages: Array<'nl' | 'fr' | 'en'>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'vitrine-init-'));
  folders.push(folder);
  for (const [path, text] of initialFiles({ languages, name: 'Collectif Horizon', today: '2026-12-01' })) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  return folder;
}

describe('a new organisation', () => {
  it.each([[['fr'] as const], [['nl', 'fr', 'en'] as const]])('validates as written in %j, in those languages only', async (languages) => {
    const folder = await written([...languages]);
    const { data, problems } = await loadSite(folder);
    expect(problems).toEqual([]);
    expect(data?.site.languages).toEqual(languages);
    expect(Object.keys(data?.site.name as object)).toEqual(languages);
    expect(data?.site.defaultLanguage).toBe(languages[0]);
  });

  it('describes every setting of site.yaml and of the code of ethics, set or not', async () => {
    const text = await readFile(join(await written(['nl']), 'data/site.yaml'), 'utf8');
    for (const field of [...fieldsOf(siteSchema), ...fieldsOf(rulesSchema)]) {
      expect(text, field.name).toMatch(new RegExp(`^ *(# )?${field.name}:`, 'm'));
      if (field.description) expect(text, field.name).toContain(field.description);
    }
  });

  it('sets no threshold of the code of ethics but the donors’ publication threshold: those rules are off', async () => {
    const folder = await written(['en']);
    const settings = parse(await readFile(join(folder, 'data/site.yaml'), 'utf8')).rules;
    expect(Object.keys(settings)).toEqual(['donationPublicationThreshold']);
    const { data } = await loadSite(folder);
    const on = RULES.filter((rule) => isOn(rule, data!.site)).map((rule) => rule.id);
    expect(on).toEqual(['dual-roles']);
    expect(runRules({ site: data!, today: '2026-12-01', published: new Map() }).signals).toEqual([]);
  });

  it('refuses languages the portal does not speak, with the fix', () => {
    expect(parseLanguages('fr, nl,fr')).toEqual(['fr', 'nl']);
    expect(() => parseLanguages('nl,de')).toThrow(/nl, fr, en, not de/);
    expect(() => parseLanguages('')).toThrow(/--languages nl,fr/);
  });

  it('is written by npm run init, which refuses a folder that already holds data', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vitrine-init-cli-'));
    folders.push(folder);
    const first = await run(process.execPath, [join(root, 'scripts/init.ts'), folder, '--languages', 'nl,en', '--name', 'Burgerlijst Noord'], { cwd: root });
    expect(first.stdout).toContain('data/site.yaml, data/bodies.yaml, data/complaints.csv');
    expect((await loadSite(folder)).problems).toEqual([]);
    const before = await readFile(join(folder, 'data/site.yaml'), 'utf8');
    await expect(run(process.execPath, [join(root, 'scripts/init.ts'), folder], { cwd: root })).rejects.toMatchObject({ stderr: expect.stringContaining('already holds data/') });
    expect(await readFile(join(folder, 'data/site.yaml'), 'utf8')).toBe(before);
  });
});

describe('a new organisation, after its first import', () => {
  it('keeps bodies.yaml a file to edit by hand: its comment, then one body a block, not one line of flow YAML', async () => {
    const folder = await written(['nl', 'fr']);
    const fixtures = join(root, 'tests/fixtures/import/new-user');
    const result = await planImport({ kind: 'popolo', file: join(fixtures, 'councillors.json'), mappingFile: join(fixtures, 'councillors.mapping.yaml'), siteDir: folder });
    expect(await applyChanges(folder, result.changes)).toEqual([]);
    const bodies = await readFile(join(folder, 'data/bodies.yaml'), 'utf8');
    expect(bodies.split('\n').slice(1, 4)).toEqual(['- id: council', '  name: Gemeenteraad', '  classification: council']);
    expect(bodies.split('\n')[0]).toMatch(/^# The bodies officials sit in/);
    expect((parse(bodies) as Array<{ id: string }>).map((body) => body.id)).toEqual(['council', 'welfare-council']);
  });
});
