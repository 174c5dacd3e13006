// The build as a staff member runs it (`npm run build`), on an organisation folder into an output folder,
// with "today" fixed so that what counts as upcoming does not move. Shared by the build tests.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { resolve } from 'node:path';

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
