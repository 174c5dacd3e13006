/**
 * The SQLite database as published: whole (`data/datasets.sqlite`) when it is at most one chunk
 * (bounds.ts), else split into chunks of that size, `datasets.sqlite.000`, `.001`, … (no host takes a
 * file of hundreds of MB; `cat datasets.sqlite.* > datasets.sqlite` joins them again). Either way
 * `data/datasets-sqlite.json` is the configuration that sql.js-httpvfs reads (its "full" or "chunked"
 * server mode, as its create_db.sh writes it), so that the SQL page reads the database the same way in
 * both. The build hands the layout to the pages (as site-handoff.ts hands over the records), which link
 * the file or its chunks.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SQLITE_PAGE, sqliteChunks, type DataBounds } from './bounds.ts';
import { SQLITE_FILE } from './sqlite.ts';

/** The configuration of the SQL page's reader, below `data/`. */
export const SQLITE_CONFIG = 'datasets-sqlite.json';
/** Digits of a chunk's number: up to 1,000 chunks. */
const SUFFIX_LENGTH = 3;

export interface SqliteLayout {
  /** Bytes of the whole database. */
  bytes: number;
  /** The size of each chunk but the last, when the database is published in chunks. */
  chunkBytes?: number;
  /** The published files below `data/`: the database, or its chunks in order. */
  files: Array<{ path: string; bytes: number }>;
}

/** The sql.js-httpvfs configuration of a layout; addresses relative to the configuration file. */
export function httpvfsConfig(layout: SqliteLayout): Record<string, unknown> {
  return layout.chunkBytes
    ? { serverMode: 'chunked', requestChunkSize: SQLITE_PAGE, databaseLengthBytes: layout.bytes, serverChunkSize: layout.chunkBytes, urlPrefix: `${SQLITE_FILE}.`, suffixLength: SUFFIX_LENGTH }
    : { serverMode: 'full', requestChunkSize: SQLITE_PAGE, url: SQLITE_FILE };
}

/** The name of chunk `index`: `datasets.sqlite.007`. */
export const chunkName = (index: number) => `${SQLITE_FILE}.${String(index).padStart(SUFFIX_LENGTH, '0')}`;

/** Splits `data/datasets.sqlite` into chunks when it is over the bound, and writes the reader's configuration. */
export async function publishSqlite(data: string, bounds: DataBounds): Promise<SqliteLayout> {
  const whole = join(data, SQLITE_FILE);
  const bytes = (await stat(whole)).size;
  const count = sqliteChunks(bytes, bounds);
  let layout: SqliteLayout;
  if (count === 1) layout = { bytes, files: [{ path: SQLITE_FILE, bytes }] };
  else {
    if (count > 10 ** SUFFIX_LENGTH) throw new Error(`the SQLite database (${bytes} bytes) would need ${count} chunks of ${bounds.sqliteChunk} bytes: set VITRINE_SQLITE_CHUNK_BYTES higher`);
    const files = [];
    for (let index = 0; index < count; index++) {
      const start = index * bounds.sqliteChunk;
      const end = Math.min(bytes, start + bounds.sqliteChunk);
      await pipeline(createReadStream(whole, { start, end: end - 1 }), createWriteStream(join(data, chunkName(index))));
      files.push({ path: chunkName(index), bytes: end - start });
    }
    await rm(whole);
    layout = { bytes, chunkBytes: bounds.sqliteChunk, files };
  }
  await writeFile(join(data, SQLITE_CONFIG), `${JSON.stringify(httpvfsConfig(layout), null, 2)}\n`);
  return layout;
}

const KEY = Symbol.for('vitrine.sqlite-layout');
type Holder = { [KEY]?: SqliteLayout | undefined };

/** Hands the published layout to the pages (the build runs them in the same process). */
export function handOverSqlite(layout: SqliteLayout | undefined): void {
  (globalThis as Holder)[KEY] = layout;
}

/** The layout the build published; without a build (`astro dev`), the database whole. */
export function publishedSqlite(): SqliteLayout {
  return (globalThis as Holder)[KEY] ?? { bytes: 0, files: [{ path: SQLITE_FILE, bytes: 0 }] };
}
