/**
 * Writes every dataset as CSV and JSON into a folder, streaming row by row. CSV: RFC 4180, UTF-8 with
 * a byte order mark (so that Excel shows accents), CRLF line ends, and no cell that a spreadsheet would
 * run as a formula. JSON: an array of objects with the same fields.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { DATASET_NAMES, DATASET_SCHEMAS, type DatasetName } from '../../schemas/datasets.ts';
import { csvLine } from '../csv-format.ts';
import type { SiteData } from '../load-site.ts';
import { fieldsOf } from '../schema-fields.ts';
import { cellText, columnsOf, jsonRow, RawNumber } from './columns.ts';
import { DATASET_ROWS } from './rows.ts';

export interface WrittenDataset {
  name: DatasetName;
  rows: number;
}

/** A text cell that starts like a formula gets a leading apostrophe; numbers are left as they are. */
export function neutraliseFormula(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  if (/^[+-]?\d+(?:\.\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}

class Output {
  private readonly stream;
  private buffer = '';
  constructor(path: string) {
    this.stream = createWriteStream(path);
  }
  async write(text: string) {
    this.buffer += text;
    if (this.buffer.length > 1 << 16) await this.flush();
  }
  async flush() {
    if (this.buffer && !this.stream.write(this.buffer)) await once(this.stream, 'drain');
    this.buffer = '';
  }
  async close() {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export async function writeDatasets(site: SiteData, folder: string): Promise<WrittenDataset[]> {
  await mkdir(folder, { recursive: true });
  const written: WrittenDataset[] = [];
  for (const name of DATASET_NAMES) written.push(await writeDataset(site, name, folder));
  return written;
}

async function writeDataset(site: SiteData, name: DatasetName, folder: string): Promise<WrittenDataset> {
  const schema = DATASET_SCHEMAS[name];
  const defaultLang = site.site.defaultLanguage;
  const columns = columnsOf(schema, site.site.languages);
  const fields = fieldsOf(schema);
  const csv = new Output(join(folder, `${name}.csv`));
  const json = new Output(join(folder, `${name}.json`));
  await csv.write(`\uFEFF${csvLine(columns.map((column) => column.name))}\r\n`);
  await json.write('[');
  let rows = 0;
  for (const row of DATASET_ROWS[name](site) as Iterable<Record<string, unknown>>) {
    await csv.write(`${csvLine(columns.map((column) => neutraliseFormula(cellText(row, column, defaultLang))))}\r\n`);
    await json.write(`${rows === 0 ? '\n' : ',\n'}${stringify(jsonRow(row, fields, defaultLang))}`);
    rows++;
  }
  await json.write(rows === 0 ? ']\n' : '\n]\n');
  await csv.close();
  await json.close();
  return { name, rows };
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
