// Records you can point at: the address rule (src/lib/records/addresses.ts), the lists of money lines and
// their pages (lines.ts, line-store.ts), and the settings of the code written for people (signal-text.ts).
import { describe, expect, it } from 'vitest';
import { donorSectionAddress, hrefOf, lineAddress, lineQueryAddress, LINES_PAGE_SIZE, linesPath, payAddress } from '../../src/lib/records/addresses.ts';
import { storeLines } from '../../src/lib/records/line-store.ts';
import { donorClasses, lineLists } from '../../src/lib/records/lines.ts';
import { linkCategories, linkDonors } from '../../src/lib/records/total-links.ts';
import { settingLabel, settingValue, subjectParts } from '../../src/lib/rules/signal-text.ts';
import { withData } from '../../src/lib/locale/localize.ts';
import type { EvidenceRecord } from '../../src/lib/records/evidence.ts';
import type { Lang } from '../../src/schemas/fields.ts';
import type { Signal } from '../../src/schemas/signal.ts';
import type { Expenditure } from '../../src/schemas/expenditure.ts';
import type { Income } from '../../src/schemas/income.ts';
import { rulesSchema, type Rules } from '../../src/schemas/site.ts';

const spend = (n: number, date: string, category: Expenditure['category'] = 'office', amount = 100): Expenditure => ({ id: `e-${date.slice(0, 4)}-${String(n).padStart(4, '0')}`, date, amount, category, payee: `Payee ${n}`, description: 'Paper' });
const gift = (n: number, date: string, donor: string, amount: number, donorName?: string): Income => ({ id: `i-${date.slice(0, 4)}-${String(n).padStart(4, '0')}`, date, amount, category: 'donation', donor, donorName, description: 'Gift' });
const loaded = <T>(data: T, line: number) => ({ data, file: '/org/data/x.csv', line });
const sourced = <T>(data: T, line: number) => ({ data, source: `data/x.csv:${line}` });

describe('addresses', () => {
  it('are one rule for every kind of record', () => {
    expect(linesPath({ year: '2025', flow: 'spending', part: 'office' })).toBe('money/2025/spending/office/');
    expect(linesPath({ year: '2025', flow: 'spending', part: 'office', page: 3 })).toBe('money/2025/spending/office/3/');
    expect(hrefOf('nl', lineAddress({ year: '2025', flow: 'income', part: 'donation', page: 2 }, 'i-2025-0004'))).toBe('/nl/money/2025/income/donation/2/#i-2025-0004');
    expect(hrefOf('fr', donorSectionAddress({ year: '2025', flow: 'income', part: 'donation', page: 1 }, 'donors-small'))).toBe('/fr/money/2025/income/donation/?section=donors-small#donors-small');
    expect(hrefOf('en', payAddress('an-verlinden', '2025-03'))).toBe('/en/remuneration/an-verlinden/#pay-2025-03');
  });
});

