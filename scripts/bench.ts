/**
 * Benchmarks a generated organisation from scratch: `npm run bench -- <S|M|L|P>`. Generates it into a
 * temporary folder (never into the repository), runs `npm run validate` and the whole build, and prints
 * per phase wall time and peak memory, records and pages per second, output size and file count, the
 * search index, and the heaviest page of each template. Figures only: nothing passes or fails. Then builds
 * a minimal Astro and Pagefind site of as many pages (scripts/bench/baseline.ts) and prints both, and
 * their ratios (`--no-baseline` leaves it out). Where the output's bytes go, by template, dataset and form:
 * scripts/bench/sizes.ts.
 *
 * `--history N` first gives the organisation a git history of N commits (its folder becomes a repository:
 * the other files in the first commit, the appointments appearing over time, each a few days after it
 * took place) and prints what reading the agenda's history costs; `--history-only` stops there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { weighPage, type PageWeight } from '../src/lib/build/page-weights.ts';
import { checkHostLimits, hostLimitLines, listOutput } from '../src/lib/build/host-limits.ts';
import { Phases, type PhaseFigures } from '../src/lib/build/phases.ts';
import { git } from '../src/lib/history/git.ts';
import { readCsv } from '../src/lib/loading/sources/csv.ts';
import { buildBaseline, comparison } from './bench/baseline.ts';
import { benchRebuild } from './bench/rebuild.ts';
import { outputSizes, sizeLines } from './bench/sizes.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { keep: { type: 'boolean', default: false }, reuse: { type: 'boolean', default: false }, history: { type: 'string' }, 'history-only': { type: 'boolean', default: false }, 'no-baseline': { type: 'boolean', default: false } },
});
const size = (positionals[0] ?? 'M').toUpperCase();
const historyCommits = values.history === undefined ? 0 : Number(values.history);
if (!['S', 'M', 'L', 'P'].includes(size) || !Number.isInteger(historyCommits) || historyCommits < 0 || (values['history-only'] && !historyCommits)) {
  console.error('Usage: npm run bench -- <S|M|L|P> [--reuse] [--keep] [--no-baseline] [--history <commits> [--history-only]]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = join(tmpdir(), `vitrine-bench-${size}`);
const org = join(work, 'org');
const out = join(work, 'site');
const report = join(work, 'report.json');
const node = process.execPath;
const env = { ...process.env, VITRINE_SITE_DIR: org, VITRINE_OUT: out, VITRINE_REPORT: report, VITRINE_TODAY: '2026-11-20', ASTRO_TELEMETRY_DISABLED: '1', VITRINE_CACHE: join(work, 'cache'), VITRINE_VERBOSE: '1' };
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

if (historyCommits) {
  await makeHistory(org, historyCommits);
  await measureHistory(org);
  if (values['history-only']) process.exit(0);
}

const validation = run('validate', ['scripts/validate.ts']);
console.log(`npm run validate: ${validation.seconds.toFixed(1)} s`);
rmSync(env.VITRINE_CACHE, { recursive: true, force: true }); // the full build starts without a cache
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
console.log(`\nwhere the bytes go (scripts/bench/sizes.ts)\n${sizeLines(outputSizes(out)).join('\n')}`);
console.log(`\n${hostLimitLines(checkHostLimits(await listOutput(out))).join('\n')}`);
benchRebuild({ root, org, out, report, size, env });
if (!values.keep) await rm(out, { recursive: true, force: true });

// The same number of pages as a minimal Astro site with Pagefind, built here and now (its Pagefind took 11 GB at P).
const baseline = values['no-baseline'] ? undefined : await buildBaseline(root, work, pages.length, values.keep);
if (baseline) console.log(`\nbaseline (bench/baseline/): ${baseline.pages.toLocaleString('en')} pages in ${baseline.seconds.toFixed(1)} s (Astro ${baseline.astroSeconds.toFixed(1)} s, Pagefind ${baseline.pagefindSeconds.toFixed(1)} s), ${mb(baseline.bytes)} in ${baseline.files.toLocaleString('en')} files`);
if (baseline) for (const line of comparison({ pages: pages.length, seconds: build.seconds, peakRssMb: figures.peakRssMb }, baseline)) console.log(line);

/**
 * Commits the organisation in `commits` steps with git fast-import: the first commit holds every other
 * file and the appointments that had appeared by then; each next commit, a few days further on, adds
 * the appointments that appeared meanwhile (mostly within 10 days of taking place, 1 in 30 up to 45
 * days late); the last commit is the generated files exactly.
 */
