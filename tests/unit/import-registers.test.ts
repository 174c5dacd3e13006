// Real registers, faithfully: one invented register per quirk (tests/fixtures/import/registers/), imported
// into a copy of the small organisation. For each: rows in = added + already there + skipped with a
// reason; the rows published are the rows added, read back by the site's own CSV reader; a second import
// adds nothing; no amount or time appears that the register did not write.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_ROWS } from '../../src/lib/datasets/rows.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { readCsv } from '../../src/lib/loading/sources/csv.ts';
import { countOutcomes, formatReport } from '../../src/lib/staff/import/report.ts';
import { applyChanges, planImport } from '../../src/lib/staff/import/run.ts';
import { readStatedValue, UNKNOWN_WORDS } from '../../src/lib/staff/import/register-words.ts';
import type { ImportResult, Outcome } from '../../src/lib/staff/import/types.ts';
import { filesOf } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/import/registers');
let org: string;

beforeEach(() => {
  org = mkdtempSync(join(tmpdir(), 'vitrine-registers-'));
  cpSync(join(root, 'tests/fixtures/small-org'), org, { recursive: true });
});
afterEach(() => rmSync(org, { recursive: true, force: true }));

const snapshot = (dir: string) => filesOf(dir, (path) => readFileSync(path, 'utf8'));

async function importFile(kind: string, file: string, withMapping = true): Promise<ImportResult> {
  const mapping = file.replace(/\.\w+$/, '.mapping.yaml');
  const result = await planImport({ kind, file: join(fixtures, file), siteDir: org, ...(withMapping ? { mappingFile: join(fixtures, mapping) } : {}) });
  expect(result.fatal).toEqual([]);
  expect(await applyChanges(org, result.changes)).toEqual([]);
  return result;
}

const report = (result: ImportResult) => formatReport(result, true).replaceAll(join(fixtures, '/'), '');
/** The records of a data file as the site reads them (its own reader, not the import's). */
const published = (path: string) => (existsSync(join(org, path)) ? readCsv(readFileSync(join(org, path), 'utf8'), path).records : []);
const sourceRows = (file: string, delimiter = ',') => Papa.parse<Record<string, string>>(readFileSync(join(fixtures, file), 'utf8'), { header: true, skipEmptyLines: true, delimiter }).data;

/** Every row accounted for, the added rows published, and a second import that adds and changes nothing. */
async function importTwice(kind: string, file: string, expected: { rows: number; added: number; there: number; skipped: number }, dataFile?: string, withMapping = true) {
  const before = dataFile ? published(dataFile).length : 0;
  const first = await importFile(kind, file, withMapping);
  const counts = countOutcomes(first);
  expect(first.outcomes).toHaveLength(expected.rows);
  expect({ rows: first.outcomes.length, added: counts.added, there: counts['already there'], skipped: counts.skipped }).toEqual(expected);
  for (const outcome of first.outcomes) if (outcome.status === 'skipped') expect(outcome.problems.length).toBeGreaterThan(0);
  if (dataFile) expect(published(dataFile).length - before).toBe(expected.added);
  const files = snapshot(org);
  const second = await importFile(kind, file, withMapping);
  expect(countOutcomes(second).added).toBe(0);
  expect(second.changes).toEqual([]);
  expect(snapshot(org)).toEqual(files);
  expect((await loadSite(org)).problems).toEqual([]);
  return first;
}

describe('rows are repeats only when they are the same record', () => {
  it('keeps an official meeting two organisations on the same day about the same file as two appointments', async () => {
    const result = await importTwice('agenda', 'agenda-same-day.csv', { rows: 4, added: 2, there: 1, skipped: 1 }, 'data/agenda/2025.csv');
    expect(report(result).split('\n').slice(1, 5)).toEqual([
      'agenda-same-day.csv:2  already there  a-2025-0001 in data/agenda/2025.csv:2',
      'agenda-same-day.csv:3  added          a-2025-0004 → data/agenda/2025.csv:5',
      'agenda-same-day.csv:4  added          a-2025-0005 → data/agenda/2025.csv:6',
      'agenda-same-day.csv:5  skipped        (row)  repeats agenda-same-day.csv:3 (every field the same): it is imported once',
    ]);
    const added = published('data/agenda/2025.csv').slice(-2).map((record) => record.values);
    expect(added.map((values) => [values.date, values.start, values.end, values.organisations])).toEqual([
      ['2025-03-12', '14:00', '15:00', 'Bouwfederatie Kaai'],
      ['2025-03-12', '14:00', '15:00', 'Bewonersplatform Kaaibrug'],
    ]);
  });

  it('keeps a paid and an unpaid position of the same title as two side positions', async () => {
    const result = await importTwice('side-positions', 'side-positions-paid.csv', { rows: 3, added: 2, there: 0, skipped: 1 });
    expect(result.outcomes[2]?.problems[0]?.message).toBe(`repeats ${join(fixtures, 'side-positions-paid.csv')}:3 (every field the same): it is imported once`);
    const declaration = parse(readFileSync(join(org, 'data/declarations/2025/lise-marchal.yaml'), 'utf8')) as { sidePositions: unknown[] };
    expect(declaration.sidePositions).toEqual([
      { organisation: 'Sportclub Noord', role: 'Bestuurder', paid: true, amount: '1200.00', sector: 'sport' },
      { organisation: 'Sportclub Noord', role: 'Bestuurder', paid: false, sector: 'sport' },
    ]);
  });
});

