// The build never destroys: with the output on another file system than the project (/dev/shm, a tmpfs),
// it builds, builds again, and a failing build leaves the previous output byte for byte; a build stopped
// with SIGTERM, or killed with SIGKILL, leaves no process behind and the previous output as it was; and
// the next build removes what a killed build left, in one line.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runBuild } from './run-build.ts';

const shm = '/dev/shm';
// The point is a file system other than the project's; where there is no such tmpfs, the folder of the project's own tests is used.
const elsewhere = existsSync(shm) && statSync(shm).dev !== statSync(root).dev;
const work = mkdtempSync(join(elsewhere ? shm : join(root, '.vitrine-build'), 'vitrine-safety-'));
const out = join(work, 'site');
const builds = join(root, '.vitrine-build');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One hash of a folder: every file's path and bytes. */
function treeHash(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(folder, file))).update('\0');
  return `${files.length} files ${hash.digest('hex')}`;
}

/** The files a build with this process id left in .vitrine-build and beside the output. */
const leftoversOf = (pid: number) => [
  ...readdirSync(builds).filter((name) => name === `out-${pid}` || name === `out-${pid}-data` || name === `catalogue-${pid}.json`),
  ...readdirSync(work).filter((name) => name === `site.new-${pid}` || name === `site.old-${pid}`),
];

/** Every process below `pid` now, from /proc. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) children.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    children = []; // it ended meanwhile
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Whether a process runs: a zombie has ended and only waits for its new parent to note it. */
function runs(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a process is one of Pagefind's (its executable's name). */
const isPagefind = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind');
  } catch {
    return false;
  }
};

/**
 * Starts a build, waits until it has written the datasets (its child is then building the site with
 * Astro), or with `inSearch` until Pagefind indexes its search (in parts of 2 KB: many, two at once,
 * each by a worker thread's Pagefind process), sends `signal` to the build's own process and waits for
 * it to end. Returns what it printed, how it ended, and every process of it seen while it ran.
 */
async function interruptedBuild(signal: NodeJS.Signals, inSearch = false) {
  const build = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, VITRINE_SITE_DIR: join(root, 'tests/fixtures/small-org'), VITRINE_OUT: out, VITRINE_TODAY: '2026-11-20', ...(inSearch ? { VITRINE_SEARCH_PART_BYTES: '2000' } : {}) },
  });
  const pid = build.pid ?? 0;
  let output = '';
  build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => build.on('exit', (code, by) => resolve({ code, signal: by })));
  const seen = new Set<number>();
  const started = Date.now();
  while (!(inSearch ? /site built/ : /data files written/).test(output)) {
    if (Date.now() - started > 60_000 || build.exitCode !== null) throw new Error(`the build did not reach its ${inSearch ? 'search' : 'site'} phase:\n${output}`);
    for (const child of descendants(pid)) seen.add(child);
    await sleep(inSearch ? 5 : 50);
  }
  // Each part's Pagefind process lives a few tens of milliseconds on the fixture: looked for often.
  while (inSearch && !descendants(pid).some((child) => runs(child) && isPagefind(child))) {
    if (Date.now() - started > 60_000 || build.exitCode !== null) throw new Error(`no Pagefind process was seen while the build indexed its search:\n${output}`);
    await sleep(2);
  }
  for (const child of descendants(pid)) seen.add(child);
  build.kill(signal);
  const end = await ended;
  // A process that was told to stop gets a moment to do so.
  for (let wait = 0; wait < 50 && [...seen].some(runs); wait++) await sleep(100);
  return { pid, output, end, seen: [...seen], running: [...seen].filter(runs) };
}

