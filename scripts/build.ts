/**
 * Builds the portal: `npm run build`. Validates first; writes the datasets and builds the site into a
 * fresh folder; indexes it for search; and only when every step succeeded, puts that folder in place of
 * the output (dist/, or VITRINE_OUT). The build never destroys: until the new site is complete, next to
 * the output and on its file system, the previous output is not touched, and the swap itself is two
 * renames (`out` → `<out>.old-<pid>`, `<out>.new-<pid>` → `out`), undone if the second one fails. Every
 * message says what was published and what was not.
 *
 * The steps that hold the organisation in memory run in a child process (scripts/build-site.ts) with a
 * bounded heap, VITRINE_HEAP_MB (1,100 MB unless set), so that a large organisation builds within a
 * known memory budget; the search index (Pagefind, a process of its own) is written after that child has
 * ended and given its memory back.
 *
 * A stopped build (SIGINT, SIGTERM, SIGHUP) ends its child and Pagefind, removes its folders and exits;
 * killed outright (SIGKILL), its child notices that this process is gone and exits too. What a killed
 * build leaves (`.vitrine-build/out-<pid>`, `out-<pid>-data`, `catalogue-<pid>.json`, `<out>.new-<pid>`,
 * `<out>.old-<pid>`) is removed by the next build once no process has that id; a previous site left in
 * `<out>.old-<pid>` with no output in its place is put back.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Phases } from '../src/lib/build/phases.ts';
import { writeSearchIndex } from '../src/lib/build/search-index.ts';
import { searchPartBytes } from '../src/lib/build/search-shards.ts';
import { cacheFolder, OutputCache } from '../src/lib/build/output-cache.ts';
import { siteDir } from '../src/lib/loading/site-dir.ts';
import { checkHostLimits, hostLimitWarning, listOutput } from '../src/lib/build/host-limits.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.env.VITRINE_OUT || join(root, 'dist'));
const work = join(root, '.vitrine-build');
const staging = join(work, `out-${process.pid}`);
const published = `${staging}-data`;
const catalogueFile = join(work, `catalogue-${process.pid}.json`);
/** The finished site next to the output, on the output's file system, ready to be renamed into place. */
const fresh = `${out}.new-${process.pid}`;
/** The previous output while the new one takes its place. */
const old = `${out}.old-${process.pid}`;
const heapMb = Number(process.env.VITRINE_HEAP_MB || 1100);
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
/** A path as the reader knows it: relative to where the command was run when it is below it. */
const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.');

/** Thrown by the build's steps once a signal asked it to stop. */
class Stopped extends Error {}
/** The child failed (it printed why) or ran out of memory. */
class ChildFailed extends Error {
  readonly outOfMemory: boolean;
  constructor(outOfMemory: boolean) {
    super('the site could not be built');
    this.outOfMemory = outOfMemory;
  }
}

let stopping: NodeJS.Signals | undefined;
let child: ChildProcess | undefined;
/** Stops the search index's workers (and their Pagefind processes) when the build is stopped. */
const searchStop = new AbortController();
/** True once the new site is in place of the output. */
let isPublished = false;
/** Set when the swap failed and could not be undone: where the previous and the new site are. */
let stranded: string | undefined;
const halt = () => {
  if (stopping) throw new Stopped(`stopped by ${stopping}`);
};

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** What became of the output when nothing was published. */
async function previousSite(): Promise<string> {
  if (stranded) return stranded;
  return (await exists(out)) ? `the previous site in ${shown(out)} is unchanged` : `there is still no site in ${shown(out)}`;
}

async function cleanUp(): Promise<void> {
  const paths = [staging, published, catalogueFile, ...(stranded ? [] : [fresh])];
  await Promise.all(paths.map((path) => rm(path, { recursive: true, force: true, maxRetries: 3 })));
}

/** Whether the process with this id still runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // this build has made nothing yet: an earlier process had this id
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

/**
 * Removes what builds that were killed left behind (their process id no longer runs), and puts a
 * previous site back that a build killed between its two renames left in `<out>.old-<pid>`. Returns the
 * one line that says what was done, if anything was.
 */