describe('amounts as registers write them', () => {
  it('reads € 70,- as 70, a sign only where one is written, and reports what it had to decide or leave out', async () => {
    const result = await importTwice('expenditure', 'amounts.csv', { rows: 11, added: 10, there: 0, skipped: 1 }, 'data/expenditure/2025.csv');
    const written = published('data/expenditure/2025.csv').slice(-10).map((record) => [record.values.description, record.values.amount, record.values.refund ?? '']);
    expect(written).toEqual([
      ['Inktpatronen', '70.00', ''],
      ['Nietjes', '70.00', ''],
      ['Folders wijkfeest', '1234.56', ''],
      ['Affiches wijkfeest', '1234.56', ''],
      ['Studiereis', '1800.00', ''],
      ['Enveloppen', '50.00', ''],
      ['Zaalhuur', '1234.56', ''],
      ['Creditnota papier', '-12.50', 'true'],
      ['Creditnota toner', '-12.50', 'true'],
      ['Voorschot zaal', '1234.00', ''],
    ]);
    const notes = Object.fromEntries(result.outcomes.map((outcome) => [outcome.where, outcome.notes ?? []]));
    expect(notes['6']?.[0]).toContain('"€1,800" has one "," followed by three digits: read as a thousands separator');
    expect(notes['7']).toEqual(['amount: "excl. BTW" after the amount is not part of it and is not imported (the amount is 50.00)']);
    expect(notes['11']?.[0]).toContain('"1.234" has one "." followed by three digits');
    expect(result.outcomes.find((outcome) => outcome.where === '12')?.problems[0]).toMatchObject({ field: 'amount', column: 'Bedrag' });
    // Every amount written is one the register wrote: no minus sign where the register wrote none.
    const signs = sourceRows('amounts.csv', ';').map((row) => /^-|^\(/.test(row.Bedrag ?? ''));
    expect(written.map(([, amount]) => String(amount).startsWith('-'))).toEqual(signs.slice(0, 10));
  });

  it('refuses an amount in another currency than the organisation’s, instead of publishing £ 1,800 as € 1800.00', async () => {
    const file = join(org, 'pounds.csv');
    writeFileSync(file, 'Datum;Bedrag;Soort;Leverancier;Omschrijving\n2025-10-05;£1,800;travel;Reisbureau Kaaiweg;Studiereis\n2025-10-06;GBP 45.00;travel;Spoorweg Kaai;Treinticket\n2025-10-07;€ 45,00;travel;Spoorweg Kaai;Treinticket\n');
    const result = await planImport({ kind: 'expenditure', file, mappingFile: join(fixtures, 'amounts.mapping.yaml'), siteDir: org });
    expect(result.outcomes.map((outcome) => [outcome.where, outcome.status])).toEqual([['2', 'skipped'], ['3', 'skipped'], ['4', 'added']]);
    expect(result.outcomes[0]?.problems).toEqual([{ field: 'amount', column: 'Bedrag', message: '"£1,800" is in GBP, but the organisation\'s amounts are in EUR (currency in data/site.yaml): Vitrine never converts an amount; import the register\'s amounts in EUR, or leave this row out' }]);
    // Gifts and trips too: "less than £50" is no bound in euros.
    writeFileSync(file, 'Datum;Mandataris;Schenker;Omschrijving;Geraamde waarde;Beslissing;Reden\n20/09/2025;Karim Dubois;Fietsclub Ringvaart;Fietstocht;less than £50;declined;\n');
    const gifts = await planImport({ kind: 'gifts', file, mappingFile: join(fixtures, 'gifts-wording.mapping.yaml'), siteDir: org });
    expect(gifts.outcomes[0]?.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('"less than £50" is in GBP, but the organisation\'s amounts are in EUR')]);
  });
});

