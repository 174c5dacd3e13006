/**
 * The registry of record kinds: for each kind of record an organisation keeps, everything the rest of
 * Vitrine needs to know about it, once. Its schema; where its files live and their format (the
 * inventory's layout); what tells one record from another; its references (read from the schema's
 * `ref` meta, see refs.ts); the field its year comes from; the datasets it is published as, with their
 * titles and whether they are sliced per official; whether the import command takes it, and how; its
 * heading in `npm run diff`; its template. Loading, the cross-checks, the import, the diff, the datasets,
 * the official's page and the templates all read it. Data and small pure functions only.
 * Longer than 300 lines because it is one table of every kind: split, a kind would be described in two places.
 */
import type { z } from 'zod';
import { acknowledgementSchema } from './acknowledgement.ts';
import { agendaEntrySchema } from './agenda.ts';
import { bodySchema } from './body.ts';
import { complaintStatSchema } from './complaint.ts';
import type { DatasetName } from './datasets.ts';
import { declarationSchema } from './declaration.ts';
import { expenditureSchema } from './expenditure.ts';
import type { Lang } from './fields.ts';
import { giftSchema } from './gift.ts';
import { incomeSchema } from './income.ts';
import { DECLARATION_TEMPLATE, MEETING_TEMPLATE, OFFICIAL_TEMPLATE, type ExampleTemplate } from './kind-examples.ts';
import { meetingSchema } from './meeting.ts';
import { officialSchema } from './official.ts';
import { organisationSchema } from './organisation.ts';
import { pageSchema } from './page.ts';
import { refPaths, type RefPath } from './refs.ts';
import { remunerationSchema } from './remuneration.ts';
import { signalSchema } from './signal.ts';
import { siteSchema } from './site.ts';
import { tripSchema } from './travel.ts';

/** Where a kind's files live in an organisation's folder. */
export interface KindFiles {
  /** Relative to the organisation's folder, with `/`: one file (`data/bodies.yaml`) or a folder of files (`data/agenda`). */
  path: string;
  format: 'yaml' | 'csv' | 'md';
  folder: boolean;
  /** The files sit one folder deeper, per year (declarations). */
  perYear?: boolean;
  /** One file every organisation has: a missing one is a problem (other single files may be left out). */
  required?: boolean;
  /** What the place holds, for messages. */
  holds: string;
}

/** A published table made from a kind's records. */
export interface DatasetSpec {
  title: Record<Lang, string>;
  /** The field of a row naming its official(s), where the dataset is also published per official. */
  perOfficial?: string;
}

/**
 * How the import command takes rows of a kind from a spreadsheet or a register. A row is a record already
 * there when every field it states is the same (src/lib/staff/import/kinds.ts); for kinds with `mustAgree`,
 * when its identity is the same.
 */
export interface ImportSpec {
  /** Fields that may only name organisations, never private individuals. */
  organisationFields: readonly string[];
  /** Where the import counts the private individuals it leaves out (agenda). */
  countField?: string;
  /** Fields that must also agree when the identity matches; otherwise the row conflicts with the record there. */
  mustAgree?: readonly string[];
}

export interface RecordKind {
  /** What one record is called in messages. */
  noun: string;
  schema: z.ZodObject;
  /** Where its files live; none for the records the build makes (signals). */
  files?: KindFiles;
  /** The fields that tell one record from another; none for the one record of a file (site.yaml). */
  identity: readonly string[];
  /** Checked to be unique by its identity: what a repeated record is called in the message. */
  unique?: string;
  /** The field its year comes from: the import's files and ids per year, the datasets' slices per year. */
  year?: string;
  /**
   * Money counted per financial year: the datasets' slices per year follow the organisation's financial
   * year (`financialYearStart` in data/site.yaml, e.g. `income/2025-26.csv` from April to March), as the
   * money pages do. Its files and the import's ids stay per calendar year of the date (or any year staff
   * choose: the files' names are not checked against the dates).
   */
  financialYear?: boolean;
  /** Ids the import makes: prefix, year, then a number of `width` digits (`a-2025-000001`). */
  ids?: { prefix: string; width: number };
  datasets?: Partial<Record<DatasetName, DatasetSpec>>;
  import?: ImportSpec;
  /**
   * Whose record it is: the field naming the official or officials it belongs to (`id` for an official
   * and their mandates). An official's feed carries the changes to their records (ownersOf).
   */
  owner?: string;
  /** Its section in `npm run diff`, and fields left out of the comparison besides the identity. */
  diff?: { title: string; leave?: readonly string[] };
  /** The template staff download: a CSV header, or an example file with every field described. */
  template?: { file: string } | ExampleTemplate;
}

