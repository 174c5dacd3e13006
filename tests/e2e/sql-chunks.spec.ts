// The SQL page on a database published in chunks, as a large organisation's is (no static host serves a
// file of hundreds of MB): the small fixture built with 8 KiB chunks (VITRINE_SQLITE_CHUNK_BYTES) and
// served on the port after the demo's. In Chromium, the example query answers what the agenda CSV says,
// reading the chunk files in ranges, and only some of them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { watchViolations } from './violations.ts';

const CHUNK = 8192;
const port = Number(process.env.VITRINE_E2E_PORT ?? 4322) + 1;
const origin = `http://127.0.0.1:${port}`;
const root = resolve(import.meta.dirname, '../..');
let work: string;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(join(tmpdir(), 'vitrine-sql-chunks-'));
  const built = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITRINE_SITE_DIR: join(root, 'tests/fixtures/small-org'), VITRINE_OUT: join(work, 'site'), VITRINE_TODAY: '2026-11-20', VITRINE_SQLITE_CHUNK_BYTES: String(CHUNK) },
  });
  if (built.status !== 0) throw new Error(`the fixture did not build:\n${built.stdout}\n${built.stderr}`);
  server = spawn(process.execPath, ['scripts/serve.ts', join(work, 'site'), String(port)], { cwd: root, stdio: 'ignore' });
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${origin}/`).then((response) => response.ok, () => false);
    if (up) break;
    if (tries > 100) throw new Error(`the server on ${origin} did not start`);
    await new Promise((done) => setTimeout(done, 100));
  }
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

test('the example query counts the appointments of each year from a database in chunks, reading only some of them, in ranges', async ({ page, request }) => {
  const chunks = readdirSync(join(work, 'site', 'data')).filter((name) => /^datasets\.sqlite\.\d{3}$/.test(name));
  expect(chunks.length).toBeGreaterThan(3);
  const violations = await watchViolations(page);
  const reads: Array<{ file: string; range: string | undefined; status: number }> = [];
  page.context().on('requestfinished', async (finished) => {
    const path = new URL(finished.url()).pathname;
    // GET only: the reader first asks for the first chunk's size with a HEAD request.
    if (!path.startsWith('/data/datasets.sqlite') || finished.method() !== 'GET') return;
    reads.push({ file: path.replace('/data/', ''), range: (await finished.allHeaders()).range, status: (await finished.response())?.status() ?? 0 });
  });
  await page.goto(`${origin}/en/sql/`);
  await page.getByRole('button', { name: 'Appointments per year' }).click();
  await expect(page.getByRole('status')).toContainText(/\d+ rows?\./, { timeout: 30_000 });

  const agenda = Papa.parse<Record<string, string>>((await (await request.get(`${origin}/data/agenda.csv`)).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const perYear = new Map<string, number>();
  for (const row of agenda) perYear.set(row.date?.slice(0, 4) ?? '', (perYear.get(row.date?.slice(0, 4) ?? '') ?? 0) + 1);
  const cells = await page.locator('#sql-result tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? '')));
  expect(cells).toEqual([...perYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, count]) => [year, String(count)]));

  // Only chunk files were read (never a whole database, which is not published), in ranges, and not all of them.
  expect(reads.length).toBeGreaterThan(0);
  for (const read of reads) {
    expect(read.file).toMatch(/^datasets\.sqlite\.\d{3}$/);
    expect(read.range).toMatch(/^bytes=\d+-\d+$/);
    expect(read.status).toBe(206);
  }
  const read = new Set(reads.map((entry) => entry.file));
  expect(read.size).toBeGreaterThan(0);
  expect(read.size).toBeLessThan(chunks.length);
  expect(violations).toEqual([]);
});
