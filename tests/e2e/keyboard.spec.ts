// The main journeys with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys: no mouse, no
// clicks), in Chromium against the built demo portal. Every element that receives the focus on the way
// must show it. Then the pages at 360 px and at 200 % zoom, without sideways scrolling, with screenshots.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';

const TODAY = '2026-11-20';
type Row = Record<string, string>;
const agenda: Row[] = readdirSync('data/agenda')
  .filter((name) => name.endsWith('.csv'))
  .flatMap((name) => Papa.parse<Row>(readFileSync(`data/agenda/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data);
const officialsOf = (row: Row) => (row.officials ?? '').split(';').map((id) => id.trim());
const key = (row: Row) => `${row.date ?? ''}${row.start ?? ''}`;
const official = 'sofie-van-rompaey';
const name = (parse(readFileSync(`data/officials/${official}.yaml`, 'utf8')) as { name: string }).name;

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  hreflang: string | null;
  className: string;
  /** Whether the focus can be seen: an outline of at least 2 px, or a box shadow. */
  visible: boolean;
  style: string;
}

/** What has the focus now, and whether its focus indicator shows. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', text: '', href: null, id: '', hreflang: null, className: '', visible: false, style: 'nothing focused' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: element.getAttribute('href'),
      id: element.id,
      hreflang: element.getAttribute('hreflang'),
      className: element.className,
      visible: outline || shadow,
      style: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}`,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, checking on the way that every focus shows. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean, { back = false, max = 250 } = {}): Promise<Focused> {
  // The focus rings are the site's style sheet's: judged once it is in effect (a CI run once read the first
  // focus with Chromium's default ring, the sheet not yet applied); a sheet that never loads fails here.
  await expect
    .poll(() => page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0)), { message: 'the site’s style sheet is in effect' })
    .toBe(true);
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (element.tag === 'body') continue;
    expect(element.visible, `focus indicator on <${element.tag} id="${element.id}" class="${element.className}"> “${element.text.slice(0, 60)}”: ${element.style}`).toBe(true);
    if (wanted(element)) return element;
  }
  throw new Error(`nothing matching was reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'} on ${page.url()}`);
}

