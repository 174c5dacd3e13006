// Lighthouse against the built demo portal in Debian's Chromium: the home page, an official, the agenda,
// the money page and a dataset page, in the default language. Accessibility must be 100, best practices
// and SEO at least 95; performance is printed, not held to a line (it varies from run to run).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { audit, pagesToAudit, report, shortfalls } from '../../scripts/lighthouse.ts';

const out = process.env.VITRINE_E2E_OUT ?? '.vitrine-build/e2e-site';
const lang = (parse(readFileSync('data/site.yaml', 'utf8')) as { defaultLanguage: string }).defaultLanguage;

test(`Lighthouse: accessibility 100, best practices and SEO at least 95 (${lang})`, async ({ baseURL }, info) => {
  const paths = pagesToAudit(out, lang);
  test.setTimeout(30_000 * paths.length);
  const results = await audit(baseURL ?? '', paths);
  const table = report(results);
  console.log(`\n${table}`);
  await info.attach('lighthouse-scores.txt', { body: table, contentType: 'text/plain' });
  expect(results.map((result) => result.path)).toEqual(paths);
  expect(shortfalls(results), table).toEqual([]);
});
