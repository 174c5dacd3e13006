// The agenda's month pages: a month is split into pages of at most 250 entries, every entry is on exactly
// one page, and every link to an entry (filter index, feeds, signals) names the page that shows it.
import { describe, expect, it } from 'vitest';
import { agendaEntryHref, agendaPagePaths, agendaPlaces, MONTH_PAGE_SIZE, monthPagePath, monthPages, pageAt, paginate } from '../../src/lib/agenda/pages.ts';
import { buildAgendaIndex, entryHref } from '../../src/lib/agenda/filter.ts';
import { agendaEntryPath, agendaEvent, agendaItem } from '../../src/lib/feeds/items.ts';
import { evidenceIndex } from '../../src/lib/records/evidence.ts';
import { evidenceHref } from '../../src/lib/rules/signal-links.ts';
import type { Signal } from '../../src/schemas/signal.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';

/** `count` entries in `month`, newest first as the collections give them, with ids `<prefix>-<n>`. */
function month(monthKey: string, count: number, prefix = monthKey): AgendaEntry[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `${prefix}-${n + 1}`,
    date: `${monthKey}-${String(28 - Math.floor((n * 27) / Math.max(1, count))).padStart(2, '0')}`,
    start: '09:00',
    officials: ['an'],
    title: `Afspraak ${n + 1}`,
    category: 'council-work',
  }));
}

describe('paginate', () => {
  it('splits a list into pages of at most the page size, in order, each item once', () => {
    const items = Array.from({ length: 601 }, (_, n) => n);
    const pages = paginate(items, 250);
    expect(pages.map((page) => page.items.length)).toEqual([250, 250, 101]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map(({ page, pages: of, first, last, total }) => [page, of, first, last, total])).toEqual([
      [1, 3, 1, 250, 601],
      [2, 3, 251, 500, 601],
      [3, 3, 501, 601, 601],
    ]);
  });

  it('gives exactly full pages without an empty last page, and an empty list one empty page', () => {
    expect(paginate(Array.from({ length: 500 }, (_, n) => n), 250).map((page) => page.items.length)).toEqual([250, 250]);
    expect(paginate(Array.from({ length: 250 }, (_, n) => n), 250)).toHaveLength(1);
    expect(paginate([], 250)).toEqual([{ items: [], page: 1, pages: 1, first: 0, last: 0, total: 0 }]);
    expect(() => paginate([1], 0)).toThrow();
  });

  it('finds the page of a position', () => {
    expect([0, 249, 250, 499, 500].map((position) => pageAt(position, 250))).toEqual([1, 1, 2, 2, 3]);
    expect(MONTH_PAGE_SIZE).toBe(250);
  });
});

describe('month pages', () => {
  const agenda = [...month('2025-04', 3), ...month('2025-03', 612), ...month('2025-02', 250)];

  it('give each month its pages, newest month first, and every entry exactly one page', () => {
    const pages = monthPages(agenda);
    expect(pages.map((page) => [page.month, page.page, page.pages, page.items.length])).toEqual([
      ['2025-04', 1, 1, 3],
      ['2025-03', 1, 3, 250],
      ['2025-03', 2, 3, 250],
      ['2025-03', 3, 3, 112],
      ['2025-02', 1, 1, 250],
    ]);
    const shown = pages.flatMap((page) => page.items.map((entry) => entry.id));
    expect(shown).toEqual(agenda.map((entry) => entry.id));
    expect(new Set(shown).size).toBe(agenda.length);
    for (const page of pages) expect(page.items.every((entry) => entry.date.startsWith(page.month))).toBe(true);
  });

  it('have addresses: the first page is the month’s own, the others follow it', () => {
    expect(monthPagePath('2025-03')).toBe('2025-03/');
    expect(monthPagePath('2025-03', 1)).toBe('2025-03/');
    expect(monthPagePath('2025-03', 3)).toBe('2025-03/3/');
  });

  it('know where every entry is, in agreement with the pages', () => {
    const places = agendaPlaces(agenda);
    for (const page of monthPages(agenda)) {
      for (const entry of page.items) expect(places.get(entry.id)).toEqual({ month: page.month, page: page.page });
    }
    expect(agendaPlaces(agenda)).toBe(places);
    expect(agendaEntryHref('nl', { month: '2025-03', page: 2 }, '2025-03-300')).toBe('/nl/agenda/2025-03/2/#2025-03-300');
    expect(agendaEntryHref('nl', { month: '2025-03', page: 1 }, '2025-03-1')).toBe('/nl/agenda/2025-03/#2025-03-1');
    const paths = agendaPagePaths(agenda);
    expect([paths.get('2025-03-1'), paths.get('2025-03-251'), paths.get('2025-03-612'), paths.get('2025-02-250')]).toEqual(['2025-03/', '2025-03/2/', '2025-03/3/', '2025-02/']);
  });
});

