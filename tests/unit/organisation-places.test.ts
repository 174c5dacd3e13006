// Where an organisation is read (src/lib/agenda/organisation-places.ts): its own page, or, when the site
// sets organisationPageFrom and it is met fewer times, its heading on the A–Z page of the first two letters
// of its slug, an address that depends on the slug alone.
import { describe, expect, it } from 'vitest';
import { hasOwnPage, organisationHref, organisationPlaces, pairOf, pairPages } from '../../src/lib/agenda/organisation-places.ts';
import { organisationSlug } from '../../src/lib/agenda/organisations.ts';

const group = (name: string, count: number) => ({ name, slug: organisationSlug(name), entries: Array.from({ length: count }) });

describe('where an organisation is read', () => {
  it('is its own page without the setting, whatever the count', () => {
    expect(hasOwnPage(1, undefined)).toBe(true);
    const places = organisationPlaces([group('Fietsersvereniging Noordkant', 1)], undefined);
    expect(places.hrefOfName('nl', 'Fietsersvereniging Noordkant')).toBe('/nl/organisations/fietsersvereniging-noordkant/');
    expect(places.href('en', 'fietsersvereniging-noordkant', 'who')).toBe('/en/organisations/fietsersvereniging-noordkant/#who');
  });

  it('is the page of two letters below the setting, its own page from it', () => {
    const places = organisationPlaces([group('Fietsersvereniging Noordkant', 2), group('Havenbedrijf Zuid', 3)], 3);
    expect(places.hrefOfName('fr', ' Fietsersvereniging Noordkant ')).toBe('/fr/organisations/a-z/fi/#fietsersvereniging-noordkant');
    // "and N others" leads to the same heading, which names every official.
    expect(places.href('fr', 'fietsersvereniging-noordkant', 'who')).toBe('/fr/organisations/a-z/fi/#fietsersvereniging-noordkant');
    expect(places.hrefOfName('fr', 'Havenbedrijf Zuid')).toBe('/fr/organisations/havenbedrijf-zuid/');
    expect(organisationHref('en', 'x', false)).toBe('/en/organisations/a-z/x-/#x');
  });

  it('takes the two letters from the slug: accents, case and hyphens aside, never an initial’s address', () => {
    expect(pairOf(organisationSlug('Élan Vital'))).toBe('el');
    expect(pairOf(organisationSlug('A-Team'))).toBe('at');
    expect(pairOf(organisationSlug('3M Belgium'))).toBe('3m');
    expect(pairOf('x')).toBe('x-');
  });

  it('lists on each page of two letters the organisations without a page, alphabetical, pages in A–Z order', () => {
    const pages = pairPages([group('Federatie van Bakkers', 1), group('Fédération des Boulangers', 2), group('Atelier Noord', 1), group('Feestzaal', 5)], 3);
    expect(pages.map((page) => [page.pair, page.items.map((item) => item.name)])).toEqual([
      ['at', ['Atelier Noord']],
      ['fe', ['Federatie van Bakkers', 'Fédération des Boulangers']],
    ]);
  });
});
