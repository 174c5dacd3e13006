// Values that cannot be true are refused at their place, with the fix: amounts beyond the bound, negative
// gifts and pay, negative spending or income that is not a refund, times the clocks skip, a meeting dated
// otherwise than its id. And organisations with very long names still get a short, unique address.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skippedTime } from '../../src/lib/locale/dates.ts';
import { loadSite, type SiteData } from '../../src/lib/loading/load-site.ts';
import { moneyByYear } from '../../src/lib/money/by-year.ts';
import { groupOrganisations, MAX_SLUG_LENGTH, organisationSlug } from '../../src/lib/agenda/organisations.ts';
import { formatProblem, type Problem } from '../../src/lib/loading/problems.ts';
import { MAX_AMOUNT, MAX_AMOUNT_CENTS } from '../../src/schemas/fields.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/small-org');
let org: string;
let site: SiteData | undefined;
let problems: Problem[];

/** The problems of one file, as `file:line:column  field  message` relative to the organisation. */
const reported = (file: string) => problems.filter((problem) => problem.file === join(org, file)).map((problem) => formatProblem(problem, org));
const csv = (file: string, lines: string[]) => writeFileSync(join(org, file), `${lines.join('\n')}\n`);

beforeAll(async () => {
  org = mkdtempSync(join(tmpdir(), 'vitrine-values-'));
  cpSync(fixture, org, { recursive: true });

  csv('data/gifts/2025.csv', [
    'id,date,official,giver,description,value,outcome,reason,reportedTo',
    'g-2025-01,2025-04-02,an-verlinden,Theater Noord,Pen,0.00,declined,,Integriteitscommissie',
    'g-2025-02,2025-05-12,karim-dubois,Bouwbedrijf Kade,Fles wijn,-0.01,declined,,Integriteitscommissie',
  ]);
  csv('data/remuneration/2025.csv', [
    'official,month,netSalary,expenses,attendanceFees',
    'an-verlinden,2025-01,0.00,0.00,0.00',
    'an-verlinden,2025-02,1850.00,-0.01,0.00',
    'karim-dubois,2025-01,-1850.00,0.00,-60.00',
  ]);
  csv('data/expenditure/2025.csv', [
    'id,date,amount,category,payee,description,campaign,official,refund',
    `e-2025-0001,2025-01-20,${MAX_AMOUNT},office,Drukkerij Noord,Papier,,,`,
    'e-2025-0002,2025-01-21,90000000.01,office,Drukkerij Noord,Inkt,,,',
    `e-2025-0003,2025-01-22,-${MAX_AMOUNT},office,Drukkerij Noord,Creditnota,,,yes`,
    'e-2025-0004,2025-01-23,-90000000.01,office,Drukkerij Noord,Creditnota,,,yes',
    'e-2025-0005,2025-02-05,-10.00,travel,Spoorweg Noord,Treinticket,,,',
    'e-2025-0006,2025-02-06,-10.00,travel,Spoorweg Noord,Treinticket terugbetaald,,,yes',
    'e-2025-0007,2025-02-07,10.00,travel,Spoorweg Noord,Treinticket,,,yes',
    'e-2025-0008,2025-02-08,-10.00,travel,Spoorweg Noord,Treinticket,,,no',
    'e-2025-0009,2025-02-09,99999999999999999,office,Drukkerij Noord,Papier,,,',
  ]);
  csv('data/income/2025.csv', [
    'id,date,amount,category,donor,donorName,campaign,description,refund',
    'i-2025-0001,2025-01-15,900.00,donation,d-0001,,,Online gift,',
    'i-2025-0002,2025-01-16,-400.00,donation,d-0001,,,Gift returned,yes',
    'i-2025-0003,2025-02-01,-350.00,membership-fees,,,,Fees February,',
  ]);
  csv('data/agenda/2025.csv', [
    'id,date,start,end,officials,title,category',
    'a-2025-0001,2025-03-30,01:59,,an-verlinden,Night shift,internal',
    'a-2025-0002,2025-03-30,02:00,,an-verlinden,Night shift,internal',
    'a-2025-0003,2025-03-30,02:30,,an-verlinden,Night shift,internal',
    'a-2025-0004,2025-03-30,02:59,,an-verlinden,Night shift,internal',
    'a-2025-0005,2025-03-30,03:00,,an-verlinden,Night shift,internal',
    'a-2025-0006,2025-03-30,01:00,02:15,an-verlinden,Night shift,internal',
    'a-2025-0007,2025-10-26,02:30,03:00,an-verlinden,Night shift,internal',
    'a-2025-0008,2025-03-29,02:30,,an-verlinden,The night before,internal',
  ]);

  // Meetings: written in whatever format the fixture's minutes are (the name's last part).
  const meetings = join(org, 'content/meetings');
  const extension = readdirSync(meetings)[0]?.replace(/^[^.]+\.[a-z]{2}/, '') ?? '.md';
  const meeting = (id: string, date: string, start: string) =>
    writeFileSync(join(meetings, `${id}.nl${extension}`), ['---', 'body: board', `date: ${date}`, `start: "${start}"`, 'items:', '  - title: Nachtvergadering', 'present: [lise-marchal]', '---', '', 'Verslag.', ''].join('\n'));
  meeting('2025-03-30-board', '2025-03-30', '02:30');
  meeting('2025-04-01-board', '2025-04-02', '19:00');
  meeting('2025-10-26-board', '2025-10-26', '02:30');

  const result = await loadSite(org);
  site = result.data;
  problems = result.problems;
});
afterAll(() => rmSync(org, { recursive: true, force: true }));

