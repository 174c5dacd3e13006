/** The changes pages (what each commit changed in each dataset), their feeds, and a record's own history. */
import type { Messages } from './messages.ts';

export const changes = {
  'changes.title': { en: 'Changes', nl: 'Wijzigingen', fr: 'Modifications' },
  'changes.intro': {
    en: 'What changed in each dataset, change by change, read from the history of the published files: records added, changed (field by field) and removed.',
    nl: 'Wat er in elke dataset veranderde, wijziging per wijziging, gelezen uit de geschiedenis van de gepubliceerde bestanden: gegevens toegevoegd, gewijzigd (veld per veld) en verwijderd.',
    fr: 'Ce qui a changé dans chaque jeu de données, modification par modification, lu dans l’historique des fichiers publiés : données ajoutées, modifiées (champ par champ) et supprimées.',
  },
  'changes.none': {
    en: 'The history of the published files could not be read for this build, so no changes are shown. Nothing is listed rather than a guess.',
    nl: 'De geschiedenis van de gepubliceerde bestanden kon voor deze versie van de site niet gelezen worden, dus worden er geen wijzigingen getoond. Liever niets dan een gok.',
    fr: 'L’historique des fichiers publiés n’a pas pu être lu pour cette version du site : aucune modification n’est affichée. Plutôt rien qu’une supposition.',
  },
  'changes.dataset': { en: 'Dataset', nl: 'Dataset', fr: 'Jeu de données' },
  'changes.lastChange': { en: 'Last change', nl: 'Laatste wijziging', fr: 'Dernière modification' },
  'changes.count': {
    en: '{count, plural, =0 {no change} one {# change} other {# changes}}',
    nl: '{count, plural, =0 {geen wijziging} one {# wijziging} other {# wijzigingen}}',
    fr: '{count, plural, =0 {aucune modification} one {# modification} other {# modifications}}',
  },
  'changes.datasetTitle': { en: 'Changes: {dataset}', nl: 'Wijzigingen: {dataset}', fr: 'Modifications : {dataset}' },
  'changes.pageTitle': {
    en: 'Changes: {dataset} (page {page} of {pages})',
    nl: 'Wijzigingen: {dataset} (pagina {page} van {pages})',
    fr: 'Modifications : {dataset} (page {page} sur {pages})',
  },
  'changes.datasetIntro': {
    en: 'Newest first. Each change is one commit to the published files, dated by the day it was made.',
    nl: 'Nieuwste eerst. Elke wijziging is één commit in de gepubliceerde bestanden, gedateerd op de dag waarop ze gemaakt werd.',
    fr: 'Les plus récentes d’abord. Chaque modification est un commit dans les fichiers publiés, daté du jour où il a été fait.',
  },
  'changes.notYet': {
    en: 'These records are not in the history of the published files yet.',
    nl: 'Deze gegevens staan nog niet in de geschiedenis van de gepubliceerde bestanden.',
    fr: 'Ces données ne figurent pas encore dans l’historique des fichiers publiés.',
  },
  'changes.range': {
    en: 'Changes {first} to {last} of {total}',
    nl: 'Wijzigingen {first} tot {last} van {total}',
    fr: 'Modifications {first} à {last} sur {total}',
  },
  'changes.pages': { en: 'Pages of changes', nl: 'Pagina’s met wijzigingen', fr: 'Pages de modifications' },
  'changes.commit': { en: 'commit {hash}', nl: 'commit {hash}', fr: 'commit {hash}' },
  'changes.start': {
    en: '{count, plural, =0 {No records} one {# record} other {# records}} at the start of history (published before history began)',
    nl: '{count, plural, =0 {Geen gegevens} one {# gegeven} other {# gegevens}} bij het begin van de geschiedenis (gepubliceerd voordat de geschiedenis begon)',
    fr: '{count, plural, =0 {Aucune donnée} one {# donnée} other {# données}} au début de l’historique (publiées avant son début)',
  },
  'changes.addedCount': {
    en: '{count, plural, one {# record added} other {# records added}}',
    nl: '{count, plural, one {# gegeven toegevoegd} other {# gegevens toegevoegd}}',
    fr: '{count, plural, one {# donnée ajoutée} other {# données ajoutées}}',
  },
  'changes.changedCount': {
    en: '{count, plural, one {# record changed} other {# records changed}}',
    nl: '{count, plural, one {# gegeven gewijzigd} other {# gegevens gewijzigd}}',
    fr: '{count, plural, one {# donnée modifiée} other {# données modifiées}}',
  },
  'changes.removedCount': {
    en: '{count, plural, one {# record removed} other {# records removed}}',
    nl: '{count, plural, one {# gegeven verwijderd} other {# gegevens verwijderd}}',
    fr: '{count, plural, one {# donnée supprimée} other {# données supprimées}}',
  },
  'changes.added': { en: 'Added', nl: 'Toegevoegd', fr: 'Ajoutées' },
  'changes.changed': { en: 'Changed', nl: 'Gewijzigd', fr: 'Modifiées' },
  'changes.removed': { en: 'Removed', nl: 'Verwijderd', fr: 'Supprimées' },
  'changes.more': {
    en: '… and {count, plural, one {# more record} other {# more records}}: see the dataset.',
    nl: '… en nog {count, plural, one {# gegeven} other {# gegevens}}: zie de dataset.',
    fr: '… et {count, plural, one {# autre donnée} other {# autres données}} : voir le jeu de données.',
  },
  'changes.field': { en: '{field}: {before} → {after}', nl: '{field}: {before} → {after}', fr: '{field} : {before} → {after}' },
  'changes.feed': { en: 'Follow these changes (Atom feed)', nl: 'Volg deze wijzigingen (Atom-feed)', fr: 'Suivre ces modifications (flux Atom)' },
  'changes.feedTitle': { en: '{organisation}: changes to {dataset}', nl: '{organisation}: wijzigingen in {dataset}', fr: '{organisation} : modifications de {dataset}' },
  'changes.entryTitle': { en: '{dataset}: {summary}', nl: '{dataset}: {summary}', fr: '{dataset} : {summary}' },
  'changes.datasetLink': { en: 'Changes to this dataset', nl: 'Wijzigingen in deze dataset', fr: 'Modifications de ce jeu de données' },
  'changes.allLink': { en: 'What changed, dataset by dataset', nl: 'Wat er veranderde, per dataset', fr: 'Ce qui a changé, jeu de données par jeu de données' },
  'changes.history': { en: 'History of this record', nl: 'Geschiedenis van dit gegeven', fr: 'Historique de cette donnée' },
  'changes.firstPublished': { en: 'First published on {date}', nl: 'Voor het eerst gepubliceerd op {date}', fr: 'Publié pour la première fois le {date}' },
  'changes.beforeHistory': {
    en: 'Published before history began (in the files on {date})',
    nl: 'Gepubliceerd voordat de geschiedenis begon (in de bestanden op {date})',
    fr: 'Publié avant le début de l’historique (dans les fichiers le {date})',
  },
  'changes.recordChange': { en: '{date}: {fields} changed', nl: '{date}: {fields} gewijzigd', fr: '{date} : {fields} modifié(s)' },
  'changes.yes': { en: 'yes', nl: 'ja', fr: 'oui' },
  'changes.no': { en: 'no', nl: 'nee', fr: 'non' },
  'changes.mark': { en: 'changed {date}', nl: 'gewijzigd {date}', fr: 'modifié le {date}' },
} as const satisfies Messages;
