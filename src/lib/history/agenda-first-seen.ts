/**
 * When each agenda entry first appeared in the repository: the day of the first commit whose agenda
 * files hold its id, wherever it was (a renamed file, an entry moved from one file to another, removed
 * and added again: its first appearance counts).
 *
 * One pass over history: `git log --raw` lists, oldest first, each commit that changed agenda files and
 * the blob (file version) each change wrote; `git cat-file --batch` then reads those blobs in a few
 * bounded batches, each blob once (a file renamed unchanged is the same blob). Each version is read by
 * the project's own CSV reader (`readCsv`: any column order, any separator, quoted line breaks), only
 * where it differs from the file's version before (agenda-versions.ts).
 *
 * Entries of the first commit that brought agenda files are a back-fill, whose publication day history
 * cannot tell: they are left out (late-agenda then uses their `published` column, or does not judge
 * them); so are entries not committed yet. Without history (the folder is not in a git repository, git
 * is not installed, the repository has no commits yet) the map is empty and late-agenda judges only the
 * entries with a `published` column, as before. Any other failure of git is an error: a build must not
 * publish "no late appointments" because history could not be read.
 */
import { normalised, readVersion, type Version } from './agenda-versions.ts';
import { git, gitBytes, GitError, repositoryOf } from './git.ts';
import { blobSizes } from './blobs.ts';

export interface AgendaHistory {
  /** Entry id → `YYYY-MM-DD` of the first commit holding it; entries of the back-fill are left out. */
  published: Map<string, string>;
  /** Why there is no history, when there is none. */
  none?: string;
  /** Commits that changed agenda files (the first is the back-fill). */
  commits: number;
  /** Versions of agenda files read, and their size in bytes. */
  versions: number;
  bytes: number;
}

/** Largest output asked of one `git cat-file --batch`: blobs are read in batches of about this size. */
const BATCH_BYTES = 64 * 1048576;

interface Change {
  day: string;
  /** The commit is the first that brought agenda files. */
  backFill: boolean;
  path: string;
  /** The version written, or undefined when the file was removed. */
  blob: string | undefined;
}

export function agendaFirstPublished(siteDir: string): Map<string, string> {
  return readAgendaHistory(siteDir).published;
}

export function readAgendaHistory(siteDir: string): AgendaHistory {
  const history: AgendaHistory = { published: new Map(), commits: 0, versions: 0, bytes: 0 };
  let top: string;
  let folder: string;
  try {
    const repository = repositoryOf(siteDir);
    top = repository.top;
    folder = `${repository.prefix}data/agenda`;
  } catch (error) {
    if (!(error instanceof GitError) || error.failure === 'too-large') throw error;
    history.none = error.message;
    return history;
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  } catch {
    history.none = `the repository of ${siteDir} has no commits yet`;
    return history;
  }

  const changes = agendaChanges(top, folder, history);
  const sizes = blobSizes(top, [...new Set(changes.flatMap((change) => change.blob ?? []))]);
  const seen = new Set<string>();
  const read = new Set<string>();
  // The last version read of each file: what its next version is compared with.
  const latest = new Map<string, Version>();
  let batch: Change[] = [];
  let batchBytes = 0;
  const flush = () => {
    const wanted = [...new Set(batch.flatMap((change) => (change.blob === undefined || read.has(change.blob) ? [] : [change.blob])))];
    const output = wanted.length ? gitBytes(top, ['cat-file', '--batch'], { input: `${wanted.join('\n')}\n`, maxBuffer: batchBytes + wanted.length * 64 + 1024 }) : Buffer.alloc(0);
    let at = 0;
    // Versions read from this batch's output: the last of each file is copied out of it at the end.
    const fresh = new Set<Version>();
    for (const change of batch) {
      if (change.blob === undefined) {
        latest.delete(change.path);
        continue;
      }
      if (read.has(change.blob)) {
        // The same version read before (a file renamed or restored): nothing new in it.
        const same = [...latest.values()].find((version) => version.blob === change.blob);
        if (same) latest.set(change.path, same);
        continue;
      }
      read.add(change.blob);
      const headerEnd = output.indexOf(10, at);
      const [, type, sizeText] = output.toString('latin1', at, headerEnd).split(' ');
      if (type !== 'blob') throw new GitError('failed', `git cat-file could not read ${change.blob} (${change.path}): the repository is incomplete (a partial clone?)`);
      const size = Number(sizeText);
      const bytes = normalised(output.subarray(headerEnd + 1, headerEnd + 1 + size));
      at = headerEnd + 1 + size + 1;
      history.versions += 1;
      history.bytes += size;
      const { version, records } = readVersion(change.path, change.blob, bytes, latest.get(change.path));
      latest.set(change.path, version);
      fresh.add(version);
      for (const record of records) {
        const cell = record.values.id;
        if (typeof cell !== 'string' || seen.has(cell)) continue;
        // A copy of the id: the reader's strings are slices of the version's text, which would stay in memory.
        const id = `${cell} `.slice(0, -1);
        seen.add(id);
        if (!change.backFill) history.published.set(id, change.day);
      }
    }
    const copies = new Map<Version, Version>();
    for (const [path, version] of latest) {
      if (!fresh.has(version)) continue;
      let copy = copies.get(version);
      if (!copy) copies.set(version, (copy = { ...version, bytes: Buffer.from(version.bytes) }));
      latest.set(path, copy);
    }
    batch = [];
    batchBytes = 0;
  };
  const queued = new Set<string>();
  for (const change of changes) {
    if (change.blob !== undefined && !queued.has(change.blob)) {
      queued.add(change.blob);
      const size = sizes.get(change.blob) ?? 0;
      if (batchBytes + size > BATCH_BYTES) flush();
      batchBytes += size;
    }
    batch.push(change);
  }
  flush();
  return history;
}

/**
 * Every version of an agenda file that a commit wrote, oldest commit first (parents before children),
 * with the commit's day. Renames are listed as a removal and an addition, so every path is seen.
 */
function agendaChanges(top: string, folder: string, history: AgendaHistory): Change[] {
  // Small output (a line per changed file per commit); 1 GB allows some millions of changes.
  const log = git(top, ['log', '--reverse', '--date-order', '--root', '--no-renames', '--diff-merges=first-parent', '--raw', '-z', '--no-abbrev', '--format=%x01%H %cs', '--', folder], { maxBuffer: 1 << 30 });
  const changes: Change[] = [];
  let day = '';
  let counted = false;
  const tokens = log.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] as string).replace(/^\n+|\n+$/g, '');
    if (token.startsWith('\x01')) {
      // A commit's line (several when commits list no change of their own, such as some merges).
      day = token.slice(token.lastIndexOf('\x01') + 1).split(' ')[1] ?? '';
      counted = false;
    } else if (token.startsWith(':')) {
      const path = tokens[++i] ?? '';
      const [, mode, , blob, status] = token.slice(1).split(' ');
      const name = path.slice(folder.length + 1);
      if (!path.startsWith(`${folder}/`) || name.includes('/') || !name.toLowerCase().endsWith('.csv')) continue;
      if (status === 'D' || !blob || !mode?.startsWith('100')) {
        changes.push({ day, backFill: false, path, blob: undefined });
        continue;
      }
      if (!counted) {
        history.commits += 1;
        counted = true;
      }
      changes.push({ day, backFill: history.commits === 1, path, blob });
    }
  }
  return changes;
}
