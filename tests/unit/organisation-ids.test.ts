// Organisations with ids in public registers (data/organisations.yaml), as staff and readers meet them: each
// id accepted in its register's forms and refused, with where to check it, when its format or check digit
// is wrong (the check digits computed here independently of the schema); two entries claiming one name
// refused; an entry the agenda does not name a warning of `npm run validate`; the organisations dataset;
// and the agenda import's report section, which suggests and never merges. All numbers are fictional.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_ROWS } from '../../src/lib/datasets/rows.ts';
import { loadSite, type SiteData } from '../../src/lib/loading/load-site.ts';
import { formatProblem } from '../../src/lib/loading/problems.ts';
import { formatReport } from '../../src/lib/staff/import/report.ts';
import { applyChanges, planImport } from '../../src/lib/staff/import/run.ts';
import { copyOfFixture } from '../fixture-folders.ts';

const root = resolve(import.meta.dirname, '../..');
let org: string;
beforeEach(() => {
  org = copyOfFixture('small-org', 'vitrine-orgids-');
});
afterEach(() => rmSync(org, { recursive: true, force: true }));

const writeOrganisations = (yaml: string) => writeFileSync(join(org, 'data/organisations.yaml'), yaml);
/** The problems `npm run validate` would print, as it prints them (paths relative to the organisation). */
async function problems(): Promise<string[]> {
  const loaded = await loadSite(org);
  return loaded.problems.map((problem) => formatProblem(problem, org));
}
async function loaded(): Promise<SiteData> {
  const result = await loadSite(org);
  expect(result.problems).toEqual([]);
  return result.data as SiteData;
}

