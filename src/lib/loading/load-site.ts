/**
 * Loads an organisation's folder (`data/` and `content/`), validates every record against its schema
 * and every cross-reference, and returns the records with where each one is written. Every problem is
 * collected; nothing stops at the first. The build and `npm run validate` both go through here.
 */
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { agendaEntrySchema, type AgendaEntry } from '../../schemas/agenda.ts';
import { acknowledgementSchema, type Acknowledgement } from '../../schemas/acknowledgement.ts';
import { bodySchema, type Body } from '../../schemas/body.ts';
import { complaintStatSchema, type ComplaintStat } from '../../schemas/complaint.ts';
import { declarationSchema, type Declaration } from '../../schemas/declaration.ts';
import { expenditureSchema, type Expenditure } from '../../schemas/expenditure.ts';
import { isId, LANGUAGES, MAX_ID_LENGTH, type Lang } from '../../schemas/fields.ts';
import { giftSchema, type Gift } from '../../schemas/gift.ts';
import { incomeSchema, type Income } from '../../schemas/income.ts';
import { meetingSchema, type Meeting } from '../../schemas/meeting.ts';
import { officialSchema, type Official } from '../../schemas/official.ts';
import { PAGE_NAMES, pageSchema, type Page } from '../../schemas/page.ts';
import { remunerationSchema, type Remuneration } from '../../schemas/remuneration.ts';
import type { Signal } from '../../schemas/signal.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { checkReferences } from './check-references.ts';
import type { Locate, Place, Problem } from './problems.ts';
import { fieldsOf } from './schema-fields.ts';
import { readCsv, type CsvPlaces } from './sources/csv.ts';
import { readFrontMatter } from './sources/front-matter.ts';
import { takeInventory } from './sources/inventory.ts';
import { readTextFile } from './sources/text-file.ts';
import { readYaml } from './sources/yaml.ts';
import { checkProse } from '../prose/check-prose.ts';
import { validateRecord } from './validate-record.ts';

/** A validated record and where it is written. */
export interface Loaded<T> {
  data: T;
  file: string;
  line: number;
  locate: Locate;
}

/**
 * A validated CSV row. Its places are worked out from the file when asked for (see CsvPlaces), so that
 * each of a million rows costs its data and two numbers rather than a closure over its file.
 */
class CsvRow<T> implements Loaded<T> {
  data: T;
  line: number;
  private readonly start: number;
  private readonly places: CsvPlaces;

  constructor(data: T, places: CsvPlaces, line: number, start: number) {
    this.data = data;
    this.places = places;
    this.line = line;
    this.start = start;
  }

  get file(): string {
    return this.places.file;
  }

  locate(path: readonly PropertyKey[]): Place {
    return this.places.cell(this.start, this.line, path);
  }
}

/** A meeting: its front matter, and the minutes file of each language it is written in. */
export type MeetingRecord = Meeting & { id: string; minutes: Partial<Record<Lang, string>> };

/** An organisation page in one language: its front matter and the file its Markdown body is in. */
export type PageRecord = Page & { page: (typeof PAGE_NAMES)[number]; lang: Lang };

export interface SiteData {
  dir: string;
  site: Site;
  bodies: Loaded<Body>[];
  officials: Loaded<Official>[];
  agenda: Loaded<AgendaEntry>[];
  meetings: Loaded<MeetingRecord>[];
  declarations: Loaded<Declaration>[];
  gifts: Loaded<Gift>[];
  remuneration: Loaded<Remuneration>[];
  income: Loaded<Income>[];
  expenditure: Loaded<Expenditure>[];
  complaints: Loaded<ComplaintStat>[];
  acknowledgements: Loaded<Acknowledgement>[];
  pages: Loaded<PageRecord>[];
  /** The ethics-rule signals, once the rules have run (they are warnings, not validation problems). */
  signals?: Signal[];
}

export interface LoadResult {
  /** Present when the site configuration could be read; records that failed are left out. */
  data?: SiteData;
  problems: Problem[];
}


export async function loadSite(dir: string): Promise<LoadResult> {
  const problems: Problem[] = [];
  const data = join(dir, 'data');
  // Every file under data/ and content/ is read by the reader of its kind, or reported here.
  const { files, problems: layout } = await takeInventory(dir);
  problems.push(...layout);
  const one = (kind: 'site' | 'bodies' | 'complaints', name: string) => (files[kind].length ? files[kind] : [join(data, name)]);

  const [site] = await readYamlRecords(one('site', 'site.yaml')[0]!, siteSchema, problems, 'one');
  const loaded = {
    dir,
    bodies: await readYamlRecords(one('bodies', 'bodies.yaml')[0]!, bodySchema, problems, 'list'),
    officials: await readOfficials(files.officials, problems),
    agenda: await readCsvFiles(files.agenda, agendaEntrySchema, problems),
    meetings: await readMeetings(files.meetings, problems),
    declarations: await readDeclarations(files.declarations, problems),
    gifts: await readCsvFiles(files.gifts, giftSchema, problems),
    remuneration: await readCsvFiles(files.remuneration, remunerationSchema, problems),
    income: await readCsvFiles(files.income, incomeSchema, problems),
    expenditure: await readCsvFiles(files.expenditure, expenditureSchema, problems),
    complaints: await readCsvFiles(one('complaints', 'complaints.csv'), complaintStatSchema, problems),
    acknowledgements: files.acknowledgements[0] ? await readYamlRecords(files.acknowledgements[0], acknowledgementSchema, problems, 'list') : [],
    pages: await readPages(files.pages, problems),
  };
  if (!site) return { problems };
  const result: SiteData = { ...loaded, site: site.data };
  // An official whose file has errors is still an official: references to them are not errors too.
  const officialIds = files.officials.map((file) => basename(file, '.yaml'));
  for (const problem of checkReferences(result, new Set(officialIds))) problems.push(problem);
  return { data: result, problems };
}

