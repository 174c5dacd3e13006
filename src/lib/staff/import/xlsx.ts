/**
 * Reads the cells of one sheet of an XLSX workbook (Excel, LibreOffice, Google Sheets), without a
 * dependency: an XLSX file is a ZIP archive of XML parts, unpacked here with Node's zlib. Values come
 * as the workbook stores them: text, numbers (dates are day numbers, turned into dates by the import
 * where the field is a date), TRUE/FALSE. Formulas give their last computed value.
 *
 * A workbook is untrusted input: a ZIP of a few MB can unpack to gigabytes (a "zip bomb"). Before
 * anything is unpacked, the sizes the archive declares for its parts are added up and the workbook is
 * refused when they exceed `XLSX_LIMITS` (100 MB unpacked, 10,000 parts); and since a declared size
 * can lie, each part is unpacked with that size as the most zlib may write, so a part that unpacks to
 * more is refused as soon as it passes it. Only the parts the sheet needs are unpacked.
 */
import { inflateRawSync } from 'node:zlib';
import { setAsideNotesBelow, uniqueNames, type SourceTable } from './delimited.ts';

/** What an imported workbook may unpack to. A register of 100,000 rows is some 40 MB of XML. */
export const XLSX_LIMITS = { unpackedBytes: 100_000_000, entries: 10_000 } as const;

const megabytes = (bytes: number) => (bytes < 1e6 ? `${bytes.toLocaleString('en')} bytes` : `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`);

/** One part of a ZIP archive, as its central directory describes it. */
interface ZipEntry {
  method: number;
  compressedSize: number;
  /** The unpacked size the archive declares. */
  size: number;
  local: number;
}

/**
 * The parts of a ZIP archive by name (stored or deflated; not ZIP64), from its central directory, after
 * checking their declared sizes and count against `limits`. Nothing is unpacked here.
 */
export function zipEntries(bytes: Uint8Array, limits: { unpackedBytes: number; entries: number } = XLSX_LIMITS): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new Error('is not an XLSX workbook (no ZIP directory found): save it again as .xlsx, or export it as CSV');
  const count = view.getUint16(end + 10, true);
  if (count > limits.entries) throw new Error(`has ${count.toLocaleString('en')} parts, more than the ${limits.entries.toLocaleString('en')} an imported workbook may have: export the sheet as CSV and import that`);
  let offset = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let total = 0;
  try {
    for (let n = 0; n < count; n++) {
      if (view.getUint32(offset, true) !== 0x02014b50) throw new Error('has a damaged ZIP directory: save it again as .xlsx');
      const nameLength = view.getUint16(offset + 28, true);
      const entry = { method: view.getUint16(offset + 10, true), compressedSize: view.getUint32(offset + 20, true), size: view.getUint32(offset + 24, true), local: view.getUint32(offset + 42, true) };
      entries.set(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)), entry);
      total += entry.size;
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
  } catch (error) {
    if (error instanceof RangeError) throw new Error('has a damaged ZIP directory: save it again as .xlsx');
    throw error;
  }
  if (total > limits.unpackedBytes) throw new Error(`would unpack to ${megabytes(total)}, more than the limit of ${megabytes(limits.unpackedBytes)} for an imported workbook: export the sheet as CSV and import that, or split it into smaller workbooks`);
  return entries;
}

/** One part, unpacked: never more than its declared size, however its data inflates. */
export function readZipEntry(bytes: Uint8Array, name: string, entry: ZipEntry): Uint8Array {
  const damaged = () => new Error(`has a damaged part ${name}: save it again as .xlsx`);
  if (entry.local + 30 > bytes.length) throw damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.subarray(0, entry.size);
  if (entry.method !== 8) return new Uint8Array();
  try {
    // zlib refuses to write more than maxOutputLength (and at least 1 byte must be allowed).
    return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`has a part (${name}) that unpacks to more than the ${megabytes(entry.size)} it declares: the file is damaged or made to exhaust memory, and is not imported`);
    throw damaged();
  }
}

/** The files of a ZIP archive by name, each unpacked within its declared size (see `zipEntries` for the limits). */
export function unzip(bytes: Uint8Array, limits: { unpackedBytes: number; entries: number } = XLSX_LIMITS): Map<string, Uint8Array> {
  return new Map([...zipEntries(bytes, limits)].map(([name, entry]) => [name, readZipEntry(bytes, name, entry)]));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
      return named[entity.toLowerCase()] ?? '';
    })
    .replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of the `<t>` runs of a string item, phonetic guides left out. */
function textOf(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((match) => unescapeXml(match[1] ?? '')).join('');
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Column letters as an index: A → 0, AA → 26. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  return [...letters].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0) - 1;
}

/** `headerRow` is the sheet's row number of the header; without it, the first row that holds anything. */
export function readXlsx(bytes: Uint8Array, sheetName?: string, headerRow?: number): SourceTable {
  const entries = zipEntries(bytes);
  const text = (name: string) => {
    const entry = entries.get(name);
    return entry ? new TextDecoder().decode(readZipEntry(bytes, name, entry)) : '';
  };
  const workbook = text('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((match) => ({ name: unescapeXml(attribute(match[0], 'name') ?? ''), rel: attribute(match[0], 'r:id') ?? '' }));
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(sheetName === undefined ? 'has no sheet' : `has no sheet named "${sheetName}": its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}`);
  const rels = text('xl/_rels/workbook.xml.rels');
  const relation = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((match) => attribute(match[0], 'Id') === sheet.rel)?.[0] ?? '';
  const target = (attribute(relation, 'Target') ?? 'worksheets/sheet1.xml').replace(/^\/?(?:xl\/)?/, '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => textOf(match[1] ?? ''));

  const grid: Array<{ line: number; cells: string[] }> = [];
  for (const row of text(`xl/${target}`).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attribute(row[1] ?? '', 'r') ?? grid.length + 1);
    const cells: string[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1] ?? '';
      const body = cell[2] ?? '';
      const type = attribute(attrs, 't');
      const value = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
      const index = columnIndex(attribute(attrs, 'r') ?? '');
      cells[index] = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textOf(body) : type === 'b' ? (value === '1' ? 'true' : 'false') : type === 'e' ? '' : value;
    }
    grid.push({ line, cells: Array.from(cells, (cell) => cell ?? '') });
  }
  const filled = (row: { cells: string[] }) => row.cells.some((cell) => cell.trim() !== '');
  const first = headerRow !== undefined ? grid.findIndex((row) => row.line === headerRow) : grid.findIndex(filled);
  const table: SourceTable = { header: [], rows: [], unreadable: [], sheet: sheet.name };
  if (first === -1) return table;
  const above = grid.slice(0, first).filter(filled).map((row) => row.line);
  if (above.length) table.aboveHeader = above;
  table.header = uniqueNames((grid[first]?.cells ?? []).map((cell) => cell.replace(/\s+/g, ' ').trim()));
  for (const row of grid.slice(first + 1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    if (row.cells.slice(table.header.length).some((cell) => cell.trim() !== '')) {
      table.unreadable.push({ line: row.line, message: `has a value beyond the last named column (${table.header.length} columns): give that column a name in the first row` });
      continue;
    }
    const cells: Record<string, string> = {};
    table.header.forEach((name, index) => (cells[name] = row.cells[index] ?? ''));
    table.rows.push({ line: row.line, cells });
  }
  if (headerRow !== undefined) setAsideNotesBelow(table);
  return table;
}
