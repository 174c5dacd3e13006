/**
 * Compares two loaded organisations record by record, per kind of the registry (src/schemas/kinds.ts):
 * what was added, what was removed, and what changed, field by field. Records are matched by their
 * kind's identity (their id; officials by file name, remuneration by official and month, declarations
 * by official and year, complaints by period and outcome). Values are compared as the schemas read
 * them; amounts are shown as decimal text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { identityOf, KIND_LIST, type KindName, type RecordKind } from '../../../schemas/kinds.ts';
import { pageSchema } from '../../../schemas/page.ts';
import { readFrontMatter } from '../../loading/sources/front-matter.ts';
import type { Loaded, SiteData } from '../../loading/load-site.ts';
import { statedValueText, type StatedValue } from '../../../schemas/money-fields.ts';
import { formatAmount } from '../../money/cents.ts';
import { metaOf } from '../../loading/schema-fields.ts';

type AnyRecord = Record<string, unknown>;

interface KindSpec {
  name: string;
  title: string;
  schema: z.ZodType;
  records(site: SiteData): Array<Loaded<AnyRecord>>;
  key(record: AnyRecord): string;
  /** Fields left out of the comparison (they are the key, or a file path). */
  leave?: readonly string[];
}

const loaded = (site: SiteData, name: keyof SiteData) => (site[name] ?? []) as Array<Loaded<AnyRecord>>;

/**
 * The Markdown body of a file as a short fingerprint a reviewer can compare: its length in words and
 * the start of its SHA-256. A pull request that changes the text of minutes or a page shows up as a change.
 */