describe('data files a reader cannot mistake', () => {
  it('writes cells holding ; so that the site reads the new file with commas, every cell intact', async () => {
    await importTwice('agenda', 'semicolons.csv', { rows: 2, added: 2, there: 0, skipped: 0 }, 'data/agenda/2027.csv', false);
    const file = readCsv(readFileSync(join(org, 'data/agenda/2027.csv'), 'utf8'), 'data/agenda/2027.csv');
    expect(file.problems).toEqual([]);
    expect(file.header[0]).toBe('id');
    const source = sourceRows('semicolons.csv');
    expect(file.records.map((record) => [record.values.officials, (record.values.title as Record<string, string>).nl, record.values.organisations, record.values.location])).toEqual(
      source.map((row) => [row.officials, row.title, row.organisations || undefined, row.location]),
    );
    expect(readFileSync(join(org, 'data/agenda/2027.csv'), 'utf8')).toContain(',"an-verlinden; karim-dubois",');
  });

  for (const kind of ['agenda', 'gifts', 'travel', 'remuneration', 'income', 'expenditure', 'complaints']) {
    it(`reads back every ${kind} value it writes, with the site's reader`, async () => {
      const result = await importFile(kind, `roundtrip-${kind}.csv`, false);
      expect(countOutcomes(result)).toMatchObject({ added: 1, skipped: 0 });
      const [path = '', line = ''] = (result.outcomes[0]?.target ?? '').split(':');
      const record = published(path).find((candidate) => candidate.line === Number(line));
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(record?.values ?? {})) {
        if (typeof value === 'object') for (const [lang, text] of Object.entries(value as Record<string, string>)) flat[`${name}.${lang}`] = text;
        else flat[name] = String(value);
      }
      const [source = {}] = sourceRows(`roundtrip-${kind}.csv`);
      expect(Object.fromEntries(Object.entries(flat).filter(([name]) => name !== 'id'))).toEqual(source);
      expect((await loadSite(org)).problems).toEqual([]);
    });
  }

  it('reads back an official and their mandate as written, with the site\'s loader', async () => {
    const result = await importFile('officials', 'roundtrip-officials.csv', false);
    expect(countOutcomes(result)).toMatchObject({ added: 1, skipped: 0 });
    const loaded = await loadSite(org);
    expect(loaded.problems).toEqual([]);
    const official = loaded.data?.officials.find((candidate) => candidate.data.id === 'sam-de-wolf')?.data;
    const [source = {}] = sourceRows('roundtrip-officials.csv');
    expect(official).toMatchObject({ name: source.name, sortName: source.sortName, email: source.email, website: source.website, party: source.party });
    expect(official?.mandates).toEqual([{ post: source.post, body: source.body, selection: source.selection, start: source.start, end: source.end, paid: true, exception: { nl: source['exception.nl'] } }]);
  });

  it('writes nothing when the organisation would not validate with the changes', async () => {
    const before = snapshot(org);
    const problems = await applyChanges(org, [
      { path: 'data/gifts/2026.csv', mode: 'write', text: 'id,date,official,giver,description,value,outcome,reason,reportedTo\ng-2026-01,2026-01-05,karim-dubois,Theater Noord,Tickets,20.00,declined,,Integriteitscommissie\n', summary: '' },
      { path: 'data/agenda/2025.csv', mode: 'append', text: 'a-2025-0009,2025-04-01,09:00,10:00,nobody-known,Overleg,,,council-work,,,,\n', summary: '' },
    ]);
    expect(problems[0]).toBe('the organisation would not validate with these changes, so nothing was written:');
    expect(problems.join('\n')).toContain('data/agenda/2025.csv:');
    expect(snapshot(org)).toEqual(before);
    expect(readdirSync(org).filter((name) => name.startsWith('.vitrine-import'))).toEqual([]);
  });

  it('writes no bodies.yaml, and no official, when a Popolo import would leave a bodies.yaml that npm run validate refuses', () => {
    const before = snapshot(org);
    const run = spawnSync(process.execPath, ['scripts/import.ts', 'popolo', join(fixtures, 'popolo-hidden-character.json'), '--mapping', join(fixtures, 'popolo-hidden-character.mapping.yaml')], { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('the organisation would not validate with these changes, so nothing was written:');
    expect(run.stdout).toContain('data/bodies.yaml:16:18  (record)  holds an invisible bidirectional control character (U+202E)');
    expect(run.stdout).toContain('✗ nothing was imported from');
    expect(snapshot(org)).toEqual(before);
  });
});

describe('shapes a register takes', () => {
  it('reads a register whose header is on row 3, counting the title and note rows with their lines', async () => {
    const result = await importTwice('gifts', 'gifts-register.csv', { rows: 2, added: 2, there: 0, skipped: 0 }, 'data/gifts/2025.csv');
    expect(result.notes).toContain('the header is on line 3 (headerRow: 3): 2 title or note lines above it not imported (lines 1, 2)');
    expect(result.notes).toContain('2 note lines below the data not imported (text in the first column only): line 7 "Bron: integriteitscommissie Kaai", line 8 "Waarden zoals opgegeven door de mandataris"');
    expect(published('data/gifts/2025.csv').slice(-2).map((record) => [record.values.date, record.values.official, record.values.value])).toEqual([
      ['2025-06-14', 'karim-dubois', '25.00'],
      ['2025-07-02', 'an-verlinden', '80.00'],
    ]);
  });

  it('reads a workbook whose header is on row 3, its dates and values stored as numbers', async () => {
    const result = await importTwice('gifts', 'gifts-register-sheet.xlsx', { rows: 2, added: 2, there: 0, skipped: 0 }, 'data/gifts/2025.csv');
    expect(result.notes).toContain('the header is on row 3 (headerRow: 3): 2 title or note rows above it not imported (rows 1, 2)');
    expect(result.notes).toContain('1 note row below the data not imported (text in the first column only): row 7 "Bron: integriteitscommissie Kaai"');
    expect(published('data/gifts/2025.csv').slice(-2).map((record) => [record.values.date, record.values.official, record.values.value])).toEqual([
      ['2025-06-14', 'karim-dubois', '25.00'],
      ['2025-07-02', 'an-verlinden', '80.50'],
    ]);
  });

  it('reads nested JSON: a gift per element of each person’s list, its official from the person holding it', async () => {
    const result = await importTwice('gifts', 'people-gifts.json', { rows: 3, added: 3, there: 0, skipped: 0 }, 'data/gifts/2025.csv');
    expect(result.outcomes.map((outcome) => outcome.where)).toEqual(['8 people[0].gifts[0]', '9 people[0].gifts[1]', '16 people[1].gifts[0]']);
    expect(published('data/gifts/2025.csv').slice(-3).map((record) => [record.values.official, record.values.giver, record.values.value])).toEqual([
      ['an-verlinden', 'Theater Noord', '12.50'],
      ['an-verlinden', 'Wijkcomité Kanaal', '12.50'],
      ['karim-dubois', 'Bouwbedrijf Kade', '1250.00'],
    ]);
    expect(result.outcomes.flatMap((outcome) => outcome.notes ?? [])).toEqual([]);
  });

  it('reads a JSON list of people with their side positions, paid and unpaid of one title as two', async () => {
    const result = await importTwice('side-positions', 'people-positions.json', { rows: 2, added: 2, there: 0, skipped: 0 });
    expect(result.outcomes.map((outcome) => outcome.where)).toEqual(['6 [0].positions[0]', '7 [0].positions[1]']);
    const loaded = await loadSite(org);
    const declaration = loaded.data?.declarations.find((candidate) => candidate.data.official === 'karim-dubois' && candidate.data.year === 2025)?.data;
    expect(declaration?.sidePositions.slice(-2)).toEqual([
      { organisation: 'Havenbedrijf Kaai', role: 'Bestuurder', paid: true, amount: 240000, sector: 'transport' },
      { organisation: 'Havenbedrijf Kaai', role: 'Bestuurder', paid: false, sector: 'transport' },
    ]);
  });
});

describe('side positions held "sinds 2015"', () => {
  it('reads since, sinds, depuis or vanaf before a year, a month or a day in the start column as that start, and refuses what follows that is no date', async () => {
    const file = join(org, 'since.csv');
    writeFileSync(file, ['official,year,organisation,role,paid,start', 'lise-marchal,2025,Jeugdhuis Kaai,Voorzitter,nee,sinds 2015', 'lise-marchal,2025,Sportclub Noord,Secretaris,nee,Depuis mars 2019', 'lise-marchal,2025,Fanfare Kaai,Lid,nee,since 2021-06-01', 'lise-marchal,2025,Wijkraad Noord,Lid,nee,vanaf 10/2022', 'lise-marchal,2025,Kunstkring Oever,Lid,nee,sinds lang', ''].join('\n'));
    writeFileSync(join(org, 'since.mapping.yaml'), 'kind: side-positions\ntransform: { paid: yes-no }\nfixed: { submitted: 2026-03-10 }\n');
    const result = await planImport({ kind: 'side-positions', file, mappingFile: join(org, 'since.mapping.yaml'), siteDir: org });
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added', 'added', 'added', 'skipped']);
    expect(result.outcomes[4]?.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^"sinds lang" is not a date/)]);
    expect(await applyChanges(org, result.changes)).toEqual([]);
    const declaration = (await loadSite(org)).data?.declarations.find((candidate) => candidate.data.official === 'lise-marchal' && candidate.data.year === 2025)?.data;
    expect(declaration?.sidePositions.slice(-4).map((position) => position.start)).toEqual(['2015', '2019-03', '2021-06-01', '2022-10']);
  });
});