export const RECORD_KINDS = {
  site: {
    noun: 'site configuration',
    schema: siteSchema,
    files: { path: 'data/site.yaml', format: 'yaml', folder: false, required: true, holds: 'the site settings' },
    identity: [],
    diff: { title: 'Site configuration' },
  },
  bodies: {
    noun: 'body',
    schema: bodySchema,
    files: { path: 'data/bodies.yaml', format: 'yaml', folder: false, required: true, holds: 'the bodies and their posts' },
    identity: ['id'],
    unique: 'body',
    datasets: { bodies: { title: { nl: 'Organen en functies', fr: 'Organes et fonctions', en: 'Bodies and posts' } } },
    diff: { title: 'Bodies' },
  },
  officials: {
    noun: 'official',
    schema: officialSchema,
    files: { path: 'data/officials', format: 'yaml', folder: true, holds: 'one <official-id>.yaml per official' },
    identity: ['id'],
    owner: 'id',
    datasets: {
      officials: { title: { nl: 'Mandatarissen', fr: 'Mandataires', en: 'Officials' } },
      mandates: { title: { nl: 'Mandaten', fr: 'Mandats', en: 'Mandates' }, perOfficial: 'official' },
    },
    diff: { title: 'Officials' },
    template: OFFICIAL_TEMPLATE,
  },
  agenda: {
    noun: 'agenda entry',
    schema: agendaEntrySchema,
    files: { path: 'data/agenda', format: 'csv', folder: true, holds: 'agenda entries in <year>.csv files' },
    identity: ['id'],
    owner: 'officials',
    unique: 'agenda entry',
    year: 'date',
    ids: { prefix: 'a', width: 6 },
    datasets: { agenda: { title: { nl: 'Agenda van afspraken', fr: 'Agenda des rendez-vous', en: 'Agenda of appointments' }, perOfficial: 'officials' } },
    import: {
      organisationFields: ['organisations'],
      countField: 'privateIndividuals',
    },
    diff: { title: 'Agenda entries' },
    template: { file: 'agenda.csv' },
  },
  meetings: {
    noun: 'meeting',
    schema: meetingSchema,
    files: { path: 'content/meetings', format: 'md', folder: true, holds: 'minutes named <meeting-id>.<language>.md' },
    identity: ['id'],
    year: 'date',
    datasets: {
      meetings: { title: { nl: 'Vergaderingen', fr: 'Réunions', en: 'Meetings' } },
      votes: { title: { nl: 'Stemmingen per naam', fr: 'Votes nominatifs', en: 'Votes by name' }, perOfficial: 'official' },
    },
    diff: { title: 'Meetings', leave: ['minutes'] },
    template: MEETING_TEMPLATE,
  },
  declarations: {
    noun: 'declaration',
    schema: declarationSchema,
    files: { path: 'data/declarations', format: 'yaml', folder: true, perYear: true, holds: 'declarations at <year>/<official-id>.yaml' },
    identity: ['official', 'year'],
    owner: 'official',
    year: 'year',
    datasets: {
      declarations: { title: { nl: 'Aangiften', fr: 'Déclarations', en: 'Declarations' }, perOfficial: 'official' },
      'side-positions': { title: { nl: 'Nevenfuncties', fr: 'Fonctions accessoires', en: 'Side positions' }, perOfficial: 'official' },
    },
    diff: { title: 'Declarations' },
    template: DECLARATION_TEMPLATE,
  },
  gifts: {
    noun: 'gift',
    schema: giftSchema,
    files: { path: 'data/gifts', format: 'csv', folder: true, holds: 'gifts in <year>.csv files' },
    identity: ['id'],
    owner: 'official',
    unique: 'gift',
    year: 'date',
    ids: { prefix: 'g', width: 4 },
    datasets: { gifts: { title: { nl: 'Geschenken en uitnodigingen', fr: 'Cadeaux et invitations', en: 'Gifts and hospitality' }, perOfficial: 'official' } },
    import: {
      organisationFields: ['giver'],
    },
    diff: { title: 'Gifts' },
    template: { file: 'gifts.csv' },
  },
  travel: {
    noun: 'trip',
    schema: tripSchema,
    files: { path: 'data/travel', format: 'csv', folder: true, holds: 'trips paid by others in <year>.csv files' },
    identity: ['id'],
    owner: 'official',
    unique: 'trip',
    year: 'from',
    ids: { prefix: 't', width: 4 },
    datasets: { travel: { title: { nl: 'Reizen betaald door derden', fr: 'Voyages payés par des tiers', en: 'Travel paid by others' }, perOfficial: 'official' } },
    import: {
      organisationFields: ['paidBy'],
    },
    diff: { title: 'Travel paid by others' },
    template: { file: 'travel.csv' },
  },
  remuneration: {
    noun: 'remuneration row',
    schema: remunerationSchema,
    files: { path: 'data/remuneration', format: 'csv', folder: true, holds: 'pay in <year>.csv files' },
    identity: ['official', 'month'],
    owner: 'official',
    unique: 'remuneration of this official for this month',
    year: 'month',
    datasets: { remuneration: { title: { nl: 'Vergoedingen', fr: 'Rémunérations', en: 'Remuneration' }, perOfficial: 'official' } },
    import: { organisationFields: [], mustAgree: ['netSalary', 'expenses', 'attendanceFees'] },
    diff: { title: 'Remuneration' },
    template: { file: 'remuneration.csv' },
  },
  income: {
    noun: 'income line',
    schema: incomeSchema,
    files: { path: 'data/income', format: 'csv', folder: true, holds: 'income lines in <year>.csv files' },
    identity: ['id'],
    unique: 'income line',
    year: 'date',
    financialYear: true,
    ids: { prefix: 'i', width: 6 },
    datasets: { income: { title: { nl: 'Inkomsten', fr: 'Recettes', en: 'Income' } } },
    import: {
      organisationFields: [],
    },
    diff: { title: 'Income' },
    template: { file: 'income.csv' },
  },
  expenditure: {
    noun: 'expenditure line',
    schema: expenditureSchema,
    files: { path: 'data/expenditure', format: 'csv', folder: true, holds: 'spending lines in <year>.csv files' },
    identity: ['id'],
    unique: 'expenditure line',
    year: 'date',
    financialYear: true,
    ids: { prefix: 'e', width: 7 },
    datasets: { expenditure: { title: { nl: 'Uitgaven', fr: 'Dépenses', en: 'Expenditure' } } },
    import: {
      organisationFields: ['payee'],
    },
    diff: { title: 'Expenditure' },
    template: { file: 'expenditure.csv' },
  },
  complaints: {
    noun: 'complaint count',
    schema: complaintStatSchema,
    files: { path: 'data/complaints.csv', format: 'csv', folder: false, required: true, holds: 'complaint statistics' },
    identity: ['period', 'outcome'],
    unique: 'count for this period and outcome',
    year: 'period',
    datasets: { complaints: { title: { nl: 'Klachtenstatistieken', fr: 'Statistiques des plaintes', en: 'Complaint statistics' } } },
    import: { organisationFields: [], mustAgree: ['count', 'medianResponseDays', 'maxResponseDays'] },
    diff: { title: 'Complaint counts' },
    template: { file: 'complaints.csv' },
  },
  pages: {
    noun: 'page',
    schema: pageSchema,
    files: { path: 'content/pages', format: 'md', folder: true, holds: 'pages named <page>.<language>.md' },
    identity: ['page', 'lang'],
    diff: { title: 'Pages (text)' },
  },
  acknowledgements: {
    noun: 'acknowledgement',
    schema: acknowledgementSchema,
    files: { path: 'data/acknowledgements.yaml', format: 'yaml', folder: false, holds: 'explanations of signals' },
    identity: ['signal'],
    diff: { title: 'Acknowledgements' },
  },
  organisations: {
    noun: 'organisation',
    schema: organisationSchema,
    files: { path: 'data/organisations.yaml', format: 'yaml', folder: false, holds: 'organisations met and their ids in public registers' },
    identity: ['name'],
    datasets: { organisations: { title: { nl: 'Ontmoete organisaties', fr: 'Organisations rencontrées', en: 'Organisations met' } } },
    diff: { title: 'Organisations' },
  },
  signals: {
    noun: 'signal',
    schema: signalSchema,
    identity: ['id'],
    year: 'date',
    datasets: { signals: { title: { nl: 'Signalen van de deontologische code', fr: 'Signaux du code d’éthique', en: 'Ethics-rule signals' }, perOfficial: 'official' } },
  },
} as const satisfies Record<string, RecordKind>;