describe('a build whose output is on another file system', () => {
  let previous = '';
  beforeAll(() => {
    const first = runBuild('tests/fixtures/small-org', out);
    expect(first.status, `${first.stdout}\n${first.stderr}`).toBe(0);
    previous = treeHash(out);
  });

  it('builds again, and a failing build leaves the previous output byte for byte', () => {
    if (elsewhere) expect(statSync(work).dev).not.toBe(statSync(root).dev);
    const again = runBuild('tests/fixtures/small-org', out);
    expect(again.status, `${again.stdout}\n${again.stderr}`).toBe(0);
    if (elsewhere) expect(again.stdout).toContain(`✓ copied to ${work}, on another file system than the project`);
    expect(again.stdout).toContain(`✓ portal ready in ${out}`);
    expect(readFileSync(join(out, 'nl/index.html'), 'utf8')).toContain('<html lang="nl"');
    expect(leftoversOf(again.pid ?? 0)).toEqual([]);
    previous = treeHash(out);

    const broken = runBuild('tests/fixtures/broken-org', out);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`✗ nothing was published: the previous site in ${out} is unchanged.`);
    expect(treeHash(out)).toBe(previous);
    expect(leftoversOf(broken.pid ?? 0)).toEqual([]);
    expect(readdirSync(work)).toEqual(['site']);
  });

  it('stopped with SIGTERM, ends every process of it, removes its folders and leaves the previous output', async () => {
    const stopped = await interruptedBuild('SIGTERM');
    expect(stopped.end.code, stopped.output).toBe(143);
    expect(stopped.seen.length, 'the build had started its child').toBeGreaterThan(0);
    expect(stopped.running).toEqual([]);
    expect(runs(stopped.pid)).toBe(false);
    expect(stopped.output).toContain(`✗ the build was stopped (SIGTERM): nothing was published; the previous site in ${out} is unchanged.`);
    expect(leftoversOf(stopped.pid)).toEqual([]);
    expect(treeHash(out)).toBe(previous);
  });

  it('stopped with SIGTERM while Pagefind indexes its search, ends every process of it, Pagefind\'s too, and leaves the previous output', async () => {
    const stopped = await interruptedBuild('SIGTERM', true);
    expect(stopped.end.code, stopped.output).toBe(143);
    expect(stopped.output).not.toContain('✓ search index of');
    expect(stopped.running).toEqual([]);
    expect(stopped.output).toContain(`✗ the build was stopped (SIGTERM): nothing was published; the previous site in ${out} is unchanged.`);
    expect(leftoversOf(stopped.pid)).toEqual([]);
    expect(treeHash(out)).toBe(previous);
  });

  it('killed with SIGKILL, its child ends too; the next build removes what it left and puts a half-swapped output back', async () => {
    const killed = await interruptedBuild('SIGKILL');
    expect(killed.end.signal).toBe('SIGKILL');
    expect(killed.seen.length).toBeGreaterThan(0);
    expect(killed.running, 'the child notices that its parent is gone and exits').toEqual([]);
    expect(treeHash(out)).toBe(previous);

    // What a build killed at any moment may leave: its staging folders and catalogue, a copy of the new
    // site beside the output, and the previous output moved aside before the new one took its place.
    const pid = killed.pid;
    mkdirSync(join(builds, `out-${pid}`), { recursive: true });
    mkdirSync(join(builds, `out-${pid}-data`), { recursive: true });
    writeFileSync(join(builds, `catalogue-${pid}.json`), '[]');
    cpSync(out, join(work, `site.new-${pid}`), { recursive: true });
    renameSync(out, join(work, `site.old-${pid}`));

    // Even a build that fails cleans up after the killed one, and puts the previous output back.
    const broken = runBuild('tests/fixtures/broken-org', out);
    expect(broken.status).toBe(1);
    const note = broken.stdout.split('\n').filter((line) => line.startsWith('note: builds that were stopped'));
    const shown = (path: string) => (relative(root, path).startsWith('..') ? path : relative(root, path));
    expect(note).toEqual([
      `note: builds that were stopped (process ${pid}) left files behind: removed .vitrine-build/out-${pid}, .vitrine-build/out-${pid}-data, .vitrine-build/catalogue-${pid}.json, ${shown(join(work, `site.new-${pid}`))}; put the previous site back in ${shown(out)} from ${shown(join(work, `site.old-${pid}`))}`,
    ]);
    expect(leftoversOf(pid)).toEqual([]);
    expect(treeHash(out)).toBe(previous);
    expect(broken.stderr).toContain(`the previous site in ${out} is unchanged`);
  });
});