/** A KBO number's check, computed here: 97 minus the first eight digits modulo 97. */
const kboCheck = (first8: string) => String(97 - (Number(first8) % 97)).padStart(2, '0');
/** The Luhn digit that completes eight digits, computed here. */
function luhnDigit(first8: string): string {
  const sum = [...first8].reverse().reduce((total, char, index) => {
    const doubled = index % 2 === 0 ? Number(char) * 2 : Number(char);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return String((10 - (sum % 10)) % 10);
}

describe('register ids in data/organisations.yaml', () => {
  it('accepts every id in its register’s forms, KBO with or without dots, and publishes the KBO number dotted', async () => {
    const kbo = `09990012${kboCheck('09990012')}`;
    const siren = `99900001${luhnDigit('99900001')}`;
    writeOrganisations(
      [
        '- name: Fietsersvereniging Noordkant',
        '  euTransparencyRegister: 999000112233-45',
        `  kbo: "${kbo}"`,
        '  kvk: "99001234"',
        `  siren: "${siren}"`,
        '  wikidata: Q999900001',
        '- name: Wijkcomité Kanaal vzw',
        `  kbo: ${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}`,
        '  euTransparencyRegister: 999000112-33',
        '',
      ].join('\n'),
    );
    const site = await loaded();
    expect(site.organisations?.map((record) => record.data)).toEqual([
      { name: 'Fietsersvereniging Noordkant', aliases: [], euTransparencyRegister: '999000112233-45', kbo: '0999.001.218', kvk: '99001234', siren, wikidata: 'Q999900001' },
      { name: 'Wijkcomité Kanaal vzw', aliases: [], kbo: '0999.001.218', euTransparencyRegister: '999000112-33' },
    ]);
  });

  it('refuses each wrong id at its line and column, saying what is wrong and where to check it', async () => {
    writeOrganisations(
      [
        '- name: Fietsersvereniging Noordkant',
        '  kbo: 0999.001.217', // check digits off by one
        '  siren: "999000129"', // Luhn digit off by one
        '- name: Wijkcomité Kanaal vzw',
        '  euTransparencyRegister: 12345678-90', // 8 digits before the hyphen
        '  kvk: "1234567"', // 7 digits
        '  wikidata: q42', // lower-case q
        '- name: Atelier Zuid',
        '  kbo: 0999.001.2', // too short
        '  kvk: 09990012', // read by YAML as a number, its leading 0 lost
        '',
      ].join('\n'),
    );
    expect(await problems()).toEqual([
      'data/organisations.yaml:2:8  kbo  "0999.001.217" fails the KBO check digit (mod 97): check the number on kbopub.economie.fgov.be',
      'data/organisations.yaml:3:10  siren  "999000129" fails the SIREN check digit (Luhn): check the number on annuaire-entreprises.data.gouv.fr',
      'data/organisations.yaml:5:27  euTransparencyRegister  "12345678-90" is not an EU Transparency Register id: write 9 to 12 digits, a hyphen and 2 digits as the register shows it, e.g. 123456789012-34 (check on transparency-register.europa.eu)',
      'data/organisations.yaml:6:8  kvk  "1234567" is not a KvK number: write its 8 digits, e.g. 12345678 (check on kvk.nl/zoeken)',
      'data/organisations.yaml:7:13  wikidata  "q42" is not a Wikidata item id: write Q and its digits as shown on the item\'s page, e.g. Q42 (check on www.wikidata.org)',
      'data/organisations.yaml:9:8  kbo  "0999.001.2" is not a KBO enterprise number: write 10 digits starting with 0 or 1, as 0123.456.749 or 0123456749 (check on kbopub.economie.fgov.be)',
      'data/organisations.yaml:10:8  kvk  is read as the number 9990012, which may have lost a leading 0: write the id in quotes, e.g. "12345678"',
    ]);
  });

  it('refuses a second entry claiming a name or alias already claimed, spelled differently or not', async () => {
    writeOrganisations(
      [
        '- name: Fietsersvereniging Noordkant',
        '- name: Atelier Zuid',
        '  aliases: [Atelier Zuid vzw, "FIETSERSVERENIGING NOORDKANT"]',
        '- name: atelier-zuid VZW',
        '',
      ].join('\n'),
    );
    expect(await problems()).toEqual([
      'data/organisations.yaml:3:31  aliases.1  "FIETSERSVERENIGING NOORDKANT" is already claimed by the organisation "Fietsersvereniging Noordkant" at line 1 (names that differ only in case, accents or punctuation are one organisation): keep one entry and move the other\'s ids into it',
      'data/organisations.yaml:4:9  name  "atelier-zuid VZW" is already claimed by the organisation "Atelier Zuid" at line 2 (names that differ only in case, accents or punctuation are one organisation): keep one entry and move the other\'s ids into it',
    ]);
  });

  it('refuses a wrong Wikidata id of an official too', async () => {
    const file = join(org, 'data/officials/karim-dubois.yaml');
    writeFileSync(file, `wikidata: Q-12\n${readFileSync(file, 'utf8')}`);
    expect(await problems()).toEqual([`data/officials/karim-dubois.yaml:1:11  wikidata  "Q-12" is not a Wikidata item id: write Q and its digits as shown on the item's page, e.g. Q42 (check on www.wikidata.org)`]);
  });

  it('warns of an entry the agenda does not name, and still validates', () => {
    writeOrganisations('- name: Fietsersvereniging Noordkant\n- name: Atelier Zuid\n  kvk: "99001234"\n');
    const result = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, VITRINE_SITE_DIR: org, VITRINE_TODAY: '2026-11-20' } });
    expect(result.status).toBe(0);
    const warnings = result.stdout.split('\n').filter((line) => line.includes('organisations.yaml'));
    expect(warnings).toEqual([expect.stringMatching(/^warning: \S*data\/organisations\.yaml:2:9  name  "Atelier Zuid" matches no organisation of the agenda: check its spelling against the agenda, or add the spelling the agenda uses under aliases$/)]);
  });
});

