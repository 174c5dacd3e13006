/**
 * Turns one source row into the values of one record, as the project writes them: the mapping picks
 * the columns (or fixed values), transformations and value lists apply, then each value is put in the
 * notation of its field's kind (dates, times, amounts, counts, lists, choices). Officials named in the
 * row are looked up; names of private individuals where only organisations may be named are refused,
 * and so is text that a spreadsheet would run as a formula (`formulaStart`). What cannot be understood
 * is passed on as it was, for validation to report.
 */
import { LANGUAGES } from '../../../schemas/fields.ts';
import { columnsOfField, fieldsOf } from '../../loading/schema-fields.ts';
import type { z } from 'zod';
import { columnsOf, fillTemplate, templateColumns, transformsOf, type Mapping } from './mapping.ts';
import { cleanText, isMissing, readAmount, statedCurrencies, normaliseCount, normaliseDate, normaliseMonth, normaliseTime, rangePart, slugify, splitList } from './normalise.ts';
import { normalisePartialDate, readStatedValue } from './register-words.ts';
import { personalName, privateIndividuals, type OfficialFinder } from './people.ts';
import type { RowProblem } from './types.ts';

/** A field a row may feed, with the kind of its value. */
export interface FlatField {
  name: string;
  kind: string;
}

/** The fields of a schema as flat columns: text in several languages also as `title.nl`, `title.fr`, `title.en`. */
export function flatFields(schema: z.ZodObject, leave: readonly string[] = []): FlatField[] {
  return fieldsOf(schema)
    .filter((field) => !leave.includes(field.name))
    .flatMap((field) => columnsOfField(field, LANGUAGES, true).map(({ name }) => ({ name, kind: field.kind === 'localized' ? 'text' : field.kind })));
}

export interface RowContext {
  mapping: Mapping;
  fields: readonly FlatField[];
  finder: OfficialFinder;
  officialFields: readonly string[];
  organisationFields: readonly string[];
  /** Where a count of private individuals goes, for organisation lists (agenda: privateIndividuals). */
  countField?: string;
  /** Spreadsheet cells that hold numbers (XLSX), so that day numbers become dates. */
  numeric?: boolean;
  /** Columns of this row that the file stores as numbers (JSON): their decimal mark is `.`. */
  typed?: ReadonlySet<string>;
  /** The organisation's currency (site.yaml): an amount written in another one is refused, never converted. */
  currency?: string;
}

export interface MappedRow {
  values: Record<string, string>;
  problems: RowProblem[];
  notes: string[];
  /** The source column a field came from, for the report. */
  columnOf(field: string): string | undefined;
}