describe('a register of travel paid by others', () => {
  it('adds the trips as written (a month alone, a value unknown or a range), and skips a payer who is a person and a traveller who is not an official, each with its reason', async () => {
    const result = await importTwice('travel', 'travel-register.csv', { rows: 5, added: 3, there: 0, skipped: 2 }, 'data/travel/2025.csv');
    expect(published('data/travel/2025.csv').slice(-3).map((record) => [record.values.from, record.values.to, record.values.official, record.values.paidBy, record.values.value])).toEqual([
      ['2025-09-18', '2025-09-19', 'karim-dubois', 'Vereniging van Kanaalsteden', '310.00'],
      ['2025-10', '2025-10', 'an-verlinden', 'Stichting Stadsklimaat', 'unknown'],
      ['2025-11-05', '2025-11-07', 'lise-marchal', 'Netwerk Burgerbegroting', '500-750'],
    ]);
    const skipped = result.outcomes.filter((outcome) => outcome.status === 'skipped');
    expect(skipped.map((outcome) => [outcome.where, outcome.problems.map((problem) => problem.field)])).toEqual([
      ['6', ['paidBy']],
      ['7', ['official']],
    ]);
    expect(skipped[0]?.problems[0]?.message).toContain('looks like the name of a private individual');
    // No name of a private individual reaches the data.
    expect(readFileSync(join(org, 'data/travel/2025.csv'), 'utf8')).not.toContain('Kaaiman');
  });
});

