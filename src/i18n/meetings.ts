/** Meetings per body and the page of each meeting. */
import type { Messages } from './messages.ts';

export const meetings = {
  'meetings.title': { en: 'Meetings', nl: 'Vergaderingen', fr: 'Réunions' },
  'meetings.intro': {
    en: 'Meetings of every body, with their agenda, decisions, votes, attendance and minutes.',
    nl: 'De vergaderingen van elk orgaan, met agenda, besluiten, stemmingen, aanwezigheden en notulen.',
    fr: 'Les réunions de chaque organe, avec leur ordre du jour, décisions, votes, présences et procès-verbaux.',
  },
  'meetings.count': {
    en: '{count, plural, one {# meeting} other {# meetings}}',
    nl: '{count, plural, one {# vergadering} other {# vergaderingen}}',
    fr: '{count, plural, one {# réunion} other {# réunions}}',
  },
  'meeting.sourceOf': {
    en: ': the page of the meeting “{name}” where it was published',
    nl: ': de pagina van de vergadering “{name}” waar ze gepubliceerd werd',
    fr: ' : la page de la réunion « {name} » là où elle a été publiée',
  },
  'meeting.items': { en: 'Agenda and decisions', nl: 'Agenda en besluiten', fr: 'Ordre du jour et décisions' },
  'meeting.decision': { en: 'Decision', nl: 'Besluit', fr: 'Décision' },
  'meeting.votes': { en: 'Votes', nl: 'Stemming', fr: 'Vote' },
  'meeting.for': { en: 'for', nl: 'voor', fr: 'pour' },
  'meeting.against': { en: 'against', nl: 'tegen', fr: 'contre' },
  'meeting.abstain': { en: 'abstentions', nl: 'onthoudingen', fr: 'abstentions' },
  'meeting.attendance': { en: 'Attendance', nl: 'Aanwezigheden', fr: 'Présences' },
  'meeting.present': { en: 'Present', nl: 'Aanwezig', fr: 'Présents' },
  'meeting.excused': { en: 'Excused', nl: 'Verontschuldigd', fr: 'Excusés' },
  'meeting.absent': { en: 'Absent', nl: 'Afwezig', fr: 'Absents' },
  'meeting.minutes': { en: 'Minutes', nl: 'Notulen', fr: 'Procès-verbal' },
  'meeting.otherLanguage': {
    en: 'These minutes are not available in English; they are shown in the language they were written in.',
    nl: 'Deze notulen bestaan niet in het Nederlands; ze staan hier in de taal waarin ze geschreven zijn.',
    fr: 'Ce procès-verbal n’existe pas en français ; il est affiché dans sa langue de rédaction.',
  },
  'meeting.alsoIn': { en: 'Also available in', nl: 'Ook beschikbaar in het', fr: 'Aussi disponible en' },
  'meeting.location': { en: 'Location', nl: 'Plaats', fr: 'Lieu' },
  'meetings.bodies': { en: 'Bodies', nl: 'Organen', fr: 'Organes' },
  'meeting.all': {
    en: 'Every meeting of {body}',
    nl: 'Alle vergaderingen van {body}',
    fr: 'Toutes les réunions de {body}',
  },
  'meeting.noMinutes': {
    en: 'No minutes are published for this meeting.',
    nl: 'Voor deze vergadering zijn geen notulen gepubliceerd.',
    fr: 'Aucun procès-verbal n’est publié pour cette réunion.',
  },
  'votes.byName': { en: 'How each member voted', nl: 'Stemgedrag per lid', fr: 'Vote de chaque membre' },
  'votes.title': { en: 'Votes', nl: 'Stemgedrag', fr: 'Votes' },
  'votes.count': {
    en: '{count, plural, one {# vote by name} other {# votes by name}}',
    nl: '{count, plural, one {# stem per naam} other {# stemmen per naam}}',
    fr: '{count, plural, one {# vote nominatif} other {# votes nominatifs}}',
  },
  'votes.none': {
    en: 'No vote by name of this official is recorded in the minutes.',
    nl: 'De notulen vermelden geen stem per naam van deze mandataris.',
    fr: 'Les procès-verbaux ne mentionnent aucun vote nominatif de ce mandataire.',
  },
  'votes.all': {
    en: 'All {count, plural, one {# vote} other {# votes}} of {name}',
    nl: 'Alle {count, plural, one {# stem} other {# stemmen}} van {name}',
    fr: '{count, plural, one {Le vote} other {Les # votes}} de {name}',
  },
  'votes.of': { en: 'Votes of {name}', nl: 'Stemgedrag van {name}', fr: 'Votes de {name}' },
  'votes.meeting': { en: 'Meeting', nl: 'Vergadering', fr: 'Réunion' },
  'votes.item': { en: 'Item', nl: 'Agendapunt', fr: 'Point' },
  'votes.vote': { en: 'Vote', nl: 'Stem', fr: 'Vote' },
} as const satisfies Messages;