describe('the lists of money lines', () => {
  it('lists a year’s lines of a category in date order, in pages of at most LINES_PAGE_SIZE', () => {
    // Written in reverse, across two months and two years.
    const lines = Array.from({ length: LINES_PAGE_SIZE + 10 }, (_, n) => spend(n + 1, n < 200 ? '2025-04-01' : '2025-03-15'))
      .concat([spend(900, '2024-12-31'), spend(901, '2025-05-01', 'rent', 50000)])
      .reverse();
    const lists = lineLists([], lines.map((line, index) => sourced(line, index + 2)), 0);
    expect(lists.map(({ list }) => `${list.year} ${list.flow} ${list.part} ${list.lines} ${list.pages}`)).toEqual(['2025 spending office 260 2', '2025 spending rent 1 1', '2024 spending office 1 1']);
    const office = lists[0];
    const dates = office?.lines.map((line) => `${line.date} ${line.id}`) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(office?.list.months).toEqual([{ month: '2025-03', page: 1 }, { month: '2025-04', page: 1 }]);
    expect(office?.list.cents).toBe(260 * 100);
  });

  it('lists donations by donor: named donors largest first, then the small ones, then those above the threshold without a name', () => {
    const income = [
      gift(1, '2025-01-01', 'd-1', 400),
      gift(2, '2025-02-01', 'd-2', 90000, 'Coöperatie Zonnedak'),
      gift(3, '2025-01-15', 'd-3', 60000),
      gift(4, '2025-03-01', 'd-1', 100),
      gift(5, '2025-01-02', 'd-4', 70000, 'Bouwgroep Noord'),
      gift(6, '2025-01-03', 'd-4', 50000, 'Bouwgroep Noord'),
      // A name in a year at or under the threshold is never shown.
      gift(7, '2025-06-01', 'd-5', 200, 'Klein Bedrijf'),
    ];
    const [donations] = lineLists(income.map((line, index) => sourced(line, index + 2)), [], 50000);
    expect(donations?.list.sections.map((section) => `${section.anchor} ${section.lines} ${section.cents}`)).toEqual(['donor-d-4 2 120000', 'donor-d-2 1 90000', 'donors-small 3 700', 'donors-unnamed 1 60000']);
    expect(donations?.lines.map((line) => line.id)).toEqual(['i-2025-0005', 'i-2025-0006', 'i-2025-0002', 'i-2025-0001', 'i-2025-0004', 'i-2025-0007', 'i-2025-0003']);
    expect(donations?.lines.filter((line) => line.donorName).map((line) => line.donorName)).toEqual(['Bouwgroep Noord', 'Bouwgroep Noord', 'Coöperatie Zonnedak']);
    expect(donorClasses(income, 50000).find((entry) => entry.donor === 'd-5')).toMatchObject({ donorClass: 'small', name: undefined });
    // The money pages' donor rows lead to their sections.
    const rows = linkDonors([{ key: 'd-4', label: 'Bouwgroep Noord', cells: [] }, { key: 'small', label: 'Small', cells: [] }], [donations!.list], '2025', 'en');
    expect(rows.map((row) => row.href)).toEqual(['/en/money/2025/income/donation/?section=donor-d-4#donor-d-4', '/en/money/2025/income/donation/?section=donors-small#donors-small']);
  });

  it('keeps every page on disk and finds the page of the lines asked for', () => {
    const lines = Array.from({ length: 2 * LINES_PAGE_SIZE + 1 }, (_, n) => loaded(spend(n + 1, `2025-${String(1 + Math.floor(n / 50)).padStart(2, '0')}-01`), n + 2));
    const store = storeLines('/org', [], lines, 0, new Set(['expenditure:e-2025-0001', 'expenditure:e-2025-0251', 'expenditure:e-2025-0501', 'income:i-none']));
    const [list] = store.lists;
    expect(list?.pages).toBe(3);
    const pages = [1, 2, 3].map((page) => store.page(list!, page));
    expect(pages.map((page) => page.length)).toEqual([LINES_PAGE_SIZE, LINES_PAGE_SIZE, 1]);
    expect(pages.flat().map((line) => line.id)).toEqual(lines.map((line) => line.data.id));
    expect(pages[0]?.[0]?.source).toBe('data/x.csv:2');
    expect([...store.found].map(([key, found]) => `${key} ${found.place?.page}`)).toEqual(['expenditure:e-2025-0001 1', 'expenditure:e-2025-0251 2', 'expenditure:e-2025-0501 3']);
    expect(linkCategories([{ key: 'office', label: 'Office', cells: [] }, { key: 'rent', label: 'Rent', cells: [] }], store.lists, '2025', 'spending', 'nl').map((row) => row.href)).toEqual(['/nl/money/2025/spending/office/', undefined]);
  });
});