describe('Popolo', () => {
  it('gives each body its own posts, honours fixed values and reports a membership without a start date', async () => {
    const result = await importFile('popolo', 'popolo-bodies.json');
    const memberships = result.outcomes.filter((outcome) => outcome.where.startsWith('memberships'));
    expect(memberships.map((outcome) => outcome.status)).toEqual(['added', 'skipped', 'added']);
    expect(memberships[1]?.problems[0]?.message).toBe('"member" is mapped to the post councillor, which is a post of council, not of board: map it to a post of board (known: board-member) for this body alone, posts: { board: { "member": <post id> } }');
    // A membership without a start date is imported with start: unknown, and the report says so with its place.
    expect(memberships[2]?.notes).toEqual(['no start date (no start_date, and no legislative period with one): written as start: unknown']);
    expect(result.sections?.find((section) => section.title.startsWith('1 membership without a start date'))?.lines).toEqual([memberships[2]?.where]);
    const official = parse(readFileSync(join(org, 'data/officials/an-verlinden.yaml'), 'utf8')) as { mandates: Array<Record<string, unknown>> };
    expect(official.mandates.at(-1)).toEqual({ post: 'councillor', body: 'council', selection: 'appointed', start: '2027-01-01', paid: true });
    expect((await loadSite(org)).problems).toEqual([]);

    const perBody = await planImport({ kind: 'popolo', file: join(fixtures, 'popolo-bodies.json'), mappingFile: join(fixtures, 'popolo-bodies-per-body.mapping.yaml'), siteDir: org });
    expect(await applyChanges(org, perBody.changes)).toEqual([]);
    expect(perBody.outcomes.filter((outcome) => outcome.where.startsWith('memberships')).map((outcome) => outcome.status)).toEqual(['already there', 'added', 'already there']);
    const karim = parse(readFileSync(join(org, 'data/officials/karim-dubois.yaml'), 'utf8')) as { mandates: Array<Record<string, unknown>> };
    expect(karim.mandates.at(-1)).toEqual({ post: 'board-member', body: 'board', selection: 'appointed', start: '2027-01-01', paid: false });
  });

  // The import runs as its own process, killed after 30 s: an import that never ends fails here instead of hanging the tests.
  const importCommand = (file: string, mapping?: string) =>
    spawnSync(process.execPath, ['scripts/import.ts', 'popolo', join(fixtures, file), ...(mapping ? ['--mapping', mapping] : [])], { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org }, timeout: 30_000 });

  it('ends, without a mapping, when an organisation of the file would take the id of another body: refused with the fix, which then imports', { timeout: 90_000 }, () => {
    const before = snapshot(org);
    const run = importCommand('popolo-council.json');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const out = run.stdout.replaceAll(join(fixtures, '/'), '');
    // Every item of the file accounted for, each skipped one with its reason.
    expect(out).toContain('✗ 5 rows in popolo-council.json: 0 added, 0 already there, 5 skipped');
    expect(out).toContain('popolo-council.json:organizations[0] "Council"  skipped        id  would be the body council, which data/bodies.yaml gives to "Gemeenteraad": two bodies are never merged by their id. If it is that body, say so under bodies: in a mapping file (bodies: { "org/council": council }); if not, give it an id of its own there (bodies: { "org/council": <new id> })');
    expect(out).toContain('popolo-council.json:memberships[0] "person/1 in org/council"  skipped        organization_id  "org/council" is not an organisation imported as a body (see organizations)');
    expect(out).toContain('popolo-council.json:persons[1] "Wout Kerckaert"  skipped        mandates  needs at least one mandate');
    expect(snapshot(org)).toEqual(before);

    // The fix the report gives: the two councillors are imported as councillors of the council.
    const mapping = join(org, 'council.mapping.yaml');
    writeFileSync(mapping, 'kind: popolo\nbodies: { "org/council": council }\n');
    const fixed = importCommand('popolo-council.json', mapping);
    expect(fixed.stdout.replaceAll(join(fixtures, '/'), '')).toContain('✓ 5 rows in popolo-council.json: 4 added, 1 already there, 0 skipped');
    const official = parse(readFileSync(join(org, 'data/officials/lotte-vermaelen.yaml'), 'utf8')) as { mandates: Array<Record<string, unknown>> };
    // Popolo does not say whether a councillor was elected or appointed: nothing is guessed, and the report says so.
    expect(official.mandates).toEqual([{ post: 'councillor', body: 'council', start: '2027-01-02', paid: true }]);
    expect(fixed.stdout).toContain('not stated whether elected or appointed: written without selection (the mapping can fix one: fixed: { selection: elected })');
    expect(fixed.status).toBe(0);
    expect(importCommand('popolo-council.json', mapping).stdout).toContain('✓ 5 rows in ' + join(fixtures, 'popolo-council.json') + ': 0 added, 5 already there, 0 skipped');
  });

  it('ends when what an import makes besides officials does not validate: each official is skipped with the reason, none written', { timeout: 60_000 }, () => {
    // Run in a process of its own, killed after 30 s: a plan that checks again for ever fails here instead of hanging the tests.
    const code = `
      import { loadOrganisation } from './src/lib/staff/import/organisation.ts';
      import { EMPTY_MAPPING } from './src/lib/staff/import/mapping.ts';
      import { planOfficials } from './src/lib/staff/import/plan-officials.ts';
      const { organisation } = await loadOrganisation(process.env.ORG, EMPTY_MAPPING);
      const marker = '\\u0000import:test.json';
      // A body the import would add with the id of one in bodies.yaml: a problem of no official.
      const council = organisation.site.bodies[0];
      const twice = { ...council, file: marker, line: 99, locate: () => ({ file: marker, line: 99, column: 1 }) };
      const outcome = { where: 'persons[0]', order: 0, status: 'skipped', problems: [] };
      const item = { outcome, officialId: 'lotte-vermaelen', person: { name: 'Lotte Vermaelen' }, mandate: { post: 'councillor', body: 'council', selection: 'elected', start: '2027-01-02', paid: 'true' } };
      const changes = planOfficials({ ...organisation, site: { ...organisation.site, bodies: [...organisation.site.bodies, twice] } }, [item], process.env.ORG, marker);
      console.log(JSON.stringify({ changes, outcome }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env: { ...process.env, ORG: org }, timeout: 30_000 });
    expect(run.signal).toBeNull();
    const { changes, outcome } = JSON.parse(run.stdout) as { changes: unknown[]; outcome: Outcome };
    expect(changes).toEqual([]);
    expect(outcome.status).toBe('skipped');
    expect(outcome.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('is not imported: what this import makes besides officials would not validate (id: repeats the body "council"')]);
  });

  it('keeps two organisations of one name apart, and a new body off an id the mapping gives another', async () => {
    const file = join(org, 'two-councils.json');
    const member = (person: string, organisation: string) => ({ person_id: person, organization_id: organisation, role: 'member', start_date: '2027-01-02' });
    writeFileSync(file, JSON.stringify({
      persons: [{ id: 'person/1', name: 'Lotte Vermaelen' }, { id: 'person/2', name: 'Wout Kerckaert' }, { id: 'person/3', name: 'Mira Sterckx' }, { id: 'person/4', name: 'Jonas Beeckman' }],
      organizations: [{ id: 'org/a', name: 'Gemeenteraad', classification: 'legislature' }, { id: 'org/b', name: 'Gemeenteraad', classification: 'legislature' }, { id: 'org/c', name: 'Wijkraad', classification: 'council' }, { id: 'org/d', name: 'Wijkraad Noord', classification: 'council' }],
      memberships: [member('person/1', 'org/a'), member('person/2', 'org/b'), member('person/3', 'org/c'), member('person/4', 'org/d')],
    }));
    writeFileSync(join(org, 'two-councils.mapping.yaml'), 'kind: popolo\nbodies: { org/d: wijkraad }\nfixed: { paid: false }\n');
    const result = await planImport({ kind: 'popolo', file, mappingFile: join(org, 'two-councils.mapping.yaml'), siteDir: org });
    const bodies = result.outcomes.filter((outcome) => outcome.where.startsWith('organizations'));
    expect(bodies.map((outcome) => [outcome.status, outcome.problems.map((problem) => problem.message)])).toEqual([
      ['skipped', ['would be the body council, like organizations[1] "Gemeenteraad" of this file: two organisations of one name are kept apart, never merged. Say which body each one is under bodies: in a mapping file ("org/a": <body id>, "org/b": <body id>)']],
      ['skipped', ['would be the body council, like organizations[0] "Gemeenteraad" of this file: two organisations of one name are kept apart, never merged. Say which body each one is under bodies: in a mapping file ("org/b": <body id>, "org/a": <body id>)']],
      ['skipped', ['would be the body wijkraad, which the mapping gives to "org/d": two bodies are never merged by their id. Give it an id of its own under bodies: in the mapping file (bodies: { "org/c": <new id> })']],
      ['added', []],
    ]);
    expect(result.outcomes.filter((outcome) => outcome.status === 'added').map((outcome) => outcome.record)).toEqual(['wijkraad', 'jonas-beeckman', 'jonas-beeckman mandate member from 2027-01-02']);
    expect(await applyChanges(org, result.changes)).toEqual([]);
  });

  it('adds no body none of whose posts can be made: the organisation is skipped, pointing at the memberships that say why', async () => {
    const file = join(org, 'wijkraad.json');
    writeFileSync(file, JSON.stringify({
      persons: [{ id: 'person/1', name: 'Lotte Vermaelen' }],
      organizations: [{ id: 'org/wijkraad', name: 'Wijkraad Zuid', classification: 'council' }],
      memberships: [{ person_id: 'person/1', organization_id: 'org/wijkraad', role: 'lid', start_date: '2027-01-02' }],
    }));
    const result = await planImport({ kind: 'popolo', file, siteDir: org });
    expect(result.outcomes.map((outcome) => [outcome.where, outcome.status, outcome.problems.map((problem) => problem.field)])).toEqual([
      ['organizations[0] "Wijkraad Zuid"', 'skipped', ['posts']],
      ['persons[0] "Lotte Vermaelen"', 'skipped', ['mandates']],
      ['memberships[0] "person/1 in org/wijkraad"', 'skipped', ['paid']],
    ]);
    expect(result.outcomes[0]?.problems[0]?.message).toBe('none of its posts could be imported (see memberships[0] "person/1 in org/wijkraad"): a body is added with at least one post');
    // What the report says is what would be written: nothing, rather than a body that npm run validate refuses.
    expect(result.changes).toEqual([]);
  });

  it('keeps two persons of one name apart: reported until the mapping says who is who, then two officials', async () => {
    const first = await importFile('popolo', 'popolo-homonyms.json');
    const byWhere = (result: ImportResult, prefix: string) => result.outcomes.filter((outcome) => outcome.where.startsWith(prefix)).map((outcome) => outcome.status);
    expect(byWhere(first, 'persons')).toEqual(['skipped', 'skipped', 'added']);
    expect(first.outcomes.find((outcome) => outcome.where.startsWith('persons[0]'))?.problems[0]?.message).toContain('two persons with one name (in different bodies?) are kept apart, never merged');
    expect(byWhere(first, 'memberships')).toEqual(['skipped', 'skipped', 'added']);
    expect(existsSync(join(org, 'data/officials/noor-claes.yaml'))).toBe(false);
    expect(existsSync(join(org, 'data/officials/bram-wouters.yaml'))).toBe(true); // the file's own id, shaped like an official id
    expect(report(first)).toContain('persons[1] "Noor Claes"  skipped        id  is "Noor Claes", like "person/101" of this file');
    const told = await planImport({ kind: 'popolo', file: join(fixtures, 'popolo-homonyms.json'), mappingFile: join(fixtures, 'popolo-homonyms-told.mapping.yaml'), siteDir: org });
    expect(await applyChanges(org, told.changes)).toEqual([]);
    expect(byWhere(told, 'persons')).toEqual(['added', 'added', 'already there']);
    expect(told.outcomes.find((outcome) => outcome.where.startsWith('persons[1]'))?.notes).toEqual(['persons[0] is also named "Noor Claes": kept apart (this one is noor-claes-bestuur, that one noor-claes)']);
    const mandates = (id: string) => (parse(readFileSync(join(org, `data/officials/${id}.yaml`), 'utf8')) as { mandates: Array<{ body: string }> }).mandates.map((mandate) => mandate.body);
    expect([mandates('noor-claes'), mandates('noor-claes-bestuur')]).toEqual([['council'], ['board']]);
    expect((await loadSite(org)).problems).toEqual([]);
  });
});

describe('values and dates as registers word them', () => {
  /** Whether a source date cell names a day (`05/11/2025`), rather than a month or a year alone. */
  const namesDay = (cell: string) => /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(cell.trim());
  /** Whether a source value cell is an amount and nothing else (`30,00`, `25,00 €`). */
  const isAmount = (cell: string) => /^[€\s]*\d[\d.,\s]*[€\s]*$/.test(cell);

  /** The gifts added from a register, as the site loads them, with the source row each came from. */
  async function loadedFrom(result: ImportResult, file: string, delimiter: string) {
    const rows = sourceRows(file, delimiter);
    const gifts = (await loadSite(org)).data?.gifts ?? [];
    return result.outcomes
      .filter((outcome) => outcome.status === 'added')
      .map((outcome) => ({ row: rows[Number(outcome.where) - 2] ?? {}, gift: gifts.find((gift) => gift.data.id === outcome.record)?.data }));
  }

  it('reads a Dutch register: onbekend, < 50 euro, minder dan € 50, 50-100 euro, tussen 50 en 100 euro, and a month or a year in a column of days', async () => {
    const result = await importTwice('gifts', 'gifts-wording.csv', { rows: 11, added: 5, there: 1, skipped: 5 }, 'data/gifts/2025.csv');
    expect(result.outcomes[0]).toMatchObject({ where: '2', status: 'already there', record: 'g-2024-02' }); // "minder dan 50 euro" is the "< 50" already there
    expect(published('data/gifts/2025.csv').slice(-5).map((record) => [record.values.date, record.values.value])).toEqual([
      ['2025', '50.00-100.00'],
      ['2025-09-03', 'unknown'],
      ['2025-10', '< 50.00'],
      ['2025-10', '< 50.00'],
      ['2025-11-05', '50.00-100.00'],
    ]);
    const skipped = result.outcomes.filter((outcome) => outcome.status === 'skipped').map((outcome) => [outcome.where, outcome.problems[0]?.field, outcome.problems[0]?.column, outcome.problems[0]?.message.split(':')[0]]);
    expect(skipped).toEqual([
      ['8', 'value', 'Geraamde waarde', '"± 40 euro" is an approximate value'],
      ['9', 'value', 'Geraamde waarde', '"?" is not a value'],
      ['10', 'value', 'Geraamde waarde', 'is required'], // n.v.t. says "not applicable", not "unknown"
      ['11', 'date', 'Datum', '"31/11/2025" is not a date'],
      ['12', 'date', 'Datum', '"13/2025" is not a date'],
    ]);
    expect(report(result)).toContain('gifts-wording.csv:8  skipped        value (column "Geraamde waarde")  "± 40 euro" is an approximate value: Vitrine never publishes it as an exact amount');
    // No day and no exact amount the register did not state.
    for (const { row, gift } of await loadedFrom(result, 'gifts-wording.csv', ';')) {
      expect(gift?.date.length === 10).toBe(namesDay(row.Datum ?? ''));
      expect(gift?.value.form === 'exact').toBe(isAmount(row['Geraamde waarde'] ?? ''));
    }
    expect(readFileSync(join(org, 'data/gifts/2025.csv'), 'utf8')).not.toContain('Vulpen'); // the gift of "± 40 euro"
  });

  it('reads each word of the one list of words for "unknown", in every language, and nothing else, as unknown', () => {
    for (const word of Object.values(UNKNOWN_WORDS).flat()) {
      expect(readStatedValue(word, undefined).value).toBe('unknown');
      expect(readStatedValue(word.toUpperCase(), undefined).value).toBe('unknown');
    }
    for (const cell of ['n.v.t.', 'n/a', '?', 'nihil', '0']) expect(readStatedValue(cell, undefined).value).not.toBe('unknown');
  });

  it('reads each wording as the form it states, and refuses what is approximate or inclusive with the fix', () => {
    const read = (cell: string, decimal?: ',' | '.') => readStatedValue(cell, decimal).value ?? `refused: ${(readStatedValue(cell, decimal).problem ?? '').split(':')[0]}`;
    expect(Object.fromEntries(['< 50 euro', 'minder dan € 50', 'moins de 50 €', 'less than £50', 'meer dan 1.000 euro', 'plus de 1 000 €', '50-100 euro', '€ 70,- tot € 100,-', 'entre 50 et 100 €', 'between 50 and 100', '1.000 - 2.000 euro', '± 40 euro', '+/- 40', 'ca. 40 €', 'environ 40 €', 'ongeveer 40', 'max. 50 euro', 'au moins 50 €', '?'].map((cell) => [cell, read(cell, ',')]))).toEqual({
      '< 50 euro': '< 50.00',
      'minder dan € 50': '< 50.00',
      'moins de 50 €': '< 50.00',
      'less than £50': '< 50.00',
      'meer dan 1.000 euro': '> 1000.00',
      'plus de 1 000 €': '> 1000.00',
      '50-100 euro': '50.00-100.00',
      '€ 70,- tot € 100,-': '70.00-100.00',
      'entre 50 et 100 €': '50.00-100.00',
      'between 50 and 100': '50.00-100.00',
      '1.000 - 2.000 euro': '1000.00-2000.00',
      '± 40 euro': 'refused: "± 40 euro" is an approximate value',
      '+/- 40': 'refused: "+/- 40" is an approximate value',
      'ca. 40 €': 'refused: "ca. 40 €" is an approximate value',
      'environ 40 €': 'refused: "environ 40 €" is an approximate value',
      'ongeveer 40': 'refused: "ongeveer 40" is an approximate value',
      'max. 50 euro': 'refused: "max. 50 euro" gives a bound that includes the amount (at most, at least), which < and > do not state',
      'au moins 50 €': 'refused: "au moins 50 €" gives a bound that includes the amount (at most, at least), which < and > do not state',
      '?': 'refused: "?" is not a value',
    });
    // Without decimal: in the mapping, "1.000" is read by the documented rule, and the report says so.
    expect(readStatedValue('tussen 1.000 en 2.500 euro', undefined)).toMatchObject({ value: '1000.00-2500.00', notes: [expect.stringContaining('"1.000" has one "." followed by three digits'), expect.stringContaining('"2.500 euro" has one "."')] });
  });

  it('reads a French register: inconnue, moins de 50 €, entre 50 et 100 €, de 50 à 100 €, plus de 1 000 €, and never takes "environ 40 €" for 40.00', async () => {
    const result = await importTwice('gifts', 'gifts-wording-fr.csv', { rows: 7, added: 6, there: 0, skipped: 1 }, 'data/gifts/2026.csv');
    const added = await loadedFrom(result, 'gifts-wording-fr.csv', ',');
    expect(added.map(({ gift }) => [gift?.date, gift?.value, gift?.description])).toEqual([
      ['2026-03-07', { form: 'unknown' }, { fr: 'Livre illustré' }],
      ['2026-04', { form: 'below', max: 5000 }, { fr: 'Stylo gravé' }],
      ['2026-06', { form: 'between', min: 5000, max: 10000 }, { fr: 'Deux places de concert' }],
      ['2026-09-15', { form: 'between', min: 5000, max: 10000 }, { fr: 'Casque' }],
      ['2026', { form: 'above', min: 100000 }, { fr: "Voyage d'étude offert" }],
      ['2026-12-18', { form: 'exact', cents: 2500 }, { fr: 'Écharpe' }],
    ]);
    for (const { row, gift } of added) {
      expect(gift?.date.length === 10).toBe(namesDay(row.Date ?? ''));
      expect(gift?.value.form === 'exact').toBe(isAmount(row['Valeur estimée'] ?? ''));
    }
    expect(result.outcomes[5]).toMatchObject({ where: '7', status: 'skipped', problems: [{ field: 'value', column: 'Valeur estimée' }] });
    expect(result.outcomes[5]?.problems[0]?.message).toContain('"environ 40 €" is an approximate value');
  });
});

describe('a record’s page in the register it was published in', () => {
  it('makes each gift’s link from the register’s number (template:), reports a gift already there without one, and makes none from an empty number', async () => {
    const result = await importTwice('gifts', 'gifts-linked.csv', { rows: 5, added: 3, there: 2, skipped: 0 }, 'data/gifts/2025.csv');
    expect(published('data/gifts/2025.csv').map((record) => [record.values.id, record.values.sourceUrl ?? ''])).toEqual([
      ['g-2025-01', 'https://register.example.org/geschenken/2025/17'],
      ['g-2025-02', ''],
      ['g-2025-03', 'https://register.example.org/geschenken/2025/21'],
      ['g-2025-04', ''],
      ['g-2025-05', 'https://register.example.org/geschenken/2025/22'], // the same gift as g-2025-01 in all but its number: another gift of the register
    ]);
    const notes = Object.fromEntries(result.outcomes.map((outcome) => [outcome.where, outcome.notes ?? []]));
    expect(notes['4']).toEqual(['sourceUrl: the gift there has no source link; the import changes nothing there: add https://register.example.org/geschenken/2025/18 to it by hand if it is its page']);
    expect(notes['5']).toEqual(['sourceUrl: not filled, the column "Nummer" of its template is empty']);
    // The published dataset carries the link with each gift.
    const site = (await loadSite(org)).data;
    const rows = site ? [...DATASET_ROWS.gifts(site)] : [];
    expect(rows.filter((row) => row.sourceUrl !== undefined).map((row) => row.id)).toEqual(['g-2025-01', 'g-2025-03', 'g-2025-05']);
  });

  it('refuses a link that is not an http(s) web address at its line, column and value, with the fix', async () => {
    const result = await importTwice('travel', 'travel-links.csv', { rows: 4, added: 1, there: 0, skipped: 3 }, 'data/travel/2025.csv');
    expect(published('data/travel/2025.csv').at(-1)?.values.sourceUrl).toBe('https://register.example.org/reizen/2025/9');
    expect(report(result).split('\n').filter((line) => line.includes('  skipped  '))).toEqual([
      'travel-links.csv:3  skipped        sourceUrl (column "Link")  "javascript:alert(document.cookie)" starts with javascript:, not https:// or http://: only web pages are linked; write the page\'s https:// address',
      'travel-links.csv:4  skipped        sourceUrl (column "Link")  "ftp://register.example.org/reizen/11" starts with ftp:, not https:// or http://: only web pages are linked; write the page\'s https:// address',
      'travel-links.csv:5  skipped        sourceUrl (column "Link")  "register.example.org/reizen/12" is not a web address: start it with https://, e.g. https://example.org/page',
    ]);
    expect(readFileSync(join(org, 'data/travel/2025.csv'), 'utf8')).not.toContain('javascript:');
  });

  it('links a month’s pay to its page from a column of links, matched by official and month, and refuses a javascript: link by name', async () => {
    const result = await importTwice('remuneration', 'remuneration-linked.csv', { rows: 5, added: 2, there: 2, skipped: 1 }, 'data/remuneration/2025.csv');
    expect(published('data/remuneration/2025.csv').map((record) => [record.values.official, record.values.month, record.values.sourceUrl ?? ''])).toEqual([
      ['an-verlinden', '2025-01', 'https://register.example.org/bezoldiging/an-verlinden/2025-01'],
      ['an-verlinden', '2025-02', ''],
      ['karim-dubois', '2025-01', ''],
      ['karim-dubois', '2025-02', 'https://register.example.org/bezoldiging/karim-dubois/2025-02'],
      ['karim-dubois', '2025-03', ''],
    ]);
    const notes = Object.fromEntries(result.outcomes.map((outcome) => [outcome.where, outcome.notes ?? []]));
    expect(notes['2']).toEqual([]);
    expect(notes['3']).toEqual(['sourceUrl: the remuneration row there has no source link; the import changes nothing there: add https://register.example.org/bezoldiging/an-verlinden/2025-02 to it by hand if it is its page']);
    expect(report(result).split('\n').filter((line) => line.includes('  skipped  '))).toEqual([
      'remuneration-linked.csv:6  skipped        sourceUrl (column "Link")  "javascript:alert(1)" starts with javascript:, not https:// or http://: only web pages are linked; write the page\'s https:// address',
    ]);
  });

  it('gives a new declaration the page its register number makes, adds positions to a declaration with the same page, reports one without a page and refuses another page for one declaration', async () => {
    const result = await importTwice('side-positions', 'side-positions-linked.csv', { rows: 6, added: 4, there: 1, skipped: 1 });
    const declaration = (official: string) => parse(readFileSync(join(org, `data/declarations/2025/${official}.yaml`), 'utf8')) as { sourceUrl?: string; sidePositions: Array<{ organisation: string }> };
    expect(declaration('lise-marchal')).toMatchObject({ sourceUrl: 'https://register.example.org/aangiften/2025/301', sidePositions: [{ organisation: 'Vzw Kaaifeesten' }, { organisation: 'Vzw Kaaischool' }] });
    expect(declaration('an-verlinden').sourceUrl).toBe('https://register.example.org/aangiften/2025/302');
    expect(declaration('an-verlinden').sidePositions.map((position) => position.organisation)).toEqual(['Vzw Buurtmoestuin', 'Vzw Kaaibibliotheek']);
    expect(declaration('karim-dubois').sourceUrl).toBeUndefined();
    const notes = Object.fromEntries(result.outcomes.map((outcome) => [outcome.where, outcome.notes ?? []]));
    expect(notes['6']).toEqual(['sourceUrl: the declaration there has no source link; the import changes nothing there: add https://register.example.org/aangiften/2025/303 to data/declarations/2025/karim-dubois.yaml by hand if it is its page']);
    expect(result.outcomes[5]?.problems).toEqual([
      {
        field: 'sourceUrl',
        column: 'Jaar, Nummer',
        message: `is https://register.example.org/aangiften/2025/399, but the declaration's page in the register is https://register.example.org/aangiften/2025/301 (${join(fixtures, 'side-positions-linked.csv')}:2): one declaration has one page; correct the row or that link`,
      },
    ]);
    // The declarations dataset carries each declaration's page.
    const site = (await loadSite(org)).data;
    const rows = site ? [...DATASET_ROWS.declarations(site)] : [];
    expect(rows.map((row) => [row.official, row.sourceUrl])).toEqual([
      ['an-verlinden', 'https://register.example.org/aangiften/2025/302'],
      ['karim-dubois', undefined],
      ['lise-marchal', 'https://register.example.org/aangiften/2025/301'],
    ]);
  });

  it('refuses a javascript: link written by hand in a data file at its file, line and column', async () => {
    const path = join(org, 'data/gifts/2025.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(',Integriteitscommissie,\n', ',Integriteitscommissie,javascript:alert(1)\n'));
    const problems = (await loadSite(org)).problems.map((problem) => [problem.file.slice(org.length + 1), problem.line, problem.column, problem.field, problem.message]);
    const column = (readFileSync(path, 'utf8').split('\n')[2] ?? '').indexOf('javascript:') + 1;
    expect(problems).toEqual([['data/gifts/2025.csv', 3, column, 'sourceUrl', '"javascript:alert(1)" starts with javascript:, not https:// or http://: only web pages are linked; write the page\'s https:// address']]);
  });
});

