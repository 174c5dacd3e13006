/**
 * The changes of an organisation's records from git history (changes.ts), read once per build and
 * cached between builds in `.vitrine-build/history/` (under the folder the build runs in), keyed by
 * the repository and the organisation's folder in it. A build reads only the commits after the cached
 * one. The cache is used only when its commit is on HEAD's first-parent line (history rewritten,
 * a branch switched, or another version of this module: it is read again from the start), so that a
 * stale cache never publishes wrong history.
 *
 * Without history (the folder is not in a git repository, git is not installed, the repository has no
 * commits yet) the changes are empty and `none` says why. Any other failure of git is an error.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readChanges, type ChangeHistory, type PassFigures } from './changes.ts';
import { git, GitError, repositoryOf } from './git.ts';

export interface SiteChanges extends ChangeHistory {
  /** Why there is no history, when there is none. */
  none?: string;
  /** What this reading cost: the commits and versions read (none when the cache was up to date). */
  figures?: PassFigures & { cache: 'none' | 'fresh' | 'used' | 'stale' };
}

/** Changes when the cache's format changes (what it holds or how records are read): older caches are read again. */
const FORMAT = 2;

interface CacheFile extends ChangeHistory {
  format: number;
  top: string;
  prefix: string;
}

/** Where the cache of an organisation's history goes by default. */
export function defaultCacheFile(top: string, prefix: string): string {
  const key = createHash('sha256').update(`${top}\n${prefix}`).digest('hex').slice(0, 16);
  return join(process.cwd(), '.vitrine-build', 'history', `${key}.json`);
}

/**
 * The changes of the organisation at `siteDir` up to HEAD (or the commit `at` names: the benchmark reads
 * history as it was one commit earlier); `cacheFile: false` reads the whole history without a cache.
 */
export function readSiteChanges(siteDir: string, options: { cacheFile?: string | false; at?: string } = {}): SiteChanges {
  let top: string;
  let prefix: string;
  try {
    ({ top, prefix } = repositoryOf(siteDir));
  } catch (error) {
    if (!(error instanceof GitError) || error.failure === 'too-large') throw error;
    return { kinds: {}, none: error.message };
  }
  let head: string;
  try {
    head = git(top, ['rev-parse', '--verify', '--quiet', `${options.at ?? 'HEAD'}^{commit}`]);
  } catch {
    return { kinds: {}, none: `the repository of ${siteDir} has no commits yet` };
  }
  const file = options.cacheFile === undefined ? defaultCacheFile(top, prefix) : options.cacheFile;
  const cached = file ? readCache(file, top, prefix) : undefined;
  let usable: CacheFile | undefined;
  if (cached) {
    if (cached.head === head) return { head, kinds: cached.kinds, figures: { commits: 0, versions: 0, bytes: 0, cache: 'used' } };
    const line = new Set(git(top, ['rev-list', '--first-parent', head], { maxBuffer: 1 << 28 }).split('\n'));
    if (cached.head && line.has(cached.head)) usable = cached;
  }
  const { history, figures } = readChanges(top, prefix, head, usable);
  if (file) writeCache(file, { format: FORMAT, top, prefix, ...history });
  return { ...history, figures: { ...figures, cache: !file ? 'none' : usable ? 'used' : cached ? 'stale' : 'fresh' } };
}

function readCache(file: string, top: string, prefix: string): CacheFile | undefined {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.format === FORMAT && cache.top === top && cache.prefix === prefix && typeof cache.head === 'string' && typeof cache.kinds === 'object' ? cache : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, cache: CacheFile): void {
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed: a build stopped halfway never leaves half a cache.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(cache));
  renameSync(temporary, file);
}

const KEY = Symbol.for('vitrine.site-changes');
type Holder = { [KEY]?: Map<string, SiteChanges> };

/** The changes of the organisation at `siteDir`, read once per process (the feeds and the pages share them). */
export function siteChanges(siteDir: string): SiteChanges {
  const holder = globalThis as Holder;
  const read = (holder[KEY] ??= new Map());
  let changes = read.get(siteDir);
  if (!changes) read.set(siteDir, (changes = readSiteChanges(siteDir)));
  return changes;
}
