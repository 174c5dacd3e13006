/** Remuneration against the pay cap. */
import type { Messages } from './messages.ts';

export const remuneration = {
  'pay.sourceOf': {
    en: ': the page of the pay of {name} for {month} in the public register',
    nl: ': de pagina van de bezoldiging van {name} voor {month} in het openbare register',
    fr: ' : la page de la rémunération de {name} pour {month} dans le registre public',
  },
  'pay.source': { en: 'Source', nl: 'Bron', fr: 'Source' },
  'pay.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'pay.net': { en: 'Net salary', nl: 'Nettoloon', fr: 'Salaire net' },
  'pay.expenses': { en: 'Expenses', nl: 'Onkosten', fr: 'Frais' },
  'pay.fees': { en: 'Attendance fees', nl: 'Presentiegelden', fr: 'Jetons de présence' },
  'pay.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'pay.title': { en: 'Remuneration', nl: 'Vergoedingen', fr: 'Rémunérations' },
  'pay.intro': {
    en: 'Net salary, expenses and attendance fees of every official, month by month.',
    nl: 'Nettoloon, onkosten en presentiegelden van elke mandataris, maand per maand.',
    fr: 'Salaire net, frais et jetons de présence de chaque mandataire, mois par mois.',
  },
  'pay.introCap': {
    en: 'The code of ethics caps the three together at {cap} a month.',
    nl: 'De deontologische code beperkt die drie samen tot {cap} per maand.',
    fr: 'Le code d’éthique plafonne les trois ensemble à {cap} par mois.',
  },
  'pay.caption': {
    en: 'Remuneration per official, every month recorded',
    nl: 'Vergoedingen per mandataris, alle geregistreerde maanden',
    fr: 'Rémunérations par mandataire, tous les mois enregistrés',
  },
  'pay.official': { en: 'Official', nl: 'Mandataris', fr: 'Mandataire' },
  'pay.months': { en: 'Months', nl: 'Maanden', fr: 'Mois' },
  'pay.highest': { en: 'Highest month', nl: 'Hoogste maand', fr: 'Mois le plus élevé' },
  'pay.overCap': { en: 'Months above the cap', nl: 'Maanden boven het plafond', fr: 'Mois au-dessus du plafond' },
  'pay.none': {
    en: 'No remuneration is recorded.',
    nl: 'Er zijn geen vergoedingen geregistreerd.',
    fr: 'Aucune rémunération n’est enregistrée.',
  },
  'pay.unpaid': {
    en: 'No remuneration is recorded for {names}.',
    nl: 'Geen vergoedingen geregistreerd voor {names}.',
    fr: 'Aucune rémunération enregistrée pour {names}.',
  },
  'pay.rule': {
    en: 'How the pay cap is checked',
    nl: 'Hoe het loonplafond gecontroleerd wordt',
    fr: 'Comment le plafond de rémunération est contrôlé',
  },
  'pay.officialTitle': { en: 'Remuneration of {name}', nl: 'Vergoedingen van {name}', fr: 'Rémunération de {name}' },
  'pay.officialIntro': {
    en: '{months, plural, one {# month recorded, {total}} other {# months recorded, {total} together}}.',
    nl: '{months, plural, one {# maand geregistreerd, {total}} other {# maanden geregistreerd, samen {total}}}.',
    fr: '{months, plural, one {# mois enregistré, {total}} other {# mois enregistrés, {total} au total}}.',
  },
  'pay.officialCap': {
    en: 'The monthly cap is {cap}; months above it: {over, number}.',
    nl: 'Het maandplafond is {cap}; maanden erboven: {over, number}.',
    fr: 'Le plafond mensuel est de {cap} ; mois au-dessus : {over, number}.',
  },
  'pay.byMonth': { en: 'Month by month', nl: 'Maand per maand', fr: 'Mois par mois' },
  'pay.monthsCaption': {
    en: 'Remuneration of {name} per month',
    nl: 'Vergoedingen van {name} per maand',
    fr: 'Rémunération de {name} par mois',
  },
  'pay.againstCap': { en: 'Against the cap', nl: 'Tegenover het plafond', fr: 'Face au plafond' },
  'pay.over': { en: '{amount} over the cap', nl: '{amount} boven het plafond', fr: '{amount} au-dessus du plafond' },
  'pay.under': { en: '{amount} under the cap', nl: '{amount} onder het plafond', fr: '{amount} sous le plafond' },
  'pay.at': { en: 'at the cap', nl: 'precies op het plafond', fr: 'exactement au plafond' },
  'pay.capLine': {
    en: 'the monthly cap of {cap}',
    nl: 'het maandplafond van {cap}',
    fr: 'le plafond mensuel de {cap}',
  },
  'pay.byYear': { en: 'Per year', nl: 'Per jaar', fr: 'Par année' },
  'pay.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'pay.yearsCaption': {
    en: 'Remuneration of {name} per year',
    nl: 'Vergoedingen van {name} per jaar',
    fr: 'Rémunération de {name} par année',
  },
} as const satisfies Messages;
