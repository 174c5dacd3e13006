/**
 * Opens an input file as a table of rows: delimited text (any encoding, separator and line end that
 * spreadsheets write), an XLSX workbook, or a JSON file of nested records (`each:`, see nested.ts).
 * Also checks the mapping against the file's header: a column the mapping names must exist, a field it
 * names must exist, and a column nothing reads is reported, so that no data is dropped without a word.
 */
import { decodeBytes } from './decode.ts';
import { parseDelimited, type SourceRow, type SourceTable } from './delimited.ts';
import { columnsOf, templateColumns, withDefaultColumns, type Mapping } from './mapping.ts';
import { readNested } from './nested.ts';
import { reportUnreadable, type ImportResult, type Outcome } from './types.ts';
import { readXlsx } from './xlsx.ts';

export interface OpenedSource {
  table: SourceTable;
  notes: string[];
  /** True for workbooks, whose number cells hold day numbers for dates. */
  numeric: boolean;
}

export function openSource(bytes: Uint8Array, file: string, mapping: Mapping): OpenedSource {
  if (/\.xlsx$/i.test(file) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const table = readXlsx(bytes, mapping.sheet, mapping.headerRow);
    return { table, numeric: true, notes: [`read sheet "${table.sheet ?? ''}" of the workbook`, ...shapeNotes(table, mapping, 'row')] };
  }
  if (mapping.each !== undefined) {
    const decoded = decodeBytes(bytes, mapping.encoding);
    const table = readNested(decoded.text, mapping.each);
    return { table, numeric: false, notes: [`read ${table.rows.length} record${table.rows.length === 1 ? '' : 's'} at ${mapping.each}`] };
  }
  if (/\.json$/i.test(file)) throw new Error('is a JSON file: say which list holds the records with each: in the mapping file (e.g. each: people[].gifts[]; see CONTRIBUTING.md)');
  const decoded = decodeBytes(bytes, mapping.encoding);
  const delimiter = mapping.delimiter === 'tab' ? '\t' : mapping.delimiter;
  const table = parseDelimited(decoded.text, delimiter, mapping.headerRow);
  const separator = table.delimiter === '\t' ? 'tabs' : `"${table.delimiter}"`;
  return { table, numeric: false, notes: [`read as ${decoded.encoding}, separated by ${separator}`, ...shapeNotes(table, mapping, 'line')] };
}

/** The title and note rows above the header and below the data, counted with their lines: not records, not imported. */
function shapeNotes(table: SourceTable, mapping: Mapping, unit: 'line' | 'row'): string[] {
  const notes: string[] = [];
  const above = table.aboveHeader ?? [];
  if (mapping.headerRow !== undefined) notes.push(`the header is on ${unit} ${mapping.headerRow} (headerRow: ${mapping.headerRow}): ${above.length} title or note ${unit}${above.length === 1 ? '' : 's'} above it not imported${above.length ? ` (${unit}${above.length === 1 ? '' : 's'} ${above.join(', ')})` : ''}`);
  const below = table.notesBelow ?? [];
  if (below.length) notes.push(`${below.length} note ${unit}${below.length === 1 ? '' : 's'} below the data not imported (text in the first column only): ${below.map((row) => `${unit} ${row.line} "${Object.values(row.cells)[0] ?? ''}"`).join(', ')}`);
  return notes;
}

/** Problems of the mapping against this file (fatal), and the columns no field reads (notes). */
export function checkMapping(mapping: Mapping, header: readonly string[], fields: readonly string[], mappingFile: string | undefined): { fatal: string[]; notes: string[] } {
  const fatal: string[] = [];
  const where = mappingFile ?? 'the mapping';
  const known = new Set(fields);
  for (const section of ['columns', 'fixed', 'template', 'transform', 'values', 'split'] as const) {
    for (const field of Object.keys(mapping[section])) {
      if (!known.has(field)) fatal.push(`${where}: ${section}.${field}  is not a field of this kind: use one of ${fields.filter((f) => !f.includes('.')).join(', ')}`);
    }
  }
  const used = new Set<string>(mapping.ignore);
  for (const field of Object.keys(mapping.columns)) {
    for (const column of columnsOf(mapping, field)) {
      used.add(column);
      if (!header.includes(column)) fatal.push(`${where}: columns.${field}  names the column "${column}", which is not in the file: its columns are ${header.map((name) => `"${name}"`).join(', ')}`);
    }
  }
  for (const [field, template] of Object.entries(mapping.template)) {
    for (const column of templateColumns(template)) {
      used.add(column);
      if (!header.includes(column)) fatal.push(`${where}: template.${field}  names the column "${column}", which is not in the file: its columns are ${header.map((name) => `"${name}"`).join(', ')}`);
    }
  }
  for (const rule of mapping.skip) {
    used.add(rule.column);
    if (!header.includes(rule.column)) fatal.push(`${where}: skip  names the column "${rule.column}", which is not in the file`);
  }
  const unused = header.filter((name) => !used.has(name));
  const notes = unused.length
    ? [`${unused.length === 1 ? 'column' : 'columns'} ${unused.map((name) => `"${name}"`).join(', ')} ${unused.length === 1 ? 'is' : 'are'} not imported: map ${unused.length === 1 ? 'it' : 'them'} under columns: in a mapping file, or list ${unused.length === 1 ? 'it' : 'them'} under ignore:`]
    : [];
  return { fatal, notes };
}

/** The reason a mapping's skip rule gives for a row, if one applies. */
export function skipReason(mapping: Mapping, cells: Record<string, string>): string | undefined {
  for (const rule of mapping.skip) {
    const cell = (cells[rule.column] ?? '').trim();
    if (rule.equals !== undefined && cell.toLowerCase() === rule.equals.toLowerCase()) return rule.reason;
    if (rule.matches !== undefined && new RegExp(rule.matches, 'i').test(cell)) return rule.reason;
    if (rule.empty === true && cell === '') return rule.reason;
  }
  return undefined;
}

/**
 * The start of every table import: the mapping with the columns named like the fields, checked against
 * the file (its problems made fatal on `result`, then `undefined` is returned), the file's notes, and the
 * lines that could not be read reported as skipped.
 */
export function startTable(result: ImportResult, source: OpenedSource, given: Mapping, fields: readonly string[], mappingFile: string | undefined): Mapping | undefined {
  const mapping = withDefaultColumns(given, fields, source.table.header);
  const checked = checkMapping(mapping, source.table.header, fields, mappingFile);
  result.notes.push(...source.notes, ...checked.notes);
  if (checked.fatal.length) {
    result.fatal.push(...checked.fatal);
    return undefined;
  }
  reportUnreadable(result, source.table.unreadable);
  return mapping;
}

/** Each row of the table with its outcome (skipped until said otherwise); rows a skip rule names and empty rows are skipped with why. */
export function* rowsWithOutcomes(result: ImportResult, source: OpenedSource, mapping: Mapping): Generator<{ row: SourceRow; outcome: Outcome }> {
  for (const row of source.table.rows) {
    const outcome: Outcome = { where: row.where ?? String(row.line), order: row.line, status: 'skipped', problems: [] };
    result.outcomes.push(outcome);
    const reason = skipReason(mapping, row.cells);
    if (reason !== undefined || Object.values(row.cells).every((cell) => cell.trim() === '')) {
      outcome.problems.push({ field: '', message: reason === undefined ? 'is empty' : `${reason} (a skip rule of the mapping)` });
      continue;
    }
    yield { row, outcome };
  }
}
