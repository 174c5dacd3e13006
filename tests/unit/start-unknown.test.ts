// Mandates whose start is unknown (issue 15): a register's membership without a start date. The file says
// `start: unknown`; a missing start is refused with that fix; the rules that need the start list such a
// mandate as not judged and make no signal from it; the Popolo import writes it and reports it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite, type SiteData } from '../../src/lib/loading/load-site.ts';
import { runRules } from '../../src/lib/rules/index.ts';
import type { Mandate } from '../../src/schemas/official.ts';
import { addOfficialOfUnknownStart, copyOfFixture } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const copy = () => {
  const dir = copyOfFixture('small-org', 'vitrine-start-unknown-');
  dirs.push(dir);
  return dir;
};
const TODAY = '2026-11-20';

describe('a mandate of unknown start in the files', () => {
  it('is accepted as start: unknown, and validated to no start at all (never a date)', async () => {
    const dir = copy();
    addOfficialOfUnknownStart(dir);
    const { data, problems } = await loadSite(dir);
    expect(problems).toEqual([]);
    const mira = data?.officials.find((official) => official.data.id === 'mira-voskuil');
    expect(mira?.data.mandates).toEqual([{ post: 'councillor', body: 'council', selection: 'elected', start: undefined, paid: true }]);
  });

  it('refuses a missing start at its place, naming unknown as the way to say it is not known', async () => {
    const dir = copy();
    const { file } = addOfficialOfUnknownStart(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('    start: unknown\n', ''));
    const { problems } = await loadSite(dir);
    expect(problems.map((problem) => ({ file: problem.file.slice(dir.length + 1), line: problem.line, field: problem.field, message: problem.message }))).toEqual([
      {
        file: 'data/officials/mira-voskuil.yaml',
        line: 4,
        field: 'mandates.0.start',
        message: 'is required: write the first day as YYYY-MM-DD, or unknown if the source does not say when the mandate started',
      },
    ]);
  });

  it('refuses another word, with the same fix', async () => {
    const dir = copy();
    const { file } = addOfficialOfUnknownStart(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('start: unknown', 'start: onbekend'));
    const { problems } = await loadSite(dir);
    expect(problems.map((problem) => problem.message)).toEqual(['"onbekend" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14, or unknown if the source does not say when the mandate started']);
  });
});

describe('the rules, for a mandate of unknown start', () => {
  async function loaded(): Promise<SiteData> {
    const dir = copy();
    addOfficialOfUnknownStart(dir);
    const { data } = await loadSite(dir);
    if (!data) throw new Error('the fixture did not load');
    return data;
  }

  it('list it as not judged by each rule that needs the start, and make no signal from it', async () => {
    const data = await loaded();
    const { signals, notJudged } = runRules({ site: data, today: TODAY, published: new Map() });
    expect(notJudged).toEqual([
      { rule: 'term-limit', official: 'mira-voskuil', post: 'councillor', mandate: 0, key: 'unknown-1', reason: 'start-unknown' },
      { rule: 'missing-declaration', official: 'mira-voskuil', post: 'councillor', mandate: 0, key: 'unknown-1', reason: 'start-unknown' },
      { rule: 'unsigned-code', official: 'mira-voskuil', post: 'councillor', mandate: 0, key: 'unknown-1', reason: 'start-unknown' },
    ]);
    expect(signals.filter((signal) => signal.official === 'mira-voskuil')).toEqual([]);
    // The other officials are judged as before: the fixture's own signals are all still there.
    const { signals: before } = runRules({ site: { ...data, officials: data.officials.filter((official) => official.data.id !== 'mira-voskuil') }, today: TODAY, published: new Map() });
    expect(signals.map((signal) => signal.id)).toEqual(before.map((signal) => signal.id));
  });

  it('judge two paid posts when the one of unknown start ended before the other began, and not otherwise', async () => {
    const data = await loaded();
    const mira = data.officials.find((official) => official.data.id === 'mira-voskuil');
    if (!mira) throw new Error('no mira-voskuil');
    const board: Mandate = { post: 'board-member', body: 'board', selection: 'appointed', start: '2025-06-01', paid: true };
    const councillor = mira.data.mandates[0] as Mandate;
    const run = (mandates: Mandate[]) => {
      mira.data.mandates = mandates;
      return runRules({ site: data, today: TODAY, published: new Map() });
    };
    const overlapping = run([councillor, board]);
    expect(overlapping.notJudged.filter((item) => item.rule === 'dual-roles')).toEqual([{ rule: 'dual-roles', official: 'mira-voskuil', post: 'councillor', mandate: 0, key: 'unknown-1', reason: 'start-unknown' }]);
    expect(overlapping.signals.filter((signal) => signal.rule === 'dual-roles' && signal.official === 'mira-voskuil')).toEqual([]);
    const before = run([{ ...councillor, end: '2024-12-31' }, board]);
    expect(before.notJudged.filter((item) => item.rule === 'dual-roles')).toEqual([]);
    expect(before.signals.filter((signal) => signal.rule === 'dual-roles' && signal.official === 'mira-voskuil')).toEqual([]);
  });
});

