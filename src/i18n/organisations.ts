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
  'organisation.spellings': { en: 'Also written as', nl: 'Ook geschreven als', fr: 'Aussi écrit' },
  'organisation.filter': {
    en: 'Filter the agenda on this organisation',
    nl: 'Filter de agenda op deze organisatie',
    fr: 'Filtrer l’agenda sur cette organisation',
  },
} as const satisfies Messages;
