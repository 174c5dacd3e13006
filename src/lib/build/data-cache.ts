/**
 * What the build cache (output-cache.ts) keys the published data by, around the writers: each output's
 * key is its writer's code path (code-digest.ts), every setting of `site.yaml`, and the exact records or
 * rows it is written from, so that an output is reused only when its writer would write the same bytes.
 *
 * - A dataset's files per year and per official: the rows of that slice, in order, as the dataset's rows
 *   (`DATASET_ROWS`, with each row's source file and line) give them; the whole dataset (CSV, JSON,
 *   Parquet): all its rows, so it is reused only when none of its rows changed.
 * - The SQLite database: every dataset's rows. The archive: the names and SHA-256 of the files it holds.
 * - Each calendar: what its writer gives as its inputs (`CalendarReuse`: the entries with their pages and
 *   the names it writes, its heading, its years).
 * - The data package, DCAT, Popolo, the API's indexes, SHA256SUMS and the feeds to follow are made again
 *   each build (they are small; the feeds' cost is in choosing their records, which their key would need).
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../../schemas/datasets.ts';
import type { SiteData } from '../loading/load-site.ts';
import { DATASET_ROWS } from '../datasets/rows.ts';
import type { CalendarReuse } from '../datasets/calendars.ts';
import { datasetBase, slicesOf, type DatasetSlices, type PublishedDataset, type PublishedFile, type ReusedFiles } from '../datasets/write.ts';
import { atOnce } from './at-once.ts';
import { codeDigest } from './code-digest.ts';
import type { DataBounds } from '../datasets/bounds.ts';
import { cacheKey, keyText, recordKey, type CachedFile, type OutputCache } from './output-cache.ts';

/** The modules whose code path keys each kind of output (with the cache's own modules, `CACHE_CODE`). */
export const WRITERS = {
  datasets: 'src/lib/datasets/write.ts',
  sqlite: 'src/lib/datasets/sqlite.ts',
  archive: 'src/lib/datasets/archive.ts',
  calendars: 'src/lib/datasets/calendars.ts',
} as const;

/** The cache's own modules: their text is in every key (not their imports: each writer's are in its own). */
const CACHE_CODE = ['src/lib/build/data-cache.ts', 'src/lib/build/output-cache.ts', 'src/lib/build/code-digest.ts'];

interface Unit {
  key: string;
  rows: number;
}

/**
 * Every file below `folder`, as paths relative to `site`, with size and modification time. The files are
 * looked at 32 at a time: one after the other, a listing of P's 10,764 data files took about 0.4 s more,
 * waiting on each answer (the SQLite database and the archive list the folder before and after).
 */
