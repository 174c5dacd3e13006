// `npm run import` on one fixture per quirk of real exports, into a temporary copy of the small
// fixture organisation: every input row is either written or reported, importing again changes
// nothing, and the organisation still validates.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/staff/import/report.ts';
import { applyChanges, planImport } from '../../src/lib/staff/import/run.ts';
import type { ImportResult } from '../../src/lib/staff/import/types.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { copyOfFixture, filesOf } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/import');
let org: string;

beforeEach(() => {
  org = copyOfFixture('small-org', 'vitrine-import-');
});
afterEach(() => rmSync(org, { recursive: true, force: true }));

/** Every file of the organisation with its text, to see that a second import changes nothing. */
const snapshot = (dir: string) => filesOf(dir, (path) => readFileSync(path, 'utf8'));

async function importFile(kind: string, file: string, mapping?: string): Promise<ImportResult> {
  const result = await planImport({ kind, file: join(fixtures, file), siteDir: org, ...(mapping ? { mappingFile: join(fixtures, mapping) } : {}) });
  expect(result.fatal).toEqual([]);
  await applyChanges(org, result.changes);
  return result;
}

const statuses = (result: ImportResult) => result.outcomes.map((outcome) => `${outcome.where} ${outcome.status}`);
const report = (result: ImportResult) => formatReport(result, true).replaceAll(join(fixtures, '/'), '');
/** Records of a CSV data file of the organisation. */
const rows = (path: string) => Papa.parse<Record<string, string>>(readFileSync(join(org, path), 'utf8'), { header: true, skipEmptyLines: true }).data;

/**
 * Checks what a staff member relies on: every row of the input (counted by PapaParse, independently
 * of the import) has one outcome; every added record is in the file the report names; every skipped
 * row says why; a second import adds nothing and changes no file; the organisation still validates.
 */