describe('amounts', () => {
  it('are bounded so that a million lines at the bound still add up to an exact whole number of cents', () => {
    expect(MAX_AMOUNT_CENTS).toBe(9_000_000_000);
    expect(MAX_AMOUNT).toBe('90000000.00');
    expect(1_000_000 * MAX_AMOUNT_CENTS).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });

  it('accept the bound exactly, either way, and refuse one cent over it, at the cell', () => {
    expect(reported('data/expenditure/2025.csv').filter((line) => line.includes('ninety million'))).toEqual([
      'data/expenditure/2025.csv:3:24  amount  "90000000.01" is more than 90000000.00 (ninety million) either way, the most one amount may be: check for an extra digit or a missing decimal point',
      'data/expenditure/2025.csv:5:24  amount  "-90000000.01" is more than 90000000.00 (ninety million) either way, the most one amount may be: check for an extra digit or a missing decimal point',
      'data/expenditure/2025.csv:10:24  amount  "99999999999999999" is more than 90000000.00 (ninety million) either way, the most one amount may be: check for an extra digit or a missing decimal point',
    ]);
    const amounts = new Map(site?.expenditure.map((line) => [line.data.id, line.data.amount]));
    expect(amounts.get('e-2025-0001')).toBe(MAX_AMOUNT_CENTS);
    expect(amounts.get('e-2025-0003')).toBe(-MAX_AMOUNT_CENTS);
  });
});

describe('gifts and pay', () => {
  it('accept a gift worth 0.00 and refuse one worth -0.01', () => {
    expect(reported('data/gifts/2025.csv')).toEqual([
      'data/gifts/2025.csv:3:62  value  "-0.01" is negative: a value is zero or more; write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign',
    ]);
    expect(site?.gifts.filter((gift) => gift.file.endsWith('2025.csv')).map((gift) => gift.data.value)).toEqual([{ form: 'exact', cents: 0 }]);
  });

  it('refuse negative pay in every amount column', () => {
    const fix = 'is negative: pay is zero or more: write 0.00 for a month without it, and correct an overpayment in the row of the month it was overpaid';
    expect(reported('data/remuneration/2025.csv')).toEqual([
      `data/remuneration/2025.csv:3:30  expenses  "-0.01" ${fix}`,
      `data/remuneration/2025.csv:4:22  netSalary  "-1850.00" ${fix}`,
      `data/remuneration/2025.csv:4:36  attendanceFees  "-60.00" ${fix}`,
    ]);
  });
});

