/**
 * Turns a dataset's schema into columns, and a row into CSV cells and JSON values. Text in several
 * languages gets one column per language (`title.nl`); text without a language goes in the default
 * language's column. Lists are joined with "; ", amounts written with a decimal point.
 */
import type { z } from 'zod';
import type { Lang, Localized } from '../../schemas/fields.ts';
import { formatAmount } from '../money/cents.ts';
import { columnsOfField, fieldsOf, type FieldInfo } from '../loading/schema-fields.ts';

export interface Column {
  /** Column name in the CSV header. */
  name: string;
  field: FieldInfo;
  /** For a per-language column: its language. */
  lang?: Lang;
}

export function columnsOf(schema: z.ZodObject, languages: readonly Lang[]): Column[] {
  return fieldsOf(schema).flatMap((field) => columnsOfField(field, languages).map(({ name, lang }) => (lang ? { name, field, lang } : { name, field })));
}

/** The text of one cell. */
export function cellText(row: Record<string, unknown>, column: Column, defaultLang: Lang): string {
  const value = row[column.field.name];
  if (value === undefined || value === null) return '';
  if (column.lang) {
    if (typeof value === 'string') return column.lang === defaultLang ? value : '';
    return (value as Partial<Record<Lang, string>>)[column.lang] ?? '';
  }
  if (column.field.kind === 'money') return formatAmount(value as number);
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/**
 * The value of one cell as a typed file (Parquet, SQLite) holds it: null where the row has none (or, in a
 * per-language column, nothing in that language); amounts in integer cents, counts, years and yes/no as
 * they are; anything else as the CSV's text (lists joined with "; "), without the CSV's formula guard.
 */
export function cellValue(row: Record<string, unknown>, column: Column, defaultLang: Lang): string | number | boolean | null {
  const value = row[column.field.name];
  if (value === undefined || value === null) return null;
  if (column.lang) {
    const text = cellText(row, column, defaultLang);
    return text === '' ? null : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return cellText(row, column, defaultLang);
}

/** A row as JSON: the same fields, typed; text in several languages as an object per language. */
export function jsonRow(row: Record<string, unknown>, fields: FieldInfo[], defaultLang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = row[field.name];
    if (value === undefined) {
      out[field.name] = null;
      continue;
    }
    if (field.kind === 'localized') out[field.name] = typeof value === 'string' ? { [defaultLang]: value } : (value as Exclude<Localized, string>);
    else if (field.kind === 'money') out[field.name] = new RawNumber(formatAmount(value as number));
    else out[field.name] = value;
  }
  return out;
}

/** A number written exactly as its decimal text, so amounts never pass through binary floating point. */
export class RawNumber {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
