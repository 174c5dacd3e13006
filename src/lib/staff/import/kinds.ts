/**
 * The record kinds that are imported as rows of a CSV file per year (or one file), with what the
 * import needs to know about each, read from the registry (src/schemas/kinds.ts): its schema, where its
 * files are, how new ids are made, which fields hold officials (its references) or organisations, and
 * when two records are the same (so that importing a file twice adds nothing).
 */
import type { z } from 'zod';
import { LANGUAGES } from '../../../schemas/fields.ts';
import { CSV_KINDS, identityOf, officialFields, RECORD_KINDS, yearOf, type CsvKindName, type KindFiles, type RecordKind } from '../../../schemas/kinds.ts';
import { columnsOfField, fieldsOf } from '../../loading/schema-fields.ts';

export { CSV_KINDS, type CsvKindName };

export interface CsvKind {
  name: CsvKindName;
  /** What one record is called in messages. */
  noun: string;
  schema: z.ZodObject;
  /** `data/<folder>/<year>.csv`, or one file when `file` is set. */
  folder: string;
  file?: string;
  /** The year file a record goes in. */
  year(record: Record<string, unknown>): string;
  id?: { prefix: string; width: number };
  /** Fields holding official ids (names are looked up). */
  officialFields: string[];
  /** Fields that may only name organisations, never private individuals. */
  organisationFields: readonly string[];
  /** Where a count of the private individuals left out goes (agenda). */
  countField?: string;
  /** Keys of a record's content: two records sharing one are the same record. */
  keys(record: Record<string, unknown>): string[];
  /** Fields that must also agree when the key matches; otherwise the row conflicts with the record there. */
  mustAgree?: readonly string[];
}

function csvKind(name: CsvKindName): CsvKind {
  const kind: RecordKind = RECORD_KINDS[name];
  const files = kind.files as KindFiles;
  const spec = RECORD_KINDS[name].import;
  return {
    name,
    noun: kind.noun,
    schema: kind.schema,
    ...(files.folder ? { folder: files.path.slice('data/'.length) } : { folder: '', file: files.path }),
    year: (record) => (files.folder ? String(yearOf(name, record) ?? '') : ''),
    ...(kind.ids ? { id: kind.ids } : {}),
    officialFields: officialFields(name),
    organisationFields: spec.organisationFields,
    ...('countField' in spec ? { countField: spec.countField } : {}),
    keys: 'sameAs' in spec ? spec.sameAs : (record) => [identityOf(name, record)],
    ...('mustAgree' in spec ? { mustAgree: spec.mustAgree } : {}),
  };
}

export const KINDS = Object.fromEntries(CSV_KINDS.map((name) => [name, csvKind(name)])) as Record<CsvKindName, CsvKind>;

/** The columns of a kind's CSV files in schema order, text in several languages as `title.nl`, `title.fr`, `title.en`. */
export function csvColumns(schema: z.ZodObject): string[] {
  return fieldsOf(schema).flatMap((field) => columnsOfField(field).map((column) => column.name));
}

/** Every name a mapping may feed: the columns, and text fields in the site's default language without a suffix. */
export function mappableFields(schema: z.ZodObject): string[] {
  return fieldsOf(schema).flatMap((field) => columnsOfField(field, LANGUAGES, true).map((column) => column.name));
}
