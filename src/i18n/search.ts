/** Search (Pagefind). */
import type { Messages } from './messages.ts';

export const search = {
  'search.title': { en: 'Search', nl: 'Zoeken', fr: 'Rechercher' },
  'search.label': { en: 'Search the site', nl: 'Zoeken op de site', fr: 'Rechercher sur le site' },
  'search.submit': { en: 'Search', nl: 'Zoek', fr: 'Rechercher' },
  'search.intro': {
    en: 'Search the pages of {name}: officials, meetings, organisations met, datasets and ethics checks.',
    nl: 'Zoek in de pagina’s van {name}: mandatarissen, vergaderingen, ontmoete organisaties, datasets en ethische controles.',
    fr: 'Cherchez dans les pages de {name} : mandataires, réunions, organisations rencontrées, jeux de données et contrôles éthiques.',
  },
  'search.query': { en: 'Words to search for', nl: 'Zoekwoorden', fr: 'Mots à rechercher' },
  'search.queryHelp': {
    en: 'A name, a topic or a word from a decision.',
    nl: 'Een naam, een onderwerp of een woord uit een besluit.',
    fr: 'Un nom, un thème ou un mot d’une décision.',
  },
  'search.filters': { en: 'Narrow the results', nl: 'Verfijn de resultaten', fr: 'Affiner les résultats' },
  'search.filterType': { en: 'Kind of page', nl: 'Soort pagina', fr: 'Type de page' },
  'search.filterOfficial': { en: 'Official', nl: 'Mandataris', fr: 'Mandataire' },
  'search.filterYear': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'search.filterBody': { en: 'Body', nl: 'Orgaan', fr: 'Organe' },
  'search.any': { en: 'Any', nl: 'Alle', fr: 'Tous' },
  'search.results': { en: 'Results', nl: 'Resultaten', fr: 'Résultats' },
  'search.count': {
    en: '{count, plural, one {# result} other {# results}}',
    nl: '{count, plural, one {# resultaat} other {# resultaten}}',
    fr: '{count, plural, one {# résultat} other {# résultats}}',
  },
  'search.none': {
    en: 'Nothing was found. Try other words or fewer filters.',
    nl: 'Niets gevonden. Probeer andere woorden of minder filters.',
    fr: 'Rien n’a été trouvé. Essayez d’autres mots ou moins de filtres.',
  },
  'search.empty': {
    en: 'Type a word or choose a filter to search.',
    nl: 'Typ een woord of kies een filter om te zoeken.',
    fr: 'Tapez un mot ou choisissez un filtre pour rechercher.',
  },
  'search.loading': { en: 'Searching…', nl: 'Bezig met zoeken…', fr: 'Recherche en cours…' },
  'search.more': { en: 'Show more results', nl: 'Toon meer resultaten', fr: 'Afficher plus de résultats' },
  'search.error': {
    en: 'The search could not be loaded. Every page can also be reached from the menu.',
    nl: 'De zoekfunctie kon niet worden geladen. Elke pagina is ook bereikbaar via het menu.',
    fr: 'La recherche n’a pas pu être chargée. Chaque page est aussi accessible depuis le menu.',
  },
  'search.noScript': {
    en: 'Searching needs JavaScript. Without it, every page can be reached from the menu and the lists of officials, meetings and datasets.',
    nl: 'Zoeken vraagt JavaScript. Zonder JavaScript is elke pagina bereikbaar via het menu en de lijsten van mandatarissen, vergaderingen en datasets.',
    fr: 'La recherche nécessite JavaScript. Sans lui, chaque page reste accessible depuis le menu et les listes de mandataires, de réunions et de jeux de données.',
  },
  'search.type.official': { en: 'Official', nl: 'Mandataris', fr: 'Mandataire' },
  'search.type.meeting': { en: 'Meeting', nl: 'Vergadering', fr: 'Réunion' },
  'search.type.organisation': { en: 'Organisation met', nl: 'Ontmoete organisatie', fr: 'Organisation rencontrée' },
  'search.type.dataset': { en: 'Dataset', nl: 'Dataset', fr: 'Jeu de données' },
  'search.type.rule': { en: 'Ethics check', nl: 'Ethische controle', fr: 'Contrôle éthique' },
  'search.type.money': { en: 'Money', nl: 'Financiën', fr: 'Finances' },
  'search.type.page': { en: 'Page', nl: 'Pagina', fr: 'Page' },
} as const satisfies Messages;
