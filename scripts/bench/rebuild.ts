/**
 * The benchmark's rebuild (`npm run bench`, after the full build): one appointment's title changed in the
 * generated organisation, the build run again with the build cache the full build left, timed per phase;
 * then, below size L, a build without the cache of the same files, and every file of both compared. The
 * appointment's file is put back as it was afterwards. Figures only: nothing passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PhaseFigures } from '../../src/lib/build/phases.ts';
import { readCsv } from '../../src/lib/loading/sources/csv.ts';

interface Rebuild {
  root: string;
  org: string;
  out: string;
  report: string;
  size: string;
  env: NodeJS.ProcessEnv;
}

/** Changes the title of an appointment in the middle of the newest agenda file; returns how to put it back. */
function changeOneAppointment(org: string): { file: string; id: string; restore: () => void } {
  const folder = join(org, 'data', 'agenda');
  const name = readdirSync(folder).filter((file) => file.endsWith('.csv')).sort().at(-1);
  if (!name) throw new Error('the generated organisation has no agenda');
  const path = join(folder, name);
  const original = readFileSync(path, 'utf8');
  const text = original.replace(/^\uFEFF/, '');
  const offset = original.length - text.length;
  const { records } = readCsv(text, name);
  // The title in its first language's column (`title.nl`, read as { nl, fr, en }), or a title without language.
  const titleOf = (values: Record<string, unknown>) => {
    const title = values.title;
    return typeof title === 'string' ? title : title && typeof title === 'object' ? String(Object.values(title)[0] ?? '') : '';
  };
  // An appointment in the middle of the file whose title is written as is (no quotes to escape).
  const at = records.findIndex((record, index) => index >= records.length / 2 && /^[^",\n]+$/.test(titleOf(record.values)));
  const record = records[at];
  if (!record) throw new Error(`no appointment in ${name} whose title could be changed`);
  const start = offset + record.start;
  const end = offset + (records[at + 1]?.start ?? text.length);
  const title = titleOf(record.values);
  const row = original.slice(start, end);
  const changed = row.replace(`,${title},`, `,${title} (changed),`);
  if (changed === row) throw new Error(`could not change the title of ${String(record.values.id)}`);
  writeFileSync(path, original.slice(0, start) + changed + original.slice(end));
  return { file: relative(org, path), id: String(record.values.id), restore: () => writeFileSync(path, original) };
}

function hashes(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(folder, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return found;
}

function build(root: string, env: NodeJS.ProcessEnv): { seconds: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`the rebuild failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
}

export function benchRebuild({ root, org, out, report, size, env }: Rebuild): void {
  const change = changeOneAppointment(org);
  try {
    const rebuilt = build(root, env);
    const figures = JSON.parse(readFileSync(report, 'utf8')) as { phases: PhaseFigures[]; seconds: number };
    console.log(`\nRebuild after one changed appointment (${change.id} in ${change.file}): ${rebuilt.seconds.toFixed(1)} s end to end (build script ${figures.seconds.toFixed(1)} s)`);
    console.log(rebuilt.stdout.split('\n').find((line) => line.includes('✓ validated in'))?.trim() ?? 'no validation line');
    console.log(rebuilt.stdout.split('\n').find((line) => line.includes('build cache:'))?.trim() ?? 'no build cache line');
    console.log(rebuilt.stdout.split('\n').find((line) => line.includes('search index of'))?.trim() ?? 'no search index line');
    // Astro's log of each page (the bench's builds run with VITRINE_VERBOSE) says which it copied from the previous build.
    const pages = rebuilt.stdout.replace(/\u001b\[[0-9;]*m/g, '').match(/ \/\S+\.html \(\+\d+(?:\.\d+)?m?s\)| \/\S+\.html \(restored\)/g) ?? [];
    const restored = pages.filter((line) => line.endsWith('(restored)')).length;
    console.log(`pages: ${restored.toLocaleString('en')} copied by Astro's incremental build, ${(pages.length - restored).toLocaleString('en')} rendered`);
    console.log('phase            wall s   peak RSS MB');
    for (const phase of figures.phases) console.log(`${phase.name.padEnd(16)} ${phase.seconds.toFixed(1).padStart(6)}   ${String(phase.peakRssMb).padStart(11)}`);
    if (size === 'L') {
      console.log('(not compared with a build without the cache at L: that is another full build)');
      return;
    }
    const full = `${out}-full`;
    const fullBuild = build(root, { ...env, VITRINE_OUT: full, VITRINE_CACHE: 'off', VITRINE_REPORT: `${report}.full` });
    const [a, b] = [hashes(out), hashes(full)];
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
    console.log(`the same files built without the cache (${fullBuild.seconds.toFixed(1)} s): ${differ.length === 0 ? `all ${a.size.toLocaleString('en')} files byte-identical` : `${differ.length} files differ: ${differ.slice(0, 10).join(', ')}`}`);
    rmSync(full, { recursive: true, force: true });
  } finally {
    change.restore();
  }
}
