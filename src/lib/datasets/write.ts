/**
 * Writes every dataset as CSV and JSON, whole and sliced per year and per official, and whole as Parquet
 * (parquet.ts), streaming row by row. Money (the kinds marked `financialYear` in the registry) is sliced per
 * financial year where the organisation's year does not start in January (`income/2025-26.csv`), each such
 * slice with its period. CSV: RFC 4180, UTF-8 with a byte order mark (so that Excel shows accents), CRLF
 * line ends, a fixed column order from the schema, and no cell that a spreadsheet would run as a formula.
 * JSON: an array of objects with the same fields. A CSV or JSON file over its bound (bounds.ts: lower for an
 * official's files) is published gzip-compressed in its place (compress.ts). Returns what was written, with sizes and SHA-256, for the catalogue.
 */
import { join } from 'node:path';
import { DATASET_NAMES, DATASET_SCHEMAS, datasetInfo, type DatasetName } from '../../schemas/datasets.ts';
import { RECORD_KINDS, yearOf, type RecordKind } from '../../schemas/kinds.ts';
import type { Lang } from '../../schemas/fields.ts';
import { csvLine, neutraliseFormula } from './csv-format.ts';
import { groupBy } from '../loading/group.ts';
import type { SiteData } from '../loading/load-site.ts';
import { fieldsOf, type FieldInfo } from '../loading/schema-fields.ts';
import { cellText, columnsOf, jsonRow, RawNumber, type Column } from './columns.ts';
import { compressionBound, DEFAULT_BOUNDS, type DataBounds } from './bounds.ts';
import { compressIfLarge } from './compress.ts';
import { HashedOutput } from './output.ts';
import { ParquetFile } from './parquet.ts';
import { DATASET_ROWS } from './rows.ts';
import { financialYearKey, financialYearOfKey } from '../money/financial-year.ts';

export interface PublishedFile {
  /** Address below the site root, e.g. `data/agenda.csv`. */
  path: string;
  format: 'csv' | 'json' | 'parquet';
  /** `gz`: the file is gzip-compressed (its path ends in `.gz`); bytes and SHA-256 are the compressed file's. */
  compression?: 'gz';
  rows: number;
  bytes: number;
  sha256: string;
}

/** The media type of each published format. */
export const MEDIA_TYPES: Record<PublishedFile['format'], string> = { csv: 'text/csv', json: 'application/json', parquet: 'application/vnd.apache.parquet' };

export interface PublishedDataset {
  name: DatasetName;
  rows: number;
  files: PublishedFile[];
  /** `period`: the first and last day of a financial year that does not start in January (a calendar year's slice is named by its year alone). */
  years: Array<{ year: string; files: PublishedFile[]; period?: { first: string; last: string } }>;
  officials: Array<{ id: string; files: PublishedFile[] }>;
}

export { neutraliseFormula };

/** Undoes `neutraliseFormula`, for readers that want the original text back. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

interface Table {
  columns: Column[];
  fields: FieldInfo[];
  defaultLang: Lang;
}

/** A CSV file and a JSON file of the same rows, written side by side. */
class Pair {
  private count = 0;
  private readonly base: string;
  private readonly csv: HashedOutput;
  private readonly json: HashedOutput;

  private constructor(base: string, csv: HashedOutput, json: HashedOutput) {
    this.base = base;
    this.csv = csv;
    this.json = json;
  }

  static async open(root: string, base: string, table: Table): Promise<Pair> {
    const pair = new Pair(base, await HashedOutput.open(join(root, `${base}.csv`)), await HashedOutput.open(join(root, `${base}.json`)));
    await pair.csv.write(`\uFEFF${csvLine(table.columns.map((column) => column.name))}\r\n`);
    await pair.json.write('[');
    return pair;
  }

  /** Adds one row, already turned into its CSV line and its JSON object text. */
  async add(csvText: string, jsonText: string): Promise<void> {
    await this.csv.write(csvText);
    await this.json.write(`${this.count === 0 ? '\n' : ',\n'}${jsonText}`);
    this.count++;
  }

  async close(): Promise<PublishedFile[]> {
    await this.json.write(this.count === 0 ? ']\n' : '\n]\n');
    const written = [await this.csv.close(), await this.json.close()];
    return (['csv', 'json'] as const).map((format, index) => ({ path: `${this.base}.${format}`, format, rows: this.count, ...(written[index] as { bytes: number; sha256: string }) }));
  }
}

/** A row as CSV line and JSON text: each row is turned into text once, whatever files it goes to. */
function serialise(row: Record<string, unknown>, table: Table): [string, string] {
  return [`${csvLine(table.columns.map((column) => neutraliseFormula(cellText(row, column, table.defaultLang))))}\r\n`, stringify(jsonRow(row, table.fields, table.defaultLang))];
}

