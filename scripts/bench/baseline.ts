/**
 * The baseline `npm run bench` compares the portal with: a minimal Astro site (bench/baseline/, one page
 * per official and year with a 40-row table, as many pages as the build measured) indexed by Pagefind,
 * built with the project's own astro and pagefind, in the same run and on the same machine. Its figures
 * are taken as the portal's are: wall time from start to a searchable site, and the peak of resident
 * memory of every process involved, sampled from /proc (the bench's own process taken off).
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Phases } from '../../src/lib/build/phases.ts';

export interface BuildFigures {
  pages: number;
  /** From start to a site with its search index. */
  seconds: number;
  peakRssMb: number;
}

export interface BaselineFigures extends BuildFigures {
  astroSeconds: number;
  pagefindSeconds: number;
  files: number;
  bytes: number;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-3000)));
    child.on('error', failed);
    child.on('close', (code) => (code === 0 ? done() : failed(new Error(`${args.join(' ')} failed (${code}):\n${errors}`))));
  });
}

/** Builds the baseline with `pages` pages into `<work>/baseline-site` and indexes it; removes it unless `keep`. */
export async function buildBaseline(root: string, work: string, pages: number, keep = false): Promise<BaselineFigures> {
  const out = join(work, 'baseline-site');
  await rm(out, { recursive: true, force: true });
  // Astro runs the built pages from beside the output: they find the project's packages through this link.
  await symlink(join(root, 'node_modules'), join(work, 'node_modules')).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const env = { ...process.env, BASELINE_PAGES: String(pages), BASELINE_OUT: out, BASELINE_CACHE: join(work, 'baseline-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  // This process is the bench's, not the baseline's: its memory is taken off the peaks.
  const own = Math.round(process.memoryUsage.rss() / 1048576);
  const phases = new Phases();
  phases.start('baseline astro');
  await run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent', '--root', join(root, 'bench', 'baseline')], work, env);
  phases.start('baseline pagefind');
  await run(process.execPath, [join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', out, '--silent'], work, env);
  phases.stop();
  const [astro, pagefind] = phases.done;
  if (!astro || !pagefind) throw new Error('the baseline was not timed');
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const built = files.filter((entry) => entry.name.endsWith('.html')).length;
  const bytes = files.reduce((n, entry) => n + statSync(join(entry.parentPath, entry.name)).size, 0);
  if (!keep) await rm(out, { recursive: true, force: true });
  return {
    pages: built,
    seconds: astro.seconds + pagefind.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds: pagefind.seconds,
    peakRssMb: Math.max(astro.peakRssMb, pagefind.peakRssMb) - own,
    files: files.length,
    bytes,
  };
}

/** The comparison as lines of a table: pages per second, and pages per second per GB of peak memory. */
export function comparison(portal: BuildFigures, baseline: BaselineFigures): string[] {
  const rate = (figures: BuildFigures) => figures.pages / figures.seconds;
  const perGb = (figures: BuildFigures) => rate(figures) / (figures.peakRssMb / 1024);
  const row = (name: string, figures: BuildFigures) =>
    `${name.padEnd(10)} ${figures.pages.toLocaleString('en').padStart(8)} ${figures.seconds.toFixed(1).padStart(9)} ${String(figures.peakRssMb).padStart(8)} ${rate(figures).toFixed(1).padStart(8)} ${perGb(figures).toFixed(1).padStart(12)}`;
  return [
    `${'build'.padEnd(10)} ${'pages'.padStart(8)} ${'seconds'.padStart(9)} ${'peak MB'.padStart(8)} ${'pages/s'.padStart(8)} ${'pages/s/GB'.padStart(12)}`,
    row('Vitrine', portal),
    row('baseline', baseline),
    `Vitrine ÷ baseline: ${(rate(portal) / rate(baseline)).toFixed(2)} of the pages per second, ${(perGb(portal) / perGb(baseline)).toFixed(2)} of the pages per second per GB, ${(portal.seconds / baseline.seconds).toFixed(1)}× the time end to end`,
  ];
}