function bodyOf(file: string): string {
  const body = readFrontMatter(readFileSync(file, 'utf8'), file).body.trim();
  const words = body ? body.split(/\s+/).length : 0;
  return `${words} word${words === 1 ? '' : 's'}, sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
}

const minutesSchema = z.object({ meeting: z.string(), language: z.string(), text: z.string() });
/** The minutes of every meeting, one record per language they are written in. */
const minutesTexts = (site: SiteData): Array<Loaded<AnyRecord>> =>
  site.meetings.flatMap((meeting) =>
    Object.entries(meeting.data.minutes).map(([language, file]) => ({ data: { meeting: meeting.data.id, language, text: bodyOf(file) }, file, line: 1, locate: meeting.locate })),
  );
const pageTexts = (site: SiteData): Array<Loaded<AnyRecord>> =>
  site.pages.map((page) => ({ ...page, data: { ...page.data, text: bodyOf(page.file) } }));
const MINUTES: KindSpec = { name: 'minutes', title: 'Minutes (text)', schema: minutesSchema, records: minutesTexts, key: (r) => `${String(r.meeting)} ${String(r.language)}`, leave: ['meeting', 'language'] };

/** A kind of the registry as the diff compares it: matched by its identity, which is left out of the fields. */
function diffKind(kind: RecordKind & { name: KindName }, diff: { title: string; leave?: readonly string[] }): KindSpec {
  const spec = { name: kind.name, title: diff.title, schema: kind.schema as z.ZodType, key: (record: AnyRecord) => identityOf(kind.name, record), leave: [...kind.identity, ...(diff.leave ?? [])] };
  if (kind.name === 'site') return { ...spec, records: (s) => [{ data: s.site as unknown as AnyRecord, file: `${s.dir}/${kind.files?.path}`, line: 1, locate: () => ({ file: '', line: 1, column: 1 }) }] };
  // Pages are compared with the fingerprint of their text, and the minutes of meetings (text only) come just before them.
  if (kind.name === 'pages') return { ...spec, schema: pageSchema.extend({ text: z.string() }), records: pageTexts };
  return { ...spec, records: (s) => loaded(s, kind.name as keyof SiteData) };
}

/** Every kind of the registry that has a `diff` heading, in its order, with the minutes before the pages. */
export const DIFF_KINDS: KindSpec[] = KIND_LIST.flatMap((kind) => (kind.diff ? [...(kind.name === 'pages' ? [MINUTES] : []), diffKind(kind, kind.diff)] : []));

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface RecordRef {
  key: string;
  /** File and line, relative to the organisation folder. */
  where: string;
  fields: Record<string, string>;
}

export interface KindDiff {
  name: string;
  title: string;
  added: RecordRef[];
  removed: RecordRef[];
  changed: Array<RecordRef & { changes: FieldChange[] }>;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The kind of value (money, date…) at a path of a schema; array indexes are skipped. */
export function kindAt(schema: z.ZodType, path: readonly string[]): string | undefined {
  // Asked for every field of every record compared (a history reads millions): remembered per schema and path.
  let known = kinds.get(schema);
  if (!known) kinds.set(schema, (known = new Map()));
  const key = path.join('\0');
  if (known.has(key)) return known.get(key);
  const found = schemaAt(schema, path);
  const kind = found ? metaOf(found).kind : undefined;
  known.set(key, kind);
  return kind;
}
const kinds = new WeakMap<z.ZodType, Map<string, string | undefined>>();

/** The schema of the value at a path of a schema (array indexes step into the items), or undefined. */
export function schemaAt(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    while (current) {
      const def = defOf(current);
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
      else if (def.type === 'pipe') current = def.in;
      else break;
    }
    if (!current) return undefined;
    const def = defOf(current);
    if (def.type === 'array' && /^\d+$/.test(step)) current = def.element;
    else if (def.type === 'object' && def.shape) current = def.shape[step];
    else return undefined;
  }
  return current;
}

/** A record as flat `field: text` pairs: nested fields dotted, lists of plain values joined with `; `. */
export function flatten(value: unknown, schema: z.ZodType, path: string[] = [], into: Record<string, string> = {}): Record<string, string> {
  if (value === undefined || value === null) return into;
  // A value as a register states it is one field, written back as the files write it: 45.00, unknown, < 50.00, 50.00-150.00.
  if (typeof value === 'object' && path.length > 0 && kindAt(schema, path) === 'statedValue') {
    into[path.join('.')] = statedValueText(value as StatedValue);
    return into;
  }
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
    into[path.join('.')] = value.join('; ');
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value as AnyRecord)) flatten(item, schema, [...path, key], into);
  } else {
    into[path.join('.')] = typeof value === 'number' && kindAt(schema, path) === 'money' ? formatAmount(value) : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  return into;
}

export function diffSites(before: SiteData | undefined, after: SiteData): KindDiff[] {
  return DIFF_KINDS.map((kind) => {
    const index = (site: SiteData | undefined) => {
      const map = new Map<string, RecordRef>();
      for (const record of site ? kind.records(site) : []) {
        const fields = flatten(record.data, kind.schema);
        for (const leave of kind.leave ?? []) for (const name of Object.keys(fields)) if (name === leave || name.startsWith(`${leave}.`)) delete fields[name];
        const file = site && record.file.startsWith(`${site.dir}/`) ? record.file.slice(site.dir.length + 1) : record.file;
        map.set(kind.key(record.data), { key: kind.key(record.data), where: `${file}:${record.line}`, fields });
      }
      return map;
    };
    const old = index(before);
    const now = index(after);
    const diff: KindDiff = { name: kind.name, title: kind.title, added: [], removed: [], changed: [] };
    for (const [key, record] of now) {
      const previous = old.get(key);
      if (!previous) {
        diff.added.push(record);
        continue;
      }
      const names = [...new Set([...Object.keys(previous.fields), ...Object.keys(record.fields)])];
      const changes = names.filter((name) => previous.fields[name] !== record.fields[name]).map((field) => ({ field, before: previous.fields[field] ?? '', after: record.fields[field] ?? '' }));
      if (changes.length) diff.changed.push({ ...record, changes });
    }
    for (const [key, record] of old) if (!now.has(key)) diff.removed.push(record);
    return diff;
  });
}
