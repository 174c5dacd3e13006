// Site search (Pagefind, one index per language, in parts) in Chromium against the built demo portal: every
// official's name finds their page first in every language, organisations are found in the further parts
// of the index, topics find the meetings about them, the filters narrow the results, and pages other than
// the search page load nothing for search.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readCsv } from '../../src/lib/loading/sources/csv.ts';

const site = parse(readFileSync('data/site.yaml', 'utf8')) as { languages: string[] };
const officials = readdirSync('data/officials')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ id: file.replace(/\.yaml$/, ''), name: (parse(readFileSync(`data/officials/${file}`, 'utf8')) as { name: string }).name }));
const TOPICS: Record<string, string> = { nl: 'mobiliteit', fr: 'mobilité', en: 'mobility' };
const MEETING: Record<string, string> = { nl: 'Vergadering', fr: 'Réunion', en: 'Meeting' };

/** Runs a search through the search page's address and returns the result links, best first. */
async function search(page: Page, lang: string, query: Record<string, string>): Promise<Array<{ href: string; title: string; type: string; marked: string[] }>> {
  await page.goto(`/${lang}/search/?${new URLSearchParams(query).toString()}`);
  const status = page.locator('#search-status');
  await expect(status).not.toHaveText('');
  await expect(status).not.toHaveText(/…$/);
  return page.locator('#search-list > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
      title: item.querySelector('h3 a')?.textContent ?? '',
      type: item.querySelector('.search-type')?.textContent ?? '',
      marked: [...item.querySelectorAll('.search-excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

for (const lang of site.languages) {
  test(`searching the name of each official finds their page first (${lang})`, async ({ page }) => {
    for (const official of officials) {
      const results = await search(page, lang, { q: official.name });
      expect(results[0]?.href, `${official.name} in ${lang}`).toBe(`/${lang}/officials/${official.id}/`);
      expect(results[0]?.title).toBe(official.name);
    }
  });

  test(`a topic finds the pages about it, with the words that matched marked (${lang})`, async ({ page }) => {
    const results = await search(page, lang, { q: TOPICS[lang] ?? 'mobility' });
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const result of results) expect(result.marked.join(' ').toLowerCase(), result.href).toMatch(/mobil/);
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^\\d+ `));
  });
}

test('organisations, indexed in the further parts of the index, are found by their name; the search page loads every part of its language', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) fetched.push(new URL(request.url()).pathname);
  });
  // The demo is built with its index in parts (playwright.config.ts): its organisations are spread over them.
  const { parts } = (await (await page.request.get('/pagefind/search-en.json')).json()) as { parts: string[] };
  expect(parts.filter((part) => part.startsWith('organisations-')).length).toBeGreaterThanOrEqual(2);
  const names = new Set<string>();
  for (const file of readdirSync('data/agenda').filter((name) => name.endsWith('.csv'))) {
    for (const record of readCsv(readFileSync(`data/agenda/${file}`, 'utf8'), file).records) {
      for (const name of String(record.values.organisations ?? '').split(';')) if (name.trim()) names.add(name.trim());
    }
  }
  const sample = [...names].sort().filter((_, index) => index % Math.ceil(names.size / 12) === 0);
  expect(sample.length).toBeGreaterThanOrEqual(10);
  for (const name of sample) {
    const results = await search(page, 'en', { q: name });
    expect(results[0]?.title, name).toBe(name);
    expect(results[0]?.href, name).toMatch(/^\/en\/organisations\/[\w-]+\/$/);
  }
  // Each further part's entry and metadata (loaded again with each page): none is left out, none of another language is read.
  for (const part of parts) expect(fetched, part).toContain(`/pagefind/parts/${part}/pagefind-entry.json`);
  expect(fetched.filter((path) => /^\/pagefind\/parts\/[^/]+\/pagefind\.(nl|fr)_/.test(path))).toEqual([]);
  expect(new Set(fetched.filter((path) => /^\/pagefind\/parts\/[^/]+\/pagefind\.en_.*\.pf_meta$/.test(path))).size).toBe(parts.length);
});

test('a first search on a phone downloads under 350 KB for search, every part of the index included', async ({ page }) => {
  const sizes: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  const results = await search(page, 'nl', { q: TOPICS.nl ?? 'mobiliteit' });
  expect(results.length).toBeGreaterThan(5);
  // The first ten results' excerpts are read too (a fragment each).
  const bytes = (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
  expect(sizes.length).toBeGreaterThan(10);
  expect(bytes).toBeGreaterThan(100_000);
  expect(bytes).toBeLessThan(350_000);
});

test('the filters narrow the results: by kind of page, by official, by year and by body', async ({ page }) => {
  const meetings = await search(page, 'en', { q: 'mobility', type: 'meeting' });
  expect(meetings.length).toBeGreaterThan(0);
  expect(new Set(meetings.map((result) => result.type))).toEqual(new Set([MEETING.en]));
  expect(meetings.every((result) => result.href.startsWith('/en/meetings/'))).toBe(true);
  await expect(page.getByLabel('Kind of page')).toHaveValue('meeting');
  // Each filter offers the values some page of the language marks, as the build listed them, and no other.
  const { filters } = (await (await page.request.get('/pagefind/search-en.json')).json()) as { filters: Record<string, string[]> };
  for (const [label, name] of [['Kind of page', 'type'], ['Year', 'year'], ['Official', 'official'], ['Body', 'body']] as const) {
    const offered = await page.getByLabel(label, { exact: true }).locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(offered.sort(), name).toEqual([...(filters[name] ?? [])].sort());
    expect(offered.length, name).toBeGreaterThan(0);
  }

  // Without words, the filters alone list the pages: every official once.
  await search(page, 'nl', { type: 'official' });
  await expect(page.locator('#search-status')).toHaveText(`${officials.length} resultaten`);
  await page.getByRole('button', { name: 'Toon meer resultaten' }).click();
  await expect(page.locator('#search-list > li')).toHaveCount(officials.length);
  const everyone = await page.locator('#search-list > li h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(everyone.sort()).toEqual(officials.map((official) => `/nl/officials/${official.id}/`).sort());

  // An official present at a meeting of 2025, by the front matter of its minutes.
  const official = officials.find((person) => readdirSync('content/meetings').some((file) => file.startsWith('2025-') && new RegExp(`present:[^:]*\\b${person.id}\\b`).test(readFileSync(`content/meetings/${file}`, 'utf8'))));
  expect(official).toBeDefined();
  const attended = await search(page, 'fr', { type: 'meeting', official: official?.id ?? '', year: '2025' });
  expect(attended.length).toBeGreaterThan(0);
  for (const result of attended) {
    expect(result.href).toMatch(/^\/fr\/meetings\/2025-/);
    await page.goto(result.href);
    await expect(page.locator('main')).toContainText(official?.name ?? '');
    break;
  }

  const council = await search(page, 'en', { type: 'meeting', body: 'council' });
  expect(council.length).toBeGreaterThan(0);
  expect(council.every((result) => /^\/en\/meetings\/[\d-]+-council\/$/.test(result.href))).toBe(true);
});

test('more results show on request, and the back button returns to the earlier search', async ({ page }) => {
  await search(page, 'en', { q: 'council' });
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(page.locator('#search-list > li')).toHaveCount(10);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-list > li').nth(10).locator('a')).toBeFocused();

  await page.getByLabel('Words to search for').fill('budget');
  await page.getByLabel('Words to search for').press('Enter');
  await expect(page).toHaveURL(/\?q=budget$/);
  await expect(page.locator('#search-list > li').first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=council$/);
  await expect(page.getByLabel('Words to search for')).toHaveValue('council');
});

test('the header of every page searches with a plain form; only the search page loads the index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) fetched.push(request.url());
  });
  for (const path of ['/nl/', '/fr/officials/', '/en/agenda/', '/nl/meetings/', '/en/datasets/']) {
    await page.goto(path);
    const form = page.getByRole('search', { name: path.startsWith('/nl') ? 'Zoeken op de site' : path.startsWith('/fr') ? 'Rechercher sur le site' : 'Search the site' });
    await expect(form).toHaveAttribute('action', `/${path.slice(1, 3)}/search/`);
    await expect(form).toHaveAttribute('method', 'get');
  }
  expect(fetched).toEqual([]);
  const official = officials[1];
  await page.getByRole('searchbox', { name: 'Search the site' }).fill(official?.name ?? '');
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=/);
  await expect(page.locator('#search-list > li a').first()).toHaveAttribute('href', `/en/officials/${official?.id}/`);
  expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Each language searches its own index.
  expect(fetched.some((url) => /\/pagefind\/(pagefind\.)?en[_.]/.test(url) || url.includes('/pagefind/wasm.en'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says how to find pages without it', async ({ page }) => {
    await page.goto('/fr/search/?q=budget');
    await expect(page.getByText('La recherche nécessite JavaScript')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
  });
});
