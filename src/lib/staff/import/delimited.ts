/**
 * Reads delimited text as spreadsheets and registers export it: a header row, then one row per record,
 * separated by `,`, `;` or tabs (the one used most on the header line, or Excel's `sep=;` first line), cells
 * in double quotes that may hold separators and line breaks, CRLF or LF line ends. Every row keeps the
 * line it starts on, so the import report can point at it. Rows that cannot be read are returned as
 * problems with their line, never dropped.
 */
import Papa from 'papaparse';

export interface SourceRow {
  /** Line (or spreadsheet row) where the row starts. */
  line: number;
  /** Cells by column name, as written (not trimmed). */
  cells: Record<string, string>;
  /** Where the row is, when a line alone does not say it (`people[2].gifts[0]` of a JSON file). */
  where?: string;
  /** Cells that the file stores as numbers (JSON), whose decimal mark is always `.`. */
  typed?: ReadonlySet<string>;
}

export interface SourceTable {
  header: string[];
  rows: SourceRow[];
  /** Rows that could not be read, with why. */
  unreadable: Array<{ line: number; message: string }>;
  /** How the file was separated, for the report. */
  delimiter?: string;
  /** The sheet read, for workbooks. */
  sheet?: string;
  /** Lines above the header row (`headerRow:`) that hold something: titles and notes, not records. */
  aboveHeader?: number[];
  /** Rows after the data with text in their first cell only (with `headerRow:`): notes, not records. */
  notesBelow?: SourceRow[];
}

/**
 * With `headerRow:` set, rows at the end of the table that have text in their first cell only (and
 * nothing else, in a table of three columns or more) are notes below the data ("Source: …"), set
 * aside with their lines for the report rather than imported or refused; rows of empty cells among
 * them hold nothing and go too.
 */
export function setAsideNotesBelow(table: SourceTable): void {
  if (table.header.length < 3) return;
  const filled = (row: SourceRow) => table.header.filter((name) => (row.cells[name] ?? '').trim() !== '');
  const notes: SourceRow[] = [];
  let end = table.rows.length;
  while (end > 1) {
    const cells = filled(table.rows[end - 1] as SourceRow);
    if (cells.length > 1 || (cells.length === 1 && cells[0] !== table.header[0])) break;
    end -= 1;
  }
  // Rows of empty cells between the data and the notes hold nothing: they go with the notes' region.
  for (const row of table.rows.splice(end)) if (filled(row).length) notes.push(row);
  if (notes.length) table.notesBelow = notes;
}

const CANDIDATES = [',', ';', '\t'] as const;

/** The separator used most on the header line, outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ',';
  for (const [char, count] of counts) if (count > (counts.get(best) ?? 0)) best = char;
  return best;
}

/**
 * `headerRow` is the line of the header (1 for the first line of the file, as a spreadsheet numbers its
 * rows); lines above it are titles and notes, counted in `aboveHeader`. Without it, the first line that is
 * not blank is the header.
 */
export function parseDelimited(raw: string, forcedDelimiter?: string, headerRow?: number): SourceTable {
  let text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  let lineOffset = 0;
  let delimiter = forcedDelimiter;
  const sep = /^"?sep=(.)"?\n/i.exec(text);
  if (sep) {
    delimiter ??= sep[1];
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const firstLine = (headerRow !== undefined ? text.split('\n')[headerRow - 1 - lineOffset] : text.split('\n').find((line) => line.trim() !== '')) ?? '';
  delimiter ??= detectDelimiter(firstLine);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1 + lineOffset;
  };

  const table: SourceTable = { header: [], rows: [], unreadable: [], delimiter };
  let header: string[] | undefined;
  let previousEnd = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result) => {
      const start = text[previousEnd] === '\n' ? previousEnd + 1 : previousEnd;
      previousEnd = result.meta.cursor;
      const line = lineAt(start);
      const cells = result.data;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        table.unreadable.push({ line, message: 'has a quoted cell that is never closed: end it with a double quote, and write a quote inside a cell as two double quotes ("")' });
        return;
      }
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return; // a blank line is not a row
      if (headerRow !== undefined && line < headerRow) {
        if (cells.some((cell) => cell.trim() !== '')) (table.aboveHeader ??= []).push(line);
        return;
      }
      if (!header) {
        header = uniqueNames(cells.map((cell) => cell.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim()));
        table.header = header;
        return;
      }
      // Spreadsheets often end rows with empty cells, or leave trailing empty cells out.
      const extra = cells.slice(header.length);
      if (extra.some((cell) => cell.trim() !== '')) {
        table.unreadable.push({
          line,
          message: `has ${cells.length} cells but the header has ${header.length}: a value with a ${delimiter === '\t' ? 'tab' : `"${delimiter}"`} or a line break must be written in double quotes`,
        });
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => {
        values[name] = cells[index] ?? '';
      });
      table.rows.push({ line, cells: values });
    },
  });
  if (headerRow !== undefined) setAsideNotesBelow(table);
  return table;
}

/** Column names made unique, so that two columns called "Amount" both reach the mapping. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name, index) => {
    const base = name === '' ? `column ${index + 1}` : name;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
