/**
 * The organisations a parliament's members meet (size P): tens of thousands of invented names, put
 * together from words, so that a register of lobby meetings can name over 15,000 different ones. Every
 * name is fictional: associations of a trade in an invented place, and companies with invented names.
 * The list is the same every time (no randomness); which organisations a meeting names is drawn from a
 * stream of its own (`organisationsMet`), so that the other sizes draw exactly what they drew before.
 */
import type { Random } from './random.ts';
import { ORGANISATION_PARTS } from './vocabulary.ts';

/** Invented places (those of the demo and a few more), never a real region. */
const PLACES = [...ORGANISATION_PARTS.second, 'Hoogveld', 'Valbruyère', 'Lindenhof', 'Mont-Sorel', 'Wilgendaal', 'Roche-Basse', 'Bremstrand', 'Clos-Fleuri', 'Eikenrode', 'Val-Doré'];

const ASSOCIATIONS: ReadonlyArray<{ kinds: readonly string[]; trades: readonly string[] }> = [
  {
    kinds: ['Federatie van', 'Vereniging van', 'Beroepsvereniging van', 'Platform van', 'Koepel van', 'Netwerk van'],
    trades: [
      'Zonne-installateurs', 'Binnenvaartondernemers', 'Zuivelproducenten', 'Fietsherstellers', 'Kinderopvanginitiatieven', 'Warmtepompinstallateurs',
      'Huurdersverenigingen', 'Biologische Telers', 'Thuisverplegers', 'Recyclagebedrijven', 'Muziekscholen', 'Brouwerijen', 'Taxibedrijven',
      'Drukkerijen', 'Waterbedrijven', 'Windparkuitbaters', 'Glastuinbouwers', 'Vastgoedbeheerders', 'Schoonmaakbedrijven', 'Busvervoerders',
      'Bakkers', 'Boekhandels', 'Dakwerkers', 'Landmeters', 'Logopedisten', 'Natuurverenigingen', 'Ouderverenigingen', 'Speelpleinwerkingen',
      'Zorgboerderijen', 'Energieleveranciers',
    ],
  },
  {
    kinds: ['Fédération des', 'Union des', 'Association des', 'Chambre des', 'Collectif des', 'Réseau des'],
    trades: [
      'Installateurs solaires', 'Bateliers', 'Producteurs laitiers', 'Réparateurs de vélos', 'Crèches indépendantes', 'Chauffagistes',
      'Locataires', 'Maraîchers bio', 'Infirmiers à domicile', 'Entreprises de recyclage', 'Académies de musique', 'Brasseurs', 'Exploitants de taxis',
      'Imprimeurs', 'Distributeurs d’eau', 'Exploitants éoliens', 'Horticulteurs', 'Gestionnaires immobiliers', 'Entreprises de nettoyage', 'Autocaristes',
      'Boulangers', 'Libraires', 'Couvreurs', 'Géomètres', 'Logopèdes', 'Amis de la nature', 'Associations de parents', 'Plaines de jeux',
      'Fermes pédagogiques', 'Fournisseurs d’énergie',
    ],
  },
  {
    kinds: ['Alliance for', 'Council for', 'Coalition for', 'Forum for', 'Institute for'],
    trades: [
      'Sustainable Packaging', 'Inland Shipping', 'Rural Broadband', 'Circular Textiles', 'Clean Heating', 'Urban Cycling', 'Digital Rights',
      'Affordable Housing', 'Water Stewardship', 'Offshore Wind', 'Fair Tourism', 'Safe Chemicals', 'Open Science', 'Healthy Soils',
      'Battery Recycling', 'Youth Employment', 'Rail Freight', 'Local Media', 'Accessible Transport', 'Food Donation', 'Green Hydrogen',
      'Patient Safety', 'Plant Proteins', 'Cultural Heritage',
    ],
  },
];

const ROOTS = ['Vel', 'Kor', 'Tam', 'Bri', 'Lum', 'Dar', 'Sol', 'Ven', 'Mar', 'Quel', 'Ost', 'Nor', 'Fal', 'Ger', 'Hal', 'Isk'];
const ENDINGS = ['dex', 'mark', 'tris', 'vio', 'lon', 'gard', 'wel', 'cor', 'nova', 'plex', 'ium', 'ara', 'sen', 'tho'];
const BUSINESSES = ['Energy', 'Logistics', 'Pharma', 'Foods', 'Mobility', 'Data', 'Bouw', 'Chemie', 'Consult', 'Immo', 'Textiles', 'Agri'];
const FORMS = ['NV', 'BV', 'SA', 'SRL'];

let cached: string[] | undefined;

/**
 * Every organisation a member may meet: about 14,000 associations (a trade in a place) and 10,000
 * companies (an invented name, a business, a legal form), interleaved so that the organisations met
 * most often are of every kind. Names and slugs are all different.
 */
export function parliamentOrganisations(): readonly string[] {
  if (cached) return cached;
  const associations = ASSOCIATIONS.flatMap(({ kinds, trades }) => PLACES.flatMap((place) => trades.flatMap((trade) => kinds.map((kind) => `${kind} ${trade} ${place}`))));
  const companies = FORMS.flatMap((form) => BUSINESSES.flatMap((business) => ENDINGS.flatMap((ending) => ROOTS.map((root) => `${root}${ending} ${business} ${form}`))));
  const names: string[] = [];
  for (let i = 0; i < Math.max(associations.length, companies.length); i++) {
    // A fixed stride through each list, so that neighbours differ in every word.
    if (i < associations.length) names.push(associations[(i * 7919) % associations.length] as string);
    if (i < companies.length) names.push(companies[(i * 7907) % companies.length] as string);
  }
  return (cached = names);
}

/**
 * The organisations one meeting names: `min` to `max` different ones, a few met often and most rarely
 * (the index is skewed towards the start of the list), as in the lobby registers of parliaments.
 */
export function organisationsMet(rnd: Random, min: number, max: number): string {
  const pool = parliamentOrganisations();
  const count = rnd.int(min, max);
  const names = new Set<string>();
  while (names.size < count) names.add(pool[Math.floor(pool.length * rnd.next() ** 1.6)] as string);
  return [...names].join('; ');
}
