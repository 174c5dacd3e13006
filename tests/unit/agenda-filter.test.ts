// The agenda's filters over the compact index: each filter, combinations, the address, and a large index.
import { describe, expect, it } from 'vitest';
import { buildAgendaIndex, dateOf, filterAgenda, filtersFromQuery, hasFilters, joinAgendaIndex, matchOrganisations, pageOf, queryOf, splitAgendaIndex, timeOf, titleIn, type AgendaFilters } from '../../src/lib/agenda/filter.ts';
import type { AgendaEntry } from '../../src/schemas/agenda.ts';

// Newest first, as the collections give them.
const fixture: AgendaEntry[] = [
  { id: 'e6', date: '2025-06-20', start: '14:00', officials: ['karim'], title: { fr: 'Visite de chantier' }, category: 'public-event', organisations: ['Bouwgroep Kade'], topics: ['housing'], location: 'Kade 3' },
  { id: 'e5', date: '2025-05-02', start: '09:00', end: '10:00', officials: ['an', 'karim'], title: { nl: 'Overleg fietspaden', en: 'Cycle paths' }, category: 'interest-representatives', organisations: ['Fietsersvereniging Noordkant', 'Wijkcomité Kanaal'], topics: ['mobility'] },
  { id: 'e4', date: '2025-04-15', start: '19:00', officials: ['lise'], title: 'Bewonersavond', category: 'citizens', privateIndividuals: 12, topics: ['housing', 'mobility'] },
  { id: 'e3', date: '2025-03-31', start: '10:00', officials: ['an'], title: { nl: 'Interview' }, category: 'media', organisations: ['Radio Kanaal'] },
  { id: 'e2', date: '2025-03-01', start: '08:30', officials: ['an'], title: { nl: 'Overleg woningbouw' }, category: 'interest-representatives', organisations: ['Bouwgroep Kade'], topics: ['housing'] },
  { id: 'e1', date: '2025-02-03', start: '09:30', end: '10:30', officials: ['karim'], title: { nl: 'Overleg Coöperatie' }, category: 'interest-representatives', organisations: ['Coöperatie Zonnedak'], topics: ['energy'] },
];
const names = new Map([['an', 'An Verlinden'], ['karim', 'Karim Dubois'], ['lise', 'Lise Marchal']]);
const index = buildAgendaIndex(fixture, names, 'nl', ['interest-representatives', 'public-event', 'council-work', 'internal', 'media', 'citizens', 'other']);
const ids = (filters: AgendaFilters) => filterAgenda(index, filters).map((position) => index.entries[position]?.[0]);

describe('the agenda index', () => {
  it('lists each official, organisation, topic and title once and keeps the entries newest first', () => {
    expect(index.officials).toEqual([['karim', 'Karim Dubois'], ['an', 'An Verlinden'], ['lise', 'Lise Marchal']]);
    expect(index.organisations.map(([slug]) => slug)).toEqual(['bouwgroep-kade', 'fietsersvereniging-noordkant', 'wijkcomite-kanaal', 'radio-kanaal', 'cooperatie-zonnedak']);
    expect(index.topics).toEqual(['housing', 'mobility', 'energy']);
    expect(index.entries.map((entry) => entry[0])).toEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1']);
  });

  it('encodes dates and times as numbers that read back as written', () => {
    const [, date, start, end] = index.entries[1] ?? [];
    expect([dateOf(date ?? 0), timeOf(start ?? -1), timeOf(end ?? -1)]).toEqual(['2025-05-02', '09:00', '10:00']);
    expect(timeOf(index.entries[0]?.[3] ?? 0)).toBe('');
  });

  it('gives a title in the reader’s language, else the default language, and says when it falls back', () => {
    const cycle = index.entries[1]?.[8] ?? -1;
    expect(titleIn(index, cycle, 'en')).toEqual({ text: 'Cycle paths', lang: 'en', fallback: false });
    expect(titleIn(index, cycle, 'fr')).toEqual({ text: 'Overleg fietspaden', lang: 'nl', fallback: true });
    expect(titleIn(index, index.entries[0]?.[8] ?? -1, 'nl')).toEqual({ text: 'Visite de chantier', lang: 'fr', fallback: true });
    // Plain text is in the default language.
    expect(titleIn(index, index.entries[2]?.[8] ?? -1, 'nl')).toEqual({ text: 'Bewonersavond', lang: 'nl', fallback: false });
  });
});

