/**
 * Every whole dataset as Apache Parquet, for DuckDB, pandas, R or a browser to query without importing
 * a CSV. The type of each column is read from its Table Schema field (table-schema.ts), so the CSV, the
 * data package and the Parquet file describe a column once: amounts are DECIMAL(18, 2) stored as the
 * integer cents they are held in (never a float), dates DATE, times of day TIME (milliseconds, local
 * time as the source states it), counts and years INT32, yes/no BOOLEAN, anything else UTF-8 text as in
 * the CSV (a date and time with its UTC offset stays text: a Parquet timestamp would drop the offset).
 * A value the row does not have is null. Rows are written in row groups of at most ROW_GROUP rows, so
 * that a large dataset is never held whole, and a reader fetching a range reads only the groups it needs.
 */
import { join } from 'node:path';
import type { SchemaElement } from 'hyparquet';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { Lang } from '../../schemas/fields.ts';
import { cellValue, type Column } from './columns.ts';
import { HashedOutput, type WrittenFile } from './output.ts';
import { storedType, type StoredType as Kind } from './table-schema.ts';

/** Rows per row group: DuckDB reads a group's statistics before deciding to fetch it. */
export const ROW_GROUP = 50_000;
/** Cents: two digits after the point; 18 digits fit in a 64-bit integer. */
const SCALE = 2;
const PRECISION = 18;
const DAY_MS = 86_400_000;

const ELEMENTS: Record<Kind, Omit<SchemaElement, 'name'>> = {
  decimal: { type: 'INT64', converted_type: 'DECIMAL', scale: SCALE, precision: PRECISION, logical_type: { type: 'DECIMAL', scale: SCALE, precision: PRECISION } },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
  time: { type: 'INT32', converted_type: 'TIME_MILLIS', logical_type: { type: 'TIME', isAdjustedToUTC: false, unit: 'MILLIS' } },
  integer: { type: 'INT32' },
  boolean: { type: 'BOOLEAN' },
  text: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
};

/** The Parquet schema of a dataset: a column may be null unless its field is required. */
export function parquetSchema(columns: Column[]): SchemaElement[] {
  return [
    { name: 'root', num_children: columns.length },
    ...columns.map((column): SchemaElement => ({ name: column.name, ...ELEMENTS[storedType(column)], repetition_type: column.field.required && !column.lang ? 'REQUIRED' : 'OPTIONAL' })),
  ];
}

/** `2025-03-14` as days since 1970-01-01, what a Parquet DATE holds. */
export function daysOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** `09:30` (or `09:30:15`) as milliseconds since midnight, what a Parquet TIME in milliseconds holds. */
export function millisOf(time: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

const CONVERT: Record<Kind, (value: string | number | boolean) => unknown> = {
  decimal: (value) => BigInt(value as number),
  date: (value) => daysOf(String(value)),
  time: (value) => millisOf(String(value)),
  integer: (value) => value,
  boolean: (value) => value,
  text: (value) => String(value),
};

/** Bytes the Parquet writer produces, streamed to a file that is hashed as it is written. */
class StreamedBytes extends ByteWriter {
  private readonly out: HashedOutput;

  constructor(out: HashedOutput) {
    super(1 << 20);
    this.out = out;
  }

  flush(): Promise<void> {
    const chunk = Buffer.from(this.getBytes());
    this.index = 0;
    return this.out.writeBytes(chunk);
  }

  override finish(): Promise<void> {
    return this.flush();
  }
}

/** One Parquet file, written row by row. */
export class ParquetFile {
  private readonly writer: ParquetWriter;
  private readonly out: HashedOutput;
  private readonly columns: Column[];
  private readonly kinds: Kind[];
  private readonly defaultLang: Lang;
  private buffered: unknown[][];
  private count = 0;

  private constructor(out: HashedOutput, columns: Column[], defaultLang: Lang) {
    this.out = out;
    this.columns = columns;
    this.kinds = columns.map(storedType);
    this.defaultLang = defaultLang;
    this.buffered = columns.map(() => []);
    this.writer = new ParquetWriter({ writer: new StreamedBytes(out), schema: parquetSchema(columns), createdBy: 'vitrine (hyparquet-writer)' });
  }

  static async open(path: string, columns: Column[], defaultLang: Lang): Promise<ParquetFile> {
    return new ParquetFile(await HashedOutput.open(path), columns, defaultLang);
  }

  async add(row: Record<string, unknown>): Promise<void> {
    this.columns.forEach((column, index) => {
      const value = cellValue(row, column, this.defaultLang);
      (this.buffered[index] as unknown[]).push(value === null ? null : (CONVERT[this.kinds[index] as Kind])(value));
    });
    this.count++;
    if ((this.buffered[0]?.length ?? 0) >= ROW_GROUP) await this.writeGroup();
  }

  private async writeGroup(): Promise<void> {
    const rows = this.buffered[0]?.length ?? 0;
    if (rows === 0) return;
    const columnData = this.columns.map((column, index) => ({ name: column.name, data: this.buffered[index] as unknown[] }));
    this.buffered = this.columns.map(() => []);
    await this.writer.write({ columnData: columnData as never, rowGroupSize: rows });
  }

  async close(): Promise<WrittenFile & { rows: number }> {
    await this.writeGroup();
    await this.writer.finish();
    return { ...(await this.out.close()), rows: this.count };
  }
}

/** Writes `root/<base>.parquet` from rows. */
export async function writeParquet(root: string, base: string, columns: Column[], defaultLang: Lang, rows: Iterable<Record<string, unknown>>): Promise<WrittenFile & { rows: number; path: string }> {
  const file = await ParquetFile.open(join(root, `${base}.parquet`), columns, defaultLang);
  for (const row of rows) await file.add(row);
  return { ...(await file.close()), path: `${base}.parquet` };
}
