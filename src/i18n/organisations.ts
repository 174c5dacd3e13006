/** The organisations met, and the page of each. */
import type { Messages } from './messages.ts';

export const organisations = {
  'organisations.title': { en: 'Organisations met', nl: 'Ontmoete organisaties', fr: 'Organisations rencontrées' },
  'organisations.intro': {
    en: 'Every organisation that officials met according to their agendas: how often, by whom and when. Private individuals are never named; the agenda only counts them.',
    nl: 'Elke organisatie die mandatarissen volgens hun agenda ontmoetten: hoe vaak, door wie en wanneer. Privépersonen worden nooit genoemd; de agenda telt ze alleen.',
    fr: 'Chaque organisation que les mandataires ont rencontrée selon leur agenda : combien de fois, par qui et quand. Les particuliers ne sont jamais nommés ; l’agenda les compte seulement.',
  },
  'organisations.name': { en: 'Organisation', nl: 'Organisatie', fr: 'Organisation' },
  'organisations.appointments': { en: 'Appointments', nl: 'Afspraken', fr: 'Rendez-vous' },
  'organisations.officials': { en: 'Met by', nl: 'Ontmoet door', fr: 'Rencontrée par' },
  'organisations.last': { en: 'Last met', nl: 'Laatst ontmoet', fr: 'Dernière rencontre' },
  'organisations.count': {
    en: '{count, plural, one {# organisation} other {# organisations}}',
    nl: '{count, plural, one {# organisatie} other {# organisaties}}',
    fr: '{count, plural, one {# organisation} other {# organisations}}',
  },
  'organisations.private': {
    en: 'Appointments with private individuals: {count, number}, with {people, plural, one {# person} other {# people}} together. They are counted, never named.',
    nl: 'Afspraken met privépersonen: {count, number}, met samen {people, plural, one {# persoon} other {# personen}}. Ze worden geteld, nooit genoemd.',
    fr: 'Rendez-vous avec des particuliers : {count, number}, avec {people, plural, one {# personne} other {# personnes}} au total. Ils sont comptés, jamais nommés.',
  },
  'organisations.none': {
    en: 'No organisation is named in the agenda.',
    nl: 'Er wordt geen organisatie genoemd in de agenda.',
    fr: 'Aucune organisation n’est nommée dans l’agenda.',
  },
  'organisations.others': {
    en: '{count, plural, one {and one other} other {and # others}}',
    nl: '{count, plural, one {en nog één} other {en # anderen}}',
    fr: '{count, plural, one {et une autre personne} other {et # autres}}',
  },
  'organisations.az': { en: 'By name, A to Z', nl: 'Op naam, van A tot Z', fr: 'Par nom, de A à Z' },
  'organisations.otherInitial': { en: '0–9 and other', nl: '0–9 en andere', fr: '0–9 et autres' },
  'organisations.initialCount': {
    en: '{count, plural, one {# organisation} other {# organisations}}',
    nl: '{count, plural, one {# organisatie} other {# organisaties}}',
    fr: '{count, plural, one {# organisation} other {# organisations}}',
  },
  'organisations.most': { en: 'Met most often', nl: 'Het vaakst ontmoet', fr: 'Les plus rencontrées' },
  'organisations.mostIntro': {
    en: '{shown, plural, one {The organisation} other {The # organisations}} met most often, of {count, number}. Every organisation is in the list by name, A to Z.',
    nl: '{shown, plural, one {De organisatie} other {De # organisaties}} die het vaakst werd{shown, plural, one {} other {en}} ontmoet, van de {count, number}. Elke organisatie staat in de lijst op naam, van A tot Z.',
    fr: '{shown, plural, one {L’organisation la plus rencontrée} other {Les # organisations les plus rencontrées}}, sur {count, number}. Chaque organisation figure dans la liste par nom, de A à Z.',
  },
  'organisations.allIntro': {
    en: '{count, plural, one {The one organisation met.} other {All # organisations, met most often first.}}',
    nl: '{count, plural, one {De enige ontmoete organisatie.} other {Alle # organisaties, de vaakst ontmoete eerst.}}',
    fr: '{count, plural, one {La seule organisation rencontrée.} other {Les # organisations, les plus rencontrées d’abord.}}',
  },
  'organisations.initialTitle': {
    en: 'Organisations met: {initial}',
    nl: 'Ontmoete organisaties: {initial}',
    fr: 'Organisations rencontrées : {initial}',
  },
  'organisations.initialPageTitle': {
    en: 'Organisations met: {initial}, page {page} of {pages}',
    nl: 'Ontmoete organisaties: {initial}, pagina {page} van {pages}',
    fr: 'Organisations rencontrées : {initial}, page {page} sur {pages}',
  },
  'organisations.initialIntro': {
    en: '{count, plural, one {# organisation} other {# organisations}} whose name starts with {initial}, in alphabetical order.',
    nl: '{count, plural, one {# organisatie} other {# organisaties}} waarvan de naam met {initial} begint, in alfabetische volgorde.',
    fr: '{count, plural, one {# organisation dont} other {# organisations dont}} le nom commence par {initial}, par ordre alphabétique.',
  },
  'organisations.otherIntro': {
    en: '{count, plural, one {# organisation} other {# organisations}} whose name starts with a digit or a character other than A to Z, in alphabetical order.',
    nl: '{count, plural, one {# organisatie} other {# organisaties}} waarvan de naam met een cijfer of een ander teken dan A tot Z begint, in alfabetische volgorde.',
    fr: '{count, plural, one {# organisation dont} other {# organisations dont}} le nom commence par un chiffre ou un autre caractère que A à Z, par ordre alphabétique.',
  },
  'organisations.range': {
    en: 'Organisations {first}–{last} of {total}',
    nl: 'Organisaties {first}–{last} van {total}',
    fr: 'Organisations {first} à {last} sur {total}',
  },
  'organisations.pairTitle': {
    en: 'Organisations met fewer than {from, plural, one {# time} other {# times}}: {pair}…',
    nl: 'Organisaties die minder dan {from, plural, one {# keer} other {# keer}} ontmoet werden: {pair}…',
    fr: 'Organisations rencontrées moins de {from, plural, one {# fois} other {# fois}} : {pair}…',
  },
  'organisations.pairIntro': {
    en: '{count, plural, one {# organisation} other {# organisations}} met fewer than {from, plural, one {# time} other {# times}} whose address starts with “{pair}”, with {count, plural, one {its appointments} other {their appointments}}. An organisation met more often has a page of its own.',
    nl: '{count, plural, one {# organisatie} other {# organisaties}} die minder dan {from, plural, one {# keer} other {# keer}} ontmoet {count, plural, one {werd} other {werden}} en waarvan het adres met “{pair}” begint, met {count, plural, one {haar} other {hun}} afspraken. Een organisatie die vaker ontmoet werd, heeft een eigen pagina.',
    fr: '{count, plural, one {# organisation rencontrée} other {# organisations rencontrées}} moins de {from, plural, one {# fois} other {# fois}} dont l’adresse commence par « {pair} », avec {count, plural, one {ses} other {leurs}} rendez-vous. Une organisation rencontrée plus souvent a sa propre page.',
  },
  'organisations.pairs': {
    en: 'Met fewer than {from, plural, one {# time} other {# times}}, with their appointments:',
    nl: 'Minder dan {from, plural, one {# keer} other {# keer}} ontmoet, met hun afspraken:',
    fr: 'Rencontrées moins de {from, plural, one {# fois} other {# fois}}, avec leurs rendez-vous :',
  },
  'organisations.initialPages': { en: 'Pages of {initial}', nl: "Pagina's van {initial}", fr: 'Pages de la lettre {initial}' },
  'organisations.filterTitle': { en: 'Find an organisation', nl: 'Een organisatie zoeken', fr: 'Trouver une organisation' },
  'organisations.filterName': { en: 'Name contains', nl: 'Naam bevat', fr: 'Le nom contient' },
  'organisations.filterHelp': {
    en: 'One or more words of the name; accents and capitals do not matter.',
    nl: 'Een of meer woorden van de naam; accenten en hoofdletters maken niet uit.',
    fr: 'Un ou plusieurs mots du nom ; les accents et les majuscules n’importent pas.',
  },
  'organisations.filterSubmit': { en: 'Find', nl: 'Zoeken', fr: 'Chercher' },
  'organisations.results': { en: 'Organisations found', nl: 'Gevonden organisaties', fr: 'Organisations trouvées' },
  'organisations.matches': {
    en: '{count, plural, one {# organisation matches} other {# organisations match}} “{query}”.',
    nl: '{count, plural, one {# organisatie past} other {# organisaties passen}} bij “{query}”.',
    fr: '{count, plural, one {# organisation correspond} other {# organisations correspondent}} à « {query} ».',
  },
  'organisations.noMatch': {
    en: 'No organisation matches “{query}”. The list by name, A to Z, has every organisation.',
    nl: 'Geen organisatie past bij “{query}”. De lijst op naam, van A tot Z, bevat elke organisatie.',
    fr: 'Aucune organisation ne correspond à « {query} ». La liste par nom, de A à Z, les contient toutes.',
  },
  'organisations.more': {
    en: 'Show {count, plural, one {# more} other {# more}}',
    nl: 'Toon er nog {count, number}',
    fr: 'En afficher {count, number} de plus',
  },
  'organisations.loading': { en: 'Loading the list of organisations…', nl: 'De lijst van organisaties wordt geladen…', fr: 'Chargement de la liste des organisations…' },
  'organisations.error': {
    en: 'The list could not be loaded. The list by name, A to Z, has every organisation.',
    nl: 'De lijst kon niet worden geladen. De lijst op naam, van A tot Z, bevat elke organisatie.',
    fr: 'La liste n’a pas pu être chargée. La liste par nom, de A à Z, contient chaque organisation.',
  },
  'organisation.who': {
    en: 'Who met it how often',
    nl: 'Wie ontmoette ze hoe vaak',
    fr: 'Qui l’a rencontrée et combien de fois',
  },
  'organisation.all': {
    en: 'Every appointment with {name}',
    nl: 'Alle afspraken met {name}',
    fr: 'Tous les rendez-vous avec {name}',
  },
  'organisation.summary': {
    en: '{count, plural, one {# appointment} other {# appointments}} between {first} and {last}.',
    nl: '{count, plural, one {# afspraak} other {# afspraken}} tussen {first} en {last}.',
    fr: '{count, plural, other {# rendez-vous}} entre le {first} et le {last}.',
  },
  'organisation.registers': { en: 'In public registers', nl: 'In openbare registers', fr: 'Dans les registres publics' },
  'organisation.spellings': { en: 'Also written as', nl: 'Ook geschreven als', fr: 'Aussi écrit' },
  'organisation.filter': {
    en: 'Filter the agenda on this organisation',
    nl: 'Filter de agenda op deze organisatie',
    fr: 'Filtrer l’agenda sur cette organisation',
  },
} as const satisfies Messages;
