// Organisations met: stable slugs, and appointments grouped per organisation with who met it how often.
import { describe, expect, it } from 'vitest';
import { groupOrganisations, organisationSlug } from '../../src/lib/agenda/organisations.ts';

const entries = [
  { id: 'e4', date: '2025-05-02', officials: ['an', 'karim'], organisations: ['Wijkcomité Kanaal', 'Fietsersvereniging Noordkant'] },
  { id: 'e3', date: '2025-04-15', officials: ['lise'], privateIndividuals: 12 },
  { id: 'e2', date: '2025-03-01', officials: ['an'], organisations: ['Wijkcomite kanaal'] },
  { id: 'e1', date: '2025-02-03', officials: ['an'], organisations: ['Wijkcomité Kanaal', 'Wijkcomité Kanaal'] },
];

describe('organisation slugs', () => {
  it('are lower case, without accents, with words joined by hyphens', () => {
    expect(organisationSlug('Wijkcomité Kanaal, vzw')).toBe('wijkcomite-kanaal-vzw');
    expect(organisationSlug('  Coöperatie  Zonnedak ')).toBe('cooperatie-zonnedak');
    expect(organisationSlug('Chambre des artisans Sint-Anna-Oost')).toBe('chambre-des-artisans-sint-anna-oost');
  });

  it('give a name without Latin letters or digits a stable address of its own', () => {
    expect(organisationSlug('東京')).toMatch(/^org-[0-9a-z]+$/);
    expect(organisationSlug('東京')).toBe(organisationSlug('東京'));
    expect(organisationSlug('東京')).not.toBe(organisationSlug('大阪'));
  });
});

describe('grouping appointments per organisation', () => {
  const groups = groupOrganisations(entries);

  it('counts names that differ only in case or accents as one organisation, named as written most often', () => {
    const kanaal = groups.find((group) => group.slug === 'wijkcomite-kanaal');
    expect(kanaal?.name).toBe('Wijkcomité Kanaal');
    expect(kanaal?.names).toEqual(['Wijkcomité Kanaal', 'Wijkcomite kanaal']);
  });

  it('lists every appointment with an organisation once, in the agenda’s order', () => {
    expect(groups.find((group) => group.slug === 'wijkcomite-kanaal')?.entries.map((entry) => entry.id)).toEqual(['e4', 'e2', 'e1']);
  });

  it('counts which officials met an organisation how often, most often first', () => {
    expect(groups.find((group) => group.slug === 'wijkcomite-kanaal')?.officials).toEqual([{ id: 'an', count: 3 }, { id: 'karim', count: 1 }]);
  });

  it('gives the first and last day an organisation was met', () => {
    const kanaal = groups.find((group) => group.slug === 'wijkcomite-kanaal');
    expect([kanaal?.first, kanaal?.last]).toEqual(['2025-02-03', '2025-05-02']);
  });

  it('orders organisations by number of appointments, and never lists private individuals', () => {
    expect(groups.map((group) => group.slug)).toEqual(['wijkcomite-kanaal', 'fietsersvereniging-noordkant']);
    expect(groups.flatMap((group) => group.entries).some((entry) => entry.id === 'e3')).toBe(false);
  });
});