describe('the Popolo import of a membership without start_date', () => {
  it('imports it as start: unknown and says so in the report, with its line; every row has an outcome', async () => {
    const dir = copy();
    const file = join(dir, 'register.json');
    const mapping = join(dir, 'mapping.yaml');
    writeFileSync(mapping, ['kind: popolo', 'posts:', '  member: councillor', 'fixed:', '  selection: elected', '  paid: true', ''].join('\n'));
    writeFileSync(
      file,
      JSON.stringify({
        persons: [{ id: 'person/mira-voskuil', name: 'Mira Voskuil' }],
        organizations: [{ id: 'org/raad', name: 'Gemeenteraad', classification: 'council' }],
        memberships: [
          { person_id: 'person/mira-voskuil', organization_id: 'org/raad', role: 'member' },
          { person_id: 'person/mira-voskuil', organization_id: 'org/raad', role: 'member', start_date: '2025-01-01', end_date: '2025-06-30' },
        ],
      }),
    );
    const run = () => spawnSync(process.execPath, ['scripts/import.ts', 'popolo', file, '--mapping', mapping], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, VITRINE_SITE_DIR: dir, VITRINE_TODAY: TODAY } });
    const result = run();
    const out = result.stdout.replaceAll(`${dir}/`, '');
    expect(result.stderr).toBe('');
    expect(out).toContain('register.json:memberships[0] "person/mira-voskuil in org/raad"  added          mira-voskuil mandate councillor from unknown → data/officials/mira-voskuil.yaml (mandate 1)');
    expect(out).toContain('note: no start date (no start_date, and no legislative period with one): written as start: unknown');
    expect(out).toContain('1 membership without a start date, imported with start: unknown');
    expect(out).toContain('fixed: { start: YYYY-MM-DD } to the mapping');
    expect(out).toMatch(/\n {2}memberships\[0\] "person\/mira-voskuil in org\/raad"\n/);
    const summary = /(\d+) rows in \S+: (\d+) added, (\d+) already there, (?:(\d+) used, )?(\d+) skipped/.exec(out);
    expect(summary).not.toBeNull();
    const [, rows, added, there, used, skipped] = (summary ?? []).map(Number);
    expect(rows).toBe((added ?? 0) + (there ?? 0) + (used || 0) + (skipped ?? 0));
    expect(skipped).toBe(0);
    const written = readFileSync(join(dir, 'data/officials/mira-voskuil.yaml'), 'utf8');
    expect(written).toMatch(/start: unknown/);
    expect(written).toMatch(/start: 2025-01-01/);
    const { problems, data } = await loadSite(dir);
    expect(problems).toEqual([]);
    expect(data?.officials.find((official) => official.data.id === 'mira-voskuil')?.data.mandates.map((mandate) => mandate.start)).toEqual([undefined, '2025-01-01']);
    // Imported again: the mandate of unknown start is found, not added twice.
    expect(run().stdout).toMatch(/4 rows in \S+: 0 added, 4 already there, 0 skipped/);
  });
});

describe('the yearly declarations, for a mandate of unknown start', () => {
  it('say neither due nor not due for a year only such a mandate may cover', async () => {
    const { yearStatus } = await import('../../src/lib/interests/declaration-changes.ts');
    const unknown: Mandate = { post: 'councillor', body: 'council', selection: 'elected', start: undefined, end: '2024-06-30', paid: true };
    const known: Mandate = { post: 'board-member', body: 'board', selection: 'appointed', start: '2024-03-01', paid: false };
    const rules = { declarationYearsAfterOffice: 3 };
    expect(yearStatus([unknown], 2023, rules)).toBe('start-unknown');
    expect(yearStatus([unknown, known], 2024, rules)).toBe('in-office');
    expect(yearStatus([unknown], 2025, rules)).toBe('after-office');
  });
});
