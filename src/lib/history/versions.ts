/**
 * Versions of an organisation's data files from git, read with the project's own readers (the CSV,
 * YAML and front-matter readers and the kinds' schemas), as records keyed by their kind's identity
 * (`identityOf`, src/schemas/kinds.ts: an agenda entry's id, a declaration's official and year…) with
 * their fields flattened as `npm run diff` shows them (`flatten`: amounts as decimal text).
 *
 * One `git log --first-parent --raw` lists, oldest first, each commit of the published line of history
 * that changed files under data/ or content/, and for each file the version (blob) before and after;
 * `git cat-file --batch` then reads the versions in bounded batches (blobs.ts). A YAML or Markdown file is small
 * and read whole. A CSV file (a year of the agenda may hold 100,000 rows) is compared with its version
 * before byte by byte: only the stretch between the common start and the common end, widened to whole
 * records, is read from both versions (the rest is the same records); where that cannot be shown (the
 * header changed, a quote left open) both versions are read whole.
 *
 * A record that fails its schema in an old version (history may hold a broken commit) is compared with
 * the values as written rather than dropped.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { isId, LANGUAGES } from '../../schemas/fields.ts';
import { identityOf, KIND_LIST, RECORD_KINDS, type KindName, type RecordKind } from '../../schemas/kinds.ts';
import { readCsv, type CsvRecord } from '../loading/sources/csv.ts';
import { readFrontMatter } from '../loading/sources/front-matter.ts';
import { readYaml } from '../loading/sources/yaml.ts';
import { flatten } from '../staff/diff/records.ts';
import { addStarts, commonLength, lastAtOrBefore } from './agenda-versions.ts';
import { git } from './git.ts';

/** The kinds whose changes are published: read from files and published as datasets (not the signals the rules make). */
export const HISTORY_KINDS: readonly KindName[] = KIND_LIST.filter((kind) => kind.files && kind.datasets).map((kind) => kind.name);

/** A record's fields as text, without its identity: `{ 'value': '40.00', 'title.nl': '…' }`. */
export type Fields = Record<string, string>;
/** The records of a file or of a stretch of it, by identity. */
export type Records = Map<string, Fields>;

export interface FileChange {
  /** Relative to the organisation's folder. */
  path: string;
  kind: KindName;
  /** The version before the commit, and after it; undefined where the file did not exist. */
  before: string | undefined;
  after: string | undefined;
}

export interface CommitChanges {
  hash: string;
  /** The committer date, `YYYY-MM-DD` as the committer's clock wrote it (`%cs`): when the commit was made on the published line. */
  day: string;
  files: FileChange[];
}

/** Which kind a file belongs to, from where the registry says a kind's files live (undefined for others). */
export function kindOfPath(path: string): KindName | undefined {
  for (const name of HISTORY_KINDS) {
    const files = (RECORD_KINDS[name] as RecordKind).files;
    if (!files) continue;
    if (!files.folder) {
      if (path === files.path) return name;
      continue;
    }
    if (!path.startsWith(`${files.path}/`)) continue;
    const rest = path.slice(files.path.length + 1).split('/');
    if (rest.length === (files.perYear ? 2 : 1) && rest.at(-1)?.toLowerCase().endsWith(`.${files.format}`)) return name;
  }
  return undefined;
}

/**
 * The commits of HEAD's (or `head`'s) first-parent line that changed files of the published kinds,
 * oldest first; only those after `since` when it is given (on that line). Merges count as one commit: what
 * they brought to the first parent.
 */
export function commitsOf(top: string, prefix: string, since?: string, head = 'HEAD'): CommitChanges[] {
  const folders = ['data', 'content'].map((folder) => `${prefix}${folder}`);
  const range = since ? [`${since}..${head}`] : [head];
  // Small output (a line per changed file per commit); 1 GB allows some millions of changes.
  const log = git(top, ['log', ...range, '--first-parent', '--reverse', '--no-renames', '--diff-merges=first-parent', '--raw', '-z', '--no-abbrev', '--format=%x01%H %cs', '--', ...folders], { maxBuffer: 1 << 30 });
  const commits: CommitChanges[] = [];
  let current: CommitChanges | undefined;
  const tokens = log.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] as string).replace(/^\n+|\n+$/g, '');
    if (token.startsWith('\x01')) {
      const [hash = '', day = ''] = token.slice(token.lastIndexOf('\x01') + 1).split(' ');
      current = { hash, day, files: [] };
      commits.push(current);
    } else if (token.startsWith(':') && current) {
      const full = tokens[++i] ?? '';
      const [modeBefore, modeAfter, before, after, status] = token.slice(1).split(' ');
      if (!full.startsWith(prefix)) continue;
      const path = full.slice(prefix.length);
      const kind = kindOfPath(path);
      if (!kind) continue;
      // A blob of a regular file; a symlink or a submodule is not a data file (the inventory refuses them).
      const blob = (mode: string | undefined, hash: string | undefined) => (mode?.startsWith('100') && hash && !/^0+$/.test(hash) ? hash : undefined);
      current.files.push({ path, kind, before: status === 'A' ? undefined : blob(modeBefore, before), after: status === 'D' ? undefined : blob(modeAfter, after) });
    }
  }
  return commits.filter((commit) => commit.files.length > 0);
}

