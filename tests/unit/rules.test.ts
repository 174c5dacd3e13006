// Every ethics rule at its boundary: exactly at the threshold no signal; one cent, one day or one term over, a signal.
import { describe, expect, it } from 'vitest';
import type { Loaded, SiteData } from '../../src/lib/loading/load-site.ts';
import { RULES, runRules } from '../../src/lib/rules/index.ts';
import { isOn } from '../../src/lib/rules/rule.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import type { Gift } from '../../src/schemas/gift.ts';
import { parseStatedValue } from '../../src/schemas/money-fields.ts';
import type { Official } from '../../src/schemas/official.ts';

const loaded = <T>(data: T, line = 2): Loaded<T> => ({ data, file: '/org/data/x.csv', line, locate: () => ({ file: '/org/data/x.csv', line, column: 1 }) });

const config = siteSchema.parse({
  name: 'Org', description: 'Test', languages: ['nl', 'fr', 'en'], defaultLanguage: 'nl', timeZone: 'Europe/Brussels', currency: 'EUR', baseUrl: 'https://example.org/',
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  rules: {
    monthlyPayCap: '2200.00', giftThreshold: '50.00', donationCap: '2000.00', donationPublicationThreshold: '500.00', campaignSpendingLimit: '1000.00',
    maxConsecutiveTerms: 2, declarationYearsAfterOffice: 3, coolingOffYears: 5, coolingOffSectors: ['housing'], complaintResponseDays: 14,
    incompatiblePosts: [['mayor', 'auditor']], excludedIncomeCategories: ['bank-loan'], excludedDonors: ['d-666'], agendaPublicationDays: 14,
  },
  ethicsCode: { versions: [{ id: '2019', adopted: '2019-01-01' }, { id: '2024', adopted: '2024-06-01' }] },
});

function site(parts: Partial<Omit<SiteData, 'site' | 'dir'>>): SiteData {
  return { dir: '/org', site: config, bodies: [], officials: [], agenda: [], meetings: [], declarations: [], gifts: [], travel: [], remuneration: [], income: [], expenditure: [], complaints: [], acknowledgements: [], pages: [], ...parts };
}
const official = (id: string, mandates: Official['mandates'], signatures: Official['signatures'] = [{ version: '2024', date: '2024-07-01' }]) => loaded<Official>({ id, name: id, sortName: id, mandates, signatures });
const councillor = (start: string, end?: string, extra: Partial<Official['mandates'][number]> = {}) => ({ post: 'councillor', body: 'council', selection: 'elected' as const, start, ...(end ? { end } : {}), paid: false, ...extra });
const signalIds = (data: SiteData, today = '2026-11-20', published = new Map<string, string>()) => runRules({ site: data, today, published }).signals.map((signal) => signal.id);

describe('pay cap', () => {
  const pay = (month: string, net: number, expenses: number, fees: number) => loaded({ official: 'an', month, netSalary: net, expenses, attendanceFees: fees });
  it('signals one cent over the cap, counting salary, expenses and fees, and not exactly at it', () => {
    expect(signalIds(site({ remuneration: [pay('2025-01', 200000, 15000, 5000), pay('2025-02', 200000, 15000, 5001)] }))).toEqual(['pay-cap:an:2025-02']);
  });
  it('shows the evidence: threshold, observed value and the record', () => {
    const [signal] = runRules({ site: site({ remuneration: [pay('2025-02', 220001, 0, 0)] }), today: '2026-01-01', published: new Map() }).signals;
    expect(signal).toMatchObject({ threshold: '2200.00', observed: '2200.01', evidence: ['remuneration:an:2025-02'], sources: ['data/x.csv:2'], acknowledged: false });
  });
});

