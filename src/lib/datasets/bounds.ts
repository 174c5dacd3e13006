/**
 * How large a published data file may grow before it is published otherwise, so that the site stays
 * within what a static host accepts (src/lib/build/host-limits.ts: 25 MiB a file):
 *
 * - A dataset's CSV or JSON file (whole, per year or per official) over `compressOver` bytes is published
 *   gzip-compressed in its place (`data/agenda.json.gz`), with its rows, bytes and SHA-256 as published;
 *   the data package says `compression: "gz"`, DCAT `dcat:compressFormat`, the API index `compression`.
 *   CSV and JSON of a large organisation compress about ten times, and Parquet is the whole table too.
 * - The SQLite database over `sqliteChunk` bytes is published in chunks of that size
 *   (`datasets.sqlite.000`, `.001`, …), which the SQL page reads as sql.js-httpvfs's "chunked" mode.
 *
 * Both bounds only bite at scale: a small organisation's files are published as they are. They are
 * parameters (`VITRINE_COMPRESS_OVER_BYTES`, `VITRINE_SQLITE_CHUNK_BYTES`) so that tests can lower them.
 */

import { wholeSetting } from '../build/whole-setting.ts';

export interface DataBounds {
  /** A CSV or JSON file larger than this is published gzip-compressed. */
  compressOver: number;
  /** The SQLite database larger than this is published in chunks of this size (a multiple of its 4 KiB page). */
  sqliteChunk: number;
}

const MiB = 1024 * 1024;

/**
 * 4 MiB: a file a spreadsheet still opens at once stays as it is; beyond, it is compressed (about ten
 * times), which keeps the largest under the 25 MiB a host serves and the site's total down (at size L,
 * 25 files over 4 MiB were 285 MB of CSV and JSON). Chunks of 10 MiB for the database.
 */
export const DEFAULT_BOUNDS: DataBounds = { compressOver: 4 * MiB, sqliteChunk: 10 * MiB };

/** The SQLite database's page size: a chunk holds whole pages, so that no page read spans two files. */
export const SQLITE_PAGE = 4096;

/** Bounds from the build's settings (bytes, as text; absent: the default). Throws on a value that is not a valid size. */
export function boundsOf(settings: { compressOver?: string | undefined; sqliteChunk?: string | undefined }): DataBounds {
  return {
    compressOver: wholeSetting(settings.compressOver, DEFAULT_BOUNDS.compressOver, 'VITRINE_COMPRESS_OVER_BYTES', 'bytes'),
    sqliteChunk: wholeSetting(settings.sqliteChunk, DEFAULT_BOUNDS.sqliteChunk, 'VITRINE_SQLITE_CHUNK_BYTES', 'bytes', SQLITE_PAGE),
  };
}

/** Whether a file of this size is published gzip-compressed. */
export const isCompressed = (bytes: number, bounds: DataBounds) => bytes > bounds.compressOver;

/** How many chunks a database of this size is published in: 1 means whole, as `datasets.sqlite`. */
export const sqliteChunks = (bytes: number, bounds: DataBounds) => (bytes > bounds.sqliteChunk ? Math.ceil(bytes / bounds.sqliteChunk) : 1);

/** How a file's format is shown: `CSV`, or `CSV (gzip)` for a compressed one. */
export const formatLabel = (file: { format: string; compression?: string | undefined }) => `${file.format.toUpperCase()}${file.compression === 'gz' ? ' (gzip)' : ''}`;

/**
 * The address of a dataset's file, whole or of a year, as published (`/data/expenditure.csv.gz` when it was
 * compressed for its size), from the catalogue's entry; without one, the address it has uncompressed.
 */
export function datasetFileHref(
  entry: { files: Array<{ path: string; format: string }>; years: Array<{ year: string; files: Array<{ path: string; format: string }> }> } | undefined,
  name: string,
  format: 'csv' | 'json',
  year?: string,
): string {
  const files = year === undefined ? entry?.files : entry?.years.find((slice) => slice.year === year)?.files;
  const file = files?.find((candidate) => candidate.format === format);
  return file ? `/${file.path}` : `/data/${name}${year === undefined ? '' : `/${year}`}.${format}`;
}
