// A new user's first day, with the commands the README gives them: `npm run init` (nl, fr), then one
// invented register of each shape the import supports, `npm run validate` and `npm run build`. Every
// row in is added, already there or skipped with its reason; a second import adds nothing; the pages
// and datasets publish no time, amount or sign the registers did not state; and the rules the code
// does not state are off instead of measuring anyone against an invented threshold.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from './run-build.ts';
import { filesOf } from '../fixture-folders.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-new-org-'));
const org = join(work, 'org');
const out = join(work, 'site');
const text = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const dataset = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(out, 'data', `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org }, timeout: 60_000 });

const F = 'tests/fixtures/import';
/** One register of each shape: kind, file, mapping. */
const REGISTERS = [
  ['popolo', `${F}/new-user/councillors.json`, `${F}/new-user/councillors.mapping.yaml`], // two councils, a homonym
  ['agenda', `${F}/agenda-without-times.csv`, `${F}/agenda-without-times.mapping.yaml`], // no times
  ['agenda', `${F}/minister-agenda/agenda-export.csv`, `${F}/minister-agenda/mapping.yaml`], // a minister's agenda, Windows-1252
  ['agenda', `${F}/several-names.csv`], // several officials and organisations per meeting
  ['side-positions', `${F}/new-user/side-positions.csv`, `${F}/new-user/side-positions.mapping.yaml`], // since 2015
  ['gifts', `${F}/registers/gifts-wording.csv`, `${F}/registers/gifts-wording.mapping.yaml`], // onbekend, < 50 euro, months
  ['gifts', `${F}/new-user/gifts-register-1252.csv`, `${F}/new-user/gifts-register-1252.mapping.yaml`], // Windows-1252, header on row 3, € 70,-
  ['gifts', `${F}/registers/people-gifts.json`, `${F}/registers/people-gifts.mapping.yaml`], // nested JSON
  ['expenditure', `${F}/council-payments/payments.csv`, `${F}/council-payments/mapping.yaml`], // payments over a threshold
  ['travel', `${F}/registers/travel-links.csv`, `${F}/registers/travel-links.mapping.yaml`], // paid by others, with a link
] as const;

interface Counts { rows: number; added: number; there: number; used: number; skipped: number; reasons: string[] }
/** The counts on the report's last line, and the field of each skipped row with its reason. */
function counts(report: string): Counts {
  const last = /(\d+) rows? in .*?: (\d+) added, (\d+) already there(?:, (\d+) used)?, (\d+) skipped/.exec(report);
  if (!last) throw new Error(`no counts in:\n${report}`);
  const [rows, added, there, used, skipped] = [last[1], last[2], last[3], last[4] ?? '0', last[5]].map(Number) as [number, number, number, number, number];
  const reasons = [...report.matchAll(/ {2}skipped {8}(.*?) {2}(.*)$/gm)].map((match) => `${match[1]}: ${match[2]}`);
  return { rows, added, there, used, skipped, reasons };
}

const snapshot = (dir: string) => filesOf(dir, (path) => readFileSync(path, 'utf8'));

const first: Counts[] = [];
const second: Counts[] = [];
let dataAfterFirst: Record<string, string> = {};
let dataAfterSecond: Record<string, string> = {};
let validated = '';
let withoutMapping: Counts | undefined;
let unchangedWithoutMapping = false;

beforeAll(() => {
  const init = node(['scripts/init.ts', org, '--languages', 'nl,fr', '--name', 'Burgerlijst Kaaistad']);
  if (init.status !== 0) throw new Error(init.stderr);
  // The one setting a user of this register edits by hand: books from April to March.
  const site = join(org, 'data/site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^# financialYearStart: *$/m, 'financialYearStart: 4'));
  const run = ([kind, file, mapping]: readonly string[]) => counts(node(['scripts/import.ts', kind ?? '', file ?? '', ...(mapping ? ['--mapping', mapping] : [])]).stdout);
  // What a new user tries first: the councillors without a mapping file.
  const bare = snapshot(join(org, 'data'));
  withoutMapping = run(['popolo', `${F}/new-user/councillors.json`]);
  unchangedWithoutMapping = JSON.stringify(snapshot(join(org, 'data'))) === JSON.stringify(bare);
  for (const register of REGISTERS) first.push(run(register));
  dataAfterFirst = snapshot(join(org, 'data'));
  for (const register of REGISTERS) second.push(run(register));
  dataAfterSecond = snapshot(join(org, 'data'));
  const validate = node(['scripts/validate.ts']);
  if (validate.status !== 0) throw new Error(`${validate.stdout}\n${validate.stderr}`);
  validated = validate.stdout;
  build(org, out);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new organisation, started with npm run init and filled by npm run import', () => {
  it('accounts for every row of every register: added, already there, used or skipped with its reason', () => {
    expect(first.map(({ rows, added, there, used, skipped }) => [rows, added, there, used, skipped])).toEqual([
      [13, 12, 0, 1, 0], // 2 bodies, 5 officials, 5 mandates; the party gives An Verlinden hers
      [4, 3, 0, 0, 1],
      [9, 7, 0, 0, 2],
      [4, 3, 0, 0, 1],
      [3, 3, 0, 0, 0],
      [11, 6, 0, 0, 5],
      [4, 4, 0, 0, 0],
      [3, 3, 0, 0, 0],
      [9, 8, 0, 0, 1],
      [4, 1, 0, 0, 3],
    ]);
    for (const result of first) expect(result.added + result.there + result.used + result.skipped).toBe(result.rows);
    // Each skipped row says why, and what it says is true of that row (checked against the registers by hand).
    expect(first.map((result) => result.reasons.map((reason) => reason.replace(/ {2}.*/, '').replace(/:.*/, '')))).toEqual([
      [],
      ['end (column "Einde")'], // an end time without a start time
      ['organisations (column "Gesprekspartner(s)")', '(row)'], // "Dhr. Peeters", a private person; "no public appointments that day"
      ['officials (column "officials")'], // "Tom Onbekend" is no official
      [],
      ['value (column "Geraamde waarde")', 'value (column "Geraamde waarde")', 'value (column "Geraamde waarde")', 'date (column "Datum")', 'date (column "Datum")'], // ± 40, ?, n.v.t., 31/11, 13/2025
      [],
      [],
      ['amount (column "Net Amount")'], // N/A
      ['sourceUrl (column "Link")', 'sourceUrl (column "Link")', 'sourceUrl (column "Link")'], // javascript:, ftp:, no https://
    ]);
    for (const result of first) expect(result.reasons).toHaveLength(result.skipped);
  });

  it('refuses the councillors without a mapping, saying what to write in one, and writes nothing', () => {
    expect(withoutMapping && [withoutMapping.rows, withoutMapping.added, withoutMapping.used, withoutMapping.skipped]).toEqual([13, 0, 1, 12]);
    expect(withoutMapping?.reasons.filter((reason) => reason.startsWith('paid: ')).map((reason) => reason.replace(/ of \S+:.*/, ''))).toEqual([
      'paid: is required for the new post "member"',
      'paid: is required for the new post "member"',
      'paid: is required for the new post "member"',
    ]);
    expect(withoutMapping?.reasons.filter((reason) => reason.startsWith('id: ')).map((reason) => reason.slice(0, 62))).toEqual(['id: is "Noor Claes", like "person/5" of this file: two persons', 'id: is "Noor Claes", like "person/4" of this file: two persons']);
    expect(unchangedWithoutMapping).toBe(true);
  });

  it('adds nothing and changes no file when the same registers are imported again', () => {
    expect(second.map((result) => result.added)).toEqual(REGISTERS.map(() => 0));
    expect(second.map((result) => result.there)).toEqual(first.map((result) => result.added + result.there));
    expect(dataAfterSecond).toEqual(dataAfterFirst);
  });

  it('validates and publishes every row added', () => {
    expect(validated).toContain('✓ 0 problems: 5 officials, 2 bodies, 13 agenda entries, 0 meetings, 3 declarations, 13 gifts, 1 trips');
    expect(dataset('officials').map((official) => official.id).sort()).toEqual(['an-verlinden', 'karim-dubois', 'lise-marchal', 'noor-claes', 'noor-claes-welzijn']);
    expect(dataset('mandates').map((mandate) => `${mandate.official} ${mandate.body}`).sort()).toEqual(['an-verlinden council', 'karim-dubois council', 'lise-marchal welfare-council', 'noor-claes council', 'noor-claes-welzijn welfare-council']);
    expect([dataset('agenda').length, dataset('gifts').length, dataset('travel').length, dataset('expenditure').length, dataset('side-positions').length]).toEqual([13, 13, 1, 8, 3]);
    expect(dataset('side-positions').map((position) => [position.official, position.start])).toEqual([['an-verlinden', '2015'], ['karim-dubois', '2015'], ['lise-marchal', '2019-03']]);
    expect(dataset('travel')[0]?.sourceUrl).toBe('https://register.example.org/reizen/2025/9');
  });

  it('publishes no time, amount or sign the registers did not state', () => {
    // An appointment with a date and no time: no time in the dataset, "not stated" on its month's page.
    const visit = dataset('agenda').find((entry) => entry.title === 'Werkbezoek aan de haven' || entry['title.nl'] === 'Werkbezoek aan de haven');
    expect([visit?.date, visit?.start, visit?.end, visit?.startsAt]).toEqual(['2025-06-03', '', '', '']);
    expect(text('nl/agenda/2025-06')).toMatch(/3 juni 2025 niet vermeld An Verlinden Werkbezoek aan de haven/);
    // "< 50 euro" stays a bound, "€ 70,-" is exactly 70.00, "onbekend" stays unknown.
    const gift = (description: string) => dataset('gifts').find((line) => line['description.nl'] === description);
    expect(text('nl/gifts')).toContain('Café Théâtre Noord Twee tickets minder dan 50,00 EUR geweigerd');
    expect(gift('Geschenkverpakking bier')?.value).toBe('70.00');
    expect(text('nl/gifts')).toContain('Brouwerij Sint-Crépin Geschenkverpakking bier 70,00 EUR');
    expect(gift('Mand met streekproducten')?.value).toBe('');
    expect(text('nl/gifts')).toMatch(/Coöperatie Zonnedak Mand met streekproducten waarde onbekend/);
    expect(gift('Twee tickets')?.date).toBe('2025-10');
    // A minus sign only where the register wrote one.
    expect(dataset('expenditure').filter((line) => line.amount?.startsWith('-')).map((line) => line.amount)).toEqual(['-89.90']);
  });

  it('counts money per financial year from April, as site.yaml says', () => {
    expect(readdirSync(join(out, 'nl/money')).filter((name) => /^\d/.test(name))).toEqual(['2024-25']);
    expect(text('nl/money/2024-25')).toContain('Financiën april 2024 – maart 2025');
  });

  it('is published in the languages asked only, Dutch first', () => {
    expect(readdirSync(out).filter((name) => ['nl', 'fr', 'en'].includes(name)).sort()).toEqual(['fr', 'nl']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('/nl/');
  });

  it('says on the rules page which rules are off, with no count of signals for them', () => {
    expect(text('fr/rules')).toContain('12 règles sont désactivées : le code d’éthique de cette organisation n’en fixe pas le seuil');
    expect(text('fr/rules/unsigned-code')).toContain('Cette règle est désactivée : aucun code d’éthique de cette organisation n’est enregistré');
  });

  it('quotes no threshold it was never given', () => {
    expect(text('fr/remuneration')).not.toMatch(/plafonne les trois/);
    expect(text('fr/gifts')).not.toMatch(/seuil/i);
    expect(text('fr/code-of-ethics')).toContain('Aucune version d’un code d’éthique n’est encore enregistrée pour cette organisation');
  });
});
