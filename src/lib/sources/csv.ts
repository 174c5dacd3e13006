/**
 * Reads a CSV file with a header row (UTF-8, with or without BOM; comma, semicolon or tab separated)
 * into records, keeping the line of every row and the column of every cell for error messages.
 * Headers with a dot (`title.nl`) become nested values (`{ title: { nl } }`).
 */
import Papa from 'papaparse';
import type { Locate, Place, Problem } from '../problems.ts';
import { LineIndex } from './positions.ts';

export interface CsvRecord {
  /** Line where the row starts (a quoted cell may span several lines). */
  line: number;
  values: Record<string, unknown>;
  locate: Locate;
}

export interface CsvFile {
  /** Column names, as written in the header. */
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
  /** Where the header cell of a column is written, for errors about a whole column. */
  headerPlace(index: number): Place;
}

export function readCsv(raw: string, file: string): CsvFile {
  const text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const records: CsvRecord[] = [];
  let header: string[] | undefined;
  let headerCells: number[] = [];
  let delimiter = ',';
  let previousEnd = 0;

  const placeAt = (offset: number): Place => ({ file, ...lines.at(offset) });

  Papa.parse<string[]>(text, {
    newline: '\n',
    delimitersToGuess: [',', ';', '\t'],
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
      const offsets = () => cellStarts(text, start, delimiter);
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
        const cell = cells[index]?.trim() ?? '';
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
      const names = header;
      const locate: Locate = (path) => {
        const wanted = path.slice(0, 2).map(String);
        let index = names.indexOf(wanted.join('.'));
        if (index === -1) index = names.findIndex((name) => name === wanted[0] || name.startsWith(`${wanted[0]}.`));
        if (index === -1) return { file, line: row, column: 1 };
        const cellOffset = offsets()[index];
        return cellOffset === undefined ? { file, line: row, column: 1 } : placeAt(cellOffset);
      };
      records.push({ line: row, values, locate });
    },
  });

  return {
    header: header ?? [],
    records,
    problems: header ? problems : [...problems, { file, line: 1, column: 1, field: '', message: 'is empty: a CSV file needs a header row naming its columns' }],
    headerPlace: (index) => placeAt(headerCells[index] ?? 0),
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
