// The build as a staff member runs it (`npm run build`), on an organisation folder into an output folder,
// with "today" fixed so that what counts as upcoming does not move. Shared by the build tests.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Runs scripts/build.ts and returns what it printed and its exit status; `env`: more settings (lowered bounds). */
export function runBuild(siteDir: string, outDir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITRINE_SITE_DIR: resolve(root, siteDir), VITRINE_OUT: outDir, VITRINE_TODAY: '2026-11-20', ...env },
  });
}

/** Runs scripts/build.ts and throws, with its output, when the build fails. */
export function build(siteDir: string, outDir: string, env: Record<string, string> = {}): void {
  const result = runBuild(siteDir, outDir, env);
  if (result.status !== 0) throw new Error(`${siteDir} did not build:\n${result.stdout}\n${result.stderr}`);
}

/** Every file below a folder with the SHA-256 of its bytes, by path: two builds compared file by file. */
export function fileHashes(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return found;
}

/** The pages Astro's incremental build copied from the previous build, from a build's log (VITRINE_VERBOSE). */
export function restoredPages(stdout: string): string[] {
  return [...stdout.replace(/\u001b\[[0-9;]*m/g, '').matchAll(/ (\/\S+\.html) \(restored\)/g)].map((match) => match[1] as string);
}
