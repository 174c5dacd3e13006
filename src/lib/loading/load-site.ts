/**
 * Loads an organisation's folder (`data/` and `content/`), validates every record against its schema
 * and every cross-reference, and returns the records with where each one is written. Every problem is
 * collected; nothing stops at the first. The build and `npm run validate` both go through here.
 */
import { basename, dirname, join } from 'node:path';
import type { AgendaEntry } from '../../schemas/agenda.ts';
import type { Acknowledgement } from '../../schemas/acknowledgement.ts';
import type { Body } from '../../schemas/body.ts';
import type { ComplaintStat } from '../../schemas/complaint.ts';
import type { Declaration } from '../../schemas/declaration.ts';
import type { Expenditure } from '../../schemas/expenditure.ts';
import { isId, LANGUAGES, MAX_ID_LENGTH, type Lang } from '../../schemas/fields.ts';
import type { Gift } from '../../schemas/gift.ts';
import type { Income } from '../../schemas/income.ts';
import { KIND_LIST, RECORD_KINDS, type FileKindName, type KindFiles } from '../../schemas/kinds.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Official } from '../../schemas/official.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { PAGE_NAMES, type Page } from '../../schemas/page.ts';
import type { Remuneration } from '../../schemas/remuneration.ts';
import type { NotJudged, Signal } from '../../schemas/signal.ts';
import type { Site } from '../../schemas/site.ts';
import type { Trip } from '../../schemas/travel.ts';
import { checkReferences } from './check-references.ts';
import type { Locate, Problem } from './problems.ts';
import { lookUp, readCsvFiles, readText, readYamlRecords, textAgain, textOf, type KindCache, type Loaded } from './read-records.ts';
import type { RecordCache } from './record-cache.ts';
import { locateFrom, placeTable, type PlaceTable } from './sources/place-table.ts';
import { readAhead, type FileBytes } from './sources/text-file.ts';
import { readFrontMatter } from './sources/front-matter.ts';
import { takeInventory } from './sources/inventory.ts';
import { checkProse } from '../prose/check-prose.ts';
import { validateRecord } from './validate-record.ts';

export type { Loaded };

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
  travel: Loaded<Trip>[];
  remuneration: Loaded<Remuneration>[];
  income: Loaded<Income>[];
  expenditure: Loaded<Expenditure>[];
  complaints: Loaded<ComplaintStat>[];
  acknowledgements: Loaded<Acknowledgement>[];
  /** Organisations with their ids in registers (always loaded; optional for records made in memory, e.g. in tests). */
  organisations?: Loaded<Organisation>[];
  pages: Loaded<PageRecord>[];
  /** The ethics-rule signals, once the rules have run (they are warnings, not validation problems). */
  signals?: Signal[];
  /** What the rules could not judge (a mandate whose start is unknown), once the rules have run. */
  notJudged?: NotJudged[];
}

export interface LoadResult {
  /** Present when the site configuration could be read; records that failed are left out. */
  data?: SiteData;
  problems: Problem[];
}

/** The kinds whose files need a reader of their own: an id or a year in the file name, Markdown with front matter. */
type OwnReader = 'officials' | 'declarations' | 'meetings' | 'pages';
const READERS: { [K in OwnReader]: (files: string[], problems: Problem[], kept?: KindCache) => Promise<SiteData[K]> } = {
  officials: readOfficials,
  declarations: readDeclarations,
  meetings: readMeetings,
  pages: readPages,
};
const ownReader = (kind: string): kind is OwnReader => kind in READERS;

/** YAML and Markdown files read ahead of the one being validated. */
const READ_AHEAD = 16;

export interface LoadOptions {
  /** Where each clean file's validated records are kept between builds (the build's cache). */
  cache?: RecordCache | undefined;
}

export async function loadSite(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const keptAs = (reader: string): KindCache | undefined => (options.cache ? { cache: options.cache, reader } : undefined);
  const problems: Problem[] = [];
  // Every file under data/ and content/ is read by the reader of its kind, or reported here.
  const { files, problems: layout } = await takeInventory(dir);
  problems.push(...layout);
  // A file every organisation has is read where it belongs even when it is not there, so that it is reported missing.
  const filesOf = (kind: FileKindName): string[] => {
    const home: KindFiles = RECORD_KINDS[kind].files;
    return files[kind].length || !home.required ? files[kind] : [join(dir, home.path)];
  };

  const [site] = await readYamlRecords(filesOf('site')[0] ?? join(dir, 'data/site.yaml'), RECORD_KINDS.site.schema, problems, 'one');
  // The other kinds in the registry's order: CSV files and YAML lists by the schema of their kind.
  const records: Record<string, Array<Loaded<unknown>>> = {};
  for (const kind of KIND_LIST) {
    if (!kind.files || kind.name === 'site') continue;
    const paths = filesOf(kind.name as FileKindName);
    if (ownReader(kind.name)) records[kind.name] = await READERS[kind.name](paths, problems, keptAs(kind.name));
    else if (kind.files.format === 'csv') records[kind.name] = await readCsvFiles(paths, kind.schema, problems, keptAs(kind.name));
    else {
      const list: Array<Loaded<unknown>> = [];
      for await (const read of readAhead(paths, READ_AHEAD)) list.push(...(await readYamlRecords(read, kind.schema, problems, 'list', keptAs(kind.name))));
      records[kind.name] = list;
    }
  }
  if (!site) return { problems };
  const result = { dir, ...records, site: site.data } as unknown as SiteData;
  // An official whose file has errors is still an official: references to them are not errors too.
  const officialIds = files.officials.map((file) => basename(file, '.yaml'));
  for (const problem of checkReferences(result, new Set(officialIds))) problems.push(problem);
  return { data: result, problems };
}