async function readText(file: string, problems: Problem[]): Promise<string | undefined> {
  const read = await readTextFile(file);
  if (read.problem) problems.push(read.problem);
  return read.text;
}

async function readYamlRecords<S extends z.ZodType>(file: string, schema: S, problems: Problem[], shape: 'one' | 'list'): Promise<Loaded<z.output<S>>[]> {
  const text = await readText(file, problems);
  if (text === undefined) return [];
  const yaml = readYaml(text, file);
  problems.push(...yaml.problems);
  if (yaml.problems.length) return [];
  const values: Array<[unknown, Locate]> =
    shape === 'one'
      ? [[yaml.value, yaml.locate]]
      : Array.isArray(yaml.value)
        ? yaml.value.map((value, index) => [value, (path) => yaml.locate([index, ...path])])
        : [];
  if (shape === 'list' && !Array.isArray(yaml.value)) problems.push({ file, line: 1, column: 1, field: '', message: 'must be a list of records, each starting with "- "' });
  const records: Loaded<z.output<S>>[] = [];
  for (const [value, locate] of values) {
    const checked = validateRecord(schema, value ?? {}, locate);
    problems.push(...checked.problems);
    if (checked.data !== undefined) records.push({ data: checked.data, file, line: locate([]).line, locate });
  }
  return records;
}

async function readOfficials(files: string[], problems: Problem[]): Promise<Loaded<Official>[]> {
  const officials: Loaded<Official>[] = [];
  for (const file of files) {
    const id = basename(file, '.yaml');
    if (!isId(id)) {
      problems.push({ file, line: 1, column: 1, field: 'id', message: `the file name "${id}" is not a valid id: rename the file with lower-case letters, digits and hyphens, at most ${MAX_ID_LENGTH} of them, e.g. an-verlinden.yaml` });
      continue;
    }
    for (const record of await readYamlRecords(file, officialSchema, problems, 'one')) officials.push({ ...record, data: { id, ...record.data } });
  }
  return officials;
}

async function readDeclarations(files: string[], problems: Problem[]): Promise<Loaded<Declaration>[]> {
  const declarations: Loaded<Declaration>[] = [];
  for (const file of files) {
    const official = basename(file, '.yaml');
    const year = basename(join(file, '..'));
    if (!/^\d{4}$/.test(year) || !isId(official)) {
      problems.push({ file, line: 1, column: 1, field: '', message: 'is not where a declaration goes: put it at declarations/<year>/<official-id>.yaml, e.g. declarations/2025/an-verlinden.yaml' });
      continue;
    }
    for (const record of await readYamlRecords(file, declarationSchema, problems, 'one')) {
      declarations.push({ ...record, data: { official, year: Number(year), ...record.data } });
    }
  }
  return declarations;
}

/** The name and language of a Markdown file named `<name>.<lang>.md`, or undefined. */
function nameAndLanguage(file: string): { name: string; lang: Lang } | undefined {
  const match = /^(.+)\.([a-z]{2})\.md$/.exec(basename(file));
  const lang = match?.[2] as Lang | undefined;
  return match && lang && LANGUAGES.includes(lang) && isId(match[1] ?? '') ? { name: match[1] as string, lang } : undefined;
}

/** Reads a Markdown file: its front matter (problems kept) and the problems of its body. */
async function readMarkdown(file: string, problems: Problem[]) {
  const text = await readText(file, problems);
  if (text === undefined) return undefined;
  const parsed = readFrontMatter(text, file);
  problems.push(...parsed.problems);
  problems.push(...checkProse(parsed.body, file, parsed.bodyLine));
  return parsed;
}

