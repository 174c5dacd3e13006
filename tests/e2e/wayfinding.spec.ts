// Finding one's way as a citizen does, in Chromium against the built demo portal: every section from the
// menu at 360 px with the keyboard alone, the search box's visible label, each key figure of the home page
// leading to a page that counts exactly what it says, the organisations met by name (filter and A–Z
// pages), the page for an unknown address in every language, and search excerpts that read as text.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { translator } from '../../src/i18n/index.ts';
import { organisationSlug } from '../../src/lib/agenda/organisations.ts';
import { normaliseName, ORGANISATION_PAGE_SIZE, MOST_MET } from '../../src/lib/agenda/organisation-index.ts';
import type { Lang } from '../../src/schemas/fields.ts';

const TODAY = '2026-11-20';
type Row = Record<string, string>;
const site = parse(readFileSync('data/site.yaml', 'utf8')) as { languages: Lang[]; defaultLanguage: Lang };
const agenda: Row[] = readdirSync('data/agenda')
  .filter((name) => name.endsWith('.csv'))
  .flatMap((name) => Papa.parse<Row>(readFileSync(`data/agenda/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data);
const organisationsOf = (row: Row) => (row.organisations ?? '').split(';').map((name) => name.trim()).filter(Boolean);
/** Every organisation met, one per slug, with its names. */
const organisations = new Map<string, Set<string>>();
for (const row of agenda) for (const name of organisationsOf(row)) organisations.set(organisationSlug(name), (organisations.get(organisationSlug(name)) ?? new Set()).add(name));

/** Every section of the menu, by address after /<lang>/. */
const SECTIONS = ['', 'officials/', 'agenda/', 'organisations/', 'meetings/', 'money/', 'declarations/', 'gifts/', 'travel/', 'remuneration/', 'rules/', 'code-of-ethics/', 'complaints/', 'selection-criteria/', 'datasets/'];

/** The number at the start of a text, in any of the site's number formats (`1.234`, `1,234`, `1 234`). */
const numberIn = (text: string) => Number((/^[\d.,\s\u202f\u00a0]+/.exec(text.trim())?.[0] ?? '').replace(/[^\d]/g, ''));

async function focusedHref(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
}

test.describe('the menu', () => {
  for (const lang of site.languages) {
    test(`at 360 px, "Menu" opens with the keyboard and every section is reached with Tab (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/${lang}/money/`);
      const menu = page.getByRole('navigation', { name: translator(lang)('nav.label') });
      // Folded: the sections are not on the screen until asked for.
      await expect(menu.getByRole('link', { name: translator(lang)('nav.gifts'), exact: true })).toBeHidden();
      let reached = false;
      for (let step = 0; step < 30 && !reached; step++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
      }
      expect(reached, 'Tab reaches the menu button').toBe(true);
      await expect(page.locator(':focus')).toHaveText(translator(lang)('nav.menu'));
      await page.keyboard.press('Enter');
      const seen: string[] = [];
      for (let step = 0; step < SECTIONS.length; step++) {
        await page.keyboard.press('Tab');
        const href = await focusedHref(page);
        expect(await page.locator(':focus').isVisible(), `${href} is on the screen`).toBe(true);
        seen.push(href ?? '');
      }
      expect(seen).toEqual(SECTIONS.map((section) => `/${lang}/${section}`));
      // The current section is marked, and the open menu fits the screen.
      await expect(menu.locator('a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/money/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // Enter follows the last one.
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/datasets/$`));
    });
  }

  test('on a wide screen every section shows without a button, and works without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/en/');
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu.getByText('Menu', { exact: true })).toBeHidden();
    for (const name of ['Declarations', 'Gifts', 'Travel', 'Remuneration', 'Organisations met', 'Code of ethics']) await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    await context.close();
  });

  test('the search box in the header has a visible label', async ({ page }) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/fr/agenda/');
      const label = page.locator('header label[for="site-search-q"]');
      await expect(label).toBeVisible();
      await expect(label).toHaveText('Rechercher sur le site');
      await expect(page.getByRole('searchbox', { name: 'Rechercher sur le site' })).toBeVisible();
    }
  });
});