export function mapRow(cells: Record<string, string>, context: RowContext): MappedRow {
  const { mapping } = context;
  const values: Record<string, string> = {};
  const problems: RowProblem[] = [];
  const notes: string[] = [];
  const columnOf = (field: string) => {
    const base = columnsOf(mapping, field)[0] ?? columnsOf(mapping, field.split('.')[0] ?? field)[0];
    const template = mapping.template[field];
    return base ?? (mapping.fixed[field] !== undefined ? '(fixed in the mapping)' : template !== undefined ? templateColumns(template).join(', ') : undefined);
  };
  const problem = (field: string, message: string, refusedName?: string) => {
    const column = columnOf(field);
    problems.push({ field, ...(column === undefined ? {} : { column }), message, ...(refusedName === undefined ? {} : { refusedName }) });
  };

  for (const field of context.fields) {
    let value = mapping.fixed[field.name];
    const template = mapping.template[field.name];
    if (value === undefined && template !== undefined) {
      const filled = fillTemplate(template, cells, field.kind === 'url');
      if (filled.value === undefined) {
        notes.push(`${field.name}: not filled, the column${filled.empty.length === 1 ? '' : 's'} ${filled.empty.map((column) => `"${column}"`).join(', ')} of its template ${filled.empty.length === 1 ? 'is' : 'are'} empty`);
        continue;
      }
      value = filled.value;
    }
    if (value === undefined) {
      const sources = columnsOf(mapping, field.name);
      if (sources.length === 0) continue;
      value = sources
        .map((column) => cleanText(cells[column] ?? ''))
        .filter((cell) => !isMissing(cell))
        .join(field.kind === 'list' || context.officialFields.includes(field.name) ? '; ' : ' – ');
    }
    for (const name of transformsOf(mapping, field.name)) value = transform(value, name);
    value = cleanText(value);
    if (isMissing(value)) continue;
    const mapped = lookup(mapping.values[field.name], value);
    if (mapped !== undefined) value = mapped;
    if (context.officialFields.includes(field.name)) {
      values[field.name] = value;
      continue;
    }
    // An amount in another currency than the organisation's would be published as if it were in its own.
    const other = (field.kind === 'money' || field.kind === 'statedValue') && context.currency !== undefined ? statedCurrencies(value).filter((code) => code !== context.currency) : [];
    if (other.length) {
      problem(field.name, `"${value}" is in ${other.join(', ')}, but the organisation's amounts are in ${context.currency ?? ''} (currency in data/site.yaml): Vitrine never converts an amount; import the register's amounts in ${context.currency ?? ''}, or leave this row out`);
      continue;
    }
    // A stated value as the register words it (`onbekend`, `minder dan € 50`, `tussen 50 en 100 euro`), unless it is a number cell.
    const typedCell = mapping.fixed[field.name] === undefined && columnsOf(mapping, field.name).length > 0 && columnsOf(mapping, field.name).every((column) => context.typed?.has(column));
    if (field.kind === 'statedValue' && !((context.numeric === true || typedCell) && /^-?\d+(?:\.\d+)?$/.test(value))) {
      const reading = readStatedValue(value, mapping.decimal);
      notes.push(...reading.notes);
      if (reading.problem !== undefined) {
        problem(field.name, reading.problem);
        continue;
      }
      values[field.name] = reading.value ?? value;
      continue;
    }
    // An amount, or a stated value in a number cell.
    if (field.kind === 'money' || field.kind === 'statedValue') {
      const typed = typedCell;
      const number = (context.numeric === true || typed) && /^-?\d+(?:\.\d+)?$/.test(value);
      const amount = readAmount(context.numeric === true ? workbookNumber(value) : value, number ? '.' : mapping.decimal);
      if (amount.rest !== undefined) notes.push(`${field.name}: "${amount.rest}" after the amount is not part of it and is not imported (the amount is ${amount.value})`);
      if (amount.ambiguous !== undefined) notes.push(`${field.name}: ${amount.ambiguous}`);
      value = amount.value;
    } else value = normalise(value, field.kind, mapping, field.name, context.numeric === true);
    if (value === '') continue;
    values[field.name] = value;
  }

  for (const field of context.officialFields) {
    const value = values[field];
    if (value === undefined) continue;
    const ids = findOfficials(value, context.finder, separatorsOf(mapping, field)).map(({ name, id }) => {
      if (id === undefined && slugify(name) !== name) {
        const close = context.finder.suggest(name);
        problem(field, `"${name}" is not an official: add it under officials: in the mapping file with the id of a file in data/officials/${close.length ? ` (did you mean ${close.join(' or ')}?)` : ''}`);
      }
      return id ?? name;
    });
    if (ids.length > 1 && context.fields.find((f) => f.name === field)?.kind !== 'list') problem(field, `names ${ids.length} officials (${ids.join(', ')}): this field takes one; make one row per official`);
    values[field] = [...new Set(ids)].join('; ');
  }

  for (const field of context.organisationFields) {
    const value = values[field];
    if (value === undefined) continue;
    const isList = context.fields.find((f) => f.name === field)?.kind === 'list';
    const items = isList ? value.split(';').map((item) => item.trim()).filter(Boolean) : [value];
    const kept: string[] = [];
    let counted = 0;
    for (const item of items) {
      const count = privateIndividuals(item);
      const why = mapping.organisations.includes(item) ? undefined : personalName(item);
      if (count !== undefined) {
        if (isList && context.countField) counted += count;
        else kept.push('private individual');
      } else if (why !== undefined) {
        const fix = isList && context.countField ? `count them in ${context.countField} instead` : 'write "private individual" instead (under values: in the mapping file)';
        problem(field, `"${item}" looks like the name of a private individual (${why}): private individuals are never named; ${fix}, or list it under organisations: in the mapping file if it is an organisation`, item);
      } else kept.push(item);
    }
    if (counted > 0 && context.countField) {
      values[context.countField] = String(Number(values[context.countField] ?? 0) + counted);
      notes.push(`${counted} private individual${counted === 1 ? '' : 's'} counted in ${context.countField}, not named`);
    }
    if (kept.length) values[field] = kept.join('; ');
    else delete values[field];
  }

  // A register writes a credit or a returned payment as a negative amount; in Vitrine that is a refund.
  // The sign stays as written, and the report says the row is marked so.
  if (values.amount?.startsWith('-') && values.refund === undefined && context.fields.some((field) => field.name === 'refund') && columnsOf(mapping, 'refund').length === 0) {
    values.refund = 'true';
    notes.push(`negative amount ${values.amount} marked as a refund`);
  }

  for (const [field, value] of Object.entries(values)) {
    const start = formulaStart(value);
    if (start !== undefined) problem(field, `starts with ${start}, so a spreadsheet that opens the data file would run it as a formula: it is not imported; if it is meant as text, remove the leading ${start} in the source and import again`);
  }
  return { values, problems, notes, columnOf };
}