describe('filtering the agenda', () => {
  it('returns every entry, newest first, without filters', () => {
    expect(ids({})).toEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1']);
  });

  it('filters by official, also on appointments with several officials', () => {
    expect(ids({ official: 'an' })).toEqual(['e5', 'e3', 'e2']);
    expect(ids({ official: 'karim' })).toEqual(['e6', 'e5', 'e1']);
  });

  it('filters by the exact organisation when the name or slug is given', () => {
    expect(ids({ organisation: 'Bouwgroep Kade' })).toEqual(['e6', 'e2']);
    expect(ids({ organisation: 'wijkcomite-kanaal' })).toEqual(['e5']);
  });

  it('filters by part of an organisation’s name, ignoring case and accents', () => {
    expect(ids({ organisation: 'kanaal' })).toEqual(['e5', 'e3']);
    expect(ids({ organisation: 'COOPERATIE' })).toEqual(['e1']);
    expect([...matchOrganisations(index, 'kanaal')]).toEqual([0, 0, 1, 1, 0]);
  });

  it('filters by topic', () => {
    expect(ids({ topic: 'housing' })).toEqual(['e6', 'e4', 'e2']);
  });

  it('filters by category', () => {
    expect(ids({ category: 'interest-representatives' })).toEqual(['e5', 'e2', 'e1']);
    expect(ids({ category: 'council-work' })).toEqual([]);
  });

  it('filters by a date range, both ends included', () => {
    expect(ids({ from: '2025-03-01', to: '2025-04-15' })).toEqual(['e4', 'e3', 'e2']);
    expect(ids({ from: '2025-05-02' })).toEqual(['e6', 'e5']);
    expect(ids({ to: '2025-02-03' })).toEqual(['e1']);
  });

  it('combines filters: each must hold', () => {
    expect(ids({ official: 'an', category: 'interest-representatives' })).toEqual(['e5', 'e2']);
    expect(ids({ official: 'an', topic: 'housing', organisation: 'Bouwgroep' })).toEqual(['e2']);
    expect(ids({ official: 'karim', from: '2025-03-01', organisation: 'kade' })).toEqual(['e6']);
    expect(ids({ topic: 'mobility', category: 'citizens', to: '2025-04-30' })).toEqual(['e4']);
  });

  it('finds nothing for an official, organisation, topic or category it does not know', () => {
    expect(ids({ official: 'nobody' })).toEqual([]);
    expect(ids({ organisation: 'Nonexistent club' })).toEqual([]);
    expect(ids({ topic: 'weather' })).toEqual([]);
    expect(ids({ category: 'sports' })).toEqual([]);
  });

  // How fast it filters is a figure of `npm run bench`, not a test: a time depends on the machine.
  it('filters 160,000 entries (a hundred times the demo) exactly, from an index of 100 bytes an entry or less', () => {
    const big = Array.from({ length: 160_000 }, (_, i): AgendaEntry => {
      const day = new Date(Date.UTC(2026, 11, 31) - Math.floor(i / 220) * 86_400_000).toISOString().slice(0, 10);
      return { id: `a-${i}`, date: day, start: '10:00', officials: [`o-${i % 120}`], title: { nl: `Titel ${i % 50}` }, category: i % 3 ? 'citizens' : 'media', organisations: [`Organisatie ${i % 3000}`], topics: [`t-${i % 12}`] };
    });
    const bigIndex = buildAgendaIndex(big, new Map(), 'nl');
    const found = filterAgenda(bigIndex, { official: 'o-7', category: 'citizens', organisation: 'isatie 1', from: '2025-06-01' }).map((position) => bigIndex.entries[position]?.[0]);
    // The same filter, applied to the entries one by one.
    const expected = big.filter((entry) => entry.officials.includes('o-7') && entry.category === 'citizens' && entry.date >= '2025-06-01' && (entry.organisations ?? []).some((name) => name.toLowerCase().includes('isatie 1'))).map((entry) => entry.id);
    expect(expected.length).toBeGreaterThan(10);
    expect(found).toEqual(expected);
    expect(JSON.stringify(bigIndex).length / big.length).toBeLessThan(100);
  });
});

describe('the filters in the address', () => {
  it('reads the filters and page from a query, ignoring empty values and malformed dates', () => {
    expect(filtersFromQuery('?official=an&organisation=&category=media&from=2025-13&to=2025-04-30&page=3')).toEqual({ filters: { official: 'an', category: 'media', to: '2025-04-30' }, page: 3 });
    expect(filtersFromQuery('').page).toBe(1);
  });

  it('writes a query that reads back to the same filters and page', () => {
    const filters = { official: 'an', organisation: 'Wijkcomité Kanaal', topic: 'housing', from: '2025-01-01' };
    const query = queryOf(filters, 2);
    expect(query).toBe('official=an&organisation=Wijkcomit%C3%A9+Kanaal&topic=housing&from=2025-01-01&page=2');
    expect(filtersFromQuery(query)).toEqual({ filters, page: 2 });
    expect(queryOf({})).toBe('');
  });

  it('knows whether any filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ organisation: '  ' })).toBe(false);
    expect(hasFilters({ to: '2025-01-01' })).toBe(true);
  });

  it('shows results a page at a time and keeps the page within range', () => {
    const results = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(results, 1).items).toHaveLength(50);
    expect(pageOf(results, 3)).toMatchObject({ page: 3, pages: 3 });
    expect(pageOf(results, 3).items).toHaveLength(20);
    expect(pageOf(results, 9).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe('the index of a large organisation, split into files', () => {
  it('keeps one file while it holds at most the part size, and joins back to the same index when split', () => {
    const entries = Array.from({ length: 25 }, (_, index) => ({
      id: `a-2026-${String(index).padStart(4, '0')}`,
      date: `2026-0${1 + (index % 3)}-1${index % 10}`,
      officials: [index % 2 ? 'an' : 'karim'],
      organisations: [`Organisatie ${index % 4}`],
      title: `Overleg ${index}`,
      category: 'meeting',
    })) as unknown as AgendaEntry[];
    const index = buildAgendaIndex(entries, new Map([['an', 'An'], ['karim', 'Karim']]), 'nl');
    expect(splitAgendaIndex(index, 25)).toEqual({ main: index, parts: [] });
    const { main, parts } = splitAgendaIndex(index, 10);
    expect(main.parts).toEqual(['/agenda-index-2.json', '/agenda-index-3.json']);
    expect(main.entries).toHaveLength(10);
    expect(parts.map((part) => part.length)).toEqual([10, 5]);
    // Through JSON, as the browser reads the files.
    const joined = joinAgendaIndex(JSON.parse(JSON.stringify(main)), parts.map((part) => JSON.parse(JSON.stringify({ entries: part }))));
    expect(joined).toEqual(JSON.parse(JSON.stringify(index)));
    expect(filterAgenda(joined, { official: 'an' })).toEqual(filterAgenda(index, { official: 'an' }));
  });
});