/** A version of a file as read: a CSV file keeps its bytes and where its records start; others keep their records. */
export type FileState = { csv: CsvState } | { records: Records };
interface CsvState {
  bytes: Buffer;
  header: string;
  headerEnd: number;
  starts: number[];
}

/** A kind's record as identity and fields: the schema's output where it validates, else the values as written. */
function entry(kind: KindName, values: unknown, derived: Record<string, unknown> = {}): [string, Fields] {
  const spec = RECORD_KINDS[kind] as RecordKind;
  const checked = (spec.schema as z.ZodType).safeParse(values);
  const data = { ...(checked.success ? (checked.data as Record<string, unknown>) : (values as Record<string, unknown>)), ...derived };
  const fields = flatten(data, spec.schema);
  for (const leave of [...spec.identity, ...(spec.diff?.leave ?? [])]) for (const name of Object.keys(fields)) if (name === leave || name.startsWith(`${leave}.`)) delete fields[name];
  return [identityOf(kind, data), fields];
}

const csvRecords = (kind: KindName, records: CsvRecord[], from = 0): Records => new Map(records.filter((record) => record.start >= from).map((record) => entry(kind, record.values)));

/**
 * Reads a version whole: its records, how many, and the state its next version is compared with. With
 * `countOnly` (the back-fill, where only the count is shown) a CSV file's records are counted, not validated.
 */
export function readWhole(kind: KindName, path: string, bytes: Buffer, countOnly = false): { records: Records; count: number; state: FileState } {
  const format = (RECORD_KINDS[kind] as RecordKind).files?.format;
  const text = bytes.toString('utf8');
  if (format === 'csv') {
    const csv = readCsv(text, path);
    const starts: number[] = [];
    addStarts(starts, text, 0, 0, csv.records, Infinity);
    const records = countOnly ? new Map() : csvRecords(kind, csv.records);
    return { records, count: csv.records.length, state: { csv: { bytes, header: csv.header.join('\n'), headerEnd: starts[0] ?? bytes.length, starts } } };
  }
  const { records, state } = readOther(kind, path, format, text);
  return { records, count: records.size, state };
}

/** A YAML or Markdown version: its records (one, or a list). */
function readOther(kind: KindName, path: string, format: string | undefined, text: string): { records: Records; state: FileState } {
  const records: Records = new Map();
  const name = basename(path, `.${format ?? ''}`);
  if (format === 'md') {
    // A meeting's record is the front matter of one of its files (<id>.<lang>.md); the others hold only minutes.
    const match = /^(.+)\.([a-z]{2})$/.exec(name);
    const parsed = readFrontMatter(text, path);
    if (match && LANGUAGES.includes(match[2] as never) && parsed.value && typeof parsed.value === 'object' && !parsed.problems.length) records.set(...entry(kind, parsed.value, { id: match[1] }));
    return { records, state: { records } };
  }
  const yaml = readYaml(text, path);
  if (yaml.problems.length) return { records, state: { records } };
  if (kind === 'officials') {
    if (isId(name)) records.set(...entry(kind, yaml.value ?? {}, { id: name }));
  } else if (kind === 'declarations') {
    const year = path.split('/').at(-2) ?? '';
    if (isId(name) && /^\d{4}$/.test(year)) records.set(...entry(kind, yaml.value ?? {}, { official: name, year: Number(year) }));
  } else if (Array.isArray(yaml.value)) {
    for (const value of yaml.value) records.set(...entry(kind, value ?? {}));
  }
  return { records, state: { records } };
}

/** Quote characters in a stretch: even when a stretch that starts at a record's start ends outside quotes. */
function quotes(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(34, from); at !== -1 && at < to; at = bytes.indexOf(34, at + 1)) count++;
  return count;
}

