/**
 * Reads the cells of one sheet of an XLSX workbook (Excel, LibreOffice, Google Sheets), without a
 * dependency: an XLSX file is a ZIP archive of XML parts, unpacked here with Node's zlib. Values come
 * as the workbook stores them: text, numbers (dates are day numbers, turned into dates by the import
 * where the field is a date), TRUE/FALSE. Formulas give their last computed value.
 */
import { inflateRawSync } from 'node:zlib';
import { uniqueNames, type SourceTable } from './delimited.ts';

/** The files of a ZIP archive by name (stored or deflated entries; not ZIP64). */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
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
  let offset = view.getUint32(end + 16, true);
  const files = new Map<string, Uint8Array>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error('has a damaged ZIP directory: save it again as .xlsx');
    const method = view.getUint16(offset + 10, true);
    const size = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    files.set(name, method === 0 ? data : method === 8 ? new Uint8Array(inflateRawSync(data)) : new Uint8Array());
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
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

export function readXlsx(bytes: Uint8Array, sheetName?: string): SourceTable {
  const files = unzip(bytes);
  const text = (name: string) => new TextDecoder().decode(files.get(name) ?? new Uint8Array());
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
  const first = grid.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
  const table: SourceTable = { header: [], rows: [], unreadable: [], sheet: sheet.name };
  if (first === -1) return table;
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
  return table;
}