describe('refunds', () => {
  it('refuse negative spending unless it is marked as a refund, and a refund that is not negative', () => {
    expect(reported('data/expenditure/2025.csv').filter((line) => !line.includes('ninety million'))).toEqual([
      'data/expenditure/2025.csv:6:24  amount  is negative: spending is written as a positive amount; if this is money paid back, write yes in the refund column',
      'data/expenditure/2025.csv:8:66  refund  is yes, but the amount is not negative: write a refund with a minus sign (e.g. -10.00), or leave refund empty',
      'data/expenditure/2025.csv:9:24  amount  is negative: spending is written as a positive amount; if this is money paid back, write yes in the refund column',
    ]);
    expect(site?.expenditure.map((line) => line.data.id)).toEqual(['e-2025-0001', 'e-2025-0003', 'e-2025-0006']);
  });

  it('accept a donation returned as a refund and refuse negative income that is not one', () => {
    expect(reported('data/income/2025.csv')).toEqual([
      'data/income/2025.csv:4:24  amount  is negative: income is written as a positive amount; if this is money paid back, write yes in the refund column',
    ]);
    expect(site?.income.map((line) => [line.data.id, line.data.amount, line.data.refund])).toEqual([['i-2025-0001', 90000, undefined], ['i-2025-0002', -40000, true]]);
  });

  it('lower the sums they belong to', () => {
    const lines = [
      { id: 'e-1', date: '2025-02-05', amount: 4500, category: 'travel' as const, payee: 'Spoorweg Noord', description: 'Treinticket', campaign: 'c-1' },
      { id: 'e-2', date: '2025-02-06', amount: -1000, category: 'travel' as const, payee: 'Spoorweg Noord', description: 'Terugbetaald', campaign: 'c-1', refund: true },
    ];
    const income = [
      { id: 'i-1', date: '2025-01-15', amount: 90000, category: 'donation' as const, donor: 'd-1', description: 'Gift' },
      { id: 'i-2', date: '2025-01-16', amount: -40000, category: 'donation' as const, donor: 'd-1', description: 'Gift returned', refund: true },
    ];
    const [year] = moneyByYear(income, lines, 50000);
    expect(year?.totals.spending).toEqual({ cents: 3500, lines: 2 });
    expect(year?.spending).toEqual([{ key: 'travel', cents: 3500, lines: 2 }]);
    expect(year?.payees).toEqual([{ key: 'Spoorweg Noord', cents: 3500, lines: 2 }]);
    expect(year?.campaigns[0]?.spending).toEqual({ cents: 3500, lines: 2 });
    // The donor kept 500.00, not above the publication threshold of 500.00: counted with the small donors.
    expect(year?.donations.small).toEqual({ donors: 1, cents: 50000, lines: 2 });
  });
});

describe('times the clocks skip', () => {
  const fix = (time: string, meant: string) =>
    `${time} on 2025-03-30 does not exist in Europe/Brussels: the clocks went forward from 02:00 to 03:00 that night; write ${meant} if that is what was meant`;

  it('refuse 02:00, 02:30 and 02:59 on 2025-03-30 in Europe/Brussels, in a start or an end, and accept 01:59 and 03:00', () => {
    expect(reported('data/agenda/2025.csv')).toEqual([
      `data/agenda/2025.csv:3:24  start  ${fix('02:00', '03:00')}`,
      `data/agenda/2025.csv:4:24  start  ${fix('02:30', '03:30')}`,
      `data/agenda/2025.csv:5:24  start  ${fix('02:59', '03:59')}`,
      `data/agenda/2025.csv:7:30  end  ${fix('02:15', '03:15')}`,
    ]);
  });

  it('accept 02:30 on 2025-10-26, which exists twice, and on an ordinary night', () => {
    expect(skippedTime('2025-10-26', '02:30', 'Europe/Brussels')).toBeUndefined();
    expect(skippedTime('2025-03-29', '02:30', 'Europe/Brussels')).toBeUndefined();
    expect(site?.agenda.map((entry) => entry.data.id)).toContain('a-2025-0007');
  });

  it('refuse a meeting starting in the skipped hour, at its start field', () => {
    const [meeting] = reported(`content/meetings/${readdirSync(join(org, 'content/meetings')).find((name) => name.startsWith('2025-03-30-board'))}`);
    expect(meeting).toMatch(/^content\/meetings\/2025-03-30-board\.nl\.\w+:4:8 {2}start {2}/);
    expect(meeting).toContain(fix('02:30', '03:30'));
  });

  it('find the gap in other zones too, at midnight as well as at night', () => {
    expect(skippedTime('2025-03-09', '02:30', 'America/New_York')).toEqual({ from: '02:00', to: '03:00', meant: '03:30' });
    expect(skippedTime('2024-09-08', '00:15', 'America/Santiago')).toEqual({ from: '00:00', to: '01:00', meant: '01:15' });
    expect(skippedTime('2024-03-31', '00:30', 'Asia/Beirut')).toEqual({ from: '00:00', to: '01:00', meant: '01:30' });
    expect(skippedTime('2024-10-06', '02:15', 'Australia/Lord_Howe')).toEqual({ from: '02:00', to: '02:30', meant: '02:45' });
    expect(skippedTime('2025-03-30', '02:30', 'UTC')).toBeUndefined();
  });
});

