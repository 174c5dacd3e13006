/**
 * Every dataset in one SQLite file, `data/datasets.sqlite`, for Datasette or any SQLite client, with the
 * Datasette metadata beside it (`data/datasette.json`: titles, descriptions, licence, source, and each
 * column's description from the schemas). One table per dataset, named as the dataset, its columns named
 * as in the CSV and typed from their Table Schema field (table-schema.ts `storedType`): counts and years
 * INTEGER, yes/no INTEGER 0 or 1 (checked), dates and times ISO text, other text TEXT, absent values NULL.
 * Not STRICT tables: the SQLite of the SQL page (sql.js-httpvfs) and older clients cannot open those.
 * The indexes that the SQL page's examples read instead of whole tables are made last (sql-examples.ts).
 *
 * Amounts are INTEGER cents, in a column named `<field>_cents` (`amount_cents`): SQLite has no decimal
 * type, and amounts as decimal TEXT would be summed by SUM() as binary floats; integer cents add up
 * exactly, and the name says what the number is. `amount_cents / 100.0` gives euros for display.
 *
 * node:sqlite is built into Node 22 but still prints an ExperimentalWarning when first loaded: that one
 * warning, and only it, is kept from the build's output.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { DATASET_NAMES, DATASET_SCHEMAS, datasetTitle, type DatasetName } from '../../schemas/datasets.ts';
import type { Site } from '../../schemas/site.ts';
import { UI } from '../../i18n/index.ts';
import type { SiteData } from '../loading/load-site.ts';
import { textOf } from '../locale/localize.ts';
import { cellValue, columnsOf, type Column } from './columns.ts';
import { DATASET_ROWS } from './rows.ts';
import { SQL_INDEXES } from './sql-examples.ts';
import { storedType, tableField, type StoredType } from './table-schema.ts';

export const SQLITE_FILE = 'datasets.sqlite';
export const DATASETTE_FILE = 'datasette.json';

const SQL_TYPES: Record<StoredType, string> = { decimal: 'INTEGER', date: 'TEXT', time: 'TEXT', integer: 'INTEGER', boolean: 'INTEGER', text: 'TEXT' };

/** The name of a column in the database: an amount's says it is in cents. */
export function sqlColumnName(column: Column): string {
  return storedType(column) === 'decimal' ? `${column.name}_cents` : column.name;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `CREATE TABLE` of a dataset. */
export function createTable(name: DatasetName, columns: Column[]): string {
  const definitions = columns.map((column) => {
    const type = storedType(column);
    const required = column.field.required && !column.lang ? ' NOT NULL' : '';
    const check = type === 'boolean' ? ` CHECK (${quoted(sqlColumnName(column))} IN (0, 1))` : '';
    return `${quoted(sqlColumnName(column))} ${SQL_TYPES[type]}${required}${check}`;
  });
  return `CREATE TABLE ${quoted(name)} (\n  ${definitions.join(',\n  ')}\n)`;
}

/** A cell as SQLite stores it: whole numbers as 64-bit integers, yes/no as 1 or 0. */
function sqlValue(value: string | number | boolean | null): string | bigint | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') return BigInt(value);
  return value;
}

/** node:sqlite, without the ExperimentalWarning it prints when first loaded. */
async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning instanceof Error ? warning.message : warning).startsWith('SQLite is an experimental feature')) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return await import('node:sqlite');
  } finally {
    process.emitWarning = emit;
  }
}

/** Writes `data/datasets.sqlite` (replacing any) and `data/datasette.json`; returns the rows written per table. */
export async function writeSqlite(site: SiteData, data: string): Promise<Record<DatasetName, number>> {
  const { DatabaseSync } = await loadSqlite();
  const path = join(data, SQLITE_FILE);
  await rm(path, { force: true });
  const db: DatabaseSync = new DatabaseSync(path);
  const counts = {} as Record<DatasetName, number>;
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    for (const name of DATASET_NAMES) {
      const columns = columnsOf(DATASET_SCHEMAS[name], site.site.languages);
      db.exec(createTable(name, columns));
      const insert = db.prepare(`INSERT INTO ${quoted(name)} VALUES (${columns.map(() => '?').join(', ')})`);
      let count = 0;
      db.exec('BEGIN');
      for (const row of DATASET_ROWS[name](site) as Iterable<Record<string, unknown>>) {
        insert.run(...columns.map((column) => sqlValue(cellValue(row, column, site.site.defaultLanguage))));
        count++;
      }
      db.exec('COMMIT');
      counts[name] = count;
    }
    for (const index of SQL_INDEXES) db.exec(`CREATE INDEX ${quoted(index.name)} ON ${quoted(index.table)} (${index.columns.map(quoted).join(', ')})`);
  } finally {
    db.close();
  }
  await writeFile(join(data, DATASETTE_FILE), `${JSON.stringify(datasetteMetadata(site.site), null, 2)}\n`);
  return counts;
}

/** Datasette's metadata for the database: what the data package says, per table and per column. */
export function datasetteMetadata(site: Site): Record<string, unknown> {
  const lang = site.defaultLanguage;
  const tables = Object.fromEntries(
    DATASET_NAMES.map((name) => {
      const columns = columnsOf(DATASET_SCHEMAS[name], site.languages);
      return [
        name,
        {
          title: datasetTitle(name, lang),
          description: UI[lang][`datasetAbout.${name}`],
          columns: Object.fromEntries(
            columns.map((column) => {
              const description = storedType(column) === 'decimal' ? `${column.field.description} (${site.currency}, in cents)` : tableField(column, site.currency).description;
              return [sqlColumnName(column), description];
            }),
          ),
        },
      ];
    }),
  );
  return {
    title: textOf(site.name, lang, lang),
    description: textOf(site.description, lang, lang),
    license: site.licence.name,
    license_url: site.licence.url,
    source: textOf(site.name, lang, lang),
    source_url: site.baseUrl,
    databases: { [SQLITE_FILE.replace(/\.sqlite$/, '')]: { tables } },
  };
}
