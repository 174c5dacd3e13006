/**
 * The CSV files an import appends to: `data/<kind>/<year>.csv` (or `data/complaints.csv`). An existing
 * file keeps its header, its rows and its line ends; new rows are written in its column order with
 * `dataLine` (quoted wherever a reader could take a cell for separators). A new file gets the header
 * of the kind's schema. New ids continue after the highest number of the year (`a-2025-000868` after
 * `a-2025-000867`), in the width the file already uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell } from '../../datasets/csv-format.ts';
import { headerDelimiter } from '../../loading/sources/csv.ts';

export interface CsvTarget {
  path: string;
  exists: boolean;
  header: string[];
  /** Lines the file has now (the next row starts on `lines + 1`). */
  lines: number;
  /** Text to put before the first new row: a line end when the file does not end with one. */
  lead: string;
  eol: string;
  /** Why rows cannot be added, e.g. a file separated by `;`. */
  refusal?: string;
}

export function openTarget(siteDir: string, path: string, columns: readonly string[]): CsvTarget {
  const file = join(siteDir, path);
  if (!existsSync(file)) return { path, exists: false, header: [...columns], lines: 1, lead: '', eol: '\n' };
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const first = text.split(/\r?\n/)[0] ?? '';
  const delimiter = headerDelimiter(first);
  const header = first.split(delimiter).map((name) => name.replace(/^"|"$/g, '').trim());
  const lines = text === '' ? 0 : text.split(/\r?\n/).length - (text.endsWith('\n') ? 1 : 0);
  const target: CsvTarget = { path, exists: true, header, lines, lead: text === '' || text.endsWith('\n') ? '' : eol, eol };
  if (delimiter !== ',') target.refusal = `${path} is separated by "${delimiter === '\t' ? 'tab' : delimiter}", not by commas: save it with commas (as npm run validate reads both, only the separator changes), then import again`;
  return target;
}

/**
 * The cells of one record in the target's column order. Text without a language goes in the default
 * language's column; values whose column the file lacks are returned as `missing`.
 */
export function cellsFor(target: CsvTarget, values: Readonly<Record<string, string>>, defaultLanguage: string): { cells: string[]; missing: string[] } {
  const placed = new Set<string>();
  const cells = target.header.map((column) => {
    const direct = values[column];
    if (direct !== undefined) {
      placed.add(column);
      return direct;
    }
    const [parent = column, lang] = column.split('.', 2);
    if (lang === defaultLanguage && values[parent] !== undefined && values[`${parent}.${lang}`] === undefined) {
      placed.add(parent);
      return values[parent] ?? '';
    }
    if (lang === undefined && values[`${column}.${defaultLanguage}`] !== undefined) {
      placed.add(`${column}.${defaultLanguage}`);
      return values[`${column}.${defaultLanguage}`] ?? '';
    }
    return '';
  });
  const missing = Object.keys(values).filter((name) => !placed.has(name) && values[name] !== '');
  return { cells, missing };
}

/**
 * One line of a data file: cells separated by commas, and quoted when they hold a comma, a quote, a line
 * break, a `;` or a tab, so that no reader (a spreadsheet that guesses) takes a `;` list for a separator.
 */
export function dataLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[;\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : csvCell(cell))).join(',');
}

/** The text to append: one `dataLine` per row, in the file's line ends; the header first for a new file. */
export function appendText(target: CsvTarget, rows: readonly string[][]): string {
  const lines = [...(target.exists ? [] : [dataLine(target.header)]), ...rows.map((cells) => dataLine(cells))];
  return `${target.lead}${lines.join(target.eol)}${target.eol}`;
}

/** How many lines a CSV line takes (quoted cells may hold line breaks). */
export const lineCount = (line: string) => line.split('\n').length;

/** Makes new ids `prefix-year-NNNN` after the highest number already used that year. */
export class IdMaker {
  private readonly next = new Map<string, { number: number; width: number }>();
  private readonly prefix: string;
  private readonly width: number;

  constructor(prefix: string, width: number, existing: Iterable<string>) {
    this.prefix = prefix;
    this.width = width;
    const pattern = new RegExp(`^${prefix}-(\\d{4})-(\\d+)$`);
    for (const id of existing) {
      const match = pattern.exec(id);
      if (!match) continue;
      const year = match[1] ?? '';
      const digits = match[2] ?? '';
      const current = this.next.get(year);
      if (!current || Number(digits) >= current.number) this.next.set(year, { number: Number(digits) + 1, width: Math.max(digits.length, current?.width ?? 0) });
    }
  }

  make(year: string): string {
    const current = this.next.get(year) ?? { number: 1, width: this.width };
    this.next.set(year, { number: current.number + 1, width: current.width });
    return `${this.prefix}-${year}-${String(current.number).padStart(current.width, '0')}`;
  }
}
