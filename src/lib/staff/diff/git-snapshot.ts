/**
 * The organisation's files as they were at a git ref: `data/` and `content/` of that commit, unpacked
 * with `git archive` into a temporary folder (the working tree and the index are never touched).
 * The organisation folder may be a subfolder of the repository (VITRINE_SITE_DIR).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, GitError, gitSucceeds, repositoryOf } from '../../history/git.ts';

export interface Snapshot {
  /** The organisation folder as it was at the ref. */
  dir: string;
  /** The commit the ref names, shortened. */
  commit: string;
  /** False when the ref has no `data/site.yaml` (every record is new). */
  hasSite: boolean;
  cleanup(): void;
}

export function snapshotAt(ref: string, siteDir: string): Snapshot {
  let top: string;
  let rel: string;
  try {
    const repository = repositoryOf(siteDir);
    top = repository.top;
    rel = repository.prefix.replace(/\/$/, '');
  } catch (error) {
    if (error instanceof GitError && error.failure === 'not-a-repository') throw new Error(`${siteDir} is not in a git repository: the diff compares with a commit`);
    throw error;
  }
  let commit: string;
  try {
    commit = git(siteDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (error) {
    if (error instanceof GitError && error.failure === 'failed') throw new Error(`"${ref}" is not a commit of this repository: check the name, and fetch it first (in GitHub Actions, check out with fetch-depth: 0)`);
    throw error;
  }
  const paths = ['data', 'content'].map((folder) => (rel ? `${rel}/${folder}` : folder)).filter((path) => git(top, ['ls-tree', '-d', commit, '--', path]) !== '');
  const temp = mkdtempSync(join(tmpdir(), 'vitrine-diff-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  if (paths.length) {
    // git writes the archive to a file itself: a large organisation's files are never held in memory.
    const archive = join(temp, '.snapshot.tar');
    try {
      git(top, ['archive', '--format=tar', `--output=${archive}`, commit, '--', ...paths]);
    } catch (error) {
      cleanup();
      throw new Error(`could not read the files of ${ref}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const unpacked = spawnSync('tar', ['-x', '-C', temp, '-f', archive]);
    rmSync(archive, { force: true });
    if (unpacked.status !== 0) {
      cleanup();
      throw new Error(`could not read the files of ${ref}: ${unpacked.stderr?.toString() ?? ''}`);
    }
  }
  const hasSite = gitSucceeds(top, ['cat-file', '-e', `${commit}:${rel ? `${rel}/` : ''}data/site.yaml`]);
  return { dir: join(temp, rel), commit: commit.slice(0, 12), hasSite, cleanup };
}
