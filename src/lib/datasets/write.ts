/**
 * Writes every dataset as CSV and JSON, whole and sliced per year and per official, and whole as Parquet
 * (parquet.ts), streaming row by row. Money (the kinds marked `financialYear` in the registry) is sliced per
 * financial year where the organisation's year does not start in January (`income/2025-26.csv`), each such
 * slice with its period. CSV: RFC 4180, UTF-8 with a byte order mark (so that Excel shows accents), CRLF
 * line ends, a fixed column order from the schema, and no cell that a spreadsheet would run as a formula.
 * JSON: an array of objects with the same fields. A CSV or JSON file over the bound (bounds.ts) is published
 * gzip-compressed in its place (compress.ts). Returns what was written, with sizes and SHA-256, for the catalogue.
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
import { DEFAULT_BOUNDS, type DataBounds } from './bounds.ts';
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

async function writePair(root: string, base: string, table: Table, rows: Iterable<Record<string, unknown>>, bounds: DataBounds): Promise<PublishedFile[]> {
  const pair = await Pair.open(root, base, table);
  for (const row of rows) await pair.add(...serialise(row, table));
  return asPublished(root, await pair.close(), bounds);
}

/** The files as published: each over the bound compressed, one after the other. */
async function asPublished(root: string, files: PublishedFile[], bounds: DataBounds): Promise<PublishedFile[]> {
  const result: PublishedFile[] = [];
  for (const file of files) result.push(file.format === 'parquet' ? file : await compressIfLarge(root, file, bounds));
  return result;
}

/** Writes every dataset below `root/data/`. */
export async function writeDatasets(site: SiteData, root: string, bounds: DataBounds = DEFAULT_BOUNDS): Promise<PublishedDataset[]> {
  const published: PublishedDataset[] = [];
  const firstMonth = site.site.financialYearStart;
  const financialYear = firstMonth === 1 ? undefined : (date: string) => financialYearKey(date, firstMonth);
  for (const name of DATASET_NAMES) {
    const schema = DATASET_SCHEMAS[name];
    const table: Table = { columns: columnsOf(schema, site.site.languages), fields: fieldsOf(schema), defaultLang: site.site.defaultLanguage };
    // Slices per official and per year as the registry says (src/schemas/kinds.ts).
    const { perOfficial: field, kind } = datasetInfo(name);
    // The whole dataset and its per-year slices are written in one pass; the rows are kept only where
    // per-official slices need them.
    const rows: Array<Record<string, unknown>> = [];
    const whole = await Pair.open(root, `data/${name}`, table);
    const parquet = await ParquetFile.open(join(root, `data/${name}.parquet`), table.columns, table.defaultLang);
    const yearFiles = new Map<string, Pair>();
    let count = 0;
    for (const row of DATASET_ROWS[name](site) as Iterable<Record<string, unknown>>) {
      const [csvText, jsonText] = serialise(row, table);
      await whole.add(csvText, jsonText);
      await parquet.add(row);
      const year = yearOf(kind, row, financialYear);
      if (year !== undefined) {
        let slice = yearFiles.get(year);
        if (!slice) yearFiles.set(year, (slice = await Pair.open(root, `data/${name}/${year}`, table)));
        await slice.add(csvText, jsonText);
      }
      if (field) rows.push(row);
      count++;
    }
    const files = [...(await asPublished(root, await whole.close(), bounds)), { path: `data/${name}.parquet`, format: 'parquet' as const, ...(await parquet.close()) }];
    const years = [];
    for (const year of [...yearFiles.keys()].sort()) {
      const files = await asPublished(root, await (yearFiles.get(year) as Pair).close(), bounds);
      const period = financialYear && (RECORD_KINDS[kind] as RecordKind).financialYear ? financialYearOfKey(year, firstMonth) : undefined;
      years.push(period ? { year, files, period: { first: period.first, last: period.last } } : { year, files });
    }
    const officials = [];
    if (field) {
      const byOfficial = groupBy(rows, (row) => (row[field] as string | string[] | undefined) ?? []);
      for (const id of [...byOfficial.keys()].sort()) officials.push({ id, files: await writePair(root, `data/officials/${id}/${name}`, table, byOfficial.get(id) ?? [], bounds) });
    }
    published.push({ name, rows: count, files, years, officials });
  }
  return published;
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
