// Money and interests in Chromium against the built demo portal: charts drawn from their tables, no
// chart code where there are no charts, and the gifts register filtered by keyboard alone.
// Expected rows come straight from the demo's data files, not from the pages.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

type Row = Record<string, string>;
const gifts: Row[] = readdirSync('data/gifts')
  .filter((name) => name.endsWith('.csv'))
  .flatMap((name) => Papa.parse<Row>(readFileSync(`data/gifts/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data);
/** A string only Chart.js has. */
const CHART_CODE = 'Canvas is already in use';

/** The JavaScript a page loads while it opens, with the text of each file. */
async function scriptsLoaded(page: Page, path: string): Promise<Array<{ url: string; text: string }>> {
  const scripts: Array<Promise<{ url: string; text: string }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((text) => ({ url: response.url(), text })));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

test.describe('charts', () => {
  test('the officials directory loads no chart code', async ({ page }) => {
    const scripts = await scriptsLoaded(page, '/en/officials/');
    for (const script of scripts) expect(script.text, script.url).not.toContain(CHART_CODE);
    const inline = await page.locator('script:not([src])').allTextContents();
    for (const text of inline) expect(text).not.toContain(CHART_CODE);
    await expect(page.locator('[data-chart], canvas')).toHaveCount(0);
  });

  test('the money pages draw each chart from the table beside it', async ({ page }) => {
    const scripts = await scriptsLoaded(page, '/en/money/');
    expect(scripts.some((script) => script.text.includes(CHART_CODE))).toBe(true);
    for (const path of ['/en/money/', '/nl/money/2025/']) {
      await page.goto(path);
      const figures = page.locator('[data-chart]');
      const count = await figures.count();
      expect(count, path).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const figure = figures.nth(index);
        const canvas = figure.locator('canvas');
        await expect(canvas).toBeVisible();
        await expect(canvas).toHaveAttribute('aria-label', /.+/);
        // Chart.js has painted: the canvas holds pixels that are not transparent.
        await expect.poll(() => canvas.evaluate((element: HTMLCanvasElement) => {
          const context = element.getContext('2d');
          if (!context || element.width === 0) return 0;
          const { data } = context.getImageData(0, 0, element.width, element.height);
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
          return painted;
        })).toBeGreaterThan(500);
        const table = figure.locator('table');
        // The table is named: by its caption, or by the heading above it where a caption would repeat it.
        await expect(table).toHaveAccessibleName(/.+/);
        expect(await table.locator('thead th[data-series]').count()).toBeGreaterThan(0);
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      }
      await expect(page.locator('.table-source a[href^="/data/"]').first()).toBeVisible();
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the tables are there and the empty chart boxes are not', async ({ page }) => {
      await page.goto('/en/money/2026/');
      await expect(page.locator('[data-chart-box]').first()).toBeHidden();
      await expect(page.getByRole('table', { name: 'Income and spending per month, 2026' })).toBeVisible();
    });
  });
});

/** Whether a gift's value is an exact amount, rather than unknown, a bound or a range. */
const isAmount = (value: string | undefined) => /^\d+(?:\.\d{1,2})?$/.test(value ?? '');

test.describe('the gifts register', () => {
  test('filters by official, year and outcome with the keyboard alone', async ({ page }) => {
    await page.goto('/en/gifts/');
    const official = page.getByLabel('Official', { exact: true });
    await expect(official).toBeVisible();
    // Reach the form as a keyboard user does and change each choice with the arrow keys.
    await official.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Year', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Outcome', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    const apply = page.getByRole('button', { name: 'Show gifts' });
    await expect(apply).toBeFocused();
    await page.keyboard.press('Enter');

    const chosen = await official.inputValue();
    expect(chosen).not.toBe('');
    const expected = gifts.filter((gift) => gift.official === chosen).map((gift) => gift.id).sort();
    const shown = async () => (await page.locator('#gifts tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.id))).sort();
    expect(await shown()).toEqual(expected);
    await expect(page.locator('#gifts-count')).toContainText(`${expected.length} gifts shown`);
    await expect(page).toHaveURL(new RegExp(`\\?official=${chosen}$`));

    // Narrow to a year, then to an outcome, still by keyboard.
    const year = page.getByLabel('Year', { exact: true });
    await year.focus();
    await page.keyboard.press('ArrowDown');
    const chosenYear = await year.inputValue();
    const byYear = gifts.filter((gift) => gift.official === chosen && gift.date?.startsWith(chosenYear)).map((gift) => gift.id).sort();
    expect(await shown()).toEqual(byYear);

    const outcome = page.getByLabel('Outcome', { exact: true });
    await outcome.focus();
    await page.keyboard.press('ArrowDown');
    const chosenOutcome = await outcome.inputValue();
    const byOutcome = gifts.filter((gift) => gift.official === chosen && gift.date?.startsWith(chosenYear) && (gift.outcome || 'none') === chosenOutcome).map((gift) => gift.id).sort();
    expect(await shown()).toEqual(byOutcome);
    if (byOutcome.length === 0) await expect(page.locator('#gifts-none')).toBeVisible();

    // The total in the footer is the exact sum of the exact values of the rows shown (a value unknown or
    // given as a range is counted apart; with no exact value among them there is no sum).
    const exact = gifts.filter((gift) => byOutcome.includes(gift.id ?? '') && isAmount(gift.value));
    const cents = exact.reduce((sum, gift) => sum + Math.round(Number(gift.value) * 100), 0);
    const total = (await page.locator('#gifts tfoot [data-register-total]').textContent()) ?? '';
    if (byOutcome.length > 0 && exact.length === 0) expect(total).toBe('—');
    else expect(Number(total.replace(/\D/g, ''))).toBe(cents);

    // Reset shows every gift again.
    await page.getByRole('button', { name: 'Show every gift' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown()).length).toBe(gifts.length);
  });

  test('counts the gifts of unknown value apart from the sum, and never shows them as 0', async ({ page }) => {
    const unknown = gifts.find((gift) => gift.value === 'unknown');
    expect(unknown, 'the demo has a gift of unknown value').toBeDefined();
    const year = unknown?.date?.slice(0, 4) ?? '';
    await page.goto(`/en/gifts/?official=${unknown?.official}&year=${year}`);
    const selected = gifts.filter((gift) => gift.official === unknown?.official && gift.date?.startsWith(year));
    await expect(page.locator('#gifts tbody tr:visible')).toHaveCount(selected.length);
    const row = page.locator(`#gifts tr[id="${unknown?.id}"]`);
    await expect(row.locator('td.num')).toHaveText('value unknown');
    const valueless = selected.filter((gift) => gift.value === 'unknown').length;
    const ranged = selected.filter((gift) => gift.value !== 'unknown' && !isAmount(gift.value)).length;
    const uncounted = page.locator('#gifts tfoot [data-register-uncounted]');
    await expect(uncounted).toBeVisible();
    await expect(uncounted).toContainText(`${valueless} ${valueless === 1 ? 'gift' : 'gifts'} of unknown value`);
    if (ranged > 0) await expect(uncounted).toContainText(`${ranged} ${ranged === 1 ? 'gift' : 'gifts'} whose value is given only as a range or bound`);
    const cents = selected.filter((gift) => isAmount(gift.value)).reduce((sum, gift) => sum + Math.round(Number(gift.value) * 100), 0);
    const total = (await page.locator('#gifts tfoot [data-register-total]').textContent()) ?? '';
    expect(Number(total.replace(/\D/g, ''))).toBe(cents);
  });

  test('keeps the filters of a shared address', async ({ page }) => {
    const [first] = gifts;
    await page.goto(`/nl/gifts/?official=${first?.official}&year=${first?.date?.slice(0, 4)}`);
    await expect(page.getByLabel('Mandataris', { exact: true })).toHaveValue(first?.official ?? '');
    const expected = gifts.filter((gift) => gift.official === first?.official && gift.date?.slice(0, 4) === first?.date?.slice(0, 4)).length;
    await expect(page.locator('#gifts tbody tr:visible')).toHaveCount(expected);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the register is browsed by outcome through plain links', async ({ page }) => {
      await page.goto('/en/gifts/');
      await expect(page.locator('#gifts-filter')).toBeHidden();
      await page.getByRole('navigation', { name: 'Browse the register' }).getByRole('link', { name: 'accepted', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gifts and hospitality: accepted');
      const expected = gifts.filter((gift) => gift.outcome === 'accepted').map((gift) => gift.id).sort();
      expect((await page.locator('#gifts tbody tr').evaluateAll((rows) => rows.map((row) => row.id))).sort()).toEqual(expected);
    });
  });
});