async function removeLeftovers(): Promise<string | undefined> {
  const found = async (folder: string, pattern: RegExp) => {
    const names = (await readdir(folder).catch(() => [] as string[])).sort();
    return names.flatMap((name) => {
      const pid = Number(pattern.exec(name)?.[1] ?? NaN);
      return Number.isInteger(pid) && !isRunning(pid) ? [{ path: join(folder, name), pid, old: name.startsWith(`${basename(out)}.old-`) }] : [];
    });
  };
  const escaped = basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leftovers = [
    ...(await found(work, /^out-(\d+)(?:-data)?$/)),
    ...(await found(work, /^catalogue-(\d+)\.json$/)),
    ...(await found(dirname(out), new RegExp(`^${escaped}\\.(?:new|old)-(\\d+)$`))),
  ];
  if (leftovers.length === 0) return undefined;
  let restoredFrom: string | undefined;
  const previous = leftovers.find((leftover) => leftover.old);
  if (previous && !(await exists(out))) {
    await rename(previous.path, out);
    restoredFrom = previous.path;
  }
  const removed = leftovers.filter((leftover) => leftover.path !== restoredFrom);
  await Promise.all(removed.map((leftover) => rm(leftover.path, { recursive: true, force: true, maxRetries: 3 })));
  const pids = [...new Set(leftovers.map((leftover) => leftover.pid))].sort((a, b) => a - b);
  const parts = [
    ...(removed.length ? [`removed ${removed.map((leftover) => shown(leftover.path)).join(', ')}`] : []),
    ...(restoredFrom ? [`put the previous site back in ${shown(out)} from ${shown(restoredFrom)}`] : []),
  ];
  return `note: builds that were stopped (process ${pids.join(', ')}) left files behind: ${parts.join('; ')}`;
}