/**
 * How a value starts when a spreadsheet would run it as a formula: `=`, `+`, `-`, `@`, a tab or a
 * carriage return, except a number (`-12.50`, `+3`). Dates, times and amounts are numbers or
 * start with a digit by then.
 *
 * Such a row is refused, not neutralised. The published datasets put a `'` before such a cell
 * (`src/lib/datasets/write.ts`), because readers download them into spreadsheets and can take the
 * `'` off. The files in `data/` are different: they are the source, read back by Vitrine's own reader,
 * which takes a cell as written, so a `'` written here would become part of the text, be shown on the
 * pages and be published as `''=…`. Quotes do not help either: a spreadsheet runs `"=…"` as well. And
 * staff open and edit `data/*.csv` in spreadsheets. No way of writing such text is both safe there and
 * read back as the same text, so the import leaves the decision to a person; in exports such cells
 * are nearly always spreadsheet artefacts (a formula or a link copied as text), not words to publish.
 */
export function formulaStart(value: string): string | undefined {
  const first = value.charAt(0);
  if (first === '' || !'=+-@\t\r'.includes(first)) return undefined;
  if (/^[+-]?\d+(?:\.\d+)?$/.test(value)) return undefined;
  return first === '\t' ? 'a tab' : first === '\r' ? 'a carriage return' : `"${first}"`;
}

/** The separators of a list field: from `split:` in the mapping, or the default ones. */
function separatorsOf(mapping: Mapping, field: string): string | undefined {
  return mapping.split[field] ?? transformsOf(mapping, field).find((name) => name.startsWith('split:'))?.slice(6);
}

/**
 * The officials named in a cell: the whole cell, or its parts split on `;`, `/`, `&`, "and", "en",
 * "et" and commas, where "Verlinden, An" stays one name when it is an official's.
 */
function findOfficials(value: string, finder: OfficialFinder, separators: string | undefined): Array<{ name: string; id: string | undefined }> {
  const whole = finder.find(value);
  if (whole !== undefined) return [{ name: value, id: whole }];
  const pieces = separators !== undefined ? splitList(value, separators) : value.split(/\s*(?:[;|\n/&+]|\band\b|\ben\b|\bet\b)\s*/).filter((piece) => piece.trim() !== '');
  const found: Array<{ name: string; id: string | undefined }> = [];
  for (const piece of pieces) {
    const id = finder.find(piece);
    if (id !== undefined || separators !== undefined || !piece.includes(',')) {
      found.push({ name: piece.trim(), id });
      continue;
    }
    const parts = piece.split(',').map((part) => part.trim()).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const pair = i + 1 < parts.length ? `${parts[i]}, ${parts[i + 1]}` : undefined;
      const pairId = pair === undefined ? undefined : finder.find(pair);
      if (pair !== undefined && pairId !== undefined) {
        found.push({ name: pair, id: pairId });
        i++;
      } else found.push({ name: parts[i] ?? '', id: finder.find(parts[i] ?? '') });
    }
  }
  return found;
}