async function checkEveryRow(kind: string, file: string, inputRows: number, mapping?: string) {
  const first = await importFile(kind, file, mapping);
  expect(first.outcomes).toHaveLength(inputRows);
  for (const outcome of first.outcomes) {
    if (outcome.status === 'skipped') expect(outcome.problems.length).toBeGreaterThan(0);
    if (outcome.status === 'added') {
      const [path = '', line] = (outcome.target ?? '').split(/:| \(/);
      const text = readFileSync(join(org, path), 'utf8');
      // A CSV row starts with its id (or official) on the line the report names; YAML records are checked by each test.
      if (path.endsWith('.csv')) expect(text.split('\n')[Number(line) - 1]).toContain(outcome.record?.split(' ')[0] ?? '');
    }
  }
  const before = snapshot(org);
  const second = await importFile(kind, file, mapping);
  expect(second.changes).toEqual([]);
  expect(second.outcomes.filter((outcome) => outcome.status === 'added')).toEqual([]);
  expect(second.outcomes).toHaveLength(inputRows);
  expect(snapshot(org)).toEqual(before);
  const loaded = await loadSite(org);
  expect(loaded.problems).toEqual([]);
  return first;
}

const csvRecords = (file: string, delimiter?: string) => Papa.parse(new TextDecoder('windows-1252').decode(readFileSync(join(fixtures, file))).replace(/^\uFEFF|^ï»¿/, ''), { skipEmptyLines: true, ...(delimiter ? { delimiter } : {}) }).data.length - 1;

describe('importing the quirks of real exports', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, and writes LF rows in the file’s own columns', async () => {
    const result = await checkEveryRow('agenda', 'utf8-bom-crlf.csv', csvRecords('utf8-bom-crlf.csv'));
    expect(statuses(result)).toEqual(['2 added', '3 added']);
    const text = readFileSync(join(org, 'data/agenda/2025.csv'), 'utf8');
    expect(text).not.toContain('\r');
    expect(text.split('\n')[4]).toBe('a-2025-0004,2025-04-07,10:00,11:00,an-verlinden,Overleg over de Kaaibrug,Concertation sur le pont du Quai,,interest-representatives,Fietsersbond Kaai,,mobility,Stadhuis,');
  });

  it('reads Windows-1252 bytes: accents, € and – arrive as they were written', async () => {
    const result = await checkEveryRow('gifts', 'windows-1252.csv', 3);
    expect(result.notes[0]).toBe('read as windows-1252, separated by ","');
    expect(rows('data/gifts/2025.csv').map((gift) => gift.giver)).toEqual(['Theater Noord', 'Bouwbedrijf Kade', 'Café Théâtre Noord', 'Coöperatie Zonnedak', 'Brouwerij Sint-Crépin']);
    expect(rows('data/gifts/2025.csv')[3]?.description).toBe('Mand met streekproducten – waarde 75 €');
  });

  it('reads a ";" file with decimal commas and thousands separators', async () => {
    const result = await checkEveryRow('income', 'semicolon-decimal-comma.csv', csvRecords('semicolon-decimal-comma.csv', ';'));
    expect(result.outcomes.every((outcome) => outcome.status === 'added')).toBe(true);
    expect(rows('data/income/2025.csv').slice(4).map((line) => line.amount)).toEqual(['1234.56', '0.10', '12.50', '2500.00', '1250.00']);
  });

  it('reads tab-separated files, months as 03/2025 or Apr 2025 and amounts as 0', async () => {
    await checkEveryRow('remuneration', 'tab-separated.tsv', 2);
    expect(rows('data/remuneration/2025.csv').slice(3)).toEqual([
      { official: 'an-verlinden', month: '2025-03', netSalary: '1850.00', expenses: '95.40', attendanceFees: '0.00', sourceUrl: '' },
      { official: 'karim-dubois', month: '2025-04', netSalary: '0.00', expenses: '0.00', attendanceFees: '124.50', sourceUrl: '' },
    ]);
  });

  it('keeps line breaks, quotes and separators inside quoted cells, and reports rows by the line they start on', async () => {
    const result = await checkEveryRow('agenda', 'quoted-line-breaks.csv', 2);
    expect(statuses(result)).toEqual(['2 added', '5 added']);
    const added = rows('data/agenda/2025.csv')[3];
    expect(added?.['title.nl']).toBe('Bewonersavond "Groene Kaai"\ntweede deel');
    expect(added?.location).toBe('Buurthuis De Kaai,\nzaal 2');
    expect(added?.organisations).toBe('Wijkcomité Kaai, vzw');
  });

  it('reads the four date forms, and reports an impossible date with the message npm run validate gives', async () => {
    const result = await checkEveryRow('expenditure', 'date-forms.csv', 5);
    expect(rows('data/expenditure/2025.csv').slice(4).map((line) => line.date)).toEqual(['2025-01-20', '2025-01-21', '2025-01-22', '2025-01-23']);
    expect(report(result)).toContain('date-forms.csv:6  skipped        date (column "date")  "31/02/2025" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14');
    expect(report(result).split('\n').at(-1)).toBe('✗ 5 rows in date-forms.csv: 4 added, 0 already there, 1 skipped: fix the skipped rows (or the mapping file) and import again; what was added is not added twice');
  });

  it('takes NA, N/A, n.v.t. and - for empty cells, and reports an end without a start', async () => {
    const result = await checkEveryRow('agenda', 'na-cells.csv', 3);
    expect(statuses(result)).toEqual(['2 added', '3 added', '4 skipped']);
    expect(rows('data/agenda/2025.csv').slice(3).map((entry) => [entry.end, entry.organisations, entry.privateIndividuals, entry.topics, entry.location])).toEqual([
      ['', 'Jeugdraad Noord', '', '', ''],
      ['', '', '', '', ''],
    ]);
    // A date without a start is an appointment whose source states no time; an end without a start is not.
    expect(report(result)).toContain('na-cells.csv:4  skipped        end (column "end")  12:00 is an end without a start: write the start time too, or leave end empty if the source gives no time');
  });

  it('leaves start and end empty for a date without a time, never 00:00, and reports an end without a start', async () => {
    const result = await checkEveryRow('agenda', 'agenda-without-times.csv', 4, 'agenda-without-times.mapping.yaml');
    expect(statuses(result)).toEqual(['2 added', '3 added', '4 added', '5 skipped']);
    expect(rows('data/agenda/2025.csv').slice(3).map((entry) => [entry.date, entry.start, entry.end, entry['title.nl']])).toEqual([
      ['2025-06-02', '10:00', '11:00', 'Overleg over de weekmarkt'],
      ['2025-06-03', '', '', 'Werkbezoek aan de haven'],
      ['2025-06-04', '', '', 'Opening van de zomerbeurs'],
    ]);
    expect(readFileSync(join(org, 'data/agenda/2025.csv'), 'utf8')).not.toContain('00:00');
    expect(report(result)).toContain('agenda-without-times.csv:5  skipped        end (column "Einde")  12:00 is an end without a start');
  });

  it('splits several names in one cell into the ; list, finds officials by name, and reports an unknown one', async () => {
    const result = await checkEveryRow('agenda', 'several-names.csv', 4);
    expect(rows('data/agenda/2025.csv').slice(3).map((entry) => [entry.officials, entry.organisations])).toEqual([
      ['an-verlinden; karim-dubois', ''],
      ['an-verlinden; lise-marchal', 'Havenvereniging Noord, vzw; Rederij Kaai; Fietsersbond Kaai'],
      ['an-verlinden; karim-dubois', ''],
    ]);
    expect(report(result)).toContain('several-names.csv:5  skipped        officials (column "officials")  "Tom Onbekend" is not an official: add it under officials: in the mapping file with the id of a file in data/officials/');
  });

  it('removes stray spaces around and inside values and column names', async () => {
    await checkEveryRow('gifts', 'stray-spaces.csv', 1);
    expect(rows('data/gifts/2025.csv')[2]).toEqual({ id: 'g-2025-03', date: '2025-07-01', official: 'an-verlinden', giver: 'Theater Noord', description: 'Twee tickets', value: '40.00', outcome: 'declined', reason: '', reportedTo: 'Integriteitscommissie', sourceUrl: '' });
  });

  it('refuses names of private individuals where only organisations may be named', async () => {
    const result = await checkEveryRow('expenditure', 'private-names.csv', 4);
    expect(statuses(result)).toEqual(['2 skipped', '3 skipped', '4 added', '5 added']);
    expect(result.outcomes[0]?.problems[0]?.message).toBe('"Mevr. Claes" looks like the name of a private individual (a title such as Mr or Mevr.): private individuals are never named; write "private individual" instead (under values: in the mapping file), or list it under organisations: in the mapping file if it is an organisation');
    expect(rows('data/expenditure/2025.csv').slice(4).map((line) => line.payee)).toEqual(['private individual', 'Vertaalbureau Kaai']);
  });

  it('finds rows already in the organisation and rows repeated in the file, and adds neither', async () => {
    const result = await checkEveryRow('expenditure', 'duplicates.csv', 3);
    expect(report(result).split('\n').slice(1, 4)).toEqual([
      'duplicates.csv:2  already there  e-2025-0001 in data/expenditure/2025.csv:2',
      'duplicates.csv:3  added          e-2025-0005 → data/expenditure/2025.csv:6',
      'duplicates.csv:4  skipped        (row)  repeats duplicates.csv:3 (every field the same): it is imported once',
    ]);
  });

  it('adds side positions to declarations, and a new declaration only with the day it was submitted', async () => {
    const result = await checkEveryRow('side-positions', 'side-positions.csv', 5);
    expect(statuses(result)).toEqual(['2 already there', '3 added', '4 added', '5 added', '6 skipped']);
    expect(readFileSync(join(org, 'data/declarations/2025/karim-dubois.yaml'), 'utf8')).toContain('  - organisation: Energiecoöperatie Kaai\n    role: Adviseur\n    paid: true\n    amount: "1500.00"\n    sector: energy\n');
    expect(readFileSync(join(org, 'data/declarations/2025/lise-marchal.yaml'), 'utf8')).toBe('submitted: 2026-03-10\nincome: []\nassets: []\ncapitalGains: []\nsidePositions:\n  - organisation: Jeugdhuis Kaai\n    role: Bestuurder\n    paid: false\n    sector: youth\n');
  });

  it('adds officials and the mandates they lack, and reports a post that bodies.yaml does not have', async () => {
    const result = await checkEveryRow('officials', 'officials.csv', 4);
    expect(statuses(result)).toEqual(['2 already there', '3 added', '4 added', '5 skipped']);
    expect(result.outcomes[2]?.notes).toEqual(['has the name of line 3 (in council): taken as the same official, noor-vandenberghe; if they are two people of one name, give each their own id in an id column']);
    expect(result.outcomes[3]?.problems[0]?.message).toBe('"alderman" is not a post: use a post id from bodies.yaml (known: councillor, board-member)');
    expect(readFileSync(join(org, 'data/officials/noor-vandenberghe.yaml'), 'utf8')).toContain('name: Noor Vandenberghe\nsortName: Vandenberghe, Noor\nparty: Burgerlijst\nmandates:\n');
  });

  it('adds complaint counts, and reports a count that differs from the one already there', async () => {
    const result = await checkEveryRow('complaints', 'complaints.csv', 3);
    expect(statuses(result)).toEqual(['2 already there', '3 added', '4 skipped']);
  });

  it('reads an XLSX workbook, with dates and times stored as numbers', async () => {
    const result = await checkEveryRow('agenda', 'xlsx-workbook.xlsx', 2, 'xlsx-workbook.mapping.yaml');
    expect(result.notes[0]).toBe('read sheet "Agenda" of the workbook');
    expect(rows('data/agenda/2025.csv').slice(3).map((entry) => [entry.date, entry.start, entry.end, entry.officials, entry['title.nl']])).toEqual([
      ['2025-05-05', '09:00', '10:00', 'an-verlinden', 'Overleg met Haven & Logistiek'],
      ['2025-05-06', '14:00', '', 'karim-dubois', 'Raadscommissie financiën'],
    ]);
  });
});

describe('mistakes in the command or the mapping stop the import before anything is written', () => {
  it('names a mapping column that is not in the file', async () => {
    const result = await planImport({ kind: 'agenda', file: join(fixtures, 'na-cells.csv'), siteDir: org, mappingFile: join(fixtures, 'minister-agenda/mapping.yaml') });
    expect(result.changes).toEqual([]);
    expect(result.fatal[0]).toMatch(/columns\.date {2}names the column "Datum", which is not in the file: its columns are "date", "start"/);
  });

  it('refuses an unknown kind and a mapping made for another kind', async () => {
    expect((await planImport({ kind: 'payments', file: join(fixtures, 'na-cells.csv'), siteDir: org })).fatal[0]).toMatch(/^"payments" is not a kind Vitrine imports: use one of agenda, gifts/);
    const other = await planImport({ kind: 'gifts', file: join(fixtures, 'na-cells.csv'), siteDir: org, mappingFile: join(fixtures, 'minister-agenda/mapping.yaml') });
    expect(other.fatal[0]).toMatch(/is a mapping for agenda, not for gifts/);
  });
});
