/**
 * The build cache: files a build wrote, kept between builds under the key of what they were made from,
 * so that the next build copies them instead of writing them again (`npm run build`, docs/performance.md).
 *
 * An entry is `<cache>/entries/<key>/`: `meta.json` (each file's path below the site's root, size and
 * SHA-256, and what its writer returned) and the files themselves below `files/`. A key is the SHA-256 of
 * everything the output depends on (`cacheKey`): the writer's code path (`code-digest.ts`), the settings
 * and the exact records it writes. An entry is made in a folder of its own and renamed into place, so that
 * a stopped build never leaves half an entry; a file is reused only when its size and SHA-256 are still
 * those recorded, else the entry is dropped and the output written again. After a build, the entries it did
 * not use are removed: the cache holds one build's outputs.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { constants, copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface CachedFile {
  /** Below the site's root, e.g. `data/agenda/2025.csv`. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface CacheEntry<T> {
  files: CachedFile[];
  /** What the writer returned for these files (rows, sizes…), given back on reuse. */
  value: T;
}

/**
 * The build cache's folder for an organisation folder `dir` built into `out`: `VITRINE_CACHE` when it names
 * a folder, none when it is `off`, else one of its own below the project's `.vitrine-build/cache/` (see
 * `removeOldCaches`), so that two builds never share entries. The datasets' entries, Astro's cache and
 * the search index's parts each have a folder in it.
 */
export function cacheFolder(root: string, dir: string, out: string, setting = process.env.VITRINE_CACHE): string | undefined {
  if (setting === 'off') return undefined;
  return resolve(setting || join(cachesFolder(root), createHash('sha256').update(`${dir}\n${out}`).digest('hex').slice(0, 12)));
}

/** The folder of the project's own build caches, one per organisation folder and output. */
export const cachesFolder = (root: string) => join(root, '.vitrine-build', 'cache');