async function writePair(root: string, base: string, table: Table, rows: Iterable<Record<string, unknown>>, over: number): Promise<PublishedFile[]> {
  const pair = await Pair.open(root, base, table);
  for (const row of rows) await pair.add(...serialise(row, table));
  return asPublished(root, await pair.close(), over);
}

/** The files as published: each over `over` bytes compressed, one after the other. */
async function asPublished(root: string, files: PublishedFile[], over: number): Promise<PublishedFile[]> {
  const result: PublishedFile[] = [];
  for (const file of files) result.push(file.format === 'parquet' ? file : await compressIfLarge(root, file, over));
  return result;
}

/**
 * Files already in place for a file base (`data/agenda`: the whole dataset in every format,
 * `data/agenda/2025`: a year, `data/officials/<id>/agenda`: an official's rows), copied from the build
 * cache (src/lib/build/data-cache.ts): not written again. Undefined: write them.
 */
export type ReusedFiles = ((base: string) => Promise<PublishedFile[] | undefined>) & {
  /**
   * A dataset's row count and the years and officials it has slices for, when the cache worked them out
   * from the rows (data-cache.ts): a dataset whose every file is reused is then not gone through row by
   * row again (at size L the 988,854 spending lines took 1.8 s to pass over for files all reused).
   */
  slicesOf?: (name: DatasetName) => DatasetSlices | undefined;
};

/** How many rows a dataset has, and the years and officials with a slice of their own, each sorted. */
export interface DatasetSlices {
  rows: number;
  years: string[];
  officials: string[];
}

/** Where a dataset's rows go besides the whole dataset: the base of their year's files and of their officials'. */
export function slicesOf(name: DatasetName, site: SiteData): (row: Record<string, unknown>) => { year?: string; officials: string[] } {
  const firstMonth = site.site.financialYearStart;
  const financialYear = firstMonth === 1 ? undefined : (date: string) => financialYearKey(date, firstMonth);
  const { perOfficial: field, kind } = datasetInfo(name);
  return (row) => {
    const year = yearOf(kind, row, financialYear);
    const ids = field ? ((row[field] as string | string[] | undefined) ?? []) : [];
    return { ...(year === undefined ? {} : { year }), officials: typeof ids === 'string' ? [ids] : ids };
  };
}

/** The base of a dataset's files: whole, of a year, of an official. */
export const datasetBase = (name: DatasetName, slice: { year?: string; official?: string } = {}) =>
  slice.official !== undefined ? `data/officials/${slice.official}/${name}` : slice.year !== undefined ? `data/${name}/${slice.year}` : `data/${name}`;

