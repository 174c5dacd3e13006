/**
 * The part of `npm run build` that holds the organisation in memory, run by scripts/build.ts as a child
 * process with a bounded heap: validates, runs the ethics rules, writes the datasets and calendars into
 * `<staging>-data`, then builds the site with Astro into `<staging>`. Tells its parent each phase as it
 * starts (for the benchmark's figures). Exits 1 on any problem; the parent then publishes nothing.
 * When the parent is gone (killed, even with SIGKILL), the IPC channel closes: this process removes
 * its folders and exits, so that no build goes on without a parent.
 *
 * Usage (internal): node scripts/build-site.ts <staging> <catalogue-file>
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { publishData } from '../src/lib/datasets/publish.ts';
import { DataCache } from '../src/lib/build/data-cache.ts';
import { cacheFolder, cachesFolder, OutputCache, removeOldCaches } from '../src/lib/build/output-cache.ts';
import { boundsOf } from '../src/lib/datasets/bounds.ts';
import { handOverSqlite } from '../src/lib/datasets/sqlite-chunks.ts';
import { loadSite } from '../src/lib/loading/load-site.ts';
import { recordCacheIn } from '../src/lib/loading/record-cache.ts';
import { formatProblem, sortProblems } from '../src/lib/loading/problems.ts';
import { signalsOf } from '../src/lib/rules/signals.ts';
import { siteDir } from '../src/lib/loading/site-dir.ts';
import { builtLanguages } from '../src/lib/build/languages.ts';
import { handOver } from '../src/lib/build/site-handoff.ts';
import { beginSiteBuild, endSiteBuild } from '../src/lib/build/astro-cache.ts';
import { siteChanges } from '../src/lib/history/history-cache.ts';
import { today } from '../src/lib/loading/today.ts';
import { summarise } from '../src/lib/loading/summary.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [staging, catalogueFile] = process.argv.slice(2);
if (!staging || !catalogueFile) {
  console.error('scripts/build-site.ts is run by scripts/build.ts: use npm run build');
  process.exit(2);
}
const dir = siteDir();
const out = resolve(process.env.VITRINE_OUT || join(root, 'dist'));
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const tell = (message: { phase?: string; records?: number }) => process.send?.(message);

// The parent ended without ending this process first (SIGKILL): stop, and leave nothing behind.
const orphaned = () => {
  for (const path of [staging, `${staging}-data`, catalogueFile]) rmSync(path, { recursive: true, force: true });
  console.error('\n✗ the build was stopped (its parent process ended): nothing was published.');
  process.exit(1);
};
if (process.connected) process.on('disconnect', orphaned);

const started = performance.now();
tell({ phase: 'validation' });
// The build cache (VITRINE_CACHE: its folder, or `off`): one per organisation folder and output, kept between builds.
const cacheSetting = process.env.VITRINE_CACHE;
const cacheDir = cacheFolder(root, dir, out, cacheSetting);
// Each file's validated records are kept in it, under the file's bytes and the loading code.
const recordCache = recordCacheIn(root, cacheDir);
const { data, problems } = await loadSite(dir, { cache: recordCache });
await recordCache?.finish();
if (problems.length > 0 || !data) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), dir) || '.'}: nothing was built.`);
  process.exit(1);
}
const kept = recordCache && recordCache.figures.reused > 0 ? ` (the records of ${recordCache.figures.reused} unchanged files from the build cache, ${recordCache.figures.read} read)` : '';
console.log(`✓ validated in ${seconds(started)}: ${summarise(data)}${kept}`);
// A build of some languages only (VITRINE_LANGS, docs/scaling.md): a code the site does not have stops it here.
try {
  const langs = builtLanguages(data.site);
  if (langs.length < data.site.languages.length) console.log(`✓ pages in ${langs.join(', ')} only (VITRINE_LANGS), and what belongs to no language`);
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}: nothing was built.`);
  process.exit(1);
}
const ruled = signalsOf(data, today(data.site.timeZone));
data.signals = ruled.signals;
data.notJudged = ruled.notJudged;
console.log(`✓ ${data.signals.length} ethics-rule signals`);
tell({ records: Object.values(data).reduce((n: number, value) => n + (Array.isArray(value) ? value.length : 0), 0) });

try {
  // The datasets come first: the catalogue pages show their sizes and checksums.
  const dataStarted = performance.now();
  tell({ phase: 'datasets' });
  // Files over these bounds are published compressed or in chunks (src/lib/datasets/bounds.ts); tests lower them.
  const bounds = boundsOf({ compressOver: process.env.VITRINE_COMPRESS_OVER_BYTES, officialCompressOver: process.env.VITRINE_OFFICIAL_COMPRESS_OVER_BYTES, sqliteChunk: process.env.VITRINE_SQLITE_CHUNK_BYTES });
  const outputs = cacheDir ? new OutputCache(cacheDir, `${staging}-data`) : undefined;
  const { catalogue, files, sqlite } = await publishData(data, `${staging}-data`, bounds, outputs && new DataCache(outputs, data, root, bounds));
  handOverSqlite(sqlite);
  if (outputs) {
    const removed = await outputs.prune();
    if (!cacheSetting) await removeOldCaches(cachesFolder(root), cacheDir as string);
    const { reused, reusedFiles, reusedBytes, written, refused } = outputs.figures;
    console.log(`✓ build cache: ${reused} outputs reused (${reusedFiles} files, ${(reusedBytes / 1e6).toFixed(1)} MB), ${written} written${refused ? `, ${refused} refused (changed in the cache)` : ''}${removed ? `, ${removed} no longer used removed` : ''}`);
  }
  await writeFile(catalogueFile, JSON.stringify(catalogue));
  process.env.VITRINE_CATALOGUE = catalogueFile;
  // The pages get the records; the money lines are let go here (pages show their sums).
  handOver(data);
  console.log(`✓ ${catalogue.length} datasets and ${files} data files written in ${seconds(dataStarted)}`);
  const history = siteChanges(dir);
  console.log(history.none ? `✓ no git history, so the changes pages say so: ${history.none}` : `✓ changes from git history: ${history.figures?.commits ?? 0} new commits read (cache ${history.figures?.cache ?? 'used'})`);

  const siteStarted = performance.now();
  tell({ phase: 'site build' });
  // Each organisation folder and output get their own cache, so that two builds never share content-layer entries.
  // With the build cache, Astro's own goes in it, with its incremental build: a page that gives a
  // `cacheKey` (src/lib/build/page-keys.ts) is copied from the previous build when its key and code are unchanged.
  const astroCache = cacheDir ? join(cacheDir, 'astro') : join(root, '.vitrine-build', `cache-${createHash('sha256').update(`${dir}\n${out}`).digest('hex').slice(0, 12)}`);
  // A site build stopped half-way leaves no page behind its key in Astro's cache (astro-cache.ts).
  if (cacheDir && (await beginSiteBuild(astroCache)).unfinished) console.log('✓ the previous site build did not end: every page is rendered again');
  await build({ root, outDir: staging, cacheDir: astroCache, experimental: { incrementalBuild: cacheDir !== undefined }, logLevel: process.env.VITRINE_VERBOSE ? 'info' : 'warn' });
  if (cacheDir) await endSiteBuild(astroCache);
  console.log(`✓ site built in ${seconds(siteStarted)}`);
} catch (error) {
  console.error(`\n✗ the build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// A listener on 'disconnect' keeps the IPC channel, and this process, alive: let go of it once done.
process.off('disconnect', orphaned);