describe('a list too long to be paged', () => {
  // 12 lines over a limit of 10: one page of the largest, the rest read on the SQL page.
  const amounts = [500, 3000, -9000, 100, 700, 2500, 80, 1200, 60000, 40, 900, 300];
  const lines = amounts.map((amount, n) => loaded(spend(n + 1, `2025-0${1 + (n % 9)}-0${1 + (n % 7)}`, 'office', amount), n + 2));

  it('shows its largest lines on one page, largest first, a refund by its size, and keeps its whole count and total', () => {
    const [list] = lineLists([], lines.map(({ data, line }) => sourced(data, line)), 0, 1, 10);
    expect(list?.list).toMatchObject({ listed: 'largest', pages: 1, lines: 12, cents: amounts.reduce((sum, cents) => sum + cents, 0), months: [] });
    expect(list?.lines.slice(0, 4).map((line) => line.amount)).toEqual([60000, -9000, 3000, 2500]);
    // At or under the limit, the same lines are paged in date order.
    const [paged] = lineLists([], lines.map(({ data, line }) => sourced(data, line)), 0, 1, 12);
    expect(paged?.list.listed).toBe('all');
    expect(paged?.lines.map((line) => line.date)).toEqual([...paged!.lines.map((line) => line.date)].sort());
  });

  it('gives a line it shows its row, and one it leaves out the SQL page with the query of that line', () => {
    const store = storeLines('/org', [], lines, 0, new Set(['expenditure:e-2025-0009', 'expenditure:e-2025-0010']), 1, 10);
    const [list] = store.lists;
    expect(store.page(list!, 1)).toHaveLength(Math.min(LINES_PAGE_SIZE, 12));
    const shown = store.found.get('expenditure:e-2025-0009');
    expect(shown?.place).toEqual({ year: '2025', flow: 'spending', part: 'office', page: 1 });
    // With LINES_PAGE_SIZE lines shown, all 12 are on the page; a list of LINES_PAGE_SIZE + 1 leaves its smallest out.
    const many = Array.from({ length: LINES_PAGE_SIZE + 1 }, (_, n) => loaded(spend(n + 1, '2025-02-03', 'office', 1000 + n), n + 2));
    const large = storeLines('/org', [], many, 0, new Set(['expenditure:e-2025-0001', 'expenditure:e-2025-0251']), 1, 10);
    expect(large.found.get('expenditure:e-2025-0251')?.place?.page).toBe(1);
    const left = large.found.get('expenditure:e-2025-0001');
    expect(left?.place).toBeUndefined();
    expect(left?.part).toBe('office');
    const href = hrefOf('en', lineQueryAddress('expenditure', 'e-2025-0001', '2025-02-03'));
    expect(href.startsWith('/en/sql/?q=')).toBe(true);
    expect(decodeURIComponent(href.slice('/en/sql/?q='.length))).toBe("SELECT *, printf('%s%d.%02d', CASE WHEN amount_cents < 0 THEN '-' ELSE '' END, abs(amount_cents) / 100, abs(amount_cents) % 100) AS amount\nFROM expenditure\nWHERE date = '2025-02-03' AND id = 'e-2025-0001'");
  });
});