/** Writes every dataset below `root/data/` (each file over the bounds compressed), but the files `reused` says are in place already. */
export async function writeDatasets(site: SiteData, root: string, bounds: DataBounds = DEFAULT_BOUNDS, reused: ReusedFiles = async () => undefined): Promise<PublishedDataset[]> {
  const published: PublishedDataset[] = [];
  const firstMonth = site.site.financialYearStart;
  const financialYear = firstMonth === 1 ? undefined : (date: string) => financialYearKey(date, firstMonth);
  for (const name of DATASET_NAMES) {
    const schema = DATASET_SCHEMAS[name];
    const table: Table = { columns: columnsOf(schema, site.site.languages), fields: fieldsOf(schema), defaultLang: site.site.defaultLanguage };
    // Slices per official and per year as the registry says (src/schemas/kinds.ts).
    const { perOfficial: field, kind } = datasetInfo(name);
    const slices = slicesOf(name, site);
    // The whole dataset and its per-year slices are written in one pass; the rows are kept only where
    // per-official slices need them. A row is turned into text only when a file it goes to is written.
    const rows: Array<Record<string, unknown>> = [];
    const kept = await reused(datasetBase(name));
    const whollyKept = kept && (await keptWhole(name, kept, reused, financialYear && (RECORD_KINDS[kind] as RecordKind).financialYear ? firstMonth : undefined));
    if (whollyKept) {
      published.push(whollyKept);
      continue;
    }
    const whole = kept ? undefined : await Pair.open(root, datasetBase(name), table);
    const parquet = kept ? undefined : await ParquetFile.open(join(root, `data/${name}.parquet`), table.columns, table.defaultLang);
    const yearFiles = new Map<string, Pair | PublishedFile[]>();
    let count = 0;
    for (const row of DATASET_ROWS[name](site) as Iterable<Record<string, unknown>>) {
      const { year } = slices(row);
      let slice: Pair | PublishedFile[] | undefined;
      if (year !== undefined) {
        slice = yearFiles.get(year);
        if (!slice) yearFiles.set(year, (slice = (await reused(datasetBase(name, { year }))) ?? (await Pair.open(root, datasetBase(name, { year }), table))));
      }
      if (whole || slice instanceof Pair) {
        const [csvText, jsonText] = serialise(row, table);
        if (whole) await whole.add(csvText, jsonText);
        await parquet?.add(row);
        if (slice instanceof Pair) await slice.add(csvText, jsonText);
      }
      if (field) rows.push(row);
      count++;
    }
    const files = kept ?? [...(await asPublished(root, await (whole as Pair).close(), compressionBound(bounds, false))), { path: `data/${name}.parquet`, format: 'parquet' as const, ...(await (parquet as ParquetFile).close()) }];
    const years = [];
    for (const year of [...yearFiles.keys()].sort()) {
      const slice = yearFiles.get(year) as Pair | PublishedFile[];
      const files = slice instanceof Pair ? await asPublished(root, await slice.close(), compressionBound(bounds, false)) : slice;
      const period = financialYear && (RECORD_KINDS[kind] as RecordKind).financialYear ? financialYearOfKey(year, firstMonth) : undefined;
      years.push(period ? { year, files, period: { first: period.first, last: period.last } } : { year, files });
    }
    const officials = [];
    if (field) {
      const byOfficial = groupBy(rows, (row) => slices(row).officials);
      const ids = [...byOfficial.keys()].sort();
      const taken = ahead(ids.map((id) => () => reused(datasetBase(name, { official: id }))), TAKEN_AHEAD);
      for (const [at, id] of ids.entries()) {
        const base = datasetBase(name, { official: id });
        officials.push({ id, files: (await taken[at]) ?? (await writePair(root, base, table, byOfficial.get(id) ?? [], compressionBound(bounds, true))) });
      }
    }
    published.push({ name, rows: count, files, years, officials });
  }
  return published;
}

/**
 * A dataset whose whole files, every year's and every official's are all in place from the build cache,
 * as writeDatasets would give it; undefined if the cache does not know its slices or any is not reused
 * (then the dataset is gone through row by row, and what was reused is asked for again: `reused`
 * answers a base the same each time).
 */
async function keptWhole(name: DatasetName, files: PublishedFile[], reused: ReusedFiles, financialYearStart: number | undefined): Promise<PublishedDataset | undefined> {
  const slices = reused.slicesOf?.(name);
  if (!slices) return undefined;
  const years = [];
  for (const year of slices.years) {
    const yearFiles = await reused(datasetBase(name, { year }));
    if (!yearFiles) return undefined;
    const period = financialYearStart === undefined ? undefined : financialYearOfKey(year, financialYearStart);
    years.push(period ? { year, files: yearFiles, period: { first: period.first, last: period.last } } : { year, files: yearFiles });
  }
  const taken = ahead(slices.officials.map((id) => () => reused(datasetBase(name, { official: id }))), TAKEN_AHEAD);
  const officials = [];
  for (const [at, id] of slices.officials.entries()) {
    const officialFiles = await taken[at];
    if (!officialFiles) {
      await Promise.allSettled(taken);
      return undefined;
    }
    officials.push({ id, files: officialFiles });
  }
  return { name, rows: slices.rows, files, years, officials };
}

/**
 * The officials' files asked of the build cache at once (each a few small files to read, check and link):
 * one after the other, a P rebuild spent most of its 10 s of datasets waiting on each file's answer.
 */
const TAKEN_AHEAD = 16;

/**
 * Runs `tasks` in `width` lanes (a task starts when the one `width` places before it has ended) and gives
 * each one's promise at its place. A failure is left for the caller's await of that promise: it is not
 * reported as unhandled while earlier ones are awaited, and does not stop the lane.
 */
function ahead<T>(tasks: ReadonlyArray<() => Promise<T>>, width: number): Array<Promise<T>> {
  const started: Array<Promise<T>> = [];
  const lanes: Array<Promise<unknown>> = [];
  for (const [at, task] of tasks.entries()) {
    const promise = (lanes[at % width] ?? Promise.resolve()).then(task);
    lanes[at % width] = promise.catch(() => undefined);
    started.push(promise);
  }
  return started;
}

/** JSON text, with amounts written as exact decimal numbers. */
function stringify(value: Record<string, unknown>): string {
  const marks: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawNumber) {
      marks.push(item.text);
      return `\u0000${marks.length - 1}\u0000`;
    }
    return item;
  });
  return text.replace(/"\\u0000(\d+)\\u0000"/g, (_match, index: string) => marks[Number(index)] ?? 'null');
}
