/**
 * The readers of records by their kind's schema: a YAML file of one record or a list of them, and CSV
 * files of rows. Each validated record keeps where it is written; every problem is collected.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { LANGUAGES } from '../../schemas/fields.ts';
import type { Locate, Place, Problem } from './problems.ts';
import { internStrings, type RecordCache } from './record-cache.ts';
import { columnsOfField, fieldsOf } from './schema-fields.ts';
import { CsvPlaces, readCsv } from './sources/csv.ts';
import { locateFrom, placeTable, type PlaceTable } from './sources/place-table.ts';
import { decodeText, readAhead, readBytes, readTextFile, type FileBytes } from './sources/text-file.ts';
import { readYaml } from './sources/yaml.ts';
import { validateRecord } from './validate-record.ts';

/** A validated record and where it is written. */
export interface Loaded<T> {
  data: T;
  file: string;
  line: number;
  locate: Locate;
}

/**
 * A validated CSV row. Its places are worked out from the file when asked for (see CsvPlaces), so that
 * each of a million rows costs its data and two numbers rather than a closure over its file.
 */
class CsvRow<T> implements Loaded<T> {
  data: T;
  line: number;
  readonly offset: number;
  private readonly places: CsvPlaces;

  constructor(data: T, places: CsvPlaces, line: number, start: number) {
    this.data = data;
    this.places = places;
    this.line = line;
    this.offset = start;
  }

  get file(): string {
    return this.places.file;
  }

  locate(path: readonly PropertyKey[]): Place {
    return this.places.cell(this.offset, this.line, path);
  }
}

/** The text of a file, or undefined with its problem (missing, not UTF-8, control characters). */
export async function readText(file: string, problems: Problem[]): Promise<string | undefined> {
  const read = await readTextFile(file);
  if (read.problem) problems.push(read.problem);
  return read.text;
}

/** The text of bytes read, or undefined with its problem. */
export function textOf(read: FileBytes, problems: Problem[]): string | undefined {
  if (read.problem) {
    problems.push(read.problem);
    return undefined;
  }
  const decoded = decodeText(read.bytes, read.file);
  if (decoded.problem) problems.push(decoded.problem);
  return decoded.text;
}

/** Where the records of a kind are kept between builds: the cache, and the reader's name in its keys. */
export interface KindCache {
  cache: RecordCache;
  /** The kind and how its files are read, e.g. `declarations one`. */
  reader: string;
}

/**
 * A file's key in the record cache as `how` (`one`, `list`, `csv`, `minutes`) reads it, and its records
 * kept there, if any; no key without a cache or without bytes.
 */
export function lookUp<T>(kept: KindCache | undefined, how: string, read: FileBytes): { key?: string; cached?: T } {
  if (!kept || !read.bytes) return {};
  const key = kept.cache.key(`${kept.reader} ${how}`, read.bytes);
  const cached = kept.cache.take<T>(key);
  return cached === undefined ? { key } : { key, cached };
}

/** A file's text read again (to find a place the record cache did not keep); empty if it cannot be read. */
export const textAgain = (file: string): string => decodeText(readFileSync(file), file).text ?? '';

/** A YAML file's records as the record cache keeps them: each record's value, line and places. */
type KeptYaml = Array<{ data: unknown; line: number; places: PlaceTable }>;