describe('gift without an outcome', () => {
  const gift = (id: string, value: number | string, outcome?: 'declined', date = '2025-05-01') =>
    loaded({ id, date, official: 'an', giver: 'X', description: 'Y', value: (typeof value === 'number' ? { form: 'exact', cents: value } : parseStatedValue(value)) as Gift['value'], reportedTo: 'Z', ...(outcome ? { outcome } : {}) });
  it('signals a gift a cent above the threshold without outcome, not one at it or one with an outcome', () => {
    expect(signalIds(site({ gifts: [gift('g-1', 5000), gift('g-2', 5001), gift('g-3', 9000, 'declined')] }))).toEqual(['gift-outcome:an:g-2']);
  });
  it('signals a gift given as a range or bound wholly above the threshold as over it', () => {
    const signals = runRules({ site: site({ gifts: [gift('g-1', '50.01-80'), gift('g-2', '> 50'), gift('g-3', '> 49.99')] }), today: '2026-01-01', published: new Map() }).signals;
    expect(signals.map((signal) => [signal.id, signal.observed])).toEqual([['gift-outcome:an:g-1', '50.01-80.00'], ['gift-outcome:an:g-2', '> 50.00'], ['gift-value-unclear:an:g-3', '> 49.99']]);
  });
  it('asks to check, and does not call over the threshold, a gift of unknown value or a range across it, without outcome', () => {
    expect(signalIds(site({ gifts: [gift('g-1', 'unknown'), gift('g-2', '40-80'), gift('g-3', '40-50'), gift('g-4', '< 50.01'), gift('g-5', '< 50.02'), gift('g-6', 'unknown', 'declined'), gift('g-7', '40-80', 'declined')] }))).toEqual([
      'gift-value-unclear:an:g-1',
      'gift-value-unclear:an:g-2',
      'gift-value-unclear:an:g-5',
    ]);
  });
  it('keeps the date of a gift dated to a month, never a day it was not given', () => {
    const [signal] = runRules({ site: site({ gifts: [gift('g-1', 'unknown', undefined, '2025-03')] }), today: '2026-01-01', published: new Map() }).signals;
    expect(signal).toMatchObject({ rule: 'gift-value-unclear', date: '2025-03', threshold: '50.00', observed: 'unknown' });
  });
});

describe('donation cap', () => {
  const gift = (id: string, donor: string, amount: number, date = '2025-03-01') => loaded({ id, date, amount, category: 'donation' as const, donor, description: 'Gift' });
  it('adds one donor’s gifts per calendar year and signals a cent over the cap', () => {
    const data = site({ income: [gift('i-1', 'd-1', 100000), gift('i-2', 'd-1', 100000), gift('i-3', 'd-2', 100000), gift('i-4', 'd-2', 100001), gift('i-5', 'd-3', 150000, '2024-12-31'), gift('i-6', 'd-3', 150000, '2025-01-01')] });
    expect(signalIds(data)).toEqual(['donation-cap:d-2:2025']);
  });
});

describe('campaign spending limit', () => {
  const line = (id: string, campaign: string, amount: number) => loaded({ id, date: '2025-04-01', amount, category: 'campaign' as const, payee: 'P', description: 'D', campaign });
  it('signals a campaign a cent over the limit', () => {
    expect(signalIds(site({ expenditure: [line('e-1', 'c-a', 60000), line('e-2', 'c-a', 40000), line('e-3', 'c-b', 60000), line('e-4', 'c-b', 40001)] }))).toEqual(['campaign-limit:c-b']);
  });
});

describe('consecutive terms', () => {
  it('allows two consecutive terms and signals the third; a gap of more than a month breaks the chain', () => {
    const two = official('two', [councillor('2013-01-01', '2018-12-31'), councillor('2019-01-01')]);
    const three = official('three', [councillor('2013-01-01', '2018-12-31'), councillor('2019-01-01', '2024-12-31'), councillor('2025-01-01')]);
    const broken = official('broken', [councillor('2007-01-01', '2012-12-31'), councillor('2014-01-01', '2018-12-31'), councillor('2019-01-01')]);
    expect(signalIds(site({ officials: [two, three, broken] }))).toEqual(['term-limit:three:councillor:2025-01-01']);
  });
  it('shows a recorded exception beside the signal as its acknowledgement', () => {
    const three = official('three', [councillor('2013-01-01', '2018-12-31'), councillor('2019-01-01', '2024-12-31'), councillor('2025-01-01', undefined, { exception: 'Approved by the members' })]);
    const [signal] = runRules({ site: site({ officials: [three] }), today: '2026-01-01', published: new Map() }).signals;
    expect(signal).toMatchObject({ acknowledged: true, explanation: 'Approved by the members', observed: '3', threshold: '2' });
  });
  it('neither counts nor drops a term the source does not say was elected: it is listed as not judged, and the chain is not signalled', () => {
    const { selection: _, ...unstated } = councillor('2025-01-01');
    const three = official('three', [councillor('2013-01-01', '2018-12-31'), councillor('2019-01-01', '2024-12-31'), unstated]);
    const judged = runRules({ site: site({ officials: [three] }), today: '2026-01-01', published: new Map() });
    expect(judged.signals.filter((signal) => signal.rule === 'term-limit')).toEqual([]);
    expect(judged.notJudged.filter((item) => item.rule === 'term-limit')).toEqual([{ rule: 'term-limit', official: 'three', post: 'councillor', mandate: 2, key: '2025-01-01', reason: 'selection-unknown' }]);
  });
});