/** A key from its parts, each a string: the same parts in the same order, the same key. */
export function cacheKey(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:${part}\n`);
  return hash.digest('hex');
}

/** The loaded records (`markRecords`): within a key's text each is written as its `recordKey`. */
const records = new WeakSet<object>();

/**
 * Marks objects as loaded records, which nothing changes once loaded. A key that holds one (a month page
 * its appointments, an organisation's page those that name it) then holds the record's own key, made once
 * per build, instead of its text: at size L the keys of the site's pages wrote out each of 461,499
 * appointments on its month page in every language, on its officials' pages and on its organisations'
 * (8.1 s of the site build writing key text).
 */
export function markRecords(list: Iterable<object>): void {
  for (const record of list) records.add(record);
}

/**
 * A value as text for a key: JSON, with what JSON would lose or confuse written out (a Map, a Set, a
 * bigint, undefined, a number that is not finite, a function), so that two different values never give
 * the same text; a marked record inside it (`markRecords`) as its `recordKey`.
 */
export function keyText(value: unknown): string {
  let top = true;
  return JSON.stringify(value, (_key, item: unknown) => {
    if (top) top = false;
    else if (typeof item === 'object' && item !== null && records.has(item)) return { '\u0000record': recordKey(item) };
    if (item instanceof Map) return { '\u0000map': [...item] };
    if (item instanceof Set) return { '\u0000set': [...item] };
    if (typeof item === 'bigint') return { '\u0000bigint': String(item) };
    if (item === undefined) return { '\u0000undefined': true };
    if (typeof item === 'number' && !Number.isFinite(item)) return { '\u0000number': String(item) };
    if (typeof item === 'function') return { '\u0000function': String(item) };
    return item;
  });
}

const keyed = new WeakMap<object, string>();

/**
 * The key of a value that many keys hold (a meeting, on the page of each official present; an
 * appointment, in the calendar of each official and language), made once per build and remembered for the
 * object: at P, the meetings of every official's page written out in full came to 700 MB of key text and
 * 8 s of every build. The key is made the first time it is asked for and the object is not looked at
 * again: the loaded records are not changed by what reads them, and what any code did to one before
 * would be a function of the data, which the keys hold.
 */
export function recordKey(record: object): string {
  let key = keyed.get(record);
  if (key === undefined) keyed.set(record, (key = cacheKey(keyText(record))));
  return key;
}

/**
 * Puts the file `source` at `target` as a second name of the same file (a hard link), or a copy where the
 * two are on different file systems or the file system has no links. A link costs a tenth of a copy here
 * (ext4: 40,926 files of a P build's cache, 4.0 s linked against 18.0 s copied) and no second copy on disk.
 * A cached file and the published one are then the same file: a published file changed in place changes
 * the entry too, which is why every file taken is checked against its recorded size and SHA-256 first.
 */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target, constants.COPYFILE_FICLONE);
  }
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Removes the caches beside `own` in `parent` (those of other organisation folders or outputs) that no
 * build has used for `days` days, so that builds into passing folders (tests, benchmarks) do not pile up.
 */
export async function removeOldCaches(parent: string, own: string, days = 1): Promise<void> {
  const now = Date.now();
  await utimes(own, new Date(now), new Date(now)).catch(() => undefined);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const folder = join(parent, name);
    if (folder === own) continue;
    const used = await stat(folder).then((found) => found.mtimeMs, () => now);
    if (now - used > days * 86_400_000) await rm(folder, { recursive: true, force: true });
  }
}

/** Files up to this size are read whole when taken from the cache, rather than streamed and copied. */
const SMALL_FILE = 1 << 20;

const isKey = (key: string) => /^[0-9a-f]{64}$/.test(key);

export interface CacheFigures {
  /** Entries reused, and their files and bytes. */
  reused: number;
  reusedFiles: number;
  reusedBytes: number;
  /** Entries written by their writer and stored. */
  written: number;
  /** Entries found but refused (a file changed or missing). */
  refused: number;
}

export class OutputCache {
  readonly dir: string;
  /** The site's root the paths are below (the build's staging folder). */
  private readonly site: string;
  private readonly used = new Set<string>();
  private made = 0;
  readonly figures: CacheFigures = { reused: 0, reusedFiles: 0, reusedBytes: 0, written: 0, refused: 0 };

  constructor(dir: string, site: string) {
    this.dir = dir;
    this.site = site;
  }

  private entry(key: string): string {
    if (!isKey(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.dir, 'entries', key);
  }

  /**
   * Copies the files of the entry `key` into the site, each checked against its recorded size and SHA-256,
   * and returns what their writer returned; undefined when there is no such entry or it does not check out
   * (then nothing of it is trusted, the files copied are removed again, and the caller writes them).
   */
  async take<T>(key: string): Promise<CacheEntry<T> | undefined> {
    const folder = this.entry(key);
    const meta = await readFile(join(folder, 'meta.json'), 'utf8').then(
      (text) => JSON.parse(text) as CacheEntry<T>,
      () => undefined,
    );
    if (!meta) return undefined;
    const copied: string[] = [];
    const folders = new Map<string, Promise<unknown>>();
    let next = 0;
    const copy = async () => {
      for (let at = next++; at < meta.files.length; at = next++) {
        const file = meta.files[at] as CachedFile;
        const cached = join(folder, 'files', file.path);
        // A small file (a search fragment) is read once, checked and written; a large one checked, then copied.
        const small = file.bytes <= SMALL_FILE ? await readFile(cached) : undefined;
        const bytes = small ? small.length : (await stat(cached)).size;
        const sha256 = small ? createHash('sha256').update(small).digest('hex') : await sha256Of(cached);
        if (bytes !== file.bytes || sha256 !== file.sha256) throw new Error(`${file.path} changed in the cache`);
        const target = join(this.site, file.path);
        const parent = dirname(target);
        if (!folders.has(parent)) folders.set(parent, mkdir(parent, { recursive: true }));
        await folders.get(parent);
        copied.push(target);
        await linkOrCopy(cached, target);
      }
    };
    try {
      // Eight files at a time (an entry of the search index has thousands); on the first that does not check out, the others stop.
      const copies = await Promise.allSettled(Array.from({ length: Math.min(8, meta.files.length) }, copy));
      const refused = copies.find((result) => result.status === 'rejected');
      if (refused) throw refused.reason;
    } catch {
      // Nothing of a refused entry stays in the site: its writer writes every file again.
      await Promise.all(copied.map((target) => rm(target, { force: true })));
      this.figures.refused += 1;
      await rm(folder, { recursive: true, force: true });
      return undefined;
    }
    this.used.add(key);
    this.figures.reused += 1;
    this.figures.reusedFiles += meta.files.length;
    this.figures.reusedBytes += meta.files.reduce((total, file) => total + file.bytes, 0);
    return meta;
  }

  /**
   * Stores the files `paths` (below the site's root, just written by their writer) under `key`, with the
   * writer's `value`. `known` gives the SHA-256 of files already hashed as they were written.
   */
  async keep<T>(key: string, paths: readonly string[], value: T, known: ReadonlyMap<string, string> = new Map()): Promise<CachedFile[]> {
    const folder = this.entry(key);
    const making = join(this.dir, `making-${process.pid}-${this.made++}`);
    await rm(making, { recursive: true, force: true });
    const files: CachedFile[] = [];
    for (const path of [...paths].sort()) {
      const source = join(this.site, path);
      const target = join(making, 'files', path);
      await mkdir(dirname(target), { recursive: true });
      await linkOrCopy(source, target);
      files.push({ path, bytes: (await stat(target)).size, sha256: known.get(path) ?? (await sha256Of(target)) });
    }
    await writeFile(join(making, 'meta.json'), JSON.stringify({ files, value } satisfies CacheEntry<T>));
    await rm(folder, { recursive: true, force: true });
    await mkdir(dirname(folder), { recursive: true });
    await rename(making, folder);
    this.used.add(key);
    this.figures.written += 1;
    return files;
  }

  /** Removes the entries this build neither reused nor stored, and what stopped builds left half made. */
  async prune(): Promise<number> {
    const entries = await readdir(join(this.dir, 'entries')).catch(() => [] as string[]);
    const stale = entries.filter((key) => !this.used.has(key));
    await Promise.all(stale.map((key) => rm(join(this.dir, 'entries', key), { recursive: true, force: true })));
    const making = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.startsWith('making-'));
    await Promise.all(making.map((name) => rm(join(this.dir, name), { recursive: true, force: true })));
    return stale.length;
  }
}
