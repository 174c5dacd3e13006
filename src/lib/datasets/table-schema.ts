/**
 * Frictionless Table Schema fields, derived from a dataset's zod schema: the published description of
 * every column is the schema's own, in the languages of the portal.
 */
import type { z } from 'zod';
import type { Lang } from '../../schemas/fields.ts';
import { PARTIAL_DATE_PATTERN } from '../../schemas/partial-date.ts';
import type { Column } from './columns.ts';
import { columnsOf } from './columns.ts';

export interface TableField {
  name: string;
  type: string;
  description?: string;
  format?: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
  decimalChar?: string;
  trueValues?: string[];
  falseValues?: string[];
}

const TYPES: Record<string, Pick<TableField, 'type' | 'format'> & Partial<TableField>> = {
  date: { type: 'date' },
  datetime: { type: 'datetime' },
  month: { type: 'yearmonth' },
  year: { type: 'year' },
  money: { type: 'number', decimalChar: '.' },
  count: { type: 'integer' },
  boolean: { type: 'boolean', trueValues: ['true'], falseValues: ['false'] },
  url: { type: 'string', format: 'uri' },
  email: { type: 'string', format: 'email' },
};

/** A column's Table Schema field. Lists are strings whose items are separated by "; ". */
export function tableField(column: Column, currency: string): TableField {
  const { field } = column;
  const base = TYPES[field.kind] ?? { type: 'string' };
  const unit = field.kind === 'money' ? ` (${currency})` : field.kind === 'list' ? ' (items separated by "; ")' : column.lang ? ` (in ${column.lang})` : '';
  const out: TableField = { name: column.name, ...base, description: `${field.description}${unit}` };
  if (field.kind === 'time') out.constraints = { pattern: '([01][0-9]|2[0-3]):[0-5][0-9]' };
  // A date known to the year, the month or the day, as written: no single Table Schema date type holds all three.
  if (field.kind === 'partialDate') out.constraints = { pattern: PARTIAL_DATE_PATTERN };
  const options = enumValues(field.schema);
  if (field.kind === 'enum' && options) out.constraints = { ...out.constraints, enum: options };
  if (field.required && !column.lang) out.constraints = { ...out.constraints, required: true };
  return out;
}

/** How a typed file (Parquet, SQLite) stores a column. */
export type StoredType = 'decimal' | 'date' | 'time' | 'integer' | 'boolean' | 'text';

/** The stored type of a column, read from its Table Schema field so that a column's type is told once. */
export function storedType(column: Column): StoredType {
  if (column.lang) return 'text';
  const { type } = tableField(column, '');
  if (type === 'number') {
    // The only numbers with decimals the datasets have are amounts, held in integer cents.
    if (column.field.kind !== 'money') throw new Error(`${column.name}: a number that is not an amount has no exact stored type yet`);
    return 'decimal';
  }
  if (type === 'integer' || type === 'year') return 'integer';
  if (type === 'date' || type === 'boolean') return type;
  if (column.field.kind === 'time') return 'time';
  return 'text';
}

export function tableSchema(schema: z.ZodObject, languages: readonly Lang[], currency: string): { fields: TableField[] } {
  return { fields: columnsOf(schema, languages).map((column) => tableField(column, currency)) };
}

type Internal = { _zod: { def: { type: string; innerType?: unknown; in?: unknown; out?: unknown; entries?: Record<string, string> } } };

/** The allowed values of an enum field, looking through optional and preprocess wrappers. */
function enumValues(schema: unknown): string[] | undefined {
  let current = schema as Internal | undefined;
  for (let depth = 0; current && depth < 6; depth++) {
    const def = current._zod.def;
    if (def.type === 'enum' && def.entries) return Object.values(def.entries);
    current = (def.innerType ?? def.out ?? def.in) as Internal | undefined;
  }
  return undefined;
}