describe('multiple posts', () => {
  it('signals two paid mandates that overlap by a day, not ones that follow each other', () => {
    const overlap = official('overlap', [councillor('2019-01-01', '2024-12-31', { paid: true }), { post: 'alderman', body: 'exec', selection: 'appointed', start: '2024-12-31', paid: true }]);
    const follow = official('follow', [councillor('2019-01-01', '2024-12-31', { paid: true }), { post: 'alderman', body: 'exec', selection: 'appointed', start: '2025-01-01', paid: true }]);
    expect(signalIds(site({ officials: [overlap, follow] }))).toEqual(['dual-roles:overlap:alderman+councillor:2024-12-31']);
  });
  it('signals posts the configuration declares incompatible, paid or not', () => {
    const both = official('both', [{ post: 'mayor', body: 'exec', selection: 'elected', start: '2025-01-01', paid: true }, { post: 'auditor', body: 'audit', selection: 'appointed', start: '2025-06-01', paid: false }]);
    expect(signalIds(site({ officials: [both] }))).toEqual(['dual-roles:both:auditor+mayor:2025-06-01']);
  });
});

describe('missing declarations', () => {
  const declaration = (who: string, year: number) => loaded({ official: who, year, submitted: `${year + 1}-03-01`, income: [], assets: [], capitalGains: [], sidePositions: [] });
  const left = official('left', [councillor('2019-01-01', '2021-12-31')]);
  const others = [2019, 2020, 2021, 2022, 2023].map((year) => declaration('left', year));
  it('is due the day after the deadline, not on it', () => {
    expect(signalIds(site({ officials: [left], declarations: others }), '2025-06-30')).toEqual([]);
    expect(signalIds(site({ officials: [left], declarations: others }), '2025-07-01')).toEqual(['missing-declaration:left:2024']);
  });
  it('stays due for three years after leaving office, not four', () => {
    expect(signalIds(site({ officials: [left], declarations: others }), '2030-01-01')).toEqual(['missing-declaration:left:2024']);
  });
});

describe('cooling-off period', () => {
  const left = official('left', [councillor('2019-01-01', '2024-12-31')]);
  const position = (start: string, sector: string) => ({ organisation: 'Bouwgroep', role: 'Bestuurder', paid: true, sector, start });
  const declaration = (positions: ReturnType<typeof position>[]) => loaded({ official: 'left', year: 2029, submitted: '2030-03-01', income: [], assets: [], capitalGains: [], sidePositions: positions });
  it('signals a position in a listed sector on the last day of the period, not the day after, nor in another sector', () => {
    expect(signalIds(site({ officials: [left], declarations: [declaration([position('2029-12-31', 'housing'), position('2030-01-01', 'housing'), position('2027-01-01', 'culture')])] }), '2030-06-01')).toEqual([
      'cooling-off:left:bouwgroep:2029-12-31',
    ]);
  });
  it('reads a start known to the month or the year as any day in it: a signal only when every such day is in the period', () => {
    const positions = [position('2029-12', 'housing'), position('2025', 'housing'), position('2024-12', 'housing'), position('2024', 'housing'), position('2030', 'housing')];
    expect(signalIds(site({ officials: [left], declarations: [declaration(positions)] }), '2030-06-01')).toEqual(['cooling-off:left:bouwgroep:2025', 'cooling-off:left:bouwgroep:2029-12']);
  });
});

describe('agenda published late', () => {
  const entry = (id: string, published?: string) => loaded({ id, date: '2025-06-02', start: '09:00', officials: ['an'], title: 'T', category: 'internal' as const, ...(published ? { published } : {}) });
  it('reads the publication day from history, else from the published column, and signals a day over', () => {
    const data = site({ agenda: [entry('a-1'), entry('a-2'), entry('a-3', '2025-06-16'), entry('a-4', '2025-06-17'), entry('a-5')] });
    const history = new Map([['a-1', '2025-06-16'], ['a-2', '2025-06-17']]);
    expect(signalIds(data, '2026-01-01', history)).toEqual(['late-agenda:an:a-2', 'late-agenda:an:a-4']);
  });
});

describe('complaints answered late', () => {
  const row = (outcome: 'upheld' | 'rejected', max: number) => loaded({ period: '2025-Q2', outcome, count: 1, maxResponseDays: max });
  it('signals a period answered a day over the response time', () => {
    expect(signalIds(site({ complaints: [row('upheld', 14), row('rejected', 15)] }))).toEqual(['late-complaints:2025-Q2:rejected']);
  });
  it('shows an acknowledgement recorded in the data beside the signal', () => {
    const acknowledgements = [loaded({ signal: 'late-complaints:2025-Q2:rejected', date: '2025-08-01', explanation: { en: 'Postponed at the complainant’s request' } })];
    const result = runRules({ site: site({ complaints: [row('rejected', 15)], acknowledgements }), today: '2026-01-01', published: new Map() });
    expect(result.signals[0]).toMatchObject({ acknowledged: true, explanation: { en: 'Postponed at the complainant’s request' } });
    expect(result.unmatched).toEqual([]);
  });
  it('warns about an acknowledgement that matches no signal', () => {
    const acknowledgements = [loaded({ signal: 'late-complaints:2025-Q9:upheld', date: '2025-08-01', explanation: 'x' })];
    expect(runRules({ site: site({ acknowledgements }), today: '2026-01-01', published: new Map() }).unmatched).toHaveLength(1);
  });
});

