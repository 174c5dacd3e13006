/**
 * Runs every test: `npm test`. Type checks (astro check and tsc), unit and build tests (Vitest), browser
 * tests (Playwright in Debian's Chromium). Every runner runs even when an earlier one failed, and the last
 * line adds them up: `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = '.vitrine-build/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
const bin = (name: string) => join('node_modules', '.bin', name);

let passed = 0;
let failed = 0;

console.log('\n— types: astro check and tsc');
if (run(bin('astro'), ['check']) && run(bin('tsc'), ['--noEmit'])) passed += 1;
else failed += 1;

console.log('\n— unit and build tests: vitest');
const vitestReport = join(reports, 'vitest.json');
run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number; success: boolean };
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.success || report.numFailedTests > 0 ? 0 : 1);
} else failed += 1;

console.log('\n— browser tests: playwright');
const playwrightReport = join(reports, 'playwright.json');
spawnSync(bin('playwright'), ['test', '--reporter=list,json'], { stdio: 'inherit', env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport } });
if (existsSync(playwrightReport)) {
  const report = JSON.parse(readFileSync(playwrightReport, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected + (report.errors?.length && report.stats.expected === 0 ? 1 : 0);
} else failed += 1;

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
