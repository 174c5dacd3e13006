/** The home page. */
import type { Messages } from './messages.ts';

export const home = {
  'home.figures': { en: 'Key figures', nl: 'Kerncijfers', fr: 'Chiffres clés' },
  'home.currentOfficials': {
    en: '{count, plural, one {official in office} other {officials in office}}',
    nl: '{count, plural, one {mandataris in functie} other {mandatarissen in functie}}',
    fr: '{count, plural, one {mandataire en fonction} other {mandataires en fonction}}',
  },
  'home.appointmentsRecent': {
    en: '{count, plural, one {appointment} other {appointments}} in the last {days, plural, one {# day} other {# days}}',
    nl: '{count, plural, one {afspraak} other {afspraken}} in de laatste {days, plural, one {# dag} other {# dagen}}',
    fr: '{count, plural, other {rendez-vous}} {days, plural, one {le dernier jour} other {ces # derniers jours}}',
  },
  'home.meetings': {
    en: '{count, plural, one {meeting with minutes} other {meetings with minutes}}',
    nl: '{count, plural, one {vergadering met notulen} other {vergaderingen met notulen}}',
    fr: '{count, plural, one {réunion avec procès-verbal} other {réunions avec procès-verbal}}',
  },
  'home.spentThisYear': { en: 'spent in {year}', nl: 'uitgegeven in {year}', fr: 'dépensés en {year}' },
  'home.latestAgenda': { en: 'Latest appointments', nl: 'Laatste afspraken', fr: 'Derniers rendez-vous' },
  'home.latestMeetings': { en: 'Latest meetings', nl: 'Laatste vergaderingen', fr: 'Dernières réunions' },
  'home.allAgenda': { en: 'The whole agenda', nl: 'De volledige agenda', fr: 'Tout l’agenda' },
  'home.allMeetings': { en: 'All meetings', nl: 'Alle vergaderingen', fr: 'Toutes les réunions' },
} as const satisfies Messages;