describe('the settings of the code, for readers', () => {
  it('has a name in every language for every setting, never the setting’s own name', () => {
    for (const key of Object.keys(rulesSchema.shape) as Array<keyof Rules>) {
      for (const lang of ['nl', 'fr', 'en'] as const) {
        const label = settingLabel(key, lang);
        expect(label, `${key} ${lang}`).not.toBe('');
        expect(label).not.toContain(key);
      }
    }
  });

  it('writes each value in its unit', () => {
    const context = (lang: 'nl' | 'fr' | 'en') => ({ lang, defaultLang: 'nl' as const, currency: 'EUR', posts: new Map([['mayor', { id: 'mayor', label: { nl: 'Burgemeester', en: 'Mayor' }, paid: true }], ['alderman', { id: 'alderman', label: 'Schepen', paid: true }]]) });
    // Amounts keep their non-breaking space between code and number.
    expect(`${settingLabel('monthlyPayCap', 'en')}: ${settingValue('monthlyPayCap', 220000, context('en'))}`.replace(/\s/g, ' ')).toBe('Monthly pay cap: EUR 2,200.00');
    expect(settingValue('agendaPublicationDays', 14, context('nl'))).toBe('14 dagen');
    expect(settingValue('coolingOffYears', 1, context('fr'))).toBe('1 an');
    expect(settingValue('declarationDeadline', '06-30', context('en'))).toBe('30 June of the following year');
    expect(settingValue('incompatiblePosts', [['mayor', 'alderman']], context('en'))).toBe('Mayor and Schepen');
    expect(settingValue('excludedIncomeCategories', ['bank-loan'], context('nl'))).toBe('Bankleningen');
    expect(settingValue('excludedDonors', undefined, context('fr'))).toBe('non fixé');
    expect(settingValue('excludedDonors', [], context('en'))).toBe('none');
  });
});

describe('what a signal is about, with the data in its own language', () => {
  const signal = (rule: Signal['rule'], evidence: string): Signal => ({ id: `${rule}:x`, rule, subject: 'x', date: '2025-05-01', unit: 'money', threshold: '50.00', evidence: [evidence], sources: ['data/x.csv:2'], acknowledged: false });
  const evidence = new Map<string, EvidenceRecord>([
    ['gifts:g-1', { kind: 'gift', dataset: 'gifts', date: '2025-05-01', giver: 'Brouwerij De Klok' }],
    ['income:i-1', { kind: 'income', dataset: 'income', date: '2025-05-03', category: 'bank-loan', description: 'Lening voor de campagne' }],
    ['agenda:a-1', { kind: 'agenda', dataset: 'agenda', date: '2025-05-02', title: { nl: 'Overleg over de kaai', fr: 'Concertation sur le quai' } }],
    ['agenda:a-2', { kind: 'agenda', dataset: 'agenda', date: '2025-05-02', title: { nl: 'Overleg over de kaai' } }],
  ]);
  const context = (lang: Lang) => ({ lang, defaultLang: 'nl' as const, currency: 'EUR', evidence, names: new Map(), posts: new Map() });

  it('keeps an income’s description apart, in the default language, on a page in another language; a giver’s name is not marked', () => {
    const parts = subjectParts(signal('refused-income', 'income:i-1'), context('en'));
    expect(parts.find((part) => typeof part !== 'string')).toEqual({ text: 'Lening voor de campagne', lang: 'nl', fallback: true });
    expect(subjectParts(signal('refused-income', 'income:i-1'), context('nl')).find((part) => typeof part !== 'string')).toMatchObject({ lang: 'nl', fallback: false });
    expect(subjectParts(signal('gift-outcome', 'gifts:g-1'), context('en')).every((part) => typeof part === 'string')).toBe(true);
  });

  it('takes an appointment’s title in the reader’s language when it is written in it, marked only when it is not', () => {
    const inFrench = subjectParts(signal('late-agenda', 'agenda:a-1'), context('fr')).find((part) => typeof part !== 'string');
    expect(inFrench).toMatchObject({ text: 'Concertation sur le quai', lang: 'fr', fallback: false });
    const onlyDutch = subjectParts(signal('late-agenda', 'agenda:a-2'), context('fr')).find((part) => typeof part !== 'string');
    expect(onlyDutch).toMatchObject({ text: 'Overleg over de kaai', lang: 'nl', fallback: true });
  });

  it('splits a message around its values, whatever the values hold', () => {
    const shown = { text: '{x} & <b>', lang: 'nl' as const, fallback: true };
    expect(withData(([value]) => `Before ${value} after.`, [shown])).toEqual(['Before ', shown, ' after.']);
    expect(withData(([value]) => `${value}`, [shown])).toEqual([shown]);
  });
});
