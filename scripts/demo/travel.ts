/**
 * Trips of officials paid by others, for the demo: study visits, conferences and twinning visits paid by
 * fictional associations, foundations and networks, each from the random stream `travel` alone, so that
 * the other kinds stay as they were. As real registers write them: some dated only to their month, some
 * of unknown value, a few valued only as a range or a bound.
 */
import { localizedColumns, type Lang, type Row } from './format.ts';
import type { Random } from './random.ts';

/** What a trip was for, per language, and where such trips go. */
const PURPOSES: Array<{ nl: string; fr: string; en: string; destinations: readonly string[]; payers: readonly string[]; min: number; max: number }> = [
  {
    nl: 'Studiebezoek over autoluwe stadskernen',
    fr: 'Visite d’étude sur les centres-villes apaisés',
    en: 'Study visit on low-traffic town centres',
    destinations: ['Gent, België', 'Utrecht, Nederland', 'Straatsburg, Frankrijk'],
    payers: ['Vereniging van Kanaalsteden', 'Netwerk Fietsvriendelijke Gemeenten'],
    min: 180,
    max: 650,
  },
  {
    nl: 'Conferentie over open overheidsdata',
    fr: 'Conférence sur les données publiques ouvertes',
    en: 'Conference on open government data',
    destinations: ['Lissabon, Portugal', 'Tallinn, Estland', 'Wenen, Oostenrijk'],
    payers: ['Stichting Open Raadhuis', 'Fondation Transparence Locale'],
    min: 600,
    max: 1900,
  },
  {
    nl: 'Werkbezoek over sociale woningbouw',
    fr: 'Visite de travail sur le logement social',
    en: 'Working visit on social housing',
    destinations: ['Wenen, Oostenrijk', 'Kopenhagen, Denemarken', 'Rijsel, Frankrijk'],
    payers: ['Europees Huisvestingsplatform Noordzee', 'Vereniging van Kanaalsteden'],
    min: 350,
    max: 1200,
  },
  {
    nl: 'Bezoek aan de partnerstad',
    fr: 'Visite à la ville jumelée',
    en: 'Visit to the twin town',
    destinations: ['Vaartstad-aan-Zee, Frankrijk', 'Rivenborg, Duitsland'],
    payers: ['Comité de jumelage Rives Unies', 'Partnerschaftsverein Rivenborg'],
    min: 150,
    max: 500,
  },
  {
    nl: 'Seminarie over klimaatadaptatie in havensteden',
    fr: 'Séminaire sur l’adaptation climatique des villes portuaires',
    en: 'Seminar on climate adaptation in port cities',
    destinations: ['Rotterdam, Nederland', 'Hamburg, Duitsland', 'Bordeaux, Frankrijk'],
    payers: ['Stichting Havens en Klimaat', 'Association des Villes Fluviales'],
    min: 400,
    max: 1400,
  },
];

const LANG_SETS: Lang[][] = [['nl'], ['nl', 'fr'], ['nl', 'fr', 'en'], ['fr']];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const euros = (value: number) => `${value}.00`;

/** A few trips a year, each of an official in office on its first day, numbered per year (`t-2025-0001`). */
export function makeTravel(options: { years: readonly number[]; perYear: number; until: string; rnd: Random; activeOn: (date: string) => ReadonlyArray<{ id: string }> }): Row[] {
  const { years, perYear, until, rnd, activeOn } = options;
  const trips: Array<Row & { sortKey: string }> = [];
  for (const year of years) {
    for (let n = 0; n < perYear; n++) {
      const from = addDays(`${year}-01-01`, rnd.int(0, 360));
      const nights = rnd.int(0, 3);
      const to = addDays(from, nights);
      const purpose = rnd.pick(PURPOSES);
      const destination = rnd.pick(purpose.destinations);
      const paidBy = rnd.pick(purpose.payers);
      const langs = rnd.pick(LANG_SETS);
      const estimate = rnd.int(purpose.min, purpose.max);
      const valueForm = rnd.next();
      const dateForm = rnd.next();
      const people = activeOn(from);
      if (to > until || people.length === 0) continue;
      const official = rnd.pick(people).id;
      // Values as registers state them: mostly an amount, some unknown, a few a range or a bound.
      const value = valueForm < 0.2 ? 'unknown' : valueForm < 0.35 ? `${Math.floor(estimate / 100) * 100}-${Math.floor(estimate / 100) * 100 + 200}` : valueForm < 0.42 && estimate < 500 ? '< 500' : euros(estimate);
      // A register that names only the month names it for both ends, even for a trip over two months.
      const monthOnly = dateForm < 0.25;
      trips.push({
        sortKey: from,
        id: '',
        from: monthOnly ? from.slice(0, 7) : from,
        to: monthOnly ? to.slice(0, 7) : to,
        official,
        destination,
        ...localizedColumns('purpose', Object.fromEntries(langs.map((lang) => [lang, purpose[lang]]))),
        paidBy,
        value,
      });
    }
  }
  trips.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const count = new Map<string, number>();
  return trips.map(({ sortKey, ...trip }) => {
    const year = sortKey.slice(0, 4);
    count.set(year, (count.get(year) ?? 0) + 1);
    return { ...trip, id: `t-${year}-${String(count.get(year)).padStart(4, '0')}` };
  });
}
