/**
 * Lighthouse against a built portal, in Debian's Chromium: `node scripts/lighthouse.ts [folder] [port] [lang]`
 * (default `dist`, 4360, the site's default language). Serves the folder on 127.0.0.1, audits the home
 * page, an official, the agenda, the money page and a dataset page, prints every score (performance too)
 * and exits 1 when accessibility is under 100 or best practices or SEO under 95. The browser tests run the
 * same audit through `audit()` (tests/e2e/lighthouse.spec.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** The lowest score each category may have (performance is printed, not held to a line). */
export const MINIMUM: Record<Category, number | undefined> = { performance: undefined, accessibility: 100, 'best-practices': 95, seo: 95 };

export interface PageScores {
  path: string;
  /** Scores out of 100. */
  scores: Record<Category, number>;
  /** The audits that cost points in a category with a line, e.g. `seo: hreflang (Document doesn't have a valid hreflang)`. */
  failed: string[];
}

/** The pages audited, in one language: home, an official (the one with the fullest page), the agenda, the money page, a dataset. */
export function pagesToAudit(site: string, lang: string): string[] {
  const folder = join(site, lang, 'officials');
  const size = (id: string) => statSync(join(folder, id, 'index.html')).size;
  const official = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
  return [`/${lang}/`, `/${lang}/officials/${official}/`, `/${lang}/agenda/`, `/${lang}/money/`, `/${lang}/datasets/agenda/`];
}

/** Audits pages of a served portal in one headless Chromium, one after the other. */
export async function audit(baseUrl: string, paths: string[]): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const results: PageScores[] = [];
    for (const path of paths) {
      const run = await lighthouse(new URL(path, baseUrl).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failed = CATEGORIES.filter((category) => MINIMUM[category] !== undefined).flatMap((category) =>
        (categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}: ${ref.id} (${audits[ref.id]?.title ?? ''})`),
      );
      results.push({ path, scores, failed });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** The scores as a table, one line per page. */
export function report(results: PageScores[]): string {
  const lines = [`${'page'.padEnd(42)}${CATEGORIES.map((category) => category.padStart(16)).join('')}`];
  for (const result of results) {
    lines.push(`${result.path.padEnd(42)}${CATEGORIES.map((category) => String(result.scores[category]).padStart(16)).join('')}`);
    for (const failure of result.failed) lines.push(`    ${failure}`);
  }
  return lines.join('\n');
}

/** What falls short of the lines, e.g. `/nl/money/: seo 92 < 95`. */
export function shortfalls(results: PageScores[]): string[] {
  return results.flatMap((result) =>
    CATEGORIES.flatMap((category) => {
      const minimum = MINIMUM[category];
      return minimum !== undefined && result.scores[category] < minimum ? [`${result.path}: ${category} ${result.scores[category]} < ${minimum}`] : [];
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const site = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? 4360);
  // The default language: where `/` sends the reader.
  const lang = process.argv[4] ?? readFileSync(join(site, 'index.html'), 'utf8').match(/url=\/([a-z]{2})\//)?.[1] ?? 'nl';
  const server = spawn(process.execPath, [resolve(import.meta.dirname, 'serve.ts'), site, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ready, fail) => {
    server.stdout.once('data', () => ready());
    server.once('exit', (code) => fail(new Error(`the server stopped (${code})`)));
  });
  try {
    const results = await audit(`http://127.0.0.1:${port}`, pagesToAudit(site, lang));
    console.log(report(results));
    const short = shortfalls(results);
    if (short.length > 0) {
      console.error(`\n✗ under the line:\n${short.join('\n')}`);
      process.exitCode = 1;
    } else console.log('\n✓ accessibility 100, best practices and SEO at least 95 on every page');
  } finally {
    server.kill();
  }
}