/** The records of a YAML file: the file is one record, or a list of records each starting with "- ". */
export async function readYamlRecords<S extends z.ZodType>(source: string | FileBytes, schema: S, problems: Problem[], shape: 'one' | 'list', kept?: KindCache): Promise<Loaded<z.output<S>>[]> {
  const read = typeof source === 'string' ? await readBytes(source) : source;
  const { file } = read;
  const { key, cached } = lookUp<KeptYaml>(kept, shape, read);
  if (cached) {
    // The file is parsed again only if a place deeper than the table is asked for (a problem found later).
    let parsed: Locate | undefined;
    const parse = () => (parsed ??= readYaml(textAgain(file), file).locate);
    return cached.map(({ data, line, places }, index) => {
      const locate = locateFrom(places, file, () => (shape === 'one' ? parse() : (path) => parse()([index, ...path])));
      return { data: data as z.output<S>, file, line, locate };
    });
  }
  const before = problems.length;
  const text = textOf(read, problems);
  if (text === undefined) return [];
  const yaml = readYaml(text, file);
  problems.push(...yaml.problems);
  if (yaml.problems.length) return [];
  const values: Array<[unknown, Locate]> =
    shape === 'one'
      ? [[yaml.value, yaml.locate]]
      : Array.isArray(yaml.value)
        ? yaml.value.map((value, index) => [value, (path) => yaml.locate([index, ...path])])
        : [];
  if (shape === 'list' && !Array.isArray(yaml.value)) problems.push({ file, line: 1, column: 1, field: '', message: 'must be a list of records, each starting with "- "' });
  const records: Loaded<z.output<S>>[] = [];
  for (const [value, locate] of values) {
    const checked = validateRecord(schema, value ?? {}, locate);
    problems.push(...checked.problems);
    if (checked.data !== undefined) records.push({ data: checked.data, file, line: locate([]).line, locate });
  }
  if (key !== undefined && kept && problems.length === before) {
    kept.cache.keep(key, records.map((record, index) => ({ data: record.data, line: record.line, places: placeTable(values[index]?.[0], record.locate) })) satisfies KeptYaml);
  }
  return records;
}

/** A CSV file's records as the record cache keeps them: the header, the separator, and each row's value, line and offset. */
interface KeptCsv {
  header: string[];
  delimiter: string;
  rows: Array<[data: unknown, line: number, start: number]>;
}

/** The rows of CSV files as records: unknown columns and missing required ones are problems at the header. */
export async function readCsvFiles<S extends z.ZodObject>(files: string[], schema: S, problems: Problem[], kept?: KindCache): Promise<Loaded<z.output<S>>[]> {
  const fields = fieldsOf(schema);
  const columns = new Set(fields.flatMap((field) => columnsOfField(field, LANGUAGES, true).map((column) => column.name)));
  const records: Loaded<z.output<S>>[] = [];
  // Two files at a time: a year of a large organisation's spending is tens of megabytes.
  for await (const read of readAhead(files, 2)) {
    const { file } = read;
    const { key, cached } = lookUp<KeptCsv>(kept, 'csv', read);
    if (cached) {
      const places = new CsvPlaces(file, cached.header, cached.delimiter);
      const pool = new Map<string, string>();
      for (const [data, line, start] of cached.rows) {
        internStrings(data, pool);
        records.push(new CsvRow(data as z.output<S>, places, line, start));
      }
      continue;
    }
    const before = problems.length;
    const text = textOf(read, problems);
    if (text === undefined) continue;
    const csv = readCsv(text, file);
    problems.push(...csv.problems);
    const unknown = new Set<string>();
    csv.header.forEach((name, index) => {
      if (!columns.has(name)) {
        unknown.add(name);
        problems.push({ ...csv.headerPlace(index), field: name, message: `is not a column of this file: rename it to one of ${[...columns].filter((c) => !c.includes('.')).join(', ')}, or remove it` });
      }
    });
    const missing = new Set<string>();
    for (const field of fields) {
      if (field.required && !csv.header.some((name) => name === field.name || name.startsWith(`${field.name}.`))) {
        missing.add(field.name);
        problems.push({ file, line: 1, column: 1, field: field.name, message: `column is missing: add a column named ${field.name}${field.example ? ` (e.g. ${field.example})` : ''}` });
      }
    }
    const first = records.length;
    for (const record of csv.records) {
      for (const name of unknown) dropColumn(record.values, name);
      const checked = validateRecord(schema, record.values, record.locate, missing);
      problems.push(...checked.problems);
      if (checked.data !== undefined) records.push(new CsvRow(checked.data, csv.places, record.line, record.start));
    }
    if (key !== undefined && kept && problems.length === before) {
      const rows = (records.slice(first) as CsvRow<z.output<S>>[]).map((row): [unknown, number, number] => [row.data, row.line, row.offset]);
      kept.cache.keep(key, { header: csv.header, delimiter: csv.places.delimiter, rows } satisfies KeptCsv);
    }
    csv.places.release();
  }
  return records;
}
function dropColumn(values: Record<string, unknown>, name: string): void {
  const [parent = name, child] = name.split('.', 2);
  const nested = values[parent];
  if (child !== undefined && typeof nested === 'object' && nested !== null) {
    delete (nested as Record<string, unknown>)[child];
    if (Object.keys(nested).length === 0) delete values[parent];
  } else if (child === undefined) delete values[name];
}