async function makeHistory(dir: string, commits: number) {
  const started = performance.now();
  rmSync(join(dir, '.git'), { recursive: true, force: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const day = 86_400_000;
  const lateBy = (id: string) => {
    let hash = 2166136261;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619) >>> 0;
    return (hash % 30 === 0 ? 15 + (hash % 31) : hash % 11) * day;
  };
  const agenda = readdirSync(join(dir, 'data', 'agenda'))
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, 'data', 'agenda', name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      const { records } = readCsv(text, name);
      const rows = records.map((record, index) => ({
        text: text.slice(record.start, records[index + 1]?.start ?? text.length),
        appears: Date.parse(String(record.values.date)) + lateBy(String(record.values.id)),
      }));
      return { path: `data/agenda/${name}`, header: text.slice(0, records[0]?.start ?? text.length), rows, written: 0 };
    });
  const appears = agenda.flatMap((file) => file.rows.map((row) => row.appears));
  const first = appears.reduce((min, at) => Math.min(min, at), Infinity);
  const last = Date.parse(env.VITRINE_TODAY);
  const others = ['data', 'content'].flatMap((folder) =>
    readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .filter((path) => !path.startsWith('data/agenda/')),
  );

  const streamFile = join(work, 'history.fast-import');
  const stream = createWriteStream(streamFile);
  const write = (chunk: string | Buffer) => (stream.write(chunk) ? Promise.resolve() : new Promise<void>((done) => stream.once('drain', done)));
  const file = async (path: string, bytes: Buffer) => {
    await write(`M 100644 inline ${path}\ndata ${bytes.length}\n`);
    await write(bytes);
    await write('\n');
  };
  for (let k = 0; k < commits; k++) {
    const final = k === commits - 1;
    const until = commits === 1 ? last : first + Math.round(((last - first) * k) / (commits - 1));
    const when = `${Math.floor(until / 1000) + 43_200} +0000`;
    const message = final ? 'The generated organisation' : `Agenda until ${new Date(until).toISOString().slice(0, 10)}`;
    await write(`commit refs/heads/main\nauthor Bench <bench@example.org> ${when}\ncommitter Bench <bench@example.org> ${when}\ndata ${Buffer.byteLength(message)}\n${message}\n`);
    if (k === 0) for (const path of others) await file(path, readFileSync(join(dir, path)));
    for (const agendaFile of agenda) {
      const rows = final ? agendaFile.rows : agendaFile.rows.filter((row) => row.appears <= until);
      if (rows.length === agendaFile.written || rows.length === 0) continue;
      agendaFile.written = rows.length;
      await file(agendaFile.path, final ? readFileSync(join(dir, agendaFile.path)) : Buffer.from(agendaFile.header + rows.map((row) => row.text).join('')));
    }
    await write('\n');
  }
  await new Promise<void>((done, failed) => stream.end((error?: Error | null) => (error ? failed(error) : done())));
  git(dir, ['fast-import', '--quiet'], { inputFile: streamFile });
  git(dir, ['reset', '-q']);
  const streamSize = statSync(streamFile).size;
  rmSync(streamFile);
  const packs = readdirSync(join(dir, '.git', 'objects', 'pack')).reduce((n, name) => n + statSync(join(dir, '.git', 'objects', 'pack', name)).size, 0);
  console.log(`history of ${commits} commits (${appears.length.toLocaleString('en')} appointments; ${mb(streamSize)} of files committed, ${mb(packs)} packed) made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Reads the agenda's history in a process of its own, as the build does: wall time, and peak memory with git. */
async function measureHistory(dir: string) {
  const module = pathToFileURL(join(root, 'src', 'lib', 'history', 'agenda-first-seen.ts')).href;
  const changesModule = pathToFileURL(join(root, 'src', 'lib', 'history', 'history-cache.ts')).href;
  // Then the changes of every dataset: the whole history without a cache, the cache made one commit
  // earlier and brought up to date (what a build after one commit reads), and a build with nothing new.
  const probe = `import { readAgendaHistory } from ${JSON.stringify(module)};
import { readSiteChanges } from ${JSON.stringify(changesModule)};
const started = performance.now();
const history = readAgendaHistory(process.argv[1]);
const seconds = (performance.now() - started) / 1000;
const nodeMb = Math.round(process.resourceUsage().maxRSS / 1024);
const timed = (options) => { const at = performance.now(); const read = readSiteChanges(process.argv[1], options); return { seconds: (performance.now() - at) / 1000, figures: read.figures, changes: Object.values(read.kinds).reduce((n, list) => n + list.length, 0), none: read.none }; };
const cacheFile = process.argv[2];
const changes = { whole: timed({ cacheFile: false }), earlier: timed({ cacheFile, at: 'HEAD~1' }), next: timed({ cacheFile }), same: timed({ cacheFile }) };
console.log(JSON.stringify({ seconds, nodeMb, changesMb: Math.round(process.resourceUsage().maxRSS / 1024), commits: history.commits, versions: history.versions, bytes: history.bytes, dated: history.published.size, none: history.none, changes }));`;
  const phases = new Phases();
  const before = process.memoryUsage.rss();
  phases.start('history');
  let output = '';
  const status = await new Promise<number | null>((done) => {
    const child = spawn(node, ['--input-type=module', '-e', probe, dir, join(work, 'history-cache.json')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', done);
  });
  const phase = phases.end();
  phases.stop();
  if (status !== 0) {
    console.error(`reading the history failed:\n${output}`);
    process.exit(1);
  }
  type Pass = { seconds: number; changes: number; figures?: { commits: number; versions: number; bytes: number; cache: string } };
  const figures = JSON.parse(output) as { seconds: number; nodeMb: number; changesMb: number; commits: number; versions: number; bytes: number; dated: number; none?: string; changes: Record<'whole' | 'earlier' | 'next' | 'same', Pass> };
  const withGit = Math.max(figures.nodeMb, (phase?.peakRssMb ?? 0) - Math.round(before / 1048576));
  console.log(
    `agenda history read in ${figures.seconds.toFixed(1)} s: ${figures.commits} commits, ${figures.versions} file versions (${mb(figures.bytes)}), ${figures.dated.toLocaleString('en')} appointments dated; peak memory ${figures.nodeMb} MB (Node), ${withGit} MB with git${figures.none ? ` (${figures.none})` : ''}`,
  );
  const pass = (name: string, read: Pass) => `${name} ${read.seconds.toFixed(1)} s (${read.figures?.commits ?? 0} commits, ${read.figures?.versions ?? 0} file versions, ${mb(read.figures?.bytes ?? 0)})`;
  const { whole, earlier, next, same } = figures.changes;
  console.log(`changes of every dataset: ${whole.changes.toLocaleString('en')} dataset commits; ${pass('whole history', whole)}; ${pass('cache made at HEAD~1', earlier)}; ${pass('then HEAD from the cache', next)}; ${pass('nothing new', same)}; peak memory ${figures.changesMb} MB (Node, with the agenda's history before)`);
}