export type KindName = keyof typeof RECORD_KINDS;
/** The kinds read from files (all but the signals, which the rules make). */
export type FileKindName = { [K in KindName]: (typeof RECORD_KINDS)[K] extends { files: KindFiles } ? K : never }[KindName];
/** The kinds the import command takes as rows of a CSV file. */
export type CsvKindName = { [K in KindName]: (typeof RECORD_KINDS)[K] extends { import: ImportSpec } ? K : never }[KindName];

/** Every kind with its name, in the registry's order (the order of loading and of `npm run diff`). */
export const KIND_LIST: ReadonlyArray<RecordKind & { name: KindName }> = (Object.keys(RECORD_KINDS) as KindName[]).map((name) => ({ name, ...(RECORD_KINDS[name] as RecordKind) }));
export const FILE_KINDS = KIND_LIST.filter((kind) => kind.files).map((kind) => kind.name as FileKindName);
export const CSV_KINDS = KIND_LIST.filter((kind) => kind.import).map((kind) => kind.name as CsvKindName);

const refs = new Map<KindName, RefPath[]>();
/** The references of a kind's records, read from its schema once. */
export function refsOf(kind: KindName): readonly RefPath[] {
  let found = refs.get(kind);
  if (!found) refs.set(kind, (found = refPaths(RECORD_KINDS[kind].schema)));
  return found;
}