describe('the organisations dataset', () => {
  it('has one row per entry, with its ids and its appointments under its name or an alias', async () => {
    writeOrganisations(
      [
        '- name: fietsersvereniging noordkant', // the agenda writes "Fietsersvereniging Noordkant": same page
        '  wikidata: Q999900001',
        '- name: Kanaalcomité',
        '  aliases: [Wijkcomité Kanaal vzw]', // the agenda writes "Wijkcomité Kanaal, vzw"
        '  kbo: 0999.001.218',
        '- name: Atelier Zuid', // not in the agenda
        '',
      ].join('\n'),
    );
    const rows = [...DATASET_ROWS.organisations(await loaded())];
    expect(rows).toEqual([
      { name: 'fietsersvereniging noordkant', aliases: [], wikidata: 'Q999900001', appointments: 1, source: 'data/organisations.yaml:1' },
      { name: 'Kanaalcomité', aliases: ['Wijkcomité Kanaal vzw'], kbo: '0999.001.218', appointments: 1, source: 'data/organisations.yaml:3' },
      { name: 'Atelier Zuid', aliases: [], appointments: 0, source: 'data/organisations.yaml:6' },
    ]);
  });
});

describe('the agenda import', () => {
  it('reports the organisations without an entry and suggests the entry of a name written differently, writing nothing to organisations.yaml', async () => {
    const before = readFileSync(join(org, 'data/organisations.yaml'), 'utf8');
    const input = join(org, 'export.csv');
    writeFileSync(
      input,
      [
        'date,start,end,officials,title,category,organisations',
        '2025-06-02,10:00,11:00,an-verlinden,Overleg,interest-representatives,FIETSERSVERENIGING NOORDKANT',
        '2025-06-03,10:00,11:00,an-verlinden,Overleg,interest-representatives,Fietsersvereniging Noordkant; Atelier Zuid',
        '2025-06-04,10:00,11:00,karim-dubois,Overleg,interest-representatives,Atelier Zuid',
        '2025-06-05,10:00,11:00,karim-dubois,Overleg,interest-representatives,Fietsersver. Noordkant',
        '',
      ].join('\n'),
    );
    const result = await planImport({ kind: 'agenda', file: input, siteDir: org });
    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added', 'added', 'added']);
    const report = formatReport(result, false).split('\n');
    const start = report.indexOf('Organisations and data/organisations.yaml:');
    expect(report.slice(start, start + 3)).toEqual([
      'Organisations and data/organisations.yaml:',
      '  no entry: "Atelier Zuid" (lines 3, 4): add it to data/organisations.yaml with its ids in registers, if it has any',
      '  written differently: "FIETSERSVERENIGING NOORDKANT" (line 2) has the same page as the entry "Fietsersvereniging Noordkant": if it is the same organisation, add "FIETSERSVERENIGING NOORDKANT" under its aliases; if not, rename one of them',
    ]);
    expect(report[start + 3]).toBe('');
    // The exact name and the alias already written need nothing; the import writes only the agenda.
    expect(result.changes.map((change) => change.path)).toEqual(['data/agenda/2025.csv']);
    await applyChanges(org, result.changes);
    expect(readFileSync(join(org, 'data/organisations.yaml'), 'utf8')).toBe(before);
  });
});

describe('the agenda import of an organisation without data/organisations.yaml', () => {
  it('says once that no organisation met has an entry, without listing them', async () => {
    rmSync(join(org, 'data/organisations.yaml'));
    const input = join(org, 'export.csv');
    writeFileSync(input, 'date,officials,title,category,organisations\n2025-06-02,an-verlinden,Overleg,interest-representatives,Atelier Zuid; Fietsersvereniging Noordkant\n');
    const report = formatReport(await planImport({ kind: 'agenda', file: input, siteDir: org }), false).split('\n');
    const start = report.indexOf('Organisations and data/organisations.yaml:');
    expect(report.slice(start + 1, start + 3)).toEqual(['  no entry for any of the 2 organisations met: data/organisations.yaml (optional) gives organisations their ids in registers', '']);
  });
});