describe('meetings', () => {
  it('refuse a date that is not the date the id starts with, at the date field', () => {
    const file = readdirSync(join(org, 'content/meetings')).find((name) => name.startsWith('2025-04-01-board')) ?? '';
    expect(reported(`content/meetings/${file}`)).toEqual([
      `content/meetings/${file}:3:7  date  2025-04-02 is not the date the meeting's id 2025-04-01-board starts with (2025-04-01): correct the date, or rename the meeting's files to start with 2025-04-02-board`,
    ]);
  });

  it('leave every other file of the organisation without a problem', () => {
    const files = new Set(problems.map((problem) => formatProblem(problem, org).split(':')[0]));
    expect([...files].sort()).toEqual([
      'content/meetings/2025-03-30-board.nl' + extensionOf('2025-03-30-board'),
      'content/meetings/2025-04-01-board.nl' + extensionOf('2025-04-01-board'),
      'data/agenda/2025.csv',
      'data/expenditure/2025.csv',
      'data/gifts/2025.csv',
      'data/income/2025.csv',
      'data/remuneration/2025.csv',
    ]);
  });
});

const extensionOf = (id: string) => (readdirSync(join(org, 'content/meetings')).find((name) => name.startsWith(id)) ?? '').replace(/^[^.]+\.[a-z]{2}/, '');

describe('organisation addresses', () => {
  const long = `Vereniging ${'voor de bevordering van het overleg tussen buurtbewoners '.repeat(6)}Noordkant`.slice(0, 300);

  it('are at most 80 characters, cut at a word boundary and ended by a hash, for a 300-character name', () => {
    expect(long).toHaveLength(300);
    const slug = organisationSlug(long);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^vereniging-voor-de-bevordering-van-het-overleg-tussen-buurtbewoners--[0-9a-z]{7}$/);
    expect(organisationSlug(long)).toBe(slug);
  });

  it('differ for names that differ only after character 80', () => {
    const a = `${'Stichting '.repeat(9)}Alpha`;
    const b = `${'Stichting '.repeat(9)}Bravo`;
    expect(a.slice(0, 90)).toBe(b.slice(0, 90));
    expect(organisationSlug(a)).not.toBe(organisationSlug(b));
    expect(organisationSlug(a).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    const groups = groupOrganisations([{ id: 'e1', date: '2025-01-01', officials: ['an'], organisations: [a, b] }]);
    expect(groups.map((group) => group.name).sort()).toEqual([a, b]);
  });

  it('are shared by names that slug to the same text, short or long: one organisation, its page showing the whole name', () => {
    const accented = `Coöperatie ${long.slice(11)}`;
    const plain = `cooperatie ${long.slice(11).toLowerCase()}`;
    expect(organisationSlug(accented)).toBe(organisationSlug(plain));
    expect(organisationSlug('Wijkcomité Kanaal, vzw')).toBe(organisationSlug('wijkcomite kanaal vzw'));
    const groups = groupOrganisations([
      { id: 'e1', date: '2025-01-01', officials: ['an'], organisations: [accented] },
      { id: 'e2', date: '2025-01-02', officials: ['an'], organisations: [accented, plain] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.name).toBe(accented);
    expect(groups[0]?.names).toEqual([accented, plain]);
  });

  it('never turn a short name into the address of a shortened one', () => {
    const slug = organisationSlug(long);
    expect(organisationSlug(slug.replace('--', ' '))).not.toBe(slug);
    expect(organisationSlug('Fietsersvereniging Noordkant')).toBe('fietsersvereniging-noordkant');
  });
});
