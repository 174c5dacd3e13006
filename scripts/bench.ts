/**
 * Benchmarks a generated organisation from scratch: `npm run bench -- <S|M|L>`. Generates it into a
 * temporary folder (never into the repository), runs `npm run validate` and the whole build, and prints
 * per phase wall time and peak memory, records and pages per second, output size and file count, the
 * search index, and the heaviest page of each template. Figures only: nothing passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { weighPage, type PageWeight } from '../src/lib/build/page-weights.ts';
import type { PhaseFigures } from '../src/lib/build/phases.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { keep: { type: 'boolean', default: false }, reuse: { type: 'boolean', default: false } } });
const size = (positionals[0] ?? 'M').toUpperCase();
if (!['S', 'M', 'L'].includes(size)) {
  console.error('Usage: npm run bench -- <S|M|L> [--reuse] [--keep]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = join(tmpdir(), `vitrine-bench-${size}`);
const org = join(work, 'org');
const out = join(work, 'site');
const report = join(work, 'report.json');
const node = process.execPath;
const env = { ...process.env, VITRINE_SITE_DIR: org, VITRINE_OUT: out, VITRINE_REPORT: report, VITRINE_TODAY: '2026-11-20', ASTRO_TELEMETRY_DISABLED: '1' };
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function run(label: string, args: string[]) {
  const started = performance.now();
  const result = spawnSync(node, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${label} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    process.exit(1);
  }
  return { seconds, stdout: result.stdout };
}

if (!values.reuse || !existsSync(org)) {
  await rm(work, { recursive: true, force: true });
  const generated = run('generate', ['scripts/generate.ts', size, '--out', org]);
  console.log(`generated ${size} in ${generated.seconds.toFixed(1)} s`);
}

const validation = run('validate', ['scripts/validate.ts']);
console.log(`npm run validate: ${validation.seconds.toFixed(1)} s`);
const build = run('build', ['scripts/build.ts']);
const figures = JSON.parse(readFileSync(report, 'utf8')) as { records: number; phases: PhaseFigures[]; seconds: number; peakRssMb: number };

const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(out, join(entry.parentPath, entry.name)));
const bytes = (list: string[]) => list.reduce((n, file) => n + statSync(join(out, file)).size, 0);
const pages = files.filter((file) => file.endsWith('.html'));
const search = files.filter((file) => file.startsWith('pagefind/'));
const data = files.filter((file) => file.startsWith('data/'));

console.log(`\nBuild of ${size}: ${figures.records.toLocaleString('en')} records, ${pages.length.toLocaleString('en')} pages, ${build.seconds.toFixed(1)} s end to end (build script ${figures.seconds.toFixed(1)} s), peak memory ${figures.peakRssMb} MB`);
console.log('\nphase            wall s   peak RSS MB   per second');
for (const phase of figures.phases) {
  const rate = phase.name === 'site build' ? `${Math.round(pages.length / phase.seconds)} pages/s` : `${Math.round(figures.records / phase.seconds).toLocaleString('en')} records/s`;
  console.log(`${phase.name.padEnd(16)} ${phase.seconds.toFixed(1).padStart(6)}   ${String(phase.peakRssMb).padStart(11)}   ${rate}`);
}
console.log(`\noutput: ${mb(bytes(files))} in ${files.length.toLocaleString('en')} files; pages ${mb(bytes(pages))}; datasets ${mb(bytes(data))} in ${data.length} files; search index ${mb(bytes(search))} in ${search.length} files`);

// The heaviest page of each template.
const heaviest = new Map<string, PageWeight>();
const cache = new Map<string, Buffer>();
for (const page of pages) {
  const weight = weighPage(out, page, cache);
  const current = heaviest.get(weight.template);
  if (!current || weight.transferred > current.transferred) heaviest.set(weight.template, weight);
}
console.log('\nheaviest page per template                       HTML        JS       CSS   transferred');
for (const weight of [...heaviest.values()].sort((a, b) => (a.template < b.template ? -1 : 1))) {
  console.log(`${weight.template.padEnd(24)} ${weight.page.slice(0, 22).padEnd(22)} ${kb(weight.html).padStart(9)} ${kb(weight.js).padStart(9)} ${kb(weight.css).padStart(9)} ${kb(weight.transferred).padStart(11)}`);
}
if (!values.keep) await rm(out, { recursive: true, force: true });