describe('a name that looks like a person’s, confirmed as an organisation', () => {
  it('imports the names confirmed under organisations:, still refuses and lists the others, and says which key confirms one', async () => {
    const result = await importTwice('gifts', 'gifts-confirmed.csv', { rows: 4, added: 3, there: 0, skipped: 1 }, 'data/gifts/2025.csv');
    expect(published('data/gifts/2025.csv').slice(-3).map((record) => record.values.giver)).toEqual(['Emma Kaaiberg', 'Bakkerij Pieter Sluys', 'Emma Kaaiberg']);
    expect(result.outcomes[2]?.problems).toMatchObject([{ field: 'giver', column: 'Schenker', refusedName: 'Mevr. Odile Kaaistraat' }]);
    const text = report(result);
    expect(text).toContain('names refused as private individuals\' (not imported; if one is an organisation, confirm it under organisations: in the mapping file, spelled as here: organisations: ["<name>", …]):\n  "Mevr. Odile Kaaistraat"  line 4\n');
    expect(readFileSync(join(org, 'data/gifts/2025.csv'), 'utf8')).not.toContain('Kaaistraat');
  });

  it('refuses the same name when the mapping does not confirm it', async () => {
    const mapping = join(org, 'unconfirmed.mapping.yaml');
    writeFileSync(mapping, readFileSync(join(fixtures, 'gifts-confirmed.mapping.yaml'), 'utf8').replace(/^organisations:.*$/m, ''));
    const result = await planImport({ kind: 'gifts', file: join(fixtures, 'gifts-confirmed.csv'), mappingFile: mapping, siteDir: org });
    expect(result.outcomes.map((outcome) => [outcome.where, outcome.status, outcome.problems[0]?.refusedName])).toEqual([
      ['2', 'skipped', 'Emma Kaaiberg'],
      ['3', 'added', undefined],
      ['4', 'skipped', 'Mevr. Odile Kaaistraat'],
      ['5', 'skipped', 'Emma Kaaiberg'],
    ]);
    expect(report(result)).toContain('  "Emma Kaaiberg"  lines 2, 5\n  "Mevr. Odile Kaaistraat"  line 4\n');
  });
});