describe('code of ethics not signed', () => {
  it('signals officials in office without the version in force, from the day it is adopted', () => {
    const signed = official('signed', [councillor('2019-01-01')], [{ version: '2019', date: '2019-02-01' }, { version: '2024', date: '2024-06-01' }]);
    const old = official('old', [councillor('2019-01-01')], [{ version: '2019', date: '2019-02-01' }]);
    const gone = official('gone', [councillor('2019-01-01', '2023-12-31')], []);
    expect(signalIds(site({ officials: [signed, old, gone] }), '2024-05-31')).toEqual([]);
    expect(signalIds(site({ officials: [signed, old, gone] }), '2024-06-01')).toEqual(['unsigned-code:old:2024']);
  });
});

describe('refused income', () => {
  const line = (id: string, category: 'bank-loan' | 'donation', donor?: string) => loaded({ id, date: '2025-02-01', amount: 100, category, description: 'D', ...(donor ? { donor } : {}) });
  it('signals income of an excluded category or from an excluded donor', () => {
    expect(signalIds(site({ income: [line('i-1', 'bank-loan'), line('i-2', 'donation', 'd-666'), line('i-3', 'donation', 'd-1')] }))).toEqual(['refused-income:i-1', 'refused-income:i-2']);
  });
});

describe('the demo organisation', () => {
  it('gives exactly the signals its ethics cases were written to give', async () => {
    const { loadSite } = await import('../../src/lib/loading/load-site.ts');
    const { resolve } = await import('node:path');
    const { data } = await loadSite(resolve(import.meta.dirname, '../..'));
    if (!data) throw new Error('the demo did not load');
    const result = runRules({ site: data, today: '2026-11-20', published: new Map() });
    expect(result.unmatched).toEqual([]);
    expect(result.signals.map((signal) => `${signal.id}${signal.acknowledged ? ' (acknowledged)' : ''}`)).toEqual([
      'pay-cap:sofie-van-rompaey:2025-03',
      'pay-cap:camille-verlinden:2026-05',
      'gift-outcome:camille-verlinden:g-2025-007',
      'gift-outcome:bilal-vandamme:g-2026-005',
      'gift-value-unclear:griet-lambrechts:g-2025-021',
      'gift-value-unclear:sofie-van-rompaey:g-2026-007',
      'donation-cap:d-00901:2025',
      'donation-cap:d-00902:2026',
      'campaign-limit:volksraadpleging-2026',
      'term-limit:bilal-vandamme:councillor:2025-01-01 (acknowledged)',
      'term-limit:mathis-vermeulen:councillor:2025-01-01',
      'dual-roles:stijn-fontaine:alderman+councillor:2019-01-02',
      'missing-declaration:amal-ouazzani:2025',
      'cooling-off:stijn-fontaine:bouwgroep-zuiderpoort:2025-05-01',
      'late-agenda:griet-lambrechts:a-2025-000381',
      'late-agenda:lotte-kaya:a-2026-000131',
      'late-complaints:2025-Q2:partly-upheld (acknowledged)',
      'late-complaints:2026-Q2:upheld',
      'unsigned-code:lotte-kaya:2024',
      'refused-income:i-2026-000042',
    ]);
  });
});

describe('a rule whose threshold the code does not set', () => {
  const unset = { ...config, rules: { ...config.rules, giftThreshold: undefined, excludedIncomeCategories: undefined, excludedDonors: undefined } };
  const gift = loaded({ id: 'g-1', date: '2025-05-01', official: 'an', giver: 'X', description: 'Y', value: { form: 'exact' as const, cents: 900000 }, reportedTo: 'Z' });
  const loan = loaded({ id: 'i-1', date: '2025-03-01', amount: 100000, category: 'bank-loan' as const, description: 'Loan' });
  it('is off: it checks nothing, where the same records with the threshold set are signalled', () => {
    const records = { gifts: [gift], income: [loan] };
    expect(signalIds(site(records))).toEqual(['gift-outcome:an:g-1', 'refused-income:i-1']);
    expect(signalIds({ ...site(records), site: unset })).toEqual([]);
  });
  it('stays on while one of the settings it needs is set', () => {
    const rule = RULES.find((each) => each.id === 'refused-income')!;
    expect(isOn(rule, unset)).toBe(false);
    expect(isOn(rule, { ...unset, rules: { ...unset.rules, excludedDonors: ['d-1'] } })).toBe(true);
  });
});