/** Copies a folder to another file system, file by file, stopping at the first signal. */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to);
  const entries = await readdir(from, { withFileTypes: true, recursive: true });
  const target = (entry: { parentPath: string; name: string }) => join(to, relative(from, join(entry.parentPath, entry.name)));
  for (const entry of entries) if (entry.isDirectory()) await mkdir(target(entry), { recursive: true });
  const files = entries.filter((entry) => !entry.isDirectory());
  let failed = false;
  const worker = async () => {
    try {
      for (let entry = files.pop(); entry !== undefined && !failed; entry = files.pop()) {
        halt();
        const source = join(entry.parentPath, entry.name);
        if (entry.isSymbolicLink()) await symlink(await readlink(source), target(entry));
        else await copyFile(source, target(entry));
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  // Eight copies at a time; on the first error the others finish the file they copy, then stop.
  const results = await Promise.allSettled(Array.from({ length: 8 }, worker));
  const error = results.find((result) => result.status === 'rejected');
  if (error) throw error.reason;
}

/**
 * Puts the staged site in place of the output. First the whole site goes next to the output, into
 * `<out>.new-<pid>`: renamed there when the output is on the project's file system, copied when it is
 * on another (a rename across file systems fails with EXDEV). The previous output is untouched until
 * then. The swap is two renames in the output's own folder; if the second fails, the first is undone.
 */
async function publish(): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  await rm(fresh, { recursive: true, force: true });
  try {
    await rename(staging, fresh);
  } catch (error) {
    if (codeOf(error) !== 'EXDEV') throw error;
    const copyStarted = performance.now();
    await copyTree(staging, fresh);
    await rm(staging, { recursive: true, force: true });
    console.log(`✓ copied to ${shown(dirname(out))}, on another file system than the project, in ${seconds(copyStarted)}`);
  }
  halt();
  // No check for a signal from here on: the swap is two renames, and a signal waits for them.
  const hadPrevious = await exists(out);
  if (hadPrevious) {
    await rm(old, { recursive: true, force: true });
    await rename(out, old);
  }
  try {
    await rename(fresh, out);
  } catch (error) {
    if (hadPrevious) {
      try {
        await rename(old, out);
      } catch (undo) {
        stranded = `the previous site could not be put back (${messageOf(undo)}): it is in ${old}, and the new one in ${fresh}; rename one of them to ${out}`;
      }
    }
    throw error;
  }
  isPublished = true;
  if (hadPrevious) await rm(old, { recursive: true, force: true }).catch((error: unknown) => console.warn(`note: the previous site, now replaced, could not be removed from ${old}: ${messageOf(error)}`));
}

const started = performance.now();
// Wall time and memory (this process and its children) of each phase, written to VITRINE_REPORT for `npm run bench`.
const phases = new Phases();
let records = 0;

async function build(): Promise<void> {
  // The output is replaced as a whole: never by a folder that holds the project itself.
  if (!relative(out, root).startsWith('..')) throw new Error(`the output folder ${out} holds the project itself: set VITRINE_OUT to a folder of its own, such as dist`);
  const partBytes = searchPartBytes(process.env.VITRINE_SEARCH_PART_BYTES);
  await mkdir(work, { recursive: true });
  const note = await removeLeftovers();
  if (note) console.log(note);
  halt();
  child = fork(join(root, 'scripts', 'build-site.ts'), [staging, catalogueFile], {
    cwd: root,
    execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`],
  });
  child.on('message', (message: { phase?: string; records?: number }) => {
    if (message.phase) phases.start(message.phase);
    if (message.records !== undefined) records = message.records;
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  child = undefined;
  phases.end();
  halt();
  // V8 aborts when the heap limit is reached.
  if (code !== 0) throw new ChildFailed(signal === 'SIGABRT' || code === 134);

  // Site search: one Pagefind index per language, written into the staged site before it is published.
  const searchStarted = performance.now();
  phases.start('search index');
  // The parts of the index are kept in the build cache (its folder `search/`): a part whose pages did not change is copied.
  const cacheDir = cacheFolder(root, siteDir(), out);
  const searchCache = cacheDir ? new OutputCache(join(cacheDir, 'search'), staging) : undefined;
  const search = await writeSearchIndex(staging, { partBytes, cache: searchCache, signal: searchStop.signal });
  await searchCache?.prune();
  phases.end();
  halt();
  // A rebuild says which parts it indexed again (the first five, largest first), and how many pages they hold.
  const again = search.indexed.slice(0, 5).map(({ part, pages }) => `${part} ${pages}`).join(', ') + (search.indexed.length > 5 ? ', …' : '');
  const reused = searchCache ? `, ${search.reused} of ${search.parts} parts from the build cache${search.reused > 0 && search.indexed.length > 0 ? ` (indexed: ${again})` : ''}` : '';
  console.log(`✓ search index of ${search.pages} pages (${search.languages.join(', ')}): ${search.files} files, ${(search.bytes / 1e6).toFixed(1)} MB in ${seconds(searchStarted)}${reused}`);
  await rename(join(published, 'data'), join(staging, 'data'));
  await rename(join(published, 'calendar'), join(staging, 'calendar'));
  await rename(join(published, 'feeds'), join(staging, 'feeds'));
  await rename(join(published, 'api'), join(staging, 'api'));
  await rm(published, { recursive: true, force: true });
  await rm(catalogueFile, { force: true });
  // Staff deploying should know before a host refuses the upload: one line when the site is over a limit.
  const overLimit = hostLimitWarning(checkHostLimits(await listOutput(staging)));
  if (overLimit) console.warn(overLimit);
  halt();
  await publish();
}

/** Ends the build on a signal: its child and Pagefind first, then its folders; says what was published. */
async function stop(signal: NodeJS.Signals, finished: Promise<unknown>): Promise<never> {
  stopping = signal;
  const running = child;
  running?.kill('SIGTERM');
  searchStop.abort();
  const pagefind = await import('pagefind');
  await pagefind.close();
  // The build's own steps end at their next check for a signal; a swap under way completes.
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  if (running && running.exitCode === null && running.signalCode === null) {
    running.kill('SIGKILL');
    await Promise.race([once(running, 'exit'), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  }
  await pagefind.close();
  if (isPublished) console.error(`\n✗ the build was stopped (${signal}) after it had published the new site in ${shown(out)}.`);
  else {
    await cleanUp();
    console.error(`\n✗ the build was stopped (${signal}): nothing was published; ${await previousSite()}.`);
  }
  process.exit(128 + (constants.signals[signal] ?? 15));
}

const finished = build();
let stopped: Promise<never> | undefined;
for (const signal of SIGNALS) process.on(signal, () => void (stopped ??= stop(signal, finished.catch(() => undefined))));
const failure = await finished.then(
  () => undefined,
  (error: unknown) => ({ error }),
);
if (stopped) await stopped;
if (failure) {
  await cleanUp();
  const { error } = failure;
  if (error instanceof ChildFailed && error.outOfMemory) {
    console.error(`\n✗ the build needed more memory than its budget of ${heapMb} MB: run it again with VITRINE_HEAP_MB set higher (e.g. VITRINE_HEAP_MB=${heapMb * 2} npm run build).`);
  } else if (!(error instanceof ChildFailed)) console.error(`\n✗ the build failed: ${messageOf(error)}`);
  console.error(`✗ nothing was published: ${await previousSite()}.`);
  process.exit(1);
}
phases.stop();
console.log(`✓ portal ready in ${shown(out)} (${seconds(started)} in all)`);
if (process.env.VITRINE_REPORT) {
  const report = { records, phases: phases.done, seconds: (performance.now() - started) / 1000, peakRssMb: Math.max(...phases.done.map((phase) => phase.peakRssMb)), heapLimitMb: heapMb };
  await writeFile(process.env.VITRINE_REPORT, JSON.stringify(report, null, 2)).catch((error: unknown) => {
    console.error(`✗ the portal is published, but the report could not be written to ${process.env.VITRINE_REPORT}: ${messageOf(error)}`);
    process.exitCode = 1;
  });
}
