// Real exports imported into a temporary organisation, then a real build: every row the import
// reported as added is in the published datasets, and nothing else changed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vitrine-import-build-'));
const org = join(work, 'org');
const out = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, VITRINE_SITE_DIR: org, VITRINE_OUT: out, VITRINE_TODAY: '2026-11-20' };
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
const dataset = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(out, 'data', `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
/** The number after "N added" in an import report. */
const added = (report: string) => Number(/: (\d+) added/.exec(report)?.[1] ?? NaN);

describe('a portal built after importing real exports', () => {
  it('publishes every imported row', () => {
    cpSync(join(root, 'tests/fixtures/small-org'), org, { recursive: true });
    const imports = [
      ['agenda', 'minister-agenda/agenda-export.csv', 'minister-agenda/mapping.yaml'],
      ['expenditure', 'council-payments/payments.csv', 'council-payments/mapping.yaml'],
      ['popolo', 'popolo-councillors/councillors.json', 'popolo-councillors/mapping.yaml'],
      ['income', 'semicolon-decimal-comma.csv'],
      ['gifts', 'windows-1252.csv'],
      ['agenda', 'registers/agenda-same-day.csv', 'registers/agenda-same-day.mapping.yaml'],
      ['expenditure', 'registers/amounts.csv', 'registers/amounts.mapping.yaml'],
    ];
    const counts = imports.map(([kind, file, mapping]) => {
      const result = node(['scripts/import.ts', kind ?? '', `tests/fixtures/import/${file}`, ...(mapping ? ['--mapping', `tests/fixtures/import/${mapping}`] : [])]);
      return added(result.stdout);
    });
    expect(counts).toEqual([7, 8, 9, 5, 3, 2, 10]);

    const build = node(['scripts/build.ts']);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    // The small fixture has 3 agenda entries, 4 expenditure lines, 4 income lines, 5 gifts, 3 officials with 4 mandates, 2 bodies.
    expect(dataset('agenda')).toHaveLength(3 + 7 + 2);
    expect(dataset('expenditure')).toHaveLength(4 + 8 + 10);
    expect(dataset('income')).toHaveLength(4 + 5);
    expect(dataset('gifts')).toHaveLength(5 + 3);
    expect(dataset('officials').map((official) => official.id).sort()).toEqual(['an-verlinden', 'karim-dubois', 'lise-marchal', 'milan-de-smet', 'noor-vandenberghe', 'theo-lambert']);
    expect(dataset('mandates')).toHaveLength(4 + 4);
    expect(dataset('bodies')).toHaveLength(3);
    expect(dataset('expenditure').find((line) => line.id === 'e-2025-0008')?.payee).toBe('private individual');
    // One official meeting two organisations about one file on one day: two appointments published.
    expect(dataset('agenda').filter((entry) => entry.date === '2025-03-12' && entry.start === '14:00').map((entry) => entry.organisations).sort()).toEqual(['Bewonersplatform Kaaibrug', 'Bouwfederatie Kaai']);
    // "€ 70,-" is published as 70.00, and a minus sign only where the register wrote one.
    const amount = (description: string) => dataset('expenditure').find((line) => line.description === description)?.amount;
    expect(['Inktpatronen', 'Nietjes', 'Folders wijkfeest', 'Creditnota papier', 'Creditnota toner'].map(amount)).toEqual(['70.00', '70.00', '1234.56', '-12.50', '-12.50']);
  });
});
