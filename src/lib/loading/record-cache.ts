/**
 * The validated records of each data file, kept between builds under the SHA-256 of the file's bytes, so
 * that a build after a change reads, parses and validates only the files that changed (docs/performance.md,
 * "Validation kept per file"). At a parliament's size (P) reading YAML and validating every record is 10 s
 * of every build; the records of all its 5,000 files come back from here in under a second.
 *
 * An entry is one file, `<folder>/<key>`: the SHA-256 of what follows, then the records in V8's
 * serialization (exact: numbers, strings, nested objects, `undefined` kept as they were). Its key is the
 * SHA-256 of the loading code path (every schema and reader: a change in any of them and nothing is
 * reused), the reader (a kind and its shape) and the file's bytes. Only a file read without any problem is
 * kept, so every problem is found again by reading its file. An entry is written beside its place and
 * renamed, so that a stopped build leaves none half-written; one whose checksum does not match is read
 * as absent. After loading, the entries not used are removed: the folder holds one build's files.
 *
 * Hand-written rather than a key-value store: the entries are whole, written once and read once a build.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeDigest } from '../build/code-digest.ts';

/**
 * The record cache of a build cache's folder (`cacheFolder`), or none when the cache is off: its entries
 * are keyed by the loading code path below `root`. The build and `npm run validate` open the same one.
 */
export function recordCacheIn(root: string, cacheDir: string | undefined): RecordCache | undefined {
  return cacheDir ? new RecordCache(join(cacheDir, 'records'), codeDigest(root, ['src/lib/loading/load-site.ts'])) : undefined;
}

/** What a build says about the cache: how many files' records were reused and how many were read. */
export interface RecordCacheFigures {
  reused: number;
  read: number;
}

export class RecordCache {
  readonly figures: RecordCacheFigures = { reused: 0, read: 0 };
  private readonly used = new Set<string>();
  private readonly folder: string;
  private readonly code: string;
  /** The entries there when the build started: a file not among them is not looked for. */
  private readonly present: Set<string>;

  /** `code`: the digest of the loading code path (see code-digest.ts). */
  constructor(folder: string, code: string) {
    this.folder = folder;
    this.code = code;
    mkdirSync(folder, { recursive: true });
    this.present = new Set(readdirSync(folder));
  }

  /** The key of a file's records as `reader` reads them. */
  key(reader: string, bytes: Uint8Array): string {
    return createHash('sha256').update(`${this.code}\n${reader}\n`).update(bytes).digest('hex');
  }

  /** The records kept under `key`, or undefined (none, or an entry that is not whole). */
  take<T>(key: string): T | undefined {
    let stored: Buffer;
    if (!this.present.has(key)) {
      this.figures.read++;
      return undefined;
    }
    try {
      stored = readFileSync(join(this.folder, key));
    } catch {
      this.figures.read++;
      return undefined;
    }
    const payload = stored.subarray(32);
    if (stored.length < 32 || !createHash('sha256').update(payload).digest().equals(stored.subarray(0, 32))) {
      this.figures.read++;
      return undefined;
    }
    this.used.add(key);
    this.figures.reused++;
    return deserialize(payload) as T;
  }

  /**
   * Keeps a file's records under `key`. Written at once, not in the background: at size L the records
   * serialized are some 600 MB, which must not wait in memory for a slow disk.
   */
  keep(key: string, value: unknown): void {
    this.used.add(key);
    const payload = serialize(value);
    const target = join(this.folder, key);
    const beside = `${target}.${process.pid}.tmp`;
    writeFileSync(beside, createHash('sha256').update(payload).digest());
    appendFileSync(beside, payload);
    renameSync(beside, target);
  }

  /** Removes the entries this build did not use. */
  async finish(): Promise<void> {
    for (const name of readdirSync(this.folder)) {
      if (!this.used.has(name)) rmSync(join(this.folder, name), { force: true });
    }
  }
}

/**
 * Short strings of records given back by the cache, held once per file, as the CSV reader does (dates,
 * times, ids, names repeat from row to row: at size L a tenth of the memory the records take).
 */
export function internStrings(value: unknown, pool: Map<string, string>): void {
  if (typeof value !== 'object' || value === null) return;
  const holder = value as Record<string, unknown>;
  for (const key of Object.keys(holder)) {
    const item = holder[key];
    if (typeof item === 'string') {
      if (item.length > 40) continue;
      const known = pool.get(item);
      if (known === undefined) pool.set(item, item);
      else holder[key] = known;
    } else if (typeof item === 'object' && item !== null) internStrings(item, pool);
  }
}
