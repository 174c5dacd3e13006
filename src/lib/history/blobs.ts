/**
 * Reads the versions (blobs) that commits wrote with `git cat-file --batch`, in batches of about
 * BATCH_BYTES, so that a large history is never held whole: the agenda's first-seen pass and the
 * changes pass (changes.ts) both read through here.
 */
import { normalised } from './agenda-versions.ts';
import { git, gitBytes, GitError } from './git.ts';
import type { CommitChanges, FileChange } from './versions.ts';

/** Largest output asked of one `git cat-file --batch`: blobs are read in batches of about this size. */
const BATCH_BYTES = 64 * 1048576;

/** The size of each blob, from one `git cat-file --batch-check`, to read them in bounded batches. */
export function blobSizes(top: string, blobs: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (blobs.length === 0) return sizes;
  const output = git(top, ['cat-file', '--batch-check=%(objectname) %(objectsize)'], { input: `${blobs.join('\n')}\n`, maxBuffer: blobs.length * 64 + 1024 });
  for (const line of output.split('\n')) {
    const [blob, size] = line.split(' ');
    if (blob && size) sizes.set(blob, Number(size));
  }
  return sizes;
}

/** Reads blobs with `git cat-file --batch`, each as its own copy (no batch's output is kept alive by one file). */
export function readBlobs(top: string, blobs: readonly string[], bytes: number): Map<string, Buffer> {
  const read = new Map<string, Buffer>();
  if (blobs.length === 0) return read;
  const output = gitBytes(top, ['cat-file', '--batch'], { input: `${blobs.join('\n')}\n`, maxBuffer: bytes + blobs.length * 64 + 1024 });
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(10, at);
    const [, type, sizeText] = output.toString('latin1', at, headerEnd).split(' ');
    if (type !== 'blob') throw new GitError('failed', `git cat-file could not read ${blob}: the repository is incomplete (a partial clone?)`);
    const size = Number(sizeText);
    read.set(blob, Buffer.from(normalised(output.subarray(headerEnd + 1, headerEnd + 1 + size))));
    at = headerEnd + 1 + size + 1;
  }
  return read;
}

/**
 * The commits in groups whose new blobs together are about BATCH_BYTES, each group with those blobs
 * read: the versions after each change, and the version before it where `wanted` says it is needed
 * (a file whose earlier version has not been read, in a pass that starts from the cache).
 */
export function* inBatches(top: string, commits: readonly CommitChanges[], wanted: (change: FileChange) => boolean): Generator<{ commits: CommitChanges[]; blobs: Map<string, Buffer> }> {
  const all = [...new Set(commits.flatMap((commit) => commit.files.flatMap((change) => [...(change.after ? [change.after] : []), ...(change.before ? [change.before] : [])])))];
  const sizes = blobSizes(top, all);
  let group: CommitChanges[] = [];
  let blobs = new Set<string>();
  let bytes = 0;
  const flush = () => {
    const read = readBlobs(top, [...blobs], bytes);
    const done = { commits: group, blobs: read };
    group = [];
    blobs = new Set();
    bytes = 0;
    return done;
  };
  for (const commit of commits) {
    const needed = commit.files.flatMap((change) => [...(change.after ? [change.after] : []), ...(change.before && wanted(change) ? [change.before] : [])]);
    const size = () => [...new Set(needed)].reduce((sum, blob) => sum + (blobs.has(blob) ? 0 : (sizes.get(blob) ?? 0)), 0);
    if (group.length && bytes + size() > BATCH_BYTES) yield flush();
    // Counted against the batch the commit goes into (a new one holds none of the blobs yet).
    bytes += size();
    group.push(commit);
    for (const blob of needed) blobs.add(blob);
  }
  if (group.length) yield flush();
}
