// The organisations met as pages that do not grow (an A–Z, paged) and as the compact index of the name
// filter; and the window of the home page's "appointments in the last 30 days".
import { describe, expect, it } from 'vitest';
import { buildOrganisationIndex, byName, dayOf, initialOf, initialPagePath, initialPages, initialPlaces, matchOrganisations, OTHER_INITIAL } from '../../src/lib/agenda/organisation-index.ts';
import { groupOrganisations } from '../../src/lib/agenda/organisations.ts';
import { recentEntries, recentWindow } from '../../src/lib/agenda/recent.ts';

const names = ['Wijkcomité Kanaal', 'wijkcomite kanaal', 'Écoles du Sud', 'Atelier Noord', 'atelier Zuid', '3D Lab', 'Ωmega', 'Fietsbond', 'Asbl Fietsbond'];
const entries = names.map((name, index) => ({ id: `e${index}`, date: `2025-0${1 + (index % 9)}-1${index % 10}`, officials: index % 2 ? ['an'] : ['an', 'karim'], organisations: [name] }));

describe('the A–Z of organisations', () => {
  it('lists a name under its first letter without accent, and names without a Latin first letter together', () => {
    expect(initialOf('Écoles du Sud')).toBe('e');
    expect(initialOf('  "Atelier"')).toBe('a');
    expect(initialOf('3D Lab')).toBe(OTHER_INITIAL);
    expect(initialOf('Ωmega')).toBe(OTHER_INITIAL);
  });

  it('puts every organisation on exactly one page, alphabetical, at most the page size a page', () => {
    const groups = groupOrganisations(entries);
    const pages = initialPages(groups, 2);
    expect(pages.flatMap((page) => page.items.map((group) => group.slug)).sort()).toEqual(groups.map((group) => group.slug).sort());
    expect(pages.every((page) => page.items.length <= 2)).toBe(true);
    expect(pages.map((page) => `${page.initial}${page.page}/${page.pages}`)).toEqual(['a1/2', 'a2/2', 'e1/1', 'f1/1', 'w1/1', `${OTHER_INITIAL}1/1`]);
    expect(pages[0]?.items.map((group) => group.name)).toEqual(['Asbl Fietsbond', 'Atelier Noord']);
    for (const page of pages) expect([...page.items].sort(byName)).toEqual(page.items);
    const places = initialPlaces(pages);
    expect(places.get('atelier-zuid')).toBe('a-z/a/2/');
    expect(places.get('wijkcomite-kanaal')).toBe('a-z/w/');
    expect(initialPagePath('b', 3)).toBe('a-z/b/3/');
  });
});

describe('the name filter’s index', () => {
  const groups = groupOrganisations(entries);
  const index = buildOrganisationIndex(groups, new Map([['an', 'An Verlinden'], ['karim', 'Karim Dubois']]));

  it('keeps the order of the index page, with counts, last date and officials by position', () => {
    expect(index.organisations.map(([slug]) => slug)).toEqual(groups.map((group) => group.slug));
    const [slug, name, count, last, officials, officialCount, spellings] = index.organisations[0] ?? [];
    expect(slug).toBe('wijkcomite-kanaal');
    expect(name).toBe('Wijkcomité Kanaal');
    expect(count).toBe(2);
    expect(dayOf(last ?? 0)).toBe(groups[0]?.last);
    expect(officials?.filter((_, i) => i % 2 === 0).map((position) => index.officials[position]?.[1])).toEqual(['An Verlinden', 'Karim Dubois']);
    expect(officialCount).toBe(2);
    expect(spellings).toEqual(['wijkcomite kanaal']);
  });

  it('finds names holding every word typed, accents, case and punctuation aside, in the index’s order', () => {
    const found = (query: string) => matchOrganisations(index, query).map((position) => index.organisations[position]?.[1]);
    expect(found('ecole')).toEqual(['Écoles du Sud']);
    expect(found('FIETS').sort()).toEqual(['Asbl Fietsbond', 'Fietsbond']);
    expect(found('atelier zuid')).toEqual(['atelier Zuid']);
    expect(found('zuid atelier')).toEqual(['atelier Zuid']);
    expect(found('kanaal')).toEqual(['Wijkcomité Kanaal']);
    expect(found('  ')).toEqual([]);
    expect(found('nothing like it')).toEqual([]);
  });
});

describe('the last days', () => {
  it('are the 30 days up to and including today', () => {
    expect(recentWindow('2026-11-20')).toEqual({ from: '2026-10-22', to: '2026-11-20' });
    expect(recentWindow('2024-03-01', 2)).toEqual({ from: '2024-02-29', to: '2024-03-01' });
    expect(() => recentWindow('2024-03-01', 0)).toThrow();
  });

  it('hold the entries dated within them, in the order given', () => {
    const list = [{ date: '2026-11-21' }, { date: '2026-11-20' }, { date: '2026-10-22' }, { date: '2026-10-21' }];
    expect(recentEntries(list, recentWindow('2026-11-20'))).toEqual([{ date: '2026-11-20' }, { date: '2026-10-22' }]);
  });
});
