/** The SQL page: every dataset queried in the browser, with example queries, results as a table and as CSV. */
import type { Messages } from './messages.ts';

export const sql = {
  'sql.title': { en: 'Query the data with SQL', nl: 'De data bevragen met SQL', fr: 'Interroger les données en SQL' },
  'sql.intro': {
    en: 'Ask your own questions of every dataset, in SQL, in your browser: nothing to install. The query runs on this page, on the database of all datasets, and reads only the parts of it that the query needs.',
    nl: 'Stel je eigen vragen aan elke dataset, in SQL, in je browser: niets te installeren. De vraag loopt op deze pagina, op de databank met alle datasets, en leest daarvan enkel de delen die ze nodig heeft.',
    fr: 'Posez vos propres questions à chaque jeu de données, en SQL, dans votre navigateur : rien à installer. La requête s’exécute sur cette page, sur la base de tous les jeux de données, et n’en lit que les parties dont elle a besoin.',
  },
  'sql.tablesNote': {
    en: 'Each dataset is a table of the same name, with the columns of its CSV; an amount is a whole number of cents, in a column whose name ends in _cents (amount_cents), so that sums are exact.',
    nl: 'Elke dataset is een tabel met dezelfde naam, met de kolommen van zijn CSV; een bedrag is een geheel aantal cent, in een kolom waarvan de naam eindigt op _cents (amount_cents), zodat sommen exact zijn.',
    fr: 'Chaque jeu de données est une table du même nom, avec les colonnes de son CSV ; un montant est un nombre entier de centimes, dans une colonne dont le nom se termine par _cents (amount_cents), pour que les sommes soient exactes.',
  },
  'sql.tables': { en: 'Tables', nl: 'Tabellen', fr: 'Tables' },
  'sql.examples': { en: 'Examples', nl: 'Voorbeelden', fr: 'Exemples' },
  'sql.example.spending': { en: 'Spending per category per year', nl: 'Uitgaven per categorie per jaar', fr: 'Dépenses par catégorie et par année' },
  'sql.example.organisations': { en: 'Organisations met most by each official', nl: 'Organisaties die elke mandataris het vaakst ontmoette', fr: 'Organisations les plus rencontrées par chaque mandataire' },
  'sql.example.appointments': { en: 'Appointments per year', nl: 'Afspraken per jaar', fr: 'Rendez-vous par année' },
  'sql.query': { en: 'SQL query', nl: 'SQL-vraag', fr: 'Requête SQL' },
  'sql.run': { en: 'Run the query', nl: 'Vraag uitvoeren', fr: 'Exécuter la requête' },
  'sql.running': { en: 'Running the query…', nl: 'De vraag loopt…', fr: 'Requête en cours…' },
  'sql.rows': {
    en: '{count, plural, one {# row} other {# rows}}.',
    nl: '{count, plural, one {# rij} other {# rijen}}.',
    fr: '{count, plural, one {# ligne} other {# lignes}}.',
  },
  'sql.shown': {
    en: 'The first {shown} are shown here; the CSV has them all.',
    nl: 'Hier staan de eerste {shown}; de CSV bevat ze allemaal.',
    fr: 'Les {shown} premières sont affichées ici ; le CSV les contient toutes.',
  },
  'sql.result': { en: 'Result', nl: 'Resultaat', fr: 'Résultat' },
  'sql.download': { en: 'Download the result as CSV', nl: 'Resultaat downloaden als CSV', fr: 'Télécharger le résultat en CSV' },
  'sql.error': { en: 'The query did not run: {message}', nl: 'De vraag liep niet: {message}', fr: 'La requête n’a pas abouti : {message}' },
  'sql.noscript': {
    en: 'This page needs JavaScript. Without it, download the database or the Parquet files and query them with your own tools.',
    nl: 'Deze pagina heeft JavaScript nodig. Zonder JavaScript kun je de databank of de Parquet-bestanden downloaden en ze bevragen met je eigen programma’s.',
    fr: 'Cette page a besoin de JavaScript. Sans lui, téléchargez la base ou les fichiers Parquet et interrogez-les avec vos propres outils.',
  },
  'sql.files': {
    en: 'The same data to query on your own computer: the whole database (SQLite, for sqlite3 or Datasette, with its Datasette metadata) and each dataset as Parquet (for DuckDB, pandas or R), on the open data page.',
    nl: 'Dezelfde data om op je eigen computer te bevragen: de hele databank (SQLite, voor sqlite3 of Datasette, met zijn Datasette-metadata) en elke dataset als Parquet (voor DuckDB, pandas of R), op de pagina open data.',
    fr: 'Les mêmes données à interroger sur votre ordinateur : la base entière (SQLite, pour sqlite3 ou Datasette, avec ses métadonnées Datasette) et chaque jeu de données en Parquet (pour DuckDB, pandas ou R), sur la page des données ouvertes.',
  },
  'sql.database': { en: 'Database of every dataset (SQLite)', nl: 'Databank met alle datasets (SQLite)', fr: 'Base de tous les jeux de données (SQLite)' },
  'sql.chunks': {
    en: 'too large for one file, it is published in {count, plural, one {# part} other {# parts}} of {size} each; download them all and join them in order (cat datasets.sqlite.* > datasets.sqlite, or copy /b on Windows):',
    nl: 'te groot voor één bestand, ze wordt gepubliceerd in {count, plural, one {# deel} other {# delen}} van {size} elk; download ze allemaal en voeg ze in volgorde samen (cat datasets.sqlite.* > datasets.sqlite, of copy /b op Windows):',
    fr: 'trop grande pour un seul fichier, elle est publiée en {count, plural, one {# partie} other {# parties}} de {size} chacune ; téléchargez-les toutes et joignez-les dans l’ordre (cat datasets.sqlite.* > datasets.sqlite, ou copy /b sous Windows) :',
  },
  'sql.datasette': { en: 'Datasette metadata', nl: 'Datasette-metadata', fr: 'Métadonnées Datasette' },
} as const satisfies Messages;