/** The fields of a kind that hold official ids (top-level), from its references. */
export const officialFields = (kind: KindName): string[] => refsOf(kind).filter((ref) => ref.target === 'official').map((ref) => ref.path[0] as string);

/** What tells a record from the others of its kind, as one text (`an-verlinden 2025-03`); the file name for a kind of one record. */
export function identityOf(kind: KindName, record: Record<string, unknown>): string {
  const { identity, files } = RECORD_KINDS[kind] as RecordKind;
  const path = files?.path ?? kind;
  return identity.length ? identity.map((field) => String(record[field])).join(' ') : path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The officials a record belongs to, by its kind's `owner`: from its identity (a declaration's official)
 * or its fields as history keeps them (flattened, a list as `an-verlinden; karim-dubois`); none for a
 * kind that belongs to no official.
 */
export function ownersOf(kind: KindName, id: string, fields: Readonly<Record<string, string>>): string[] {
  const { owner, identity } = RECORD_KINDS[kind] as RecordKind;
  if (!owner) return [];
  const at = identity.indexOf(owner);
  const value = at >= 0 ? id.split(' ')[at] : fields[owner];
  return value ? value.split(';').map((part) => part.trim()).filter((part) => part !== '') : [];
}

/**
 * The year a record or a dataset row belongs to, from the kind's year field: its calendar year, or for a
 * kind counted per financial year, what `financialYear` makes of its date (the key of its financial year,
 * src/lib/money/financial-year.ts) when it is given.
 */
export function yearOf(kind: KindName, record: Record<string, unknown>, financialYear?: (date: string) => string): string | undefined {
  const { year: field, financialYear: perFinancialYear } = RECORD_KINDS[kind] as RecordKind;
  const value = field === undefined ? undefined : record[field];
  if (typeof value === 'string' && perFinancialYear && financialYear) return financialYear(value);
  return typeof value === 'string' ? value.slice(0, 4) : typeof value === 'number' ? String(value) : undefined;
}
