/** The RSS feed and the iCalendar feeds. */
import type { Messages } from './messages.ts';

export const feeds = {
  'feed.rss': { en: 'News feed (RSS)', nl: 'Nieuwsfeed (RSS)', fr: 'Fil d’actualité (RSS)' },
  'feed.calendarAll': {
    en: 'Calendar of every appointment (iCalendar)',
    nl: 'Agenda van alle afspraken (iCalendar)',
    fr: 'Calendrier de tous les rendez-vous (iCalendar)',
  },
  'feed.field': { en: '{label}: {value}', nl: '{label}: {value}', fr: '{label} : {value}' },
  'feed.subscribe': { en: 'subscribe (webcal)', nl: 'abonneren (webcal)', fr: 's’abonner (webcal)' },
  'feed.title': {
    en: '{name}: appointments and minutes',
    nl: '{name}: afspraken en notulen',
    fr: '{name} : rendez-vous et procès-verbaux',
  },
  'feed.description': {
    en: 'The newest appointments of the officials of {name}, and the newest minutes of its meetings.',
    nl: 'De nieuwste afspraken van de mandatarissen van {name}, en de nieuwste notulen van de vergaderingen.',
    fr: 'Les derniers rendez-vous des mandataires de {name} et les derniers procès-verbaux de ses réunions.',
  },
  'feed.officials': { en: 'Officials', nl: 'Mandatarissen', fr: 'Mandataires' },
  'feed.topics': { en: 'Topics', nl: 'Onderwerpen', fr: 'Thèmes' },
  'feed.noEnd': {
    en: 'End time not recorded; shown as {minutes, plural, one {# minute} other {# minutes}}.',
    nl: 'Einduur niet vermeld; getoond als {minutes, plural, one {# minuut} other {# minuten}}.',
    fr: 'Heure de fin non indiquée ; affiché sur {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'feed.noTime': {
    en: 'Time not stated; shown as a whole day.',
    nl: 'Uur niet vermeld; getoond als hele dag.',
    fr: 'Heure non indiquée ; affiché sur toute la journée.',
  },
  'feed.minutesIn': {
    en: 'Minutes written in: {languages}',
    nl: 'Notulen geschreven in: {languages}',
    fr: 'Procès-verbal rédigé en : {languages}',
  },
  'feed.minutesTitle': { en: 'Minutes: {meeting}', nl: 'Notulen: {meeting}', fr: 'Procès-verbal : {meeting}' },
  'feed.calendarName': {
    en: '{name}: agenda ({organisation})',
    nl: '{name}: agenda ({organisation})',
    fr: '{name} : agenda ({organisation})',
  },
  'feed.calendarAllName': {
    en: '{organisation}: agenda of every official',
    nl: '{organisation}: agenda van alle mandatarissen',
    fr: '{organisation} : agenda de tous les mandataires',
  },
} as const satisfies Messages;
