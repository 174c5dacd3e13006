// Real exports of other registers, imported as a new staff member would: `npm run import` with a
// mapping file, into a temporary copy of the small fixture organisation. A minister's public agenda,
// a council-style payments file and a Popolo file of councillors; no row is lost, a second run adds
// nothing, and the organisation still validates.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfFixture } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
let org: string;

beforeAll(() => {
  org = copyOfFixture('small-org', 'vitrine-exports-');
});
afterAll(() => rmSync(org, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org, VITRINE_TODAY: '2026-11-20' } });
  return { code: result.status, out: result.stdout.replaceAll(`${org}/`, ''), err: result.stderr };
}
const importExport = (kind: string, folder: string, file: string) => run('scripts/import.ts', [kind, `tests/fixtures/import/${folder}/${file}`, '--mapping', `tests/fixtures/import/${folder}/mapping.yaml`]);
/** The report lines about input rows: `file:where  status …`. */
const rowLines = (out: string) => out.split('\n').filter((line) => /^tests\/fixtures\/import\/\S+:\S+ {2}/.test(line) || /^tests\/fixtures\/import\/\S+:\w+\[\d+\]/.test(line));

describe('importing real exports with a mapping file', () => {
  it('imports a minister’s public agenda: 9 rows, 7 added, the skip rule and a named private person reported', () => {
    const { code, out } = importExport('agenda', 'minister-agenda', 'agenda-export.csv');
    expect(code).toBe(1);
    expect(out).toContain('note: read as windows-1252, separated by ";"');
    expect(new Set(rowLines(out).map((line) => line.split('  ')[0])).size).toBe(9);
    expect(out).toContain('agenda-export.csv:4  added          a-2025-0006 → data/agenda/2025.csv:7');
    expect(out).toContain('note: 1 private individual counted in privateIndividuals, not named');
    expect(out).toContain('agenda-export.csv:6  skipped        organisations (column "Gesprekspartner(s)")  "Dhr. Peeters" looks like the name of a private individual');
    expect(out).toContain('agenda-export.csv:7  skipped        (row)  no public appointments that day (a skip rule of the mapping)');
    expect(out).toContain('wrote data/agenda/2025.csv  +7 rows');
    expect(out.trim().split('\n').at(-1)).toMatch(/^✗ 9 rows in tests\/fixtures\/import\/minister-agenda\/agenda-export.csv: 7 added, 0 already there, 2 skipped/);
  });

  it('imports a council payments file: 9 rows, 8 added, a redacted supplier as "private individual", an N/A amount reported', () => {
    const { out } = importExport('expenditure', 'council-payments', 'payments.csv');
    expect(rowLines(out)).toHaveLength(9);
    expect(out).toContain('payments.csv:10  skipped        amount (column "Net Amount")  is required');
    expect(out).toContain('wrote data/expenditure/2025.csv  +8 rows');
  });

  it('imports a Popolo file of councillors: bodies, posts, officials and mandates, each item reported', () => {
    const { out } = importExport('popolo', 'popolo-councillors', 'councillors.json');
    expect(rowLines(out)).toHaveLength(20);
    expect(out).toContain('councillors.json:persons[2] "Théo Lambert"  added          theo-lambert → data/officials/theo-lambert.yaml');
    expect(out).toContain('councillors.json:memberships[4] "person/yara-mertens in org/gemeenteraad"  skipped        start  "2019" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14');
    expect(out).toContain('councillors.json:areas[0] "Kaaistad"  skipped        (row)  Vitrine has no areas: not imported');
    expect(out).toMatch(/✗ 20 rows in \S+councillors.json: 9 added, 3 already there, 4 used, 4 skipped/);
  });

  it('adds nothing when the same exports are imported again, and the organisation validates', () => {
    for (const [kind, folder, file, rows] of [['agenda', 'minister-agenda', 'agenda-export.csv', 9], ['expenditure', 'council-payments', 'payments.csv', 9], ['popolo', 'popolo-councillors', 'councillors.json', 20]] as const) {
      const { out } = importExport(kind, folder, file);
      expect(out).not.toContain('wrote ');
      expect(out).toMatch(new RegExp(`${rows} rows in \\S+: 0 added`));
    }
    const validated = run('scripts/validate.ts', []);
    expect(validated.err).toBe('');
    expect(validated.out).toMatch(/^✓ 0 problems: 6 officials, 3 bodies, 10 agenda entries, 2 meetings, 2 declarations, 5 gifts, 2 trips, 3 remuneration rows, 4 income lines, 12 expenditure lines, 2 complaint counts/);
  });

  it('writes nothing with --dry-run, and explains how to call it without arguments', () => {
    const dry = run('scripts/import.ts', ['gifts', 'tests/fixtures/import/windows-1252.csv', '--dry-run']);
    expect(dry.out).toContain('would write data/gifts/2025.csv  +3 rows');
    expect(dry.out).toContain('(nothing written: --dry-run)');
    expect(run('scripts/import.ts', ['gifts', 'tests/fixtures/import/windows-1252.csv']).out).toContain('wrote data/gifts/2025.csv  +3 rows');
    const usage = run('scripts/import.ts', []);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^Usage: npm run import -- <kind> <file> \[--mapping <mapping.yaml>\] \[--dry-run\]/);
  });
});