test.describe('the home page’s key figures', () => {
  async function figures(page: Page, lang: Lang): Promise<Array<{ value: string; href: string }>> {
    await page.goto(`/${lang}/`);
    return page.locator('.figures li').evaluateAll((items) => items.map((item) => ({ value: item.querySelector('strong')?.textContent ?? '', href: item.querySelector('a')?.getAttribute('href') ?? '' })));
  }

  test('each leads to a page that counts exactly what it says', async ({ page }) => {
    const [officials, appointments, meetings, spent] = await figures(page, 'en');
    expect([officials, appointments, meetings, spent].every(Boolean)).toBe(true);

    // Officials in office: the directory filtered on them (and, without JavaScript, their section).
    expect(officials?.href).toBe('/en/officials/?status=current#group-current');
    await page.goto(officials?.href ?? '');
    await expect(page.locator('section[data-group] li[data-status]:visible')).toHaveCount(numberIn(officials?.value ?? ''));
    await expect(page.locator('#group-current [data-count]')).toHaveText(String(numberIn(officials?.value ?? '')));

    // Appointments of the last 30 days, today included: exactly those, on their own pages.
    const from = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const expected = agenda.filter((row) => (row.date ?? '') >= from && (row.date ?? '') <= TODAY).length;
    expect(numberIn(appointments?.value ?? '')).toBe(expected);
    expect(appointments?.href).toBe('/en/agenda/recent/');
    await page.goto(appointments?.href ?? '');
    let rows = 0;
    for (;;) {
      rows += await page.locator('main table tbody tr').count();
      const next = page.locator('a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(rows).toBe(expected);
    // The same days in the agenda's filters.
    await page.goto('/en/agenda/recent/');
    await page.getByRole('link', { name: /agenda’s filters/ }).click();
    await expect(page).toHaveURL(new RegExp(`/en/agenda/\\?from=${from}&to=${TODAY}$`));
    await expect(page.locator('#agenda-results-count')).toHaveText(`${expected} appointments match`);

    // Meetings with minutes: every one listed.
    await page.goto(meetings?.href ?? '');
    await expect(page.locator('main a[href^="/en/meetings/"]')).toHaveCount(numberIn(meetings?.value ?? ''));

    // Spent in the year: that year's page, whose spending adds up to the same amount.
    const year = /\/en\/money\/(\d{4})\/$/.exec(spent?.href ?? '')?.[1];
    expect(year).toBe(TODAY.slice(0, 4));
    await page.goto(spent?.href ?? '');
    await expect(page.locator(`#spending-${year} tfoot td[data-cents]`)).toHaveText(spent?.value ?? '');
  });
});

test.describe('organisations met', () => {
  test('the index shows those met most often, and the A–Z pages list every one, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/nl/organisations/');
    await expect(page.locator('#organisations-filter')).toBeHidden();
    expect(await page.locator('main table tbody tr').count()).toBe(Math.min(MOST_MET, organisations.size));
    const letters = await page.getByRole('navigation', { name: 'Op naam, van A tot Z' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(letters.length).toBeGreaterThan(5);
    const listed: string[] = [];
    for (const letter of letters) {
      await page.goto(letter);
      for (;;) {
        const rows = page.locator('main table tbody tr');
        expect(await rows.count()).toBeLessThanOrEqual(ORGANISATION_PAGE_SIZE);
        listed.push(...(await rows.locator('th a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))));
        const next = page.locator('nav a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }
    }
    expect(listed.sort()).toEqual([...organisations.keys()].map((slug) => `/nl/organisations/${slug}/`).sort());
    await context.close();
  });

  test('the name filter finds any organisation by a part of its name, accents aside, and keeps it in the address', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/fr/organisations/');
    const field = page.getByRole('searchbox', { name: 'Le nom contient' });
    await field.fill('tilleuls');
    const wanted = [...organisations].filter(([, names]) => [...names].some((name) => normaliseName(name).includes('tilleuls'))).length;
    expect(wanted).toBeGreaterThan(0);
    await expect(page.locator('#organisations-count')).toHaveText(new RegExp(`^${wanted} organisations? correspond`));
    await expect(page).toHaveURL(/\?q=tilleuls$/);
    await expect(page.locator('#organisations-results tbody tr')).toHaveCount(Math.min(wanted, 100));
    for (const name of await page.locator('#organisations-results tbody th a').allTextContents()) expect(normaliseName(name)).toContain('tilleuls');
    // The most met are out of the way while a search shows; nothing matches, and then the list comes back.
    await expect(page.getByRole('heading', { name: 'Les plus rencontrées' })).toBeHidden();
    await field.fill('zzzz qqqq');
    await expect(page.locator('#organisations-count')).toContainText('Aucune organisation ne correspond à « zzzz qqqq »');
    await field.fill('');
    await expect(page.getByRole('heading', { name: 'Les plus rencontrées' })).toBeVisible();
    // A shared address shows the same search.
    await page.goto('/fr/organisations/?q=Tilleul');
    await expect(page.locator('#organisations-results tbody tr')).toHaveCount(Math.min(wanted, 100));
    await page.locator('#organisations-results tbody th a').first().click();
    await expect(page).toHaveURL(/\/fr\/organisations\/[a-z0-9-]+\/$/);
  });
});

test.describe('an unknown address', () => {
  test('answers 404 with a page that says so in every language, each in its own', async ({ page }) => {
    const response = await page.goto('/nl/organisations/no-such-thing/');
    expect(response?.status()).toBe(404);
    for (const lang of site.languages) {
      const t = translator(lang);
      const block = page.locator(`section[lang="${lang}"]`);
      await expect(block.getByRole('heading')).toHaveText(t('notFound.title'));
      await expect(block.locator('p')).toHaveText(t('notFound.text'));
      await expect(block.getByRole('link', { name: t('nav.home'), exact: true })).toHaveAttribute('href', `/${lang}/`);
    }
    await expect(page.locator('html')).toHaveAttribute('lang', site.defaultLanguage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(translator(site.defaultLanguage)('notFound.title'));
  });

  test('has a page of its own in each language', async ({ page }) => {
    for (const lang of site.languages) {
      await page.goto(`/${lang}/404/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(translator(lang)('notFound.title'));
    }
  });
});

test('search excerpts keep the words of neighbouring cells apart', async ({ page }) => {
  const party = (parse(readFileSync('data/officials/arnaud-benali.yaml', 'utf8')) as { party: string }).party;
  for (const lang of site.languages) {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(party)}`);
    const first = page.locator('#search-list > li').first();
    await expect(first).toBeVisible();
    const excerpts = await page.locator('#search-list .search-excerpt').allTextContents();
    const label = translator(lang)('official.party');
    // "Party Lijst Open Stad", never "PartyLijst Open Stad".
    expect(excerpts.some((text) => text.includes(`${label} ${party}`)), excerpts.join('\n')).toBe(true);
    for (const text of excerpts) expect(text).not.toContain(`${label}${party}`);
  }
});