async function readOfficials(files: string[], problems: Problem[], kept?: KindCache): Promise<Loaded<Official>[]> {
  const officials: Loaded<Official>[] = [];
  for await (const read of readAhead(files, READ_AHEAD)) {
    const { file } = read;
    const id = basename(file, '.yaml');
    if (!isId(id)) {
      problems.push({ file, line: 1, column: 1, field: 'id', message: `the file name "${id}" is not a valid id: rename the file with lower-case letters, digits and hyphens, at most ${MAX_ID_LENGTH} of them, e.g. an-verlinden.yaml` });
      continue;
    }
    for (const record of await readYamlRecords(read, RECORD_KINDS.officials.schema, problems, 'one', kept)) officials.push({ ...record, data: { id, ...record.data } });
  }
  return officials;
}

async function readDeclarations(files: string[], problems: Problem[], kept?: KindCache): Promise<Loaded<Declaration>[]> {
  const declarations: Loaded<Declaration>[] = [];
  for await (const read of readAhead(files, READ_AHEAD)) {
    const { file } = read;
    const official = basename(file, '.yaml');
    const year = basename(join(file, '..'));
    if (!/^\d{4}$/.test(year) || !isId(official)) {
      problems.push({ file, line: 1, column: 1, field: '', message: 'is not where a declaration goes: put it at declarations/<year>/<official-id>.yaml, e.g. declarations/2025/an-verlinden.yaml' });
      continue;
    }
    for (const record of await readYamlRecords(read, RECORD_KINDS.declarations.schema, problems, 'one', kept)) {
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
async function readMarkdown(source: string | FileBytes, problems: Problem[]) {
  const text = typeof source === 'string' ? await readText(source, problems) : textOf(source, problems);
  if (text === undefined) return undefined;
  const file = typeof source === 'string' ? source : source.file;
  const parsed = readFrontMatter(text, file);
  problems.push(...parsed.problems);
  problems.push(...checkProse(parsed.body, file, parsed.bodyLine));
  return parsed;
}

/** A minutes file as the record cache keeps it: its meeting's validated front matter and where its fields are, if it has one. */
type KeptMinutes = { data: Meeting; places: PlaceTable } | { data?: undefined };

/** A minutes file's meeting, if its front matter has one: `front` says whether it has. */
async function readMinutes(read: FileBytes, problems: Problem[], kept?: KindCache): Promise<{ front: boolean; record?: Loaded<Meeting> }> {
  const { file } = read;
  const { key, cached } = lookUp<KeptMinutes>(kept, 'minutes', read);
  if (cached) {
    if (!cached.data) return { front: false };
    let parsed: Locate | undefined;
    const parse = () => (parsed ??= readFrontMatter(textAgain(file), file).locate);
    return { front: true, record: { data: cached.data, file, line: 2, locate: locateFrom(cached.places, file, parse) } };
  }
  const before = problems.length;
  const parsed = await readMarkdown(read, problems);
  if (!parsed || parsed.problems.length) return { front: false };
  if (parsed.value === undefined || parsed.value === null) {
    if (key !== undefined && problems.length === before) kept?.cache.keep(key, {} satisfies KeptMinutes);
    return { front: false };
  }
  const checked = validateRecord(RECORD_KINDS.meetings.schema, parsed.value, parsed.locate);
  problems.push(...checked.problems);
  if (!checked.data) return { front: true };
  if (key !== undefined && problems.length === before) kept?.cache.keep(key, { data: checked.data, places: placeTable(parsed.value, parsed.locate) } satisfies KeptMinutes);
  return { front: true, record: { data: checked.data, file, line: 2, locate: parsed.locate } };
}

async function readMeetings(files: string[], problems: Problem[], kept?: KindCache): Promise<Loaded<MeetingRecord>[]> {
  const byId = new Map<string, { minutes: Partial<Record<Lang, string>>; record?: Loaded<Meeting>; withFrontMatter: string[] }>();
  const dir = files[0] ? dirname(files[0]) : '';
  for await (const read of readAhead(files, READ_AHEAD)) {
    const { file } = read;
    const named = nameAndLanguage(file);
    if (!named) {
      problems.push({ file, line: 1, column: 1, field: '', message: 'has a name Vitrine cannot read: name minutes <meeting-id>.<language>.md (an id of lower-case letters, digits and hyphens, at most 100 of them), e.g. 2025-03-12-council.nl.md' });
      continue;
    }
    const { name: id, lang } = named;
    const entry = byId.get(id) ?? { minutes: {}, withFrontMatter: [] };
    byId.set(id, entry);
    entry.minutes[lang] = file;
    const minutes = await readMinutes(read, problems, kept);
    if (!minutes.front) continue;
    entry.withFrontMatter.push(file);
    if (minutes.record) entry.record = minutes.record;
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
    const checked = validateRecord(RECORD_KINDS.pages.schema, parsed.value ?? {}, parsed.locate);
    problems.push(...checked.problems);
    if (checked.data) pages.push({ data: { ...checked.data, page, lang: named.lang }, file, line: 2, locate: parsed.locate });
  }
  return pages;
}
