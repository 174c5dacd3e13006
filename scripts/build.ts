/**
 * Builds the portal: `npm run build`. Validates first; writes the datasets and builds the site into a
 * fresh folder; indexes it for search; and only when every step succeeded, puts that folder in place of
 * the output (dist/, or VITRINE_OUT). A failed build leaves the previous output as it was and no
 * half-built folder behind.
 *
 * The steps that hold the organisation in memory run in a child process (scripts/build-site.ts) with a
 * bounded heap, VITRINE_HEAP_MB (1,100 MB unless set), so that a large organisation builds within a
 * known memory budget; the search index (Pagefind, a process of its own) is written after that child has
 * ended and given its memory back.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Phases } from '../src/lib/phases.ts';
import { writeSearchIndex } from '../src/lib/search-index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.env.VITRINE_OUT || join(root, 'dist'));
const work = join(root, '.vitrine-build');
const staging = join(work, `out-${process.pid}`);
const published = `${staging}-data`;
const catalogueFile = join(work, `catalogue-${process.pid}.json`);
const heapMb = Number(process.env.VITRINE_HEAP_MB || 1100);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function cleanUp(): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  await rm(published, { recursive: true, force: true });
  await rm(catalogueFile, { force: true });
}

const started = performance.now();
// Wall time and memory (this process and its children) of each phase, written to VITRINE_REPORT for `npm run bench`.
const phases = new Phases();
let records = 0;
try {
  await mkdir(work, { recursive: true });
  await cleanUp();
  const child = fork(join(root, 'scripts', 'build-site.ts'), [staging, catalogueFile], {
    cwd: root,
    execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`],
  });
  child.on('message', (message: { phase?: string; records?: number }) => {
    if (message.phase) phases.start(message.phase);
    if (message.records !== undefined) records = message.records;
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  phases.end();
  if (code !== 0) {
    await cleanUp();
    // V8 aborts when the heap limit is reached.
    if (signal === 'SIGABRT' || code === 134) {
      console.error(`\n✗ the build needed more memory than its budget of ${heapMb} MB, nothing was published: run it again with VITRINE_HEAP_MB set higher (e.g. VITRINE_HEAP_MB=${heapMb * 2} npm run build).`);
    }
    process.exit(1);
  }

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
    const report = { records, phases: phases.done, seconds: (performance.now() - started) / 1000, peakRssMb: Math.max(...phases.done.map((phase) => phase.peakRssMb)), heapLimitMb: heapMb };
    await writeFile(process.env.VITRINE_REPORT, JSON.stringify(report, null, 2));
  }
} catch (error) {
  await cleanUp();
  console.error(`\n✗ the build failed, nothing was published: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
