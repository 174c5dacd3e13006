/**
 * The organisation's files as they were at a git ref: `data/` and `content/` of that commit, unpacked
 * with `git archive` into a temporary folder (the working tree and the index are never touched).
 * The organisation folder may be a subfolder of the repository (VITRINE_SITE_DIR).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function git(cwd: string, args: string[]): { ok: boolean; out: string; bytes: Buffer } {
  const result = spawnSync('git', args, { cwd, maxBuffer: 1 << 30 });
  return { ok: result.status === 0, out: result.stdout?.toString('utf8').trim() ?? '', bytes: result.stdout ?? Buffer.alloc(0) };
}

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
  const top = git(siteDir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new Error(`${siteDir} is not in a git repository: the diff compares with a commit`);
  const commit = git(siteDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit.ok) throw new Error(`"${ref}" is not a commit of this repository: check the name, and fetch it first (in GitHub Actions, check out with fetch-depth: 0)`);
  const rel = relative(top.out, siteDir);
  const paths = ['data', 'content'].map((folder) => (rel ? `${rel}/${folder}` : folder)).filter((path) => git(top.out, ['ls-tree', '-d', commit.out, '--', path]).out !== '');
  const temp = mkdtempSync(join(tmpdir(), 'vitrine-diff-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  if (paths.length) {
    const archive = git(top.out, ['archive', '--format=tar', commit.out, '--', ...paths]);
    const unpacked = spawnSync('tar', ['-x', '-C', temp], { input: archive.bytes });
    if (!archive.ok || unpacked.status !== 0) {
      cleanup();
      throw new Error(`could not read the files of ${ref}: ${unpacked.stderr?.toString() ?? ''}`);
    }
  }
  const hasSite = git(top.out, ['cat-file', '-e', `${commit.out}:${rel ? `${rel}/` : ''}data/site.yaml`]).ok;
  return { dir: join(temp, rel), commit: commit.out.slice(0, 12), hasSite, cleanup };
}
