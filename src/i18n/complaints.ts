/** Complaints: how to complain and the statistics. */
import type { Messages } from './messages.ts';

export const complaints = {
  'complaints.title': { en: 'Complaints', nl: 'Klachten', fr: 'Plaintes' },
  'complaints.intro': {
    en: 'How to complain about an official or about the organisation, how complaints are handled, and how many there were.',
    nl: 'Hoe je een klacht indient over een mandataris of over de organisatie, hoe klachten behandeld worden, en hoeveel er waren.',
    fr: 'Comment porter plainte contre un mandataire ou contre l’organisation, comment les plaintes sont traitées, et combien il y en a eu.',
  },
  'complaints.statistics': { en: 'Complaints in figures', nl: 'Klachten in cijfers', fr: 'Les plaintes en chiffres' },
  'complaints.period': { en: 'Quarter', nl: 'Kwartaal', fr: 'Trimestre' },
  'complaints.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'complaints.byOutcome': {
    en: 'Complaints per quarter and outcome',
    nl: 'Klachten per kwartaal en afloop',
    fr: 'Plaintes par trimestre et par issue',
  },
  'complaints.responseTimes': {
    en: 'Response times per quarter and outcome',
    nl: 'Antwoordtermijnen per kwartaal en afloop',
    fr: 'Délais de réponse par trimestre et par issue',
  },
  'complaints.outcome': { en: 'Outcome', nl: 'Afloop', fr: 'Issue' },
  'complaints.count': { en: 'Complaints', nl: 'Klachten', fr: 'Plaintes' },
  'complaints.median': {
    en: 'Median days to answer',
    nl: 'Mediaan aantal dagen tot antwoord',
    fr: 'Nombre médian de jours avant réponse',
  },
  'complaints.longest': { en: 'Longest, in days', nl: 'Langste, in dagen', fr: 'Le plus long, en jours' },
  'complaints.againstLimit': { en: 'Against the limit', nl: 'Tegenover de termijn', fr: 'Par rapport au délai' },
  'complaints.limit': {
    en: 'The code asks for an answer within {days, plural, one {# day} other {# days}}.',
    nl: 'De code vraagt een antwoord binnen {days, plural, one {# dag} other {# dagen}}.',
    fr: 'Le code demande une réponse dans {days, plural, one {un délai de # jour} other {les # jours}}.',
  },
  'complaints.late': { en: 'over the limit', nl: 'over de termijn', fr: 'au-delà du délai' },
  'complaints.inTime': { en: 'within the limit', nl: 'binnen de termijn', fr: 'dans le délai' },
  'complaints.unknown': { en: 'not given', nl: 'niet vermeld', fr: 'non indiqué' },
  'complaints.received': {
    en: '{count, plural, one {complaint received} other {complaints received}}',
    nl: '{count, plural, one {klacht ontvangen} other {klachten ontvangen}}',
    fr: '{count, plural, one {plainte reçue} other {plaintes reçues}}',
  },
  'complaints.answeredInTime': {
    en: '{count, plural, one {complaint answered} other {complaints answered}} within {days, plural, one {# day} other {# days}} (at least)',
    nl: '{count, plural, one {klacht} other {klachten}} binnen {days, plural, one {# dag} other {# dagen}} beantwoord (minstens)',
    fr: '{count, plural, one {plainte traitée} other {plaintes traitées}} dans {days, plural, one {un délai de # jour} other {les # jours}} (au moins)',
  },
  'complaints.lateGroups': {
    en: '{count, plural, one {group of a quarter and outcome} other {groups of a quarter and outcome}} with an answer later than {days, plural, one {# day} other {# days}}',
    nl: '{count, plural, one {groep van een kwartaal en afloop} other {groepen van een kwartaal en afloop}} met een antwoord later dan {days, plural, one {# dag} other {# dagen}}',
    fr: '{count, plural, one {groupe d’un trimestre et d’une issue} other {groupes d’un trimestre et d’une issue}} avec une réponse au-delà de {days, plural, one {# jour} other {# jours}}',
  },
  'complaints.none': {
    en: 'No complaint statistics are published yet.',
    nl: 'Er zijn nog geen klachtencijfers gepubliceerd.',
    fr: 'Aucune statistique de plaintes n’est encore publiée.',
  },
  'complaints.how': {
    en: 'How to complain and how complaints are handled',
    nl: 'Hoe je klaagt en hoe klachten behandeld worden',
    fr: 'Comment porter plainte et comment les plaintes sont traitées',
  },
} as const satisfies Messages;