async function listing(site: string, folder: string): Promise<Map<string, string>> {
  const entries = await readdir(join(site, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const states: string[] = new Array(paths.length);
  await atOnce(paths.length, 32, async (at) => {
    const found = await stat(paths[at] as string);
    states[at] = `${found.size} ${found.mtimeMs}`;
  });
  return new Map(paths.map((path, at) => [relative(site, path).split('\\').join('/'), states[at] as string]));
}

export class DataCache {
  private readonly cache: OutputCache;
  private readonly site: SiteData;
  private readonly settings: string;
  private readonly codes = new Map<string, string>();
  private readonly project: string;
  private units = new Map<string, Unit>();
  private readonly taken = new Set<string>();
  /** Each dataset's row count, years and officials, as its rows give them (for writeDatasets). */
  private readonly slices = new Map<DatasetName, DatasetSlices>();
  /** Each dataset's rows together, for the SQLite key. */
  private readonly rowDigests = new Map<DatasetName, string>();
  private readonly pendingCalendars = new Map<string, string>();

  /** `bounds`: the sizes over which files are compressed or cut in chunks (bounds.ts), part of every key. */
  constructor(cache: OutputCache, site: SiteData, project: string, bounds: DataBounds) {
    this.cache = cache;
    this.site = site;
    this.project = project;
    this.settings = keyText({ site: site.site, bounds });
  }

  /** The code part of a writer's keys: its code path and the cache's own modules. */
  private code(writer: keyof typeof WRITERS): string {
    let digest = this.codes.get(writer);
    if (!digest) {
      const own = CACHE_CODE.map((file) => readFileSync(join(this.project, file), 'utf8'));
      this.codes.set(writer, (digest = cacheKey(codeDigest(this.project, [WRITERS[writer]]), ...own)));
    }
    return digest;
  }

  /** The key of every file base of every dataset (whole, per year, per official), from their rows. */
  private datasetUnits(): Map<string, Unit> {
    const units = new Map<string, Unit>();
    const code = this.code('datasets');
    for (const name of DATASET_NAMES) {
      const slices = slicesOf(name, this.site);
      const hashes = new Map<string, { hash: Hash; rows: number }>();
      const add = (base: string, text: string) => {
        let slice = hashes.get(base);
        if (!slice) hashes.set(base, (slice = { hash: createHash('sha256'), rows: 0 }));
        slice.hash.update(text);
        slice.rows += 1;
      };
      const whole = createHash('sha256');
      let rows = 0;
      const years = new Set<string>();
      const officialIds = new Set<string>();
      for (const row of DATASET_ROWS[name](this.site) as Iterable<Record<string, unknown>>) {
        const text = `${keyText(row)}\n`;
        whole.update(text);
        rows += 1;
        const { year, officials } = slices(row);
        if (year !== undefined) {
          years.add(year);
          add(datasetBase(name, { year }), text);
        }
        for (const official of officials) {
          officialIds.add(official);
          add(datasetBase(name, { official }), text);
        }
      }
      const digest = whole.digest('hex');
      this.rowDigests.set(name, digest);
      this.slices.set(name, { rows, years: [...years].sort(), officials: [...officialIds].sort() });
      units.set(datasetBase(name), { key: cacheKey('dataset', code, this.settings, datasetBase(name), digest), rows });
      for (const [base, slice] of hashes) units.set(base, { key: cacheKey('dataset', code, this.settings, base, slice.hash.digest('hex')), rows: slice.rows });
    }
    return units;
  }

  /** For writeDatasets: the files of a base copied from the cache when its key has an entry. */
  datasetReuse(): ReusedFiles {
    this.units = this.datasetUnits();
    // A base asked for again is answered as the first time (its files are in place already).
    const answers = new Map<string, Promise<PublishedFile[] | undefined>>();
    const take = async (base: string) => {
      const unit = this.units.get(base);
      const entry = unit && (await this.cache.take<PublishedFile[]>(unit.key));
      if (!entry) return undefined;
      this.taken.add(base);
      return entry.value;
    };
    const reuse = (base: string) => {
      let answer = answers.get(base);
      if (!answer) answers.set(base, (answer = take(base)));
      return answer;
    };
    return Object.assign(reuse, { slicesOf: (name: DatasetName) => this.slices.get(name) });
  }

  /**
   * Stores the datasets' files just written. A base whose row count is not the one its key was made from
   * (the writer slices differently from `slicesOf`) is not stored: its key would not say what it holds.
   * Files beside a base's listed ones (`<base>.<anything>`) are stored with them.
   */
  async keepDatasets(written: PublishedDataset[], root: string): Promise<void> {
    // The files below data/ by their base: `data/agenda/2025.csv` → `data/agenda/2025`.
    const present = new Map<string, string[]>();
    for (const path of (await listing(root, 'data')).keys()) {
      const slash = path.lastIndexOf('/');
      const dot = path.indexOf('.', slash + 1);
      const base = dot < 0 ? path : path.slice(0, dot);
      present.set(base, [...(present.get(base) ?? []), path]);
    }
    for (const dataset of written) {
      const bases = [
        { base: datasetBase(dataset.name), files: dataset.files },
        ...dataset.years.map(({ year, files }) => ({ base: datasetBase(dataset.name, { year }), files })),
        ...dataset.officials.map(({ id, files }) => ({ base: datasetBase(dataset.name, { official: id }), files })),
      ];
      for (const { base, files } of bases) {
        const unit = this.units.get(base);
        if (this.taken.has(base) || !unit || files.some((file) => file.rows !== unit.rows)) continue;
        const listed = new Set(files.map((file) => file.path));
        const beside = (present.get(base) ?? []).filter((path) => !listed.has(path));
        await this.cache.keep(unit.key, [...listed, ...beside], files, new Map(files.map((file) => [file.path, file.sha256])));
      }
    }
  }

  /**
   * Runs a writer of files below `folder` unless the cache has its output for `key`: then its files are
   * copied in. The files it writes (new or changed in `folder`) are stored under `key`. Returns their
   * SHA-256 by path, for SHA256SUMS.
   */
  private async step(key: string, root: string, folder: string, write: () => Promise<unknown>): Promise<CachedFile[]> {
    const hit = await this.cache.take<null>(key);
    if (hit) return hit.files;
    const before = await listing(root, folder);
    await write();
    const after = await listing(root, folder);
    return this.cache.keep(
      key,
      [...after].filter(([path, state]) => before.get(path) !== state).map(([path]) => path),
      null,
    );
  }

  /** The SQLite database and its metadata, from every dataset's rows (call after `datasetReuse`). */
  sqlite(root: string, write: () => Promise<unknown>): Promise<CachedFile[]> {
    const rows = DATASET_NAMES.map((name) => `${name} ${this.rowDigests.get(name) ?? 'unknown'}`);
    return this.step(cacheKey('sqlite', this.code('sqlite'), this.settings, ...rows), root, 'data', write);
  }

  /** The archive, from the names and SHA-256 of its files (`files`, below `data/`, in the archive's order). */
  archive(root: string, files: ReadonlyArray<{ path: string; sha256: string }>, write: () => Promise<unknown>): Promise<CachedFile[]> {
    return this.step(cacheKey('archive', this.code('archive'), ...files.map((file) => `${file.sha256} ${file.path}`)), root, 'data', write);
  }

  /** For writeCalendars: each calendar file keyed by its inputs. */
  calendarReuse(): CalendarReuse {
    const code = this.code('calendars');
    return {
      reuse: async (path, inputs) => {
        const hash = createHash('sha256');
        // An object is keyed once for the build: an appointment is in the calendar of each of its officials in each language.
        for (const input of inputs) hash.update(`${typeof input === 'object' && input !== null ? recordKey(input) : keyText(input)}\n`);
        const key = cacheKey('calendar', code, this.settings, path, hash.digest('hex'));
        if (await this.cache.take<null>(key)) return true;
        this.pendingCalendars.set(path, key);
        return false;
      },
      written: async (path) => {
        const key = this.pendingCalendars.get(path);
        this.pendingCalendars.delete(path);
        if (key) await this.cache.keep(key, [path], null);
      },
    };
  }
}