async function readMeetings(files: string[], problems: Problem[]): Promise<Loaded<MeetingRecord>[]> {
  const byId = new Map<string, { minutes: Partial<Record<Lang, string>>; record?: Loaded<Meeting>; withFrontMatter: string[] }>();
  const dir = files[0] ? dirname(files[0]) : '';
  for (const file of files) {
    const named = nameAndLanguage(file);
    if (!named) {
      problems.push({ file, line: 1, column: 1, field: '', message: 'has a name Vitrine cannot read: name minutes <meeting-id>.<language>.md (an id of lower-case letters, digits and hyphens, at most 100 of them), e.g. 2025-03-12-council.nl.md' });
      continue;
    }
    const { name: id, lang } = named;
    const entry = byId.get(id) ?? { minutes: {}, withFrontMatter: [] };
    byId.set(id, entry);
    entry.minutes[lang] = file;
    const parsed = await readMarkdown(file, problems);
    if (!parsed || parsed.problems.length || parsed.value === undefined || parsed.value === null) continue;
    entry.withFrontMatter.push(file);
    const checked = validateRecord(meetingSchema, parsed.value, parsed.locate);
    problems.push(...checked.problems);
    if (checked.data) entry.record = { data: checked.data, file, line: 2, locate: parsed.locate };
  }
  const meetings: Loaded<MeetingRecord>[] = [];
  for (const [id, entry] of byId) {
    const first = Object.values(entry.minutes)[0] ?? dir;
    if (entry.withFrontMatter.length === 0) {
      problems.push({ file: first, line: 1, column: 1, field: '', message: `no file of meeting ${id} has its front matter: add body, date, start, items and present between --- lines at the top of one of them` });
    } else if (entry.withFrontMatter.length > 1) {
      const [, ...others] = entry.withFrontMatter;
      for (const other of others) {
        problems.push({ file: other, line: 1, column: 1, field: '', message: `meeting ${id} has its front matter in ${basename(entry.withFrontMatter[0] ?? '')} already: keep it in one file and remove it from this one` });
      }
    } else if (entry.record) {
      meetings.push({ ...entry.record, data: { id, ...entry.record.data, minutes: entry.minutes } });
    }
  }
  return meetings.sort((a, b) => (a.data.id < b.data.id ? -1 : 1));
}

async function readPages(files: string[], problems: Problem[]): Promise<Loaded<PageRecord>[]> {
  const pages: Loaded<PageRecord>[] = [];
  for (const file of files) {
    const named = nameAndLanguage(file);
    const page = PAGE_NAMES.find((name) => name === named?.name);
    if (!named || !page) {
      problems.push({ file, line: 1, column: 1, field: '', message: `has a name Vitrine cannot read: name pages <page>.<language>.md, where <page> is one of ${PAGE_NAMES.join(', ')}, e.g. code-of-ethics.nl.md` });
      continue;
    }
    const parsed = await readMarkdown(file, problems);
    if (!parsed || parsed.problems.length) continue;
    if (!parsed.hasFrontMatter) {
      problems.push({ file, line: 1, column: 1, field: 'title', message: 'is required: start the file with a front matter block, e.g. ---, then title: Our code of ethics, then ---' });
      continue;
    }
    const checked = validateRecord(pageSchema, parsed.value ?? {}, parsed.locate);
    problems.push(...checked.problems);
    if (checked.data) pages.push({ data: { ...checked.data, page, lang: named.lang }, file, line: 2, locate: parsed.locate });
  }
  return pages;
}

async function readCsvFiles<S extends z.ZodObject>(files: string[], schema: S, problems: Problem[]): Promise<Loaded<z.output<S>>[]> {
  const fields = fieldsOf(schema);
  const columns = new Set(fields.flatMap((field) => (field.kind === 'localized' ? [field.name, ...LANGUAGES.map((lang) => `${field.name}.${lang}`)] : [field.name])));
  const records: Loaded<z.output<S>>[] = [];
  for (const file of files) {
    const text = await readText(file, problems);
    if (text === undefined) continue;
    const csv = readCsv(text, file);
    problems.push(...csv.problems);
    const unknown = new Set<string>();
    csv.header.forEach((name, index) => {
      if (!columns.has(name)) {
        unknown.add(name);
        problems.push({ ...csv.headerPlace(index), field: name, message: `is not a column of this file: rename it to one of ${[...columns].filter((c) => !c.includes('.')).join(', ')}, or remove it` });
      }
    });
    const missing = new Set<string>();
    for (const field of fields) {
      if (field.required && !csv.header.some((name) => name === field.name || name.startsWith(`${field.name}.`))) {
        missing.add(field.name);
        problems.push({ file, line: 1, column: 1, field: field.name, message: `column is missing: add a column named ${field.name}${field.example ? ` (e.g. ${field.example})` : ''}` });
      }
    }
    for (const record of csv.records) {
      for (const name of unknown) dropColumn(record.values, name);
      const checked = validateRecord(schema, record.values, record.locate, missing);
      problems.push(...checked.problems);
      if (checked.data !== undefined) records.push(new CsvRow(checked.data, csv.places, record.line, record.start));
    }
    csv.places.release();
  }
  return records;
}

function dropColumn(values: Record<string, unknown>, name: string): void {
  const [parent = name, child] = name.split('.', 2);
  const nested = values[parent];
  if (child !== undefined && typeof nested === 'object' && nested !== null) {
    delete (nested as Record<string, unknown>)[child];
    if (Object.keys(nested).length === 0) delete values[parent];
  } else if (child === undefined) delete values[name];
}
