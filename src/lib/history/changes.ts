/**
 * What each commit changed in each published kind of record: the records added, changed (field by
 * field, before → after) and removed, keyed by the kind's identity, from one pass over the versions
 * read by versions.ts. A kind's records are compared across all its files at once, so that a record
 * moved from one file to another (or a file renamed) is neither removed nor added; a file renamed
 * unchanged is not even read again.
 *
 * The first commit that brought a kind's records is a back-fill: records published before history
 * began. It is kept as one count (`start`), never as thousands of records "added" that day.
 *
 * The pass can start where an earlier one ended (`from`, the cache: history-cache.ts): it then reads
 * only the commits after it, and each file's version before those commits where it needs it.
 */
import { ownersOf, type KindName } from '../../schemas/kinds.ts';
import type { FieldChange } from '../staff/diff/records.ts';
import { inBatches } from './blobs.ts';
import { commitsOf, HISTORY_KINDS, readNext, readWhole, type Fields, type FileState, type Records } from './versions.ts';

export type { FieldChange };

export interface RecordChange {
  id: string;
  fields: FieldChange[];
}

/** What one commit changed in one kind's records. */
export interface KindCommit {
  commit: string;
  /** `YYYY-MM-DD`: the commit's committer date (day precision). */
  day: string;
  /** The back-fill: how many records the kind's files held when history began. */
  start?: number;
  added: string[];
  changed: RecordChange[];
  removed: string[];
  /**
   * Whose records the changed and removed ones are (the officials of their kind's `owner`, before and
   * after the commit: ownersOf), by identity; absent where none belongs to an official.
   */
  owners?: Record<string, string[]>;
}

export interface ChangeHistory {
  /** The commit the history reads up to (HEAD), when there is history. */
  head?: string;
  /** Per kind, oldest commit first; a kind without files in history has no entry. */
  kinds: Partial<Record<KindName, KindCommit[]>>;
}

export interface PassFigures {
  /** Commits read in this pass, file versions read and their size. */
  commits: number;
  versions: number;
  bytes: number;
}

/**
 * The records added, changed and removed between two sets of a kind's records; with `ownersOf`, whose
 * records the changed and removed ones are (a record that moved to another official is both's).
 */
export function compareRecords(before: Records, after: Records, ownersOf?: (id: string, fields: Fields) => string[]): Pick<KindCommit, 'added' | 'changed' | 'removed' | 'owners'> {
  const added: string[] = [];
  const changed: RecordChange[] = [];
  const removed: string[] = [];
  for (const [id, fields] of after) {
    const old = before.get(id);
    if (!old) {
      added.push(id);
      continue;
    }
    const names = [...new Set([...Object.keys(old), ...Object.keys(fields)])];
    const differ = names.filter((name) => old[name] !== fields[name]).map((field) => ({ field, before: old[field] ?? '', after: fields[field] ?? '' }));
    if (differ.length) changed.push({ id, fields: differ });
  }
  for (const id of before.keys()) if (!after.has(id)) removed.push(id);
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const compared = { added: added.sort(order), changed: changed.sort((a, b) => order(a.id, b.id)), removed: removed.sort(order) };
  if (!ownersOf) return compared;
  const owners: Record<string, string[]> = {};
  const own = (id: string, ...versions: Array<Fields | undefined>) => {
    const found = [...new Set(versions.flatMap((fields) => (fields ? ownersOf(id, fields) : [])))];
    if (found.length) owners[id] = found;
  };
  for (const { id } of changed) own(id, before.get(id), after.get(id));
  for (const id of removed) own(id, before.get(id));
  return Object.keys(owners).length ? { ...compared, owners } : compared;
}

/**
 * Reads the commits of the first-parent line of `head` (a full hash; after `from.head` when given) in the
 * repository at `top`, for the organisation folder at `prefix` (`''` or ending in `/`), into the history
 * `from` holds.
 */
