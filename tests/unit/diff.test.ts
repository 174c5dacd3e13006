// `npm run diff -- <ref>` as a reviewer reads it in a pull request: a fixture organisation committed in
// a temporary git repository, then changed (a field edited, rows imported, a record removed), and the
// Markdown summary shows each change field by field.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell } from '../../src/lib/staff/diff/markdown.ts';
import { flatten, kindAt } from '../../src/lib/staff/diff/records.ts';
import { declarationSchema } from '../../src/schemas/declaration.ts';
import { giftSchema } from '../../src/schemas/gift.ts';

const root = resolve(import.meta.dirname, '../..');
const repo = mkdtempSync(join(tmpdir(), 'vitrine-diff-'));
const org = join(repo, 'org');
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: repo, encoding: 'utf8' });

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  cpSync(join(root, 'tests/fixtures/small-org'), org, { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'the fixture organisation');
  // A pull request: one field edited, one row removed, an official's mandate ended, a gift imported.
  const agenda = join(org, 'data/agenda/2025.csv');
  writeFileSync(agenda, readFileSync(agenda, 'utf8').replace('Overleg over fietspaden', 'Overleg over de fietspaden').replace('09:30,10:30', '09:30,11:00'));
  const income = join(org, 'data/income/2025.csv');
  writeFileSync(income, readFileSync(income, 'utf8').replace(/^i-2025-0002.*\n/m, ''));
  const lise = join(org, 'data/officials/lise-marchal.yaml');
  writeFileSync(lise, readFileSync(lise, 'utf8').replace('start: 2024-03-01\n', 'start: 2024-03-01\n    end: 2025-12-31\n'));
  const declaration = join(org, 'data/declarations/2025/karim-dubois.yaml');
  writeFileSync(declaration, readFileSync(declaration, 'utf8').replace('amount: 1200.00', 'amount: 1300.00'));
  expect(run('scripts/import.ts', ['gifts', join(root, 'tests/fixtures/import/stray-spaces.csv')]).code).toBe(0);
  // The text of a meeting's French minutes rewritten, and minutes added in English.
  const minutes = join(org, 'content/meetings/2025-03-03-board.fr.md');
  writeFileSync(minutes, readFileSync(minutes, 'utf8').replace('Le bureau discute du programme de printemps.', 'Le bureau adopte le programme de printemps.'));
  writeFileSync(join(org, 'content/meetings/2025-03-03-board.en.md'), 'The board discusses the spring programme.\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('npm run diff', () => {
  it('shows which minutes changed and which were added, in which language', () => {
    const { code, out } = run('scripts/diff.ts', ['HEAD']);
    expect(code).toBe(0);
    expect(out).toContain('| Minutes (text) | 1 | 1 | 0 |');
    expect(out).toMatch(/\| `2025-03-03-board fr` \| text \| 7 words, sha256 [0-9a-f]{12} \| 7 words, sha256 [0-9a-f]{12} \|/);
    expect(out).toContain('`2025-03-03-board en`');
  });

  it('sums up the changes per kind, then lists each changed field with its value before and after', () => {
    const { code, out, err } = run('scripts/diff.ts', ['HEAD']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^## Data changes since `HEAD` \([0-9a-f]{12}\)\n/);
    expect(out).toContain(['| kind | added | changed | removed |', '|---|--:|--:|--:|', '| Officials | 0 | 1 | 0 |', '| Agenda entries | 0 | 1 | 0 |', '| Declarations | 0 | 1 | 0 |', '| Gifts | 1 | 0 | 0 |', '| Income | 0 | 0 | 1 |'].join('\n'));
    expect(out).toContain(['| record | field | before | after |', '|---|---|---|---|', '| `a-2025-0001` | end | 10:30 | 11:00 |', '| `a-2025-0001` | title.nl | Overleg over fietspaden | Overleg over de fietspaden |'].join('\n'));
    expect(out).toContain('| `lise-marchal` | mandates.0.end | *(empty)* | 2025-12-31 |');
    expect(out).toContain('| `karim-dubois 2025` | sidePositions.0.amount | 1200.00 | 1300.00 |');
    expect(out).toContain('**Added (1)**\n\n| record | summary | where |\n|---|---|---|\n| `g-2025-03` | 2025-07-01 · an-verlinden · Theater Noord · Twee tickets · 40.00 | data/gifts/2025.csv:4 |');
    expect(out).toContain('**Removed (1)**\n\n| record | summary | where |\n|---|---|---|\n| `i-2025-0002` | 2025-01-16 · 0.20 · donation · d-0002 · Online gift | data/income/2025.csv:3 |');
  });

  it('says so when nothing changed, and explains a ref that does not exist', () => {
    git('add', '-A');
    git('commit', '-qm', 'the pull request');
    expect(run('scripts/diff.ts', ['HEAD']).out).toMatch(/\nNo records were added, changed or removed.\n/);
    const missing = run('scripts/diff.ts', ['no-such-branch']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('✗ "no-such-branch" is not a commit of this repository: check the name, and fetch it first (in GitHub Actions, check out with fetch-depth: 0)\n');
  });

  it('shows amounts as decimals and keeps table cells on one line', () => {
    expect(kindAt(declarationSchema, ['sidePositions', '0', 'amount'])).toBe('money');
    expect(cell('a | b\nc')).toBe('a \\| b ⏎ c');
    expect(cell('')).toBe('*(empty)*');
  });

  it('writes a gift’s value and date as the files write them, whatever form they take', () => {
    const gift = (value: string, date: string) => flatten(giftSchema.parse({ id: 'g-1', date, official: 'an', giver: 'X', description: 'Y', value, reportedTo: 'Z' }), giftSchema);
    expect([gift('45', '2025-03-14'), gift('unknown', '2025-03'), gift('< 50', '2015'), gift('50-150', '2025')].map((fields) => `${fields.date} ${fields.value}`)).toEqual([
      '2025-03-14 45.00',
      '2025-03 unknown',
      '2015 < 50.00',
      '2025 50.00-150.00',
    ]);
  });
});
