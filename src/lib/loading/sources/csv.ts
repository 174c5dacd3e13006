/**
 * Reads a CSV file with a header row (UTF-8, with or without BOM; comma separated, see `headerDelimiter`)
 * into records, keeping the line of every row and the column of every cell for error messages.
 * Headers with a dot (`title.nl`) become nested values (`{ title: { nl } }`).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locate, Place, Problem } from '../problems.ts';
import { LineIndex } from './positions.ts';

export interface CsvRecord {
  /** Line where the row starts (a quoted cell may span several lines). */
  line: number;
  /** Offset of the row's first character in the file's text. */
  start: number;
  values: Record<string, unknown>;
  locate: Locate;
}

/**
 * Where the cells of a file's rows are written. Records keep only their row's line and offset; the
 * column of a cell is worked out from the file's text when a message needs it. Once the file is read,
 * `release()` lets the text go (it is read again in the rare case a place is asked for later), so that
 * a million validated rows do not hold their files in memory.
 */
export class CsvPlaces {
  readonly file: string;
  readonly names: string[];
  readonly delimiter: string;
  private text: string | undefined;
  private lines: LineIndex | undefined;

  /** Without `text`, the file is read when a place is first asked for. */
  constructor(file: string, names: string[], delimiter: string, text?: string, lines?: LineIndex) {
    this.file = file;
    this.names = names;
    this.delimiter = delimiter;
    this.text = text;
    this.lines = lines;
  }

  /** Where the cell of `path` (a column, or a column and its language) in the row at `start` is written. */
  cell(start: number, line: number, path: readonly PropertyKey[]): Place {
    const wanted = path.slice(0, 2).map(String);
    let index = this.names.indexOf(wanted.join('.'));
    if (index === -1) index = this.names.findIndex((name) => name === wanted[0] || name.startsWith(`${wanted[0]}.`));
    if (index === -1) return { file: this.file, line, column: 1 };
    if (this.text === undefined || this.lines === undefined) {
      this.text = normalise(readFileSync(this.file, 'utf8'));
      this.lines = new LineIndex(this.text);
    }
    const offset = cellStarts(this.text, start, this.delimiter)[index];
    return offset === undefined ? { file: this.file, line, column: 1 } : { file: this.file, ...this.lines.at(offset) };
  }

  release(): void {
    this.text = undefined;
    this.lines = undefined;
  }
}

const normalise = (raw: string) => (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');

export interface CsvFile {
  /** Column names, as written in the header. */
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
  /** Where the header cell of a column is written, for errors about a whole column. */
  headerPlace(index: number): Place;
  /** Where the cells of the rows are written. */
  places: CsvPlaces;
}

/**
 * The separator of a data file: a comma. A file whose header row has no comma outside quotes is read as
 * separated by `;` (or tabs) when its header row has them, as Excel saves CSV in Belgium. The separator
 * is never guessed from the rows, whose cells may hold `;` lists or commas in text, nor by counting:
 * a header with one comma is comma-separated, whatever else it holds.
 */
export function headerDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length && (quoted || (text[i] !== '\n' && text[i] !== '\r')); i++) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  if ((counts.get(',') ?? 0) > 0) return ',';
  if ((counts.get(';') ?? 0) > 0) return ';';
  if ((counts.get('\t') ?? 0) > 0) return '\t';
  return ',';
}

export function readCsv(raw: string, file: string): CsvFile {
  const text = normalise(raw);
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  let header: string[] | undefined;
  let headerCells: number[] = [];
  let delimiter = ',';
  let previousEnd = 0;

  const placeAt = (offset: number): Place => ({ file, ...lines.at(offset) });
  // Short values repeat from row to row (dates, times, ids, categories, names): one string each, not one
  // per cell. At 460,000 agenda rows that is a tenth of the memory the records take.
  const pool = new Map<string, string>();
  const intern = (value: string): string => {
    if (value.length > 40) return value;
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
  let shared: CsvPlaces | undefined;
  const places = () => (shared ??= new CsvPlaces(file, header ?? [], delimiter, text, lines));

  Papa.parse<string[]>(text, {
    newline: '\n',
    delimiter: headerDelimiter(text),
    step: (result) => {
      const start = text[previousEnd] === '\n' ? previousEnd + 1 : previousEnd;
      previousEnd = result.meta.cursor;
      delimiter = result.meta.delimiter;
      const cells = result.data;
      for (const error of result.errors) {
        problems.push({
          ...placeAt(error.index ?? start),
          field: '',
          message:
            error.code === 'MissingQuotes'
              ? 'has a quoted cell that is never closed: end it with a double quote, and write a quote inside a cell as two double quotes ("")'
              : `cannot be read as CSV: ${error.message}`,
        });
      }
      if (cells.length === 1 && cells[0]?.trim() === '') return; // blank line
      if (!header) {
        header = cells.map((cell) => cell.trim());
        headerCells = cellStarts(text, start, delimiter);
        return;
      }
      const row = lines.at(start).line;
      if (cells.length !== header.length) {
        problems.push({
          file,
          line: row,
          column: 1,
          field: '',
          message: `has ${cells.length} cells but the header has ${header.length}: a value with a ${delimiter === '\t' ? 'tab' : `"${delimiter}"`} or a line break must be written in double quotes`,
        });
        return;
      }
      const values: Record<string, unknown> = {};
      header.forEach((name, index) => {
        const cell = intern(cells[index]?.trim() ?? '');
        if (cell === '') return;
        const dot = name.indexOf('.');
        if (dot === -1) values[name] = cell;
        else {
          const parent = name.slice(0, dot);
          const nested = typeof values[parent] === 'object' && values[parent] !== null ? (values[parent] as Record<string, unknown>) : {};
          nested[name.slice(dot + 1)] = cell;
          values[parent] = nested;
        }
      });
      records.push({ line: row, start, values, locate: (path) => places().cell(start, row, path) });
    },
  });

  return {
    header: header ?? [],
    records,
    problems: header ? problems : [...problems, { file, line: 1, column: 1, field: '', message: 'is empty: a CSV file needs a header row naming its columns' }],
    headerPlace: (index) => placeAt(headerCells[index] ?? 0),
    places: places(),
  };
}

/** Offsets where each cell of the row starting at `start` begins, honouring quotes. */
function cellStarts(text: string, start: number, delimiter: string): number[] {
  const starts = [start];
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) starts.push(i + 1);
    else if (!quoted && char === '\n') break;
  }
  return starts;
}
