/**
 * The record kinds that are imported as rows of a CSV file per year (or one file), with what the
 * import needs to know about each, read from the registry (src/schemas/kinds.ts): its schema, where its
 * files are, how new ids are made, which fields hold officials (its references) or organisations, and
 * when two records are the same (so that importing a file twice adds nothing).
 *
 * Two records are the same record only when every field of their content agrees (the id aside): an
 * official meeting two organisations on the same day about the same file has two appointments, and a
 * paid and an unpaid position of the same title are two positions. Text is compared as written (runs of
 * spaces aside: a difference of case is a difference); lists as sets; text in several languages agrees when the languages both have agree.
 * Only the fields the source states count (a column or a fixed value of the mapping feeds them, and
 * what the import derives from those): an export without a location column still finds the appointment whose
 * file has one. Kinds with an identity of their own (remuneration: an official and a month) are matched by it, and
 * then `mustAgree` says which fields must agree.
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
  /**
   * A key of a record's content without its text in several languages: two records are the same only
   * when it is the same. `stated` limits it to the fields the source states (a column or a fixed value
   * feeds them), so that a record whose file has a field the export lacks is still found.
   */
  key(record: Record<string, unknown>, stated?: ReadonlySet<string>): string;
  /** Whether two records with the same key are the same record (their text in several languages agrees). */
  same(a: Record<string, unknown>, b: Record<string, unknown>, defaultLanguage: string, stated?: ReadonlySet<string>): boolean;
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
    ...('mustAgree' in spec ? { key: (record: Record<string, unknown>) => identityOf(name, record), same: () => true } : contentIdentity(kind.schema)),
    ...('mustAgree' in spec ? { mustAgree: spec.mustAgree } : {}),
  };
}

const loose = (value: unknown) => String(value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const canonical = (value: unknown): unknown => (Array.isArray(value) ? value.map(canonical).map((item) => JSON.stringify(item)).sort() : typeof value === 'string' ? loose(value) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)])) : (value ?? null));
const byLanguage = (value: unknown, defaultLanguage: string): Record<string, string> => (typeof value === 'string' ? { [defaultLanguage]: loose(value) } : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, loose(text)])) : {});

/** Every field of the content counts, the id aside (see the top of this file). */
export function contentIdentity(schema: z.ZodObject): Pick<CsvKind, 'key' | 'same'> {
  const fields = fieldsOf(schema).filter((field) => field.name !== 'id');
  const plain = fields.filter((field) => field.kind !== 'localized').map((field) => field.name);
  const localized = fields.filter((field) => field.kind === 'localized').map((field) => field.name);
  const counts = (name: string, stated: ReadonlySet<string> | undefined) => stated === undefined || stated.has(name);
  return {
    key: (record, stated) => JSON.stringify(plain.map((name) => (counts(name, stated) ? canonical(record[name]) : null))),
    same: (a, b, defaultLanguage, stated) =>
      localized.every((name) => {
        if (!counts(name, stated)) return true;
        const [left, right] = [byLanguage(a[name], defaultLanguage), byLanguage(b[name], defaultLanguage)];
        const shared = Object.keys(left).filter((lang) => right[lang] !== undefined);
        if (shared.length === 0) return Object.keys(left).length === 0 && Object.keys(right).length === 0;
        return shared.every((lang) => left[lang] === right[lang]);
      }),
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