export function readChanges(top: string, prefix: string, head: string, from?: ChangeHistory): { history: ChangeHistory; figures: PassFigures } {
  const kinds: ChangeHistory['kinds'] = {};
  for (const kind of HISTORY_KINDS) {
    const earlier = from?.kinds[kind];
    if (earlier) kinds[kind] = [...earlier];
  }
  const commits = commitsOf(top, prefix, from?.head, head);
  const figures: PassFigures = { commits: commits.length, versions: 0, bytes: 0 };
  const states = new Map<string, FileState>();
  for (const { commits: group, blobs } of inBatches(top, commits, (change) => !states.has(change.path))) {
    const bytesOf = (blob: string) => {
      const bytes = blobs.get(blob);
      if (!bytes) throw new Error(`git history: version ${blob} was not read`);
      return bytes;
    };
    // The state of a file before a commit: as read before, or its version before the commit read whole (a pass from the cache).
    const stateOf = (kind: KindName, path: string, before: string): FileState => {
      const known = states.get(path);
      if (known) return known;
      const bytes = bytesOf(before);
      figures.versions += 1;
      figures.bytes += bytes.length;
      return readWhole(kind, path, bytes).state;
    };
    for (const commit of group) {
      const before = new Map<KindName, Records>();
      const after = new Map<KindName, Records>();
      // Records of kinds whose files this commit brings first: the back-fill, counted only.
      const counted = new Map<KindName, number>();
      const add = (into: Map<KindName, Records>, kind: KindName, records: Records) => {
        const all = into.get(kind) ?? new Map();
        into.set(kind, all);
        for (const [id, fields] of records) all.set(id, fields);
      };
      const touched = new Set(commit.files.map((change) => change.kind));
      // A file renamed unchanged: the same version removed at one path and added at another.
      const moved = new Map<string, string>();
      const gone = new Map(commit.files.filter((change) => change.before && !change.after).map((change) => [change.before as string, change]));
      for (const change of commit.files) {
        const source = change.after && !change.before ? gone.get(change.after) : undefined;
        if (source && source.kind === change.kind && !moved.has(source.path)) {
          moved.set(source.path, change.path);
          states.set(change.path, stateOf(change.kind, source.path, source.before as string));
          states.delete(source.path);
        }
      }
      const movedTo = new Set(moved.values());
      for (const change of commit.files) {
        const { kind, path } = change;
        if (moved.has(path) || movedTo.has(path)) continue;
        if (!change.after) {
          if (!change.before) continue;
          const state = stateOf(kind, path, change.before);
          states.delete(path);
          add(before, kind, 'csv' in state ? readWhole(kind, path, state.csv.bytes).records : state.records);
          continue;
        }
        const bytes = bytesOf(change.after);
        figures.versions += 1;
        figures.bytes += bytes.length;
        if (!change.before) {
          const backFill = !kinds[kind];
          const read = readWhole(kind, path, bytes, backFill);
          if (backFill) counted.set(kind, (counted.get(kind) ?? 0) + read.count);
          else add(after, kind, read.records);
          states.set(path, read.state);
          continue;
        }
        const read = readNext(kind, path, stateOf(kind, path, change.before), bytes);
        add(before, kind, read.before);
        add(after, kind, read.after);
        states.set(path, read.state);
      }
      for (const kind of HISTORY_KINDS) {
        if (!touched.has(kind)) continue;
        const list = kinds[kind];
        if (!list) {
          // The first commit that brought this kind's files: the back-fill.
          kinds[kind] = [{ commit: commit.hash, day: commit.day, start: counted.get(kind) ?? 0, added: [], changed: [], removed: [] }];
          continue;
        }
        const compared = compareRecords(before.get(kind) ?? new Map(), after.get(kind) ?? new Map(), (id, fields) => ownersOf(kind, id, fields));
        if (compared.added.length || compared.changed.length || compared.removed.length) list.push({ commit: commit.hash, day: commit.day, ...compared });
      }
    }
  }
  return { history: { head, kinds }, figures };
}
