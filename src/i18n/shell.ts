/** The page shell (skip link, menus, footer, language switch), the 404 page, the note on text in another language and the charts every section shares. */
import type { Messages } from './messages.ts';

export const shell = {
  'lang.name': { en: 'English', nl: 'Nederlands', fr: 'Français' },
  'skip': { en: 'Skip to content', nl: 'Naar de inhoud', fr: 'Aller au contenu' },
  'nav.label': { en: 'Main', nl: 'Hoofdmenu', fr: 'Menu principal' },
  'nav.home': { en: 'Home', nl: 'Start', fr: 'Accueil' },
  'nav.officials': { en: 'Officials', nl: 'Mandatarissen', fr: 'Mandataires' },
  'nav.agenda': { en: 'Agenda', nl: 'Agenda', fr: 'Agenda' },
  'nav.meetings': { en: 'Meetings', nl: 'Vergaderingen', fr: 'Réunions' },
  'nav.money': { en: 'Money', nl: 'Financiën', fr: 'Finances' },
  'nav.declarations': { en: 'Declarations', nl: 'Aangiften', fr: 'Déclarations' },
  'nav.gifts': { en: 'Gifts', nl: 'Geschenken', fr: 'Cadeaux' },
  'nav.travel': { en: 'Travel', nl: 'Reizen', fr: 'Voyages' },
  'nav.remuneration': { en: 'Remuneration', nl: 'Vergoedingen', fr: 'Rémunérations' },
  'nav.menu': { en: 'Menu', nl: 'Menu', fr: 'Menu' },
  'nav.datasets': { en: 'Open data', nl: 'Open data', fr: 'Données ouvertes' },
  'nav.sql': { en: 'Query the data (SQL)', nl: 'Data bevragen (SQL)', fr: 'Interroger les données (SQL)' },
  'lang.switch': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'footer.data': {
    en: 'All figures on this site can be downloaded as open data.',
    nl: 'Alle cijfers op deze site zijn te downloaden als open data.',
    fr: 'Tous les chiffres de ce site sont téléchargeables en données ouvertes.',
  },
  'footer.licence': { en: 'Data licence', nl: 'Licentie van de data', fr: 'Licence des données' },
  // Said once per page, under its content, when the page shows a text marked with its language code
  // (src/lib/locale/fallback-mark.ts; the style sheet hides it on a page without such a mark).
  'fallback.key': {
    en: 'A text followed by a language code ({codes}) is not available in English: it is shown in the language it was written in.',
    nl: 'Een tekst gevolgd door een taalcode ({codes}) is niet beschikbaar in het Nederlands: hij staat er in de taal waarin hij geschreven is.',
    fr: 'Un texte suivi d’un code de langue ({codes}) n’est pas disponible en français : il est affiché dans la langue dans laquelle il a été écrit.',
  },
  // The word of the small link after a record to its page in the public register it was published in
  // (src/lib/records/source-link.ts); each kind's `…sourceOf` message completes its accessible name.
  'source.link': { en: 'source', nl: 'bron', fr: 'source' },
  'notFound.title': { en: 'Page not found', nl: 'Pagina niet gevonden', fr: 'Page introuvable' },
  'notFound.text': {
    en: 'There is no page at this address. One of these may help:',
    nl: 'Op dit adres staat geen pagina. Misschien helpt een van deze:',
    fr: 'Aucune page ne se trouve à cette adresse. L’une de celles-ci vous aidera peut-être :',
  },
  'nav.rules': { en: 'Ethics checks', nl: 'Integriteitscontrole', fr: 'Contrôles éthiques' },
  'nav.organisations': { en: 'Organisations met', nl: 'Ontmoete organisaties', fr: 'Organisations rencontrées' },
  'nav.ethics': { en: 'Code of ethics', nl: 'Deontologische code', fr: 'Code de déontologie' },
  'nav.complaints': { en: 'Complaints', nl: 'Klachten', fr: 'Plaintes' },
  'nav.selection': { en: 'Selection criteria', nl: 'Selectiecriteria', fr: 'Critères de sélection' },
  'footer.more': { en: 'More', nl: 'Meer', fr: 'Plus' },
  'chart.label': {
    en: 'Bar chart: {caption}. The same figures are in the table below it.',
    nl: 'Staafdiagram: {caption}. Dezelfde cijfers staan in de tabel eronder.',
    fr: 'Graphique en barres : {caption}. Les mêmes chiffres figurent dans le tableau en dessous.',
  },
  'chart.limitLine': { en: 'Dashed line: {label}', nl: 'Stippellijn: {label}', fr: 'Ligne pointillée : {label}' },
} as const satisfies Messages;