/** A value list lookup, case and spaces aside. */
function lookup(list: Record<string, string> | undefined, value: string): string | undefined {
  if (!list) return undefined;
  if (list[value] !== undefined) return list[value];
  const wanted = value.toLowerCase().replace(/\s+/g, ' ');
  for (const [key, mapped] of Object.entries(list)) if (key.toLowerCase().replace(/\s+/g, ' ').trim() === wanted) return mapped;
  return list['*'];
}

/** One transformation from the mapping file. */
export function transform(value: string, name: string): string {
  const [op = '', ...rest] = name.split(':');
  const argument = rest.join(':');
  switch (op) {
    case 'lowercase': return value.toLowerCase();
    case 'uppercase': return value.toUpperCase();
    case 'slug': return slugify(value);
    case 'range-start': return rangePart(value, 'start');
    case 'range-end': return rangePart(value, 'end');
    case 'first-line': return value.split('\n')[0] ?? '';
    case 'default': return isMissing(value) ? argument : value;
    case 'prefix': return isMissing(value) ? value : `${argument}${value}`;
    case 'suffix': return isMissing(value) ? value : `${value}${argument}`;
    case 'before': return value.includes(argument) ? value.slice(0, value.indexOf(argument)) : value;
    case 'after': return value.includes(argument) ? value.slice(value.indexOf(argument) + argument.length) : '';
    case 'abs': return value.trim().replace(/^\((.*)\)$/, '$1').replace(/^-|(?<![.,])-$/g, ''); // `70,-` keeps its dash: it means "no cents"
    case 'negate': return value.trim().startsWith('-') ? value.trim().slice(1) : `-${value.trim()}`;
    case 'yes-no': return /^(?:x|✓|✔|v|y|yes|ja|oui|true|1|betaald|payé|paid)$/i.test(value.trim()) ? 'true' : /^(?:no|nee|non|false|0|n|onbetaald|bénévole|unpaid)$/i.test(value.trim()) ? 'false' : value;
    default: return value; // date:, time and split: act when the value is normalised
  }
}

/**
 * A workbook's number cell as written with cents: `12.300000000000001` (a binary fraction) is 12.30; a
 * number with a real third decimal (`12.345`) stays as it is, for validation to refuse, never rounded.
 */
function workbookNumber(value: string): string {
  if (!/^-?\d+\.\d{3,}$/.test(value)) return value;
  const cents = Math.round(Number(value) * 100);
  return Math.abs(cents - Number(value) * 100) < 1e-6 ? (cents / 100).toFixed(2) : value;
}

function normalise(value: string, kind: string, mapping: Mapping, field: string, numeric: boolean): string {
  const transforms = transformsOf(mapping, field);
  const dateFormat = transforms.find((name) => name.startsWith('date:'))?.slice(5);
  switch (kind) {
    case 'date':
      return numeric && /^\d{5}(?:\.\d+)?$/.test(value) ? normaliseDate(value) : normaliseDate(value, dateFormat);
    case 'partialDate': {
      // A month (`10/2025`, `oktober 2025`) or a year stays a month or a year, never given a day. In a
      // start column, "sinds 2015" (since, depuis, vanaf) states the start: 2015.
      if (numeric && /^\d{5}(?:\.\d+)?$/.test(value)) return normaliseDate(value);
      const since = field === 'start' ? /^(?:sinds|since|depuis|vanaf)\s+(.+)$/iu.exec(value)?.[1] : undefined;
      const read = since === undefined ? undefined : normalisePartialDate(since, dateFormat);
      return read !== undefined && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(read) ? read : normalisePartialDate(value, dateFormat);
    }
    case 'time':
      return normaliseTime(value);
    case 'count':
      return normaliseCount(value);
    case 'month':
      return normaliseMonth(value);
    case 'enum':
      return value.toLowerCase().replace(/[\s_]+/g, '-');
    case 'list': {
      return splitList(value, separatorsOf(mapping, field)).join('; ');
    }
    default:
      return value;
  }
}
