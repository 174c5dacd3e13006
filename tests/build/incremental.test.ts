// The build cache never publishes what a full build would not: on a copy of the small organisation, a
// build that reuses the cache after a change (one appointment added, one gift's value changed; then a gift
// and a meeting's minutes) gives every
// file of the site (data and pages, which Astro's incremental build copies where their key did not change)
// byte for byte as a build without the cache of the same files, and publishes the change;
// a change in a writer's code path, or a cached file changed behind the build's back, reuses nothing of it.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataCache } from '../../src/lib/build/data-cache.ts';
import { OutputCache, type CacheEntry } from '../../src/lib/build/output-cache.ts';
import { DEFAULT_BOUNDS, type DataBounds } from '../../src/lib/datasets/bounds.ts';
import { publishData } from '../../src/lib/datasets/publish.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { copyOfFixture } from '../fixture-folders.ts';
import { fileHashes, restoredPages, root } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * `npm run build` of `org` into `out`, with the cache in `cache` (or `off`); returns what it printed,
 * with Astro's log of each page (the log level is in Astro's manifest, part of each page's code: the
 * builds that share a cache have the same).
 */
function build(org: string, out: string, cache: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    // The search index in parts of 20 KB of HTML at most: the small organisation's is in parts as a large one's is.
    env: { ...process.env, VITRINE_SITE_DIR: org, VITRINE_OUT: out, VITRINE_TODAY: '2026-11-20', VITRINE_CACHE: cache, VITRINE_VERBOSE: '1', VITRINE_SEARCH_PART_BYTES: '20000' },
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The parts of the search index a build took from the cache, and all its parts (every language's). */
function searchLine(stdout: string): { reused: number; parts: number } {
  const match = /search index of .*, (\d+) of (\d+) parts from the build cache/.exec(stdout);
  if (!match) throw new Error(`no search index line in:\n${stdout}`);
  return { reused: Number(match[1]), parts: Number(match[2]) };
}

/** The files of a build cache's entries (data and search) whose size or SHA-256 is not the one recorded. */
function changedInCache(cache: string): string[] {
  const changed: string[] = [];
  for (const entries of [join(cache, 'entries'), join(cache, 'search', 'entries')]) {
    for (const key of readdirSync(entries)) {
      const meta = JSON.parse(readFileSync(join(entries, key, 'meta.json'), 'utf8')) as CacheEntry<unknown>;
      for (const file of meta.files) {
        const bytes = readFileSync(join(entries, key, 'files', file.path));
        if (bytes.length !== file.bytes || createHash('sha256').update(bytes).digest('hex') !== file.sha256) changed.push(`${key}/${file.path}`);
      }
    }
  }
  return changed;
}

/** The figures of the cache's line in a build's output. */
function cacheLine(stdout: string): { reused: number; written: number } {
  const match = /build cache: (\d+) outputs reused .*?, (\d+) written/.exec(stdout);
  if (!match) throw new Error(`no cache line in:\n${stdout}`);
  return { reused: Number(match[1]), written: Number(match[2]) };
}

describe('an incremental build', () => {
  it('after one appointment added and one gift changed, publishes every file as a full build does', () => {
    const org = copyOfFixture('small-org', 'vitrine-incremental-org-');
    const cache = join(work, 'cache');
    try {
      const firstLog = build(org, join(work, 'before'), cache);
      const first = cacheLine(firstLog);
      expect(first.reused).toBe(0);
      const searched = searchLine(firstLog);
      expect(searched.reused).toBe(0);
      expect(first.written).toBeGreaterThan(20);

      // In a month that has appointments already, with an official and topics the agenda has: the months and
      // the filter's choices stay as they were, so the other months' pages are copied.
      appendFileSync(join(org, 'data/agenda/2025.csv'), 'a-2025-0004,2025-03-12,14:00,15:00,lise-marchal,Overleg over de bibliotheek,,Talks on the library,citizens,Leesclub Zuid,,housing,Bibliotheek,\n');
      const gifts = join(org, 'data/gifts/2025.csv');
      writeFileSync(gifts, readFileSync(gifts, 'utf8').replace('g-2025-01,2025-04-02,an-verlinden,Theater Noord,Twee tickets,40.00', 'g-2025-01,2025-04-02,an-verlinden,Theater Noord,Twee tickets,45.00'));

      const log = build(org, join(work, 'incremental'), cache);
      // Validation read only the two files that changed; the records of the others came from the cache.
      expect(log).toMatch(/✓ validated in .*\(the records of \d+ unchanged files from the build cache, 2 read\)/);
      const again = cacheLine(log);
      build(org, join(work, 'full'), 'off');
      // Outputs the change did not touch came from the cache, the others were written again.
      expect(again.reused).toBeGreaterThan(10);
      expect(again.written).toBeGreaterThan(5);

      const incremental = fileHashes(join(work, 'incremental'));
      const full = fileHashes(join(work, 'full'));
      expect(Object.keys(incremental).length).toBeGreaterThan(500);
      expect(incremental).toEqual(full);

      // The change is published, not the cached files from before it.
      const before = fileHashes(join(work, 'before'));
      for (const file of ['data/agenda.csv', 'data/agenda/2025.csv', 'data/officials/lise-marchal/agenda.csv', 'data/gifts/2025.csv', 'data/datasets.sqlite', 'data/datasets.zip', 'calendar/nl/lise-marchal.ics', 'calendar/all.ics']) {
        expect(incremental[file], file).not.toBe(before[file]);
      }
      expect(readFileSync(join(work, 'incremental/data/agenda/2025.csv'), 'utf8')).toContain('Overleg over de bibliotheek');
      expect(readFileSync(join(work, 'incremental/data/gifts/2025.csv'), 'utf8')).toMatch(/g-2025-01,.*45\.00/);
      expect(readFileSync(join(work, 'incremental/calendar/nl/lise-marchal.ics'), 'utf8')).toContain('Overleg over de bibliotheek');
      // The parts of the search index whose pages did not change came from the cache; the others were indexed again.
      const reindexed = searchLine(log);
      expect(reindexed.parts).toBe(searched.parts);
      expect(reindexed.reused).toBeGreaterThan(0);
      expect(reindexed.reused).toBeLessThan(reindexed.parts);
      // Pages whose key did not change were copied by Astro from the previous build; the others rendered.
      const restored = restoredPages(log);
      // Every month page lists the months with their counts, one more in March now: none is copied.
      expect(restored.filter((page) => page?.includes('/agenda/2025-'))).toEqual([]);
      // An official's year of appointments is copied unless the change is in it, in every language.
      for (const lang of ['nl', 'fr', 'en']) {
        expect(restored).toContain(`/${lang}/officials/karim-dubois/agenda/2025/index.html`);
        expect(restored).not.toContain(`/${lang}/officials/lise-marchal/agenda/2025/index.html`);
        // So is an organisation's page: the one met again is new, the other is copied.
        expect(restored).toContain(`/${lang}/organisations/fietsersvereniging-noordkant/index.html`);
        expect(restored).not.toContain(`/${lang}/organisations/leesclub-zuid/index.html`);
        // An official's gifts are copied unless one of them changed; remuneration pages, untouched, are copied.
        expect(restored).toContain(`/${lang}/gifts/official/karim-dubois/index.html`);
        expect(restored).not.toContain(`/${lang}/gifts/official/an-verlinden/index.html`);
        expect(restored).toContain(`/${lang}/remuneration/an-verlinden/index.html`);
        expect(restored).toContain(`/${lang}/declarations/2025/index.html`);
        // A meeting's page reads neither the agenda nor the gifts: copied.
        expect(restored).toContain(`/${lang}/meetings/2025-02-10-council/index.html`);
        // An official's page is copied unless one of their records changed.
        expect(restored).toContain(`/${lang}/officials/karim-dubois/index.html`);
        expect(restored).not.toContain(`/${lang}/officials/lise-marchal/index.html`);
        expect(restored).not.toContain(`/${lang}/officials/an-verlinden/index.html`);
      }
      // What the change did not touch is the same file as before it.
      for (const file of ['data/gifts/2024.csv', 'data/officials/karim-dubois/agenda.csv', 'calendar/nl/karim-dubois.ics', 'data/expenditure.parquet', 'nl/officials/karim-dubois/agenda/2025/index.html']) {
        expect(incremental[file], file).toBe(before[file]);
      }

      // Every file the cache holds is still what it recorded: no step of the build wrote into a file it shares with the cache.
      expect(changedInCache(cache)).toEqual([]);

      // A change that no month page shows (a gift's value): every month page is copied, in every language.
      // With it, a word of a meeting's minutes (their text, not their front matter): that meeting's page is
      // rendered again, the other meeting's copied.
      writeFileSync(gifts, readFileSync(gifts, 'utf8').replace('Twee tickets,45.00', 'Twee tickets,50.00'));
      const minutes = join(org, 'content/meetings/2025-02-10-council.nl.md');
      writeFileSync(minutes, readFileSync(minutes, 'utf8').replace('na een kort debat', 'na een lang debat'));
      // And one line of spending: its category's list of lines is rendered again, the other lists copied.
      const spending = join(org, 'data/expenditure/2025.csv');
      writeFileSync(spending, readFileSync(spending, 'utf8').replace('e-2025-0002,2025-01-21,0.20,office', 'e-2025-0002,2025-01-21,7.77,office'));
      const copied = restoredPages(build(org, join(work, 'gift-only'), cache));
      for (const lang of ['nl', 'fr', 'en']) {
        expect(copied).not.toContain(`/${lang}/money/2025/spending/office/index.html`);
        expect(copied).toContain(`/${lang}/money/2025/spending/campaign/index.html`);
        // No appointment changed: the A–Z of organisations is copied.
        expect(copied).toContain(`/${lang}/organisations/a-z/f/index.html`);
        for (const month of ['2025-02', '2025-03']) expect(copied).toContain(`/${lang}/agenda/${month}/index.html`);
        expect(copied).toContain(`/${lang}/meetings/2025-03-03-board/index.html`);
        expect(copied).toContain(`/${lang}/officials/lise-marchal/index.html`);
        expect(copied).not.toContain(`/${lang}/officials/an-verlinden/index.html`);
      }
      expect(copied).not.toContain('/nl/meetings/2025-02-10-council/index.html');
      expect(readFileSync(join(work, 'gift-only/nl/meetings/2025-02-10-council/index.html'), 'utf8')).toContain('na een lang debat');
      expect(readFileSync(join(work, 'gift-only/data/gifts/2025.csv'), 'utf8')).toMatch(/g-2025-01,.*50\.00/);
      expect(readFileSync(join(work, 'gift-only/nl/money/2025/spending/office/index.html'), 'utf8')).toMatch(/7,77/);
      build(org, join(work, 'gift-only-full'), 'off');
      expect(fileHashes(join(work, 'gift-only'))).toEqual(fileHashes(join(work, 'gift-only-full')));
    } finally {
      rmSync(org, { recursive: true, force: true });
    }
  });

  it('after a build stopped during the site build, publishes no page that its key no longer names', async () => {
    const org = copyOfFixture('small-org', 'vitrine-stopped-org-');
    const cache = join(work, 'stopped-cache');
    try {
      build(org, join(work, 'stopped-before'), cache);
      // An appointment's subject changed: its month's page is rendered again, early among the pages, and
      // the build stopped once Astro has replaced its copy of the page (not yet its manifest of keys).
      const agenda = join(org, 'data/agenda/2025.csv');
      const original = readFileSync(agenda, 'utf8');
      writeFileSync(agenda, original.replace('Overleg over fietspaden', 'Overleg over de nieuwe fietsbrug'));
      const copy = join(cache, 'astro/dist/nl/agenda/2025-02/index.html');
      const stopped = await stoppedWhen(org, join(work, 'stopped-during'), cache, () => existsSync(copy) && readFileSync(copy, 'utf8').includes('fietsbrug'));
      expect(stopped.code, stopped.stdout + stopped.stderr).not.toBe(0);
      expect(stopped.stderr).toContain('the build was stopped (SIGTERM): nothing was published');
      expect(stopped.stdout).not.toContain('✓ site built');

      // The change taken back: the page's key is the one of the first build again, and its page must be
      // the first build's, not the one rendered by the build that was stopped.
      writeFileSync(agenda, original);
      const log = build(org, join(work, 'stopped-after'), cache);
      expect(readFileSync(join(work, 'stopped-after/nl/agenda/2025-02/index.html'), 'utf8')).not.toContain('fietsbrug');
      expect(log).toContain('the previous site build did not end: every page is rendered again');
      expect(restoredPages(log)).toEqual([]);
      build(org, join(work, 'stopped-full'), 'off');
      expect(fileHashes(join(work, 'stopped-after'))).toEqual(fileHashes(join(work, 'stopped-full')));
      // The build after it uses the cache again.
      expect(restoredPages(build(org, join(work, 'stopped-again'), cache))).toContain('/nl/agenda/2025-02/index.html');
    } finally {
      rmSync(org, { recursive: true, force: true });
    }
  });
});

/**
 * `npm run build` of `org` into `out` with the cache in `cache`, stopped (SIGTERM, as Ctrl-C or a cancelled
 * CI job would) as soon as `ready` says so (asked every 10 ms); returns what the build printed.
 */
async function stoppedWhen(org: string, out: string, cache: string, ready: () => boolean): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, VITRINE_SITE_DIR: org, VITRINE_OUT: out, VITRINE_TODAY: '2026-11-20', VITRINE_CACHE: cache, VITRINE_VERBOSE: '1', VITRINE_SEARCH_PART_BYTES: '20000' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const watch = setInterval(() => {
    if (ready()) {
      clearInterval(watch);
      child.kill('SIGTERM');
    }
  }, 10);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(watch);
  return { stdout, stderr, code };
}

/** An OutputCache that notes the files it copied in. */
class Noting extends OutputCache {
  readonly copied: string[] = [];
  override async take<T>(key: string): Promise<CacheEntry<T> | undefined> {
    const entry = await super.take<T>(key);
    if (entry) this.copied.push(...entry.files.map((file) => file.path));
    return entry;
  }
}

describe('the build cache', () => {
  const fixture = join(root, 'tests/fixtures/small-org');
  const cache = join(work, 'code-cache');

  /** Publishes the small organisation's data into a fresh folder with the cache, its writers' code read from `project`. */
  async function publish(project: string, bounds: DataBounds = DEFAULT_BOUNDS): Promise<{ site: string; cache: Noting }> {
    const { data } = await loadSite(fixture);
    if (!data) throw new Error('small-org did not load');
    const site = mkdtempSync(join(work, 'site-'));
    const outputs = new Noting(cache, site);
    await publishData(data, site, bounds, new DataCache(outputs, data, project, bounds));
    await outputs.prune();
    return { site, cache: outputs };
  }

  it('reuses no dataset file once a module on the datasets writer’s code path changed', async () => {
    await publish(root);
    const same = await publish(root);
    expect(same.cache.copied).toContain('data/agenda.csv');
    expect(same.cache.copied).toContain('calendar/nl/all.ics');

    // A copy of the project's code with one line added to the CSV cell formatting, which write.ts imports.
    const project = mkdtempSync(join(work, 'project-'));
    cpSync(join(root, 'src'), join(project, 'src'), { recursive: true });
    cpSync(join(root, 'package-lock.json'), join(project, 'package-lock.json'));
    appendFileSync(join(project, 'src/lib/datasets/csv-format.ts'), '\n// changed\n');
    const changed = await publish(project);
    // (datasette.json is the SQLite database's metadata, written with it: SQLite's writer does not read that module.)
    const datasetFiles = changed.cache.copied.filter((path) => /^data\/.*\.(csv|json|parquet)$/.test(path) && path !== 'data/datasette.json');
    expect(datasetFiles).toEqual([]);
    expect(changed.cache.figures.written).toBeGreaterThan(40);
    // The calendars' writer does not read that module: they still come from the cache.
    expect(changed.cache.copied).toContain('calendar/nl/all.ics');
  });

  it('reuses no dataset file once the bounds over which files are compressed changed', async () => {
    await publish(root);
    const lowered = await publish(root, { ...DEFAULT_BOUNDS, compressOver: 512 });
    expect(lowered.cache.copied.filter((path) => /^data\/.*\.(csv|json|gz)$/.test(path) && path !== 'data/datasette.json' && path !== 'data/datasets-sqlite.json')).toEqual([]);
    expect(readdirSync(join(lowered.site, 'data'), { recursive: true }).some((name) => String(name).endsWith('.gz'))).toBe(true);
  });

  it('refuses a cached file whose bytes changed, and writes it again', async () => {
    const first = await publish(root);
    // The cached file and the published one are one file (a hard link): what it held before it was changed.
    const written = readFileSync(join(first.site, 'data/gifts/2024.csv'));
    const entries = join(cache, 'entries');
    const tampered = readdirSync(entries).find((key) => readFileSync(join(entries, key, 'meta.json'), 'utf8').includes('"data/gifts/2024.csv"'));
    expect(tampered).toBeDefined();
    const file = join(entries, tampered as string, 'files/data/gifts/2024.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\d\d\.\d\d/, '99.99'));
    const second = await publish(root);
    expect(second.cache.figures.refused).toBe(1);
    expect(second.cache.copied).not.toContain('data/gifts/2024.csv');
    expect(readFileSync(join(second.site, 'data/gifts/2024.csv'))).toEqual(written);
  });
});
