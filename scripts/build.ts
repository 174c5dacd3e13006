/**
 * Builds the portal: `npm run build`. Validates first; builds the site and writes the datasets into a
 * fresh folder; and only when every step succeeded, puts that folder in place of the output (dist/, or
 * VITRINE_OUT). A failed build leaves the previous output as it was and no half-built folder behind.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { publishData } from '../src/lib/datasets/publish.ts';
import { loadSite } from '../src/lib/load-site.ts';
import { formatProblem, sortProblems } from '../src/lib/problems.ts';
import { signalsOf } from '../src/lib/signals.ts';
import { siteDir } from '../src/lib/site-dir.ts';
import { handOver } from '../src/lib/site-handoff.ts';
import { Phases } from '../src/lib/phases.ts';
import { today } from '../src/lib/today.ts';
import { summarise } from '../src/lib/summary.ts';
import { writeSearchIndex } from '../src/lib/search-index.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = siteDir();
const out = resolve(process.env.VITRINE_OUT || join(root, 'dist'));
const work = join(root, '.vitrine-build');
const staging = join(work, `out-${process.pid}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const started = performance.now();
// Wall time and memory of each phase, written to VITRINE_REPORT for `npm run bench`.
const phases = new Phases();
phases.start('validation');
const { data, problems } = await loadSite(dir);
if (problems.length > 0 || !data) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), dir) || '.'}: nothing was built or published.`);
  process.exit(1);
}
console.log(`✓ validated in ${seconds(started)}: ${summarise(data)}`);
data.signals = signalsOf(data, today(data.site.timeZone)).signals;
console.log(`✓ ${data.signals.length} ethics-rule signals`);
const records = Object.values(data).reduce((n: number, value) => n + (Array.isArray(value) ? value.length : 0), 0);

const published = `${staging}-data`;
try {
  await rm(staging, { recursive: true, force: true });
  await rm(published, { recursive: true, force: true });
  // The datasets come first: the catalogue pages show their sizes and checksums.
  const dataStarted = performance.now();
  phases.start('datasets');
  const { catalogue, files } = await publishData(data, published);
  const catalogueFile = join(work, `catalogue-${process.pid}.json`);
  await writeFile(catalogueFile, JSON.stringify(catalogue));
  process.env.VITRINE_CATALOGUE = catalogueFile;
  handOver(data);
  console.log(`✓ ${catalogue.length} datasets and ${files} data files written in ${seconds(dataStarted)}`);
  const siteStarted = performance.now();
  phases.start('site build');
  // Each organisation folder and output get their own cache, so that two builds never share content-layer entries.
  const cacheDir = join(work, `cache-${createHash('sha256').update(`${dir}\n${out}`).digest('hex').slice(0, 12)}`);
  await build({ root, outDir: staging, cacheDir, logLevel: process.env.VITRINE_VERBOSE ? 'info' : 'warn' });
  handOver(undefined);
  phases.end();
  console.log(`✓ site built in ${seconds(siteStarted)}`);
  // Site search: one Pagefind index per language, written into the staged site before it is published.
  const searchStarted = performance.now();
  phases.start('search index');
  const search = await writeSearchIndex(staging);
  phases.end();
  console.log(`✓ search index of ${search.pages} pages (${search.languages.join(', ')}): ${search.files} files, ${(search.bytes / 1e6).toFixed(1)} MB in ${seconds(searchStarted)}`);
  await rename(join(published, 'data'), join(staging, 'data'));
  await rename(join(published, 'calendar'), join(staging, 'calendar'));
  await rm(published, { recursive: true, force: true });
  await rm(catalogueFile, { force: true });
  await mkdir(dirname(out), { recursive: true });
  if (existsSync(out)) await rm(out, { recursive: true, force: true });
  await rename(staging, out);
  phases.stop();
  console.log(`✓ portal ready in ${out} (${seconds(started)} in all)`);
  if (process.env.VITRINE_REPORT) {
    const report = { records, phases: phases.done, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
    await writeFile(process.env.VITRINE_REPORT, JSON.stringify(report, null, 2));
  }
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await rm(published, { recursive: true, force: true });
  console.error(`\n✗ the build failed, nothing was published: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