/** How many bytes `a` and `b` have in common at their ends, at most `limit`. */
function commonEnd(a: Buffer, b: Buffer, limit: number): number {
  let at = 0;
  while (at < limit) {
    const step = Math.min(65536, limit - at);
    if (a.compare(b, b.length - at - step, b.length - at, a.length - at - step, a.length - at) !== 0) break;
    at += step;
  }
  while (at < limit && a[a.length - 1 - at] === b[b.length - 1 - at]) at++;
  return at;
}

/** Index of the first of the sorted offsets above `offset` (their length if none). */
const firstAbove = (offsets: number[], offset: number): number => lastAtOrBefore(offsets, offset) + 1;

/**
 * Reads the next version of a file: the records of the stretch that differs, before and after (records
 * outside it are the same in both), and the new state.
 */
export function readNext(kind: KindName, path: string, previous: FileState, bytes: Buffer): { before: Records; after: Records; state: FileState } {
  if (!('csv' in previous)) {
    const next = readWhole(kind, path, bytes);
    return { before: previous.records, after: next.records, state: next.state };
  }
  const old = previous.csv;
  const whole = () => {
    const next = readWhole(kind, path, bytes);
    return { before: readWhole(kind, path, old.bytes).records, after: next.records, state: next.state };
  };
  const same = commonLength(old.bytes, 0, bytes, 0);
  if (same < old.headerEnd || old.starts.length === 0) return whole();
  // The first old record that may differ starts at `from`: the bytes before it are the same, so a record starts there in both.
  const first = Math.max(0, firstAbove(old.starts, same) - 1);
  const from = old.starts[first] as number;
  // The first old record after the common end starts at `to` (the end if none); the new version has it at `toNew`.
  const end = commonEnd(old.bytes, bytes, Math.min(old.bytes.length, bytes.length) - same);
  let last = firstAbove(old.starts, old.bytes.length - end);
  let to = old.starts[last] ?? old.bytes.length;
  let toNew = to - old.bytes.length + bytes.length;
  if (to < old.bytes.length && (toNew < from || quotes(bytes, from, toNew) % 2 !== 0)) {
    // The new stretch would end inside quotes: read on to the end.
    last = old.starts.length;
    to = old.bytes.length;
    toNew = bytes.length;
  }
  const head = old.bytes.toString('utf8', 0, old.headerEnd);
  const readStretch = (source: Buffer, start: number, stop: number) => {
    const text = head + source.toString('utf8', start, stop);
    return { text, csv: readCsv(text, path) };
  };
  const after = readStretch(bytes, from, toNew);
  // Another header, or a quoted cell left open in the stretch (quotes the count above could not pair): read whole.
  if (after.csv.header.join('\n') !== old.header || after.csv.problems.some((problem) => problem.message.includes('never closed'))) return whole();
  const starts = old.starts.slice(0, first);
  addStarts(starts, after.text, head.length, from, after.csv.records, Infinity);
  for (let n = last; n < old.starts.length; n++) starts.push((old.starts[n] as number) - old.bytes.length + bytes.length);
  // A record written the same, byte for byte, in both stretches (moved, or next to a change) is the
  // same record: only the others are validated and compared, which is most of the cost.
  const unchanged = new Map<string, number>();
  for (let n = first; n < last; n++) {
    const raw = old.bytes.toString('utf8', old.starts[n] as number, old.starts[n + 1] ?? old.bytes.length);
    unchanged.set(raw, (unchanged.get(raw) ?? 0) + 1);
  }
  const fresh: CsvRecord[] = [];
  const records = after.csv.records.filter((record) => record.start >= head.length);
  records.forEach((record, index) => {
    const raw = after.text.slice(record.start, records[index + 1]?.start ?? after.text.length);
    const count = unchanged.get(raw) ?? 0;
    if (count > 0) unchanged.set(raw, count - 1);
    else fresh.push(record);
  });
  const gone = [...unchanged].flatMap(([raw, count]) => Array.from({ length: count }, () => (raw.endsWith('\n') ? raw : `${raw}\n`)));
  const removed = gone.length ? readCsv(head + gone.join(''), path).records.filter((record) => record.start >= head.length) : [];
  return {
    before: csvRecords(kind, removed),
    after: csvRecords(kind, fresh),
    state: { csv: { bytes, header: old.header, headerEnd: old.headerEnd, starts } },
  };
}