test.describe('with the keyboard alone', () => {
  test('from the home page, a citizen reaches an official’s page and their latest appointment', async ({ page }) => {
    await page.goto('/en/');
    await tabTo(page, (element) => element.href === '/en/officials/' && element.text === 'Officials');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/officials\/$/);
    await tabTo(page, (element) => element.href === `/en/officials/${official}/`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    // The summary links to the appointments; the latest one heads the table it leads to.
    await tabTo(page, (element) => element.href === '#agenda');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#agenda$/);
    const latest = agenda.filter((row) => officialsOf(row).includes(official) && (row.date ?? '') <= TODAY).sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : (a.id ?? '') < (b.id ?? '') ? -1 : 1))[0];
    const first = page.getByRole('table', { name: 'Recent appointments' }).locator('tbody tr').first();
    await expect(first).toHaveAttribute('id', latest?.id ?? '');
    await expect(first).toBeInViewport();
  });

  test('the language switch keeps the reader on the same page, forwards and backwards', async ({ page }) => {
    await page.goto(`/nl/officials/${official}/`);
    await tabTo(page, (element) => element.hreflang === 'fr');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/fr/officials/${official}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // On past the switch into the page, then back with Shift+Tab to English.
    await tabTo(page, (element) => element.href === '#agenda');
    await tabTo(page, (element) => element.hreflang === 'en', { back: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/officials/${official}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });

  test('the agenda filters work with Tab, arrow keys, Space and Enter', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/en/agenda/');
    // On a narrow screen the filters fold away behind their heading (after the menu's button): Enter unfolds them.
    const summary = await tabTo(page, (element) => element.tag === 'summary' && element.text !== 'Menu');
    expect(summary.text).toBe('Filter the agenda');
    await page.keyboard.press('Enter');
    await expect(page.locator('#agenda-filter details')).toHaveJSProperty('open', true);
    await tabTo(page, (element) => element.id === 'filter-official');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#filter-official').inputValue();
    expect(chosen).not.toBe('');
    await tabTo(page, (element) => element.id === 'filter-category');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const category = await page.locator('#filter-category').inputValue();
    await tabTo(page, (element) => element.tag === 'button' && element.text === 'Show appointments');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(new RegExp(`official=${chosen}&category=${category}`));
    const expected = agenda.filter((row) => officialsOf(row).includes(chosen) && row.category === category).length;
    await expect(page.locator('#agenda-results-count')).toHaveText(expected ? `${expected} appointments match` : 'No appointment matches these filters.');
    // The results' links are next in the tab order.
    if (expected) {
      const link = await tabTo(page, (element) => element.tag === 'a' && /^\/en\/agenda\/\d{4}-\d{2}\/#a-/.test(element.href ?? ''));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${link.href}$`));
    }
  });

  test('a search from the header of any page finds an official, and the result opens with Enter', async ({ page }) => {
    await page.goto('/fr/agenda/');
    await tabTo(page, (element) => element.id === 'site-search-q');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/fr\/search\/\?q=/);
    await expect(page.locator('#search-q')).toHaveValue(name);
    await expect(page.locator('#search-list li').first()).toBeVisible();
    // The filters of the search page take arrow keys too: only officials.
    await tabTo(page, (element) => element.id === 'search-type');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-type')).toHaveValue('official');
    await tabTo(page, (element) => element.id === 'search-submit');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/type=official/);
    await expect(page.locator('#search-status')).toHaveText('1 résultat');
    await tabTo(page, (element) => element.href === `/fr/officials/${official}/`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/fr/officials/${official}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });

  for (const [what, path, box] of [
    ['the agenda’s tables', '/en/agenda/2025-03/', 'main .table-scroll'],
    ['the charts’ tables', '/en/money/', '.chart-figure .table-scroll'],
  ] as const) {
    test(`on a narrow screen, ${what} need no sideways scrolling: rows are blocks of labelled values, their links reached with Tab`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      const boxes = page.locator(box);
      expect(await boxes.count(), path).toBeGreaterThan(0);
      // No box of that kind has anything to scroll sideways (tests/e2e/phone.spec.ts checks every cell of every page)…
      const wide = await boxes.evaluateAll((all) => all.filter((element) => element.scrollWidth > element.clientWidth + 1).length);
      expect(wide, `${path}: tables wider than their box at 360 px`).toBe(0);
      // …each value shows its column's header beside it…
      const target = boxes.first();
      // (the header of the cell's column, whether the table says it once or the cell carries it)
      const { label, shown } = await target.locator('tbody td').first().evaluate((cell) => ({
        label: (cell.closest('table')?.tHead?.rows[0]?.cells[(cell as HTMLTableCellElement).cellIndex]?.textContent ?? '').trim(),
        shown: getComputedStyle(cell, '::before').content,
      }));
      expect(label, path).not.toBe('');
      expect(shown, path).toContain(label);
      // …and Tab goes from the table's box to its first link with a visible focus, without scrolling anything sideways.
      const link = await target.locator('tbody a').first().getAttribute('href');
      await target.evaluate((element) => element.setAttribute('data-box', ''));
      let reached = false;
      for (let step = 0; step < 300 && !reached; step++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-box') ?? false);
      }
      expect(reached, `${path}: Tab reaches the box of the table`).toBe(true);
      const inside = await tabTo(page, (element) => element.tag === 'a', { max: 5 });
      expect(inside.href, path).toBe(link);
      await page.keyboard.press('ArrowRight');
      expect(await target.evaluate((element) => element.scrollLeft), path).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    });
  }

  test('on a middle-sized screen, a table still wider than its box shows a shadow where there is more, and scrolls with the arrow keys', async ({ page }) => {
    // At 800 px tables are tables again; the signals, with seven columns and long evidence ids, are wider than their box.
    await page.setViewportSize({ width: 800, height: 800 });
    const path = '/en/rules/';
    await page.goto(path);
    const box = 'main .table-scroll';
    const wide = await page.locator(box).evaluateAll((boxes) => boxes.findIndex((element) => element.scrollWidth > element.clientWidth + 1));
    expect(wide, `${path}: a table wider than its box at 800 px`).toBeGreaterThanOrEqual(0);
    const target = page.locator(box).nth(wide);
    const shadow = () => target.evaluate((element) => getComputedStyle(element).boxShadow);
    // The cue: a shadow on the right, where the rest of the table is (none on a box with nothing to scroll).
    const still = await page.locator(box).evaluateAll((boxes) => boxes.filter((element) => element.scrollWidth <= element.clientWidth + 1).map((element) => getComputedStyle(element).boxShadow));
    expect(still.filter((value) => value !== 'none'), `${path}: a shadow on a box with nothing to scroll`).toEqual([]);
    expect(await shadow(), `${path}: a scroll cue`).toMatch(/rgba\(0, 0, 0, 0\.4\) -\d+px/);
    await target.evaluate((element) => element.setAttribute('data-wide', ''));
    let reached = false;
    for (let step = 0; step < 300 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-wide') ?? false);
    }
    expect(reached, `${path}: Tab reaches the box of the table, so that the arrow keys can scroll it`).toBe(true);
    const focus = await focused(page);
    expect(focus.visible, focus.style).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => target.evaluate((element) => element.scrollLeft), { message: path }).toBeGreaterThan(0);
    // Scrolled: now there is more on the left too.
    await expect.poll(shadow, { message: path }).toMatch(/rgba\(0, 0, 0, 0\.4\) \d+px.*rgba\(0, 0, 0, 0\.4\) -\d+px/);
  });

  test('the skip link, then every link and control of a page with tables shows its focus', async ({ page }) => {
    await page.goto('/nl/datasets/agenda/');
    const skip = await tabTo(page, () => true);
    expect(skip.href).toBe('#content');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // Through the whole page to the footer's last link.
    await tabTo(page, (element) => element.href === '/calendar/nl/all.ics');
  });
});

const PAGES = ['/nl/', `/fr/officials/${official}/`, '/en/agenda/', '/nl/money/', '/fr/datasets/agenda/', `/en/search/?q=${encodeURIComponent(name)}`];
const noSidewaysScroll = async (page: Page, path: string) => {
  await page.goto(path);
  if (path.includes('/search/')) await expect(page.locator('#search-list li').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, path).toBeLessThanOrEqual(0);
};
const shot = (path: string, suffix: string) => `${path.replace(/[/?=&%]+/g, '_').replace(/^_|_$/g, '')}-${suffix}.png`;

for (const width of [360, 1280]) {
  test(`pages read at ${width} px wide without sideways scrolling (screenshots kept)`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of PAGES) {
      await noSidewaysScroll(page, path);
      await page.screenshot({ path: info.outputPath(shot(path, `${width}`)), fullPage: true });
    }
  });
}

test.describe('at 200 % zoom', () => {
  // A 1280 px window zoomed to 200 % lays pages out in 640 CSS pixels, each drawn with 2 device pixels.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('pages read without sideways scrolling and the header stays usable', async ({ page }, info) => {
    for (const path of PAGES) {
      await noSidewaysScroll(page, path);
    }
    await page.goto('/nl/');
    await expect(page.getByRole('search', { name: 'Zoeken op de site' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await page.screenshot({ path: info.outputPath('nl-home-200-percent.png') });
  });
});
