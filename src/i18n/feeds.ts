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
  'feed.calendarAllFrom': {
    en: 'Appointments from {month} onward: the recent and the planned ones. Every appointment since the start is in the agenda dataset (open data).',
    nl: 'Afspraken vanaf {month}: de recente en de geplande. Alle afspraken sinds het begin staan in de dataset van de agenda (open data).',
    fr: 'Rendez-vous à partir de {month} : les récents et les prévus. Tous les rendez-vous depuis le début sont dans le jeu de données de l’agenda (données ouvertes).',
  },
  'feed.page': { en: 'Page', nl: 'Pagina', fr: 'Page' },
  'feed.bodyCalendarName': {
    en: '{body}: meetings ({organisation})',
    nl: '{body}: vergaderingen ({organisation})',
    fr: '{body} : réunions ({organisation})',
  },
  'feed.bodyCalendar': {
    en: 'Calendar of these meetings (iCalendar)',
    nl: 'Agenda van deze vergaderingen (iCalendar)',
    fr: 'Calendrier de ces réunions (iCalendar)',
  },
  'feed.meetingSummary': { en: 'Meeting: {body}', nl: 'Vergadering: {body}', fr: 'Réunion : {body}' },
  'follow.follow': { en: 'Follow: {feed}', nl: 'Volgen: {feed}', fr: 'Suivre : {feed}' },
  'follow.atom': { en: 'news feed (Atom)', nl: 'nieuwsfeed (Atom)', fr: 'fil d’actualité (Atom)' },
  'follow.officialHelp': {
    en: 'New appointments, declarations, gifts, pay months and signals of {name}, newest first, in a feed reader.',
    nl: 'Nieuwe afspraken, aangiften, geschenken, vergoedingen per maand en signalen van {name}, de nieuwste eerst, in een feedlezer.',
    fr: 'Les nouveaux rendez-vous, déclarations, cadeaux, rémunérations mensuelles et signaux de {name}, les plus récents d’abord, dans un lecteur de flux.',
  },
  'follow.officialTitle': { en: '{name}: new records ({organisation})', nl: '{name}: nieuwe gegevens ({organisation})', fr: '{name} : nouvelles données ({organisation})' },
  'follow.ruleTitle': { en: '{rule}: new signals ({organisation})', nl: '{rule}: nieuwe signalen ({organisation})', fr: '{rule} : nouveaux signaux ({organisation})' },
  'follow.signalsTitle': { en: '{organisation}: new signals of the ethics rules', nl: '{organisation}: nieuwe signalen van de deontologische regels', fr: '{organisation} : nouveaux signaux des règles déontologiques' },
  'follow.ruleLink': { en: 'Follow the signals of this rule (Atom)', nl: 'Volg de signalen van deze regel (Atom)', fr: 'Suivre les signaux de cette règle (Atom)' },
  'follow.signalsLink': { en: 'Follow every signal (Atom)', nl: 'Volg alle signalen (Atom)', fr: 'Suivre tous les signaux (Atom)' },
  'follow.kind.agenda': { en: 'Appointment', nl: 'Afspraak', fr: 'Rendez-vous' },
  'follow.kind.declaration': { en: 'Declaration', nl: 'Aangifte', fr: 'Déclaration' },
  'follow.kind.gift': { en: 'Gift', nl: 'Geschenk', fr: 'Cadeau' },
  'follow.kind.pay': { en: 'Pay', nl: 'Vergoeding', fr: 'Rémunération' },
  'follow.kind.signal': { en: 'Signal', nl: 'Signaal', fr: 'Signal' },
  'follow.declarationTitle': { en: 'Declaration of interests for {year}', nl: 'Belangenaangifte over {year}', fr: 'Déclaration d’intérêts pour {year}' },
  'follow.declarationSummary': {
    en: 'Submitted on {date}: {income, plural, one {# income source} other {# income sources}}, {positions, plural, one {# side position} other {# side positions}}, {assets, plural, one {# asset} other {# assets}}.',
    nl: 'Ingediend op {date}: {income, plural, one {# inkomstenbron} other {# inkomstenbronnen}}, {positions, plural, one {# nevenfunctie} other {# nevenfuncties}}, {assets, plural, one {# vermogensbestanddeel} other {# vermogensbestanddelen}}.',
    fr: 'Déposée le {date} : {income, plural, one {# source de revenus} other {# sources de revenus}}, {positions, plural, one {# fonction accessoire} other {# fonctions accessoires}}, {assets, plural, one {# élément de patrimoine} other {# éléments de patrimoine}}.',
  },
  'follow.giftTitle': { en: 'Gift from {giver}', nl: 'Geschenk van {giver}', fr: 'Cadeau de {giver}' },
  'follow.payTitle': { en: 'Pay for {month}', nl: 'Vergoeding voor {month}', fr: 'Rémunération de {month}' },
} as const satisfies Messages;