describe('links to an entry', () => {
  const agenda = [...month('2025-03', 612), ...month('2025-02', 5)];
  const pages = monthPages(agenda);
  /** The address of the page that shows an entry, and whether that page has its row. */
  const lands = (href: string) => {
    const [path = '', id = ''] = href.split('#');
    const page = pages.find((candidate) => `/en/agenda/${monthPagePath(candidate.month, candidate.page)}` === path);
    return page?.items.some((entry) => entry.id === id) ?? false;
  };

  it('from the filter index, land on the page that holds the row, with the page number only where needed', () => {
    const index = buildAgendaIndex(agenda, new Map([['an', 'An Verlinden']]), 'nl');
    expect(index.entries.map((_, position) => entryHref(index, position, 'en')).every(lands)).toBe(true);
    expect(entryHref(index, 260, 'en')).toBe('/en/agenda/2025-03/2/#2025-03-261');
    // The first page is left out of the index: a small organisation's index stays as it was.
    expect(index.entries[0]).toHaveLength(11);
    expect(index.entries[260]?.[11]).toBe(2);
    expect(index.entries[611]?.[11]).toBe(3);
    expect(index.entries[612]).toHaveLength(11);
  });

  it('from feeds and signals, land on the page that holds the row', () => {
    const places = agendaPlaces(agenda);
    const site = { baseUrl: 'https://portal.example.org', defaultLanguage: 'en' as const, timeZone: 'Europe/Brussels' };
    const names = new Map([['an', 'An Verlinden']]);
    const paths = agendaPagePaths(agenda);
    const local = (address: string) => {
      const url = new URL(address);
      return url.pathname + url.hash;
    };
    for (const entry of [agenda[0], agenda[249], agenda[250], agenda[611], agenda[612]] as AgendaEntry[]) {
      const page = places.get(entry.id)?.page;
      expect(lands(`/${agendaEntryPath(entry, 'en', page)}`)).toBe(true);
      expect(lands(local(agendaItem(entry, 'en', site, names, page).link))).toBe(true);
      expect(lands(local(agendaEvent(entry, site, names, false, page).url ?? ''))).toBe(true);
      const evidence = evidenceIndex({ signals: [{ evidence: [`agenda:${entry.id}`] } as Signal], agenda, agendaPages: paths, gifts: [], remuneration: [], officials: [], declarations: [], declarationPages: new Map(), complaints: [], lines: new Map() });
      expect(lands(evidenceHref(evidence.get(`agenda:${entry.id}`) ?? { dataset: 'agenda' }, 'en'))).toBe(true);
    }
    // Without its page, a link goes to the month's first page: right only for the newest 250.
    expect(agendaEntryPath(agenda[300] as AgendaEntry, 'en')).toBe('en/agenda/2025-03/#2025-03-301');
    expect(lands(`/${agendaEntryPath(agenda[300] as AgendaEntry, 'en')}`)).toBe(false);
  });
});
