/** The gifts and hospitality register. */
import type { Messages } from './messages.ts';

export const gifts = {
  'gift.giver': { en: 'Giver', nl: 'Schenker', fr: 'Donateur' },
  'gift.description': { en: 'Gift', nl: 'Geschenk', fr: 'Cadeau' },
  'gift.value': { en: 'Value', nl: 'Waarde', fr: 'Valeur' },
  'gift.outcome': { en: 'Outcome', nl: 'Gevolg', fr: 'Suite' },
  'gifts.title': { en: 'Gifts and hospitality', nl: 'Geschenken en uitnodigingen', fr: 'Cadeaux et invitations' },
  'gifts.intro': {
    en: 'Every gift and invitation offered to an official: who offered it, its value, what happened to it and to whom it was reported.',
    nl: 'Elk geschenk en elke uitnodiging aangeboden aan een mandataris: wie het aanbood, de waarde, wat ermee gebeurde en aan wie het gemeld werd.',
    fr: 'Chaque cadeau et invitation offerts à un mandataire : qui l’a offert, sa valeur, ce qu’il en est advenu et à qui il a été signalé.',
  },
  'gifts.threshold': {
    en: 'Gifts worth more than {threshold} must be declined or handed over.',
    nl: 'Geschenken van meer dan {threshold} moeten geweigerd of afgegeven worden.',
    fr: 'Les cadeaux de plus de {threshold} doivent être refusés ou remis.',
  },
  'gifts.summary': {
    en: '{count, plural, one {# gift, worth {value}.} other {# gifts, worth {value} together.}}',
    nl: '{count, plural, one {# geschenk, {value} waard.} other {# geschenken, samen {value} waard.}}',
    fr: '{count, plural, one {# cadeau, d’une valeur de {value}.} other {# cadeaux, d’une valeur totale de {value}.}}',
  },
  'gifts.empty': {
    en: 'No gift is recorded.',
    nl: 'Er is geen geschenk geregistreerd.',
    fr: 'Aucun cadeau n’est enregistré.',
  },
  'gifts.browse': { en: 'Browse the register', nl: 'Blader door het register', fr: 'Parcourir le registre' },
  'gifts.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'gifts.official': { en: 'Official', nl: 'Mandataris', fr: 'Mandataire' },
  'gifts.totals': { en: 'Totals', nl: 'Totalen', fr: 'Totaux' },
  'gifts.byOutcome': { en: 'Gifts by outcome', nl: 'Geschenken per gevolg', fr: 'Cadeaux par suite donnée' },
  'gifts.byYear': { en: 'Gifts by year', nl: 'Geschenken per jaar', fr: 'Cadeaux par année' },
  'gifts.byOfficial': { en: 'Gifts by official', nl: 'Geschenken per mandataris', fr: 'Cadeaux par mandataire' },
  'gifts.countColumn': { en: 'Gifts', nl: 'Geschenken', fr: 'Cadeaux' },
  'gifts.count': {
    en: '{count, plural, one {# gift} other {# gifts}}',
    nl: '{count, plural, one {# geschenk} other {# geschenken}}',
    fr: '{count, plural, one {# cadeau} other {# cadeaux}}',
  },
  'gifts.register': { en: 'The register', nl: 'Het register', fr: 'Le registre' },
  'gifts.caption': {
    en: 'Every gift and invitation',
    nl: 'Alle geschenken en uitnodigingen',
    fr: 'Tous les cadeaux et invitations',
  },
  'gifts.filter': { en: 'Filter the register', nl: 'Filter het register', fr: 'Filtrer le registre' },
  'gifts.any': { en: 'All', nl: 'Alle', fr: 'Tous' },
  'gifts.apply': { en: 'Show gifts', nl: 'Toon geschenken', fr: 'Afficher les cadeaux' },
  'gifts.clear': { en: 'Show every gift', nl: 'Toon alle geschenken', fr: 'Afficher tous les cadeaux' },
  'gifts.shown': {
    en: '{count, plural, one {# gift shown, worth {value}} other {# gifts shown, worth {value} together}}',
    nl: '{count, plural, one {# geschenk getoond, {value} waard} other {# geschenken getoond, samen {value} waard}}',
    fr: '{count, plural, one {# cadeau affiché, d’une valeur de {value}} other {# cadeaux affichés, d’une valeur totale de {value}}}',
  },
  'gifts.none': {
    en: 'No gift matches these filters.',
    nl: 'Geen geschenk voldoet aan deze filters.',
    fr: 'Aucun cadeau ne correspond à ces filtres.',
  },
  'gifts.reportedTo': { en: 'Reported to', nl: 'Gemeld aan', fr: 'Signalé à' },
  'gifts.all': { en: 'The whole register', nl: 'Het hele register', fr: 'Tout le registre' },
  'gifts.yearTitle': {
    en: 'Gifts and hospitality in {year}',
    nl: 'Geschenken en uitnodigingen in {year}',
    fr: 'Cadeaux et invitations en {year}',
  },
  'gifts.outcomeTitle': {
    en: 'Gifts and hospitality: {outcome}',
    nl: 'Geschenken en uitnodigingen: {outcome}',
    fr: 'Cadeaux et invitations : {outcome}',
  },
  'gifts.officialTitle': {
    en: 'Gifts and hospitality offered to {name}',
    nl: 'Geschenken en uitnodigingen aangeboden aan {name}',
    fr: 'Cadeaux et invitations offerts à {name}',
  },
  'gifts.noOutcome': { en: 'no outcome recorded', nl: 'geen gevolg vermeld', fr: 'aucune suite indiquée' },
} as const satisfies Messages;
