/**
 * How large a published data file may grow before it is published otherwise, so that the site stays
 * within what a static host accepts (src/lib/build/host-limits.ts: 25 MiB a file):
 *
 * - A dataset's CSV or JSON file (whole, per year or per official) over `compressOver` bytes is published
 *   gzip-compressed in its place (`data/agenda.json.gz`), with its rows, bytes and SHA-256 as published;
 *   the data package says `compression: "gz"`, DCAT `dcat:compressFormat`, the API index `compression`.
 *   CSV and JSON of a large organisation compress about ten times, and Parquet is the whole table too.
 * - A file of one official's rows (`data/officials/<id>/agenda.csv`) is compressed from a lower size,
 *   `officialCompressOver`: it is one of hundreds, and their sum is what grows with the organisation (at
 *   size L, 500 officials' diaries of ten years were 379 of the site's 2,924 MB as CSV and JSON).
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
  /** A CSV or JSON file of one official's rows larger than this (or than `compressOver`) is published gzip-compressed. */
  officialCompressOver: number;
  /** The SQLite database larger than this is published in chunks of this size (a multiple of its 4 KiB page). */
  sqliteChunk: number;
}

const MiB = 1024 * 1024;

/**
 * 4 MiB: a file a spreadsheet still opens at once stays as it is; beyond, it is compressed (about ten
 * times), which keeps the largest under the 25 MiB a host serves and the site's total down (at size L,
 * 25 files over 4 MiB were 285 MB of CSV and JSON). 128 KiB for an official's file: some 600 appointments
 * as CSV; every official's file of the demo and of the parliament profile P (at most 78 KB) stays as it is,
 * at L 793 of 7,772 files are compressed, 365 MB to about 45. Chunks of 10 MiB for the database.
 */
export const DEFAULT_BOUNDS: DataBounds = { compressOver: 4 * MiB, officialCompressOver: 128 * 1024, sqliteChunk: 10 * MiB };

/** The SQLite database's page size: a chunk holds whole pages, so that no page read spans two files. */
export const SQLITE_PAGE = 4096;

/** Bounds from the build's settings (bytes, as text; absent: the default). Throws on a value that is not a valid size. */
export function boundsOf(settings: { compressOver?: string | undefined; officialCompressOver?: string | undefined; sqliteChunk?: string | undefined }): DataBounds {
  return {
    compressOver: wholeSetting(settings.compressOver, DEFAULT_BOUNDS.compressOver, 'VITRINE_COMPRESS_OVER_BYTES', 'bytes'),
    officialCompressOver: wholeSetting(settings.officialCompressOver, DEFAULT_BOUNDS.officialCompressOver, 'VITRINE_OFFICIAL_COMPRESS_OVER_BYTES', 'bytes'),
    sqliteChunk: wholeSetting(settings.sqliteChunk, DEFAULT_BOUNDS.sqliteChunk, 'VITRINE_SQLITE_CHUNK_BYTES', 'bytes', SQLITE_PAGE),
  };
}

/** The size over which a dataset's file is published gzip-compressed: lower for a file of one official's rows. */
export const compressionBound = (bounds: DataBounds, ofOfficial: boolean) => (ofOfficial ? Math.min(bounds.compressOver, bounds.officialCompressOver) : bounds.compressOver);

/** How many chunks a database of this size is published in: 1 means whole, as `datasets.sqlite`. */
export const sqliteChunks = (bytes: number, bounds: DataBounds) => (bytes > bounds.sqliteChunk ? Math.ceil(bytes / bounds.sqliteChunk) : 1);

/** How a file's format is shown: `CSV`, or `CSV (gzip)` for a compressed one. */
export const formatLabel = (file: { format: string; compression?: string | undefined }) => `${file.format.toUpperCase()}${file.compression === 'gz' ? ' (gzip)' : ''}`;

interface ListedFile {
  path: string;
  format: string;
  compression?: string | undefined;
}

/**
 * A dataset's file, whole, of a year or of an official, as published (`data/expenditure.csv.gz` when it
 * was compressed for its size), from the catalogue's entry; without one, as it is named uncompressed.
 */
export function datasetFile(
  entry: { files: ListedFile[]; years: Array<{ year: string; files: ListedFile[] }>; officials: Array<{ id: string; files: ListedFile[] }> } | undefined,
  name: string,
  format: 'csv' | 'json',
  slice: { year?: string | undefined; official?: string | undefined } = {},
): ListedFile {
  const files =
    slice.official !== undefined ? entry?.officials.find((one) => one.id === slice.official)?.files : slice.year !== undefined ? entry?.years.find((one) => one.year === slice.year)?.files : entry?.files;
  const base = slice.official !== undefined ? `data/officials/${slice.official}/${name}` : `data/${name}${slice.year === undefined ? '' : `/${slice.year}`}`;
  return files?.find((candidate) => candidate.format === format) ?? { path: `${base}.${format}`, format };
}

/** The address of a dataset's file (datasetFile) as published: `/data/expenditure/2025.csv.gz`. */
export const datasetFileHref = (...args: Parameters<typeof datasetFile>) => `/${datasetFile(...args).path}`;
