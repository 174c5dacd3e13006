/**
 * The record kinds that are imported as rows of a CSV file per year (or one file), with what the
 * import needs to know about each: its schema, where its files are, how new ids are made, which
 * fields hold officials or organisations, and when two records are the same (so that importing a file
 * twice adds nothing).
 */
import type { z } from 'zod';
import { agendaEntrySchema, type AgendaEntry } from '../../../schemas/agenda.ts';
import { complaintStatSchema, type ComplaintStat } from '../../../schemas/complaint.ts';
import { expenditureSchema, type Expenditure } from '../../../schemas/expenditure.ts';
import { LANGUAGES, type Localized } from '../../../schemas/fields.ts';
import { giftSchema, type Gift } from '../../../schemas/gift.ts';
import { incomeSchema, type Income } from '../../../schemas/income.ts';
import { remunerationSchema, type Remuneration } from '../../../schemas/remuneration.ts';
import { fieldsOf } from '../../loading/schema-fields.ts';

export const CSV_KINDS = ['agenda', 'gifts', 'remuneration', 'income', 'expenditure', 'complaints'] as const;
export type CsvKindName = (typeof CSV_KINDS)[number];

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
  organisationFields: string[];
  /** Keys of a record's content: two records sharing one are the same record. */
  keys(record: Record<string, unknown>): string[];
  /** Fields that must also agree when the key matches; otherwise the row conflicts with the record there. */
  mustAgree?: string[];
}

const loose = (value: unknown) => String(value ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const texts = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value as Localized & object).map(String) : []);

export const KINDS: Record<CsvKindName, CsvKind> = {
  agenda: {
    name: 'agenda',
    noun: 'agenda entry',
    schema: agendaEntrySchema,
    folder: 'agenda',
    year: (record) => String(record.date ?? '').slice(0, 4),
    id: { prefix: 'a', width: 6 },
    officialFields: ['officials'],
    organisationFields: ['organisations'],
    keys: (record) => {
      const entry = record as Partial<AgendaEntry>;
      const base = `${entry.date} ${entry.start} ${[...(entry.officials ?? [])].sort().join(',')}`;
      return texts(entry.title).map((title) => `${base} ${loose(title)}`);
    },
  },
  gifts: {
    name: 'gifts',
    noun: 'gift',
    schema: giftSchema,
    folder: 'gifts',
    year: (record) => String(record.date ?? '').slice(0, 4),
    id: { prefix: 'g', width: 4 },
    officialFields: ['official'],
    organisationFields: ['giver'],
    keys: (record) => {
      const gift = record as Partial<Gift>;
      return texts(gift.description).map((text) => `${gift.date} ${gift.official} ${loose(gift.giver)} ${gift.value} ${loose(text)}`);
    },
  },
  remuneration: {
    name: 'remuneration',
    noun: 'remuneration row',
    schema: remunerationSchema,
    folder: 'remuneration',
    year: (record) => String(record.month ?? '').slice(0, 4),
    officialFields: ['official'],
    organisationFields: [],
    keys: (record) => [`${(record as Partial<Remuneration>).official} ${(record as Partial<Remuneration>).month}`],
    mustAgree: ['netSalary', 'expenses', 'attendanceFees'],
  },
  income: {
    name: 'income',
    noun: 'income line',
    schema: incomeSchema,
    folder: 'income',
    year: (record) => String(record.date ?? '').slice(0, 4),
    id: { prefix: 'i', width: 6 },
    officialFields: [],
    organisationFields: [],
    keys: (record) => {
      const line = record as Partial<Income>;
      return [`${line.date} ${line.amount} ${line.category} ${line.donor ?? ''} ${loose(line.description)}`];
    },
  },
  expenditure: {
    name: 'expenditure',
    noun: 'expenditure line',
    schema: expenditureSchema,
    folder: 'expenditure',
    year: (record) => String(record.date ?? '').slice(0, 4),
    id: { prefix: 'e', width: 7 },
    officialFields: ['official'],
    organisationFields: ['payee'],
    keys: (record) => {
      const line = record as Partial<Expenditure>;
      return [`${line.date} ${line.amount} ${loose(line.payee)} ${loose(line.description)}`];
    },
  },
  complaints: {
    name: 'complaints',
    noun: 'complaint count',
    schema: complaintStatSchema,
    folder: '',
    file: 'data/complaints.csv',
    year: () => '',
    officialFields: [],
    organisationFields: [],
    keys: (record) => [`${(record as Partial<ComplaintStat>).period} ${(record as Partial<ComplaintStat>).outcome}`],
    mustAgree: ['count', 'medianResponseDays', 'maxResponseDays'],
  },
};

/** The columns of a kind's CSV files in schema order, text in several languages as `title.nl`, `title.fr`, `title.en`. */
export function csvColumns(schema: z.ZodObject): string[] {
  return fieldsOf(schema).flatMap((field) => (field.kind === 'localized' ? LANGUAGES.map((lang) => `${field.name}.${lang}`) : [field.name]));
}

/** Every name a mapping may feed: the columns, and text fields in the site's default language without a suffix. */
export function mappableFields(schema: z.ZodObject): string[] {
  return fieldsOf(schema).flatMap((field) => (field.kind === 'localized' ? [field.name, ...LANGUAGES.map((lang) => `${field.name}.${lang}`)] : [field.name]));
}
