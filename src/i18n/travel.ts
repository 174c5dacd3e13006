/** The register of travel paid by others. */
import type { Messages } from './messages.ts';

export const travel = {
  'travel.title': { en: 'Travel paid by others', nl: 'Reizen betaald door derden', fr: 'Voyages payés par des tiers' },
  'travel.intro': {
    en: 'Every trip of an official paid for by another organisation: when, where, what for, who paid and the value as the register states it.',
    nl: 'Elke reis van een mandataris die door een andere organisatie betaald werd: wanneer, waarheen, waarvoor, wie betaalde en de waarde zoals het register ze vermeldt.',
    fr: 'Chaque voyage d’un mandataire payé par une autre organisation : quand, où, dans quel but, qui a payé et la valeur telle que le registre l’indique.',
  },
  'travel.empty': {
    en: 'No trip paid by others is recorded.',
    nl: 'Er is geen reis betaald door derden geregistreerd.',
    fr: 'Aucun voyage payé par des tiers n’est enregistré.',
  },
  'travel.dates': { en: 'Dates', nl: 'Data', fr: 'Dates' },
  'travel.dateRange': { en: '{from} – {to}', nl: '{from} – {to}', fr: '{from} – {to}' },
  'travel.official': { en: 'Official', nl: 'Mandataris', fr: 'Mandataire' },
  'travel.destination': { en: 'Destination', nl: 'Bestemming', fr: 'Destination' },
  'travel.purpose': { en: 'Purpose', nl: 'Doel', fr: 'Objet' },
  'travel.paidBy': { en: 'Paid by', nl: 'Betaald door', fr: 'Payé par' },
  'travel.sourceOf': {
    en: ': the page of the trip to {destination} ({dates}) in the public register',
    nl: ': de pagina van de reis naar {destination} ({dates}) in het openbare register',
    fr: ' : la page du voyage vers {destination} ({dates}) dans le registre public',
  },
  'travel.value': { en: 'Value', nl: 'Waarde', fr: 'Valeur' },
  'travel.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'travel.totals': { en: 'Totals', nl: 'Totalen', fr: 'Totaux' },
  'travel.byYear': { en: 'Trips by year', nl: 'Reizen per jaar', fr: 'Voyages par année' },
  'travel.byOfficial': { en: 'Trips by official', nl: 'Reizen per mandataris', fr: 'Voyages par mandataire' },
  'travel.countColumn': { en: 'Trips', nl: 'Reizen', fr: 'Voyages' },
  'travel.notInSumColumn': { en: 'Value not exact', nl: 'Waarde niet exact', fr: 'Valeur non exacte' },
  'travel.count': {
    en: '{count, plural, one {# trip} other {# trips}}',
    nl: '{count, plural, one {# reis} other {# reizen}}',
    fr: '{count, plural, one {# voyage} other {# voyages}}',
  },
  'travel.summary': {
    en: '{count, plural, one {# trip, worth {value}.} other {# trips, worth {value} together.}}',
    nl: '{count, plural, one {# reis, {value} waard.} other {# reizen, samen {value} waard.}}',
    fr: '{count, plural, one {# voyage, d’une valeur de {value}.} other {# voyages, d’une valeur totale de {value}.}}',
  },
  'travel.summaryNoneExact': {
    en: '{count, plural, one {# trip, whose value is not known exactly.} other {# trips, none of them with an exact value.}}',
    nl: '{count, plural, one {# reis, waarvan de waarde niet exact gekend is.} other {# reizen, geen enkele met een exacte waarde.}}',
    fr: '{count, plural, one {# voyage, dont la valeur n’est pas connue exactement.} other {# voyages, aucun avec une valeur exacte.}}',
  },
  'travel.notInSum': {
    en: 'Not in this sum: {valueless, plural, =0 {} one {# trip of unknown value} other {# trips of unknown value}}{valueless, plural, =0 {} other {{ranged, plural, =0 {} other { and }}}}{ranged, plural, =0 {} one {# trip whose value is given only as a range or bound} other {# trips whose value is given only as a range or bound}}.',
    nl: 'Niet in deze som: {valueless, plural, =0 {} one {# reis van onbekende waarde} other {# reizen van onbekende waarde}}{valueless, plural, =0 {} other {{ranged, plural, =0 {} other { en }}}}{ranged, plural, =0 {} one {# reis waarvan de waarde alleen als vork of grens gegeven is} other {# reizen waarvan de waarde alleen als vork of grens gegeven is}}.',
    fr: 'Hors de cette somme : {valueless, plural, =0 {} one {# voyage de valeur inconnue} other {# voyages de valeur inconnue}}{valueless, plural, =0 {} other {{ranged, plural, =0 {} other { et }}}}{ranged, plural, =0 {} one {# voyage dont la valeur n’est donnée que par une fourchette ou une borne} other {# voyages dont la valeur n’est donnée que par une fourchette ou une borne}}.',
  },
  'travel.register': { en: 'The register', nl: 'Het register', fr: 'Le registre' },
  'travel.caption': {
    en: 'Every trip paid by others',
    nl: 'Alle reizen betaald door derden',
    fr: 'Tous les voyages payés par des tiers',
  },
  'travel.officialCaption': {
    en: 'Trips of {name} paid by others',
    nl: 'Reizen van {name} betaald door derden',
    fr: 'Voyages de {name} payés par des tiers',
  },
  'travel.noTrips': {
    en: 'No trip paid by others is recorded for this official.',
    nl: 'Voor deze mandataris is geen reis betaald door derden geregistreerd.',
    fr: 'Aucun voyage payé par des tiers n’est enregistré pour ce mandataire.',
  },
  'travel.link': {
    en: 'Every trip paid by others',
    nl: 'Alle reizen betaald door derden',
    fr: 'Tous les voyages payés par des tiers',
  },
} as const satisfies Messages;
