// From a total to its lines, in Chromium against the built demo portal: a spending category of a year is
// one click from the year's page, its lines are listed and filtered in the page; a donor class leads to
// its own lines, already filtered; without JavaScript the list reads page by page. Expected lines come
// straight from the demo's data files, in the list's order (date, then id; at most 250 a page).
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

type Row = Record<string, string>;
const read = (dir: string): Row[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => Papa.parse<Row>(readFileSync(`${dir}/${name}`, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data);
const expenditure = read('data/expenditure');
const cents = (amount: string | undefined) => Math.round(Number(amount ?? 0) * 100);
const byDate = (a: Row, b: Row) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : (a.id ?? '') < (b.id ?? '') ? -1 : 1);
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The year with spending and its category with the most lines (the one most likely to be paged). */
const year = [...new Set(expenditure.map((line) => line.date?.slice(0, 4) ?? ''))].sort().at(-1) ?? '';
const counts = new Map<string, number>();
for (const line of expenditure) if (line.date?.startsWith(year)) counts.set(line.category ?? '', (counts.get(line.category ?? '') ?? 0) + 1);
const category = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
const listed = expenditure.filter((line) => line.date?.startsWith(year) && line.category === category).sort(byDate);
const firstPage = listed.slice(0, 250);

const shownIds = (page: Page) => page.locator('#lines tbody tr[data-cents]:visible').evaluateAll((rows) => rows.map((row) => row.id));

test.describe('the lines behind a total', () => {
  test('a spending category is one click from its year, and its lines filter in the page', async ({ page }) => {
    await page.goto(`/en/money/${year}/`);
    const label = (await page.locator(`#spending-${year} tbody tr[data-key="${category}"] th a`).textContent())?.trim() ?? '';
    expect(label).not.toBe('');
    // Click 1: the category's row in the spending table.
    await page.locator(`#spending-${year}`).getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/money/${year}/spending/${category}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(label);
    expect(await shownIds(page)).toEqual(firstPage.map((line) => line.id));
    await expect(page.locator('#lines tfoot [data-sum]')).toHaveAttribute('data-cents', String(listed.reduce((sum, line) => sum + cents(line.amount), 0)));

    // Filter by a word of the first line's payee: the rows of this page that have it.
    const word = (firstPage[0]?.payee ?? '').split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
    const words = page.getByLabel('Words', { exact: true });
    await expect(words).toBeVisible();
    await words.fill(word);
    await words.press('Enter');
    const matching = firstPage.filter((line) => fold(`${line.payee} ${line.description}`).includes(fold(word)));
    expect(matching.length).toBeGreaterThan(0);
    await expect.poll(() => shownIds(page)).toEqual(matching.map((line) => line.id));
    const sum = matching.reduce((total, line) => total + cents(line.amount), 0);
    await expect(page.locator('#lines-count')).toContainText(`${matching.length} line${matching.length === 1 ? '' : 's'} shown`);
    expect(Number(((await page.locator('#lines-count').textContent()) ?? '').split('up to')[1]?.replace(/\D/g, ''))).toBe(sum);
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(word)}$`));

    // Then a month, chosen with the keyboard.
    await page.getByRole('button', { name: 'Show every line' }).click();
    await expect.poll(async () => (await shownIds(page)).length).toBe(firstPage.length);
    const month = page.getByLabel('Month', { exact: true });
    await month.focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await month.inputValue();
    await expect.poll(() => shownIds(page)).toEqual(firstPage.filter((line) => line.date?.startsWith(chosen)).map((line) => line.id));
  });

  test('a donor class leads to its own lines, filtered', async ({ page }) => {
    await page.goto(`/en/money/${year}/`);
    const row = page.locator(`#donations-${year} tbody tr[data-key="small"]`);
    const count = Number(((await row.locator('td[data-count]').textContent()) ?? '').replace(/\D/g, ''));
    const amount = await row.locator('td[data-sum]').getAttribute('data-cents');
    await row.getByRole('link').click();
    await expect(page).toHaveURL(/\/income\/donation\/(\d+\/)?\?section=donors-small#donors-small$/);
    await expect(page.getByLabel('Donor', { exact: true })).toHaveValue('donors-small');
    const shown = page.locator('#lines tbody tr[data-cents]:visible');
    const sections = await shown.evaluateAll((rows) => [...new Set(rows.map((tr) => (tr as HTMLElement).dataset.section))]);
    expect(sections).toEqual(['donors-small']);
    // The section's heading gives the figures of the money page.
    await expect(page.locator('#donors-small [data-sum]')).toHaveAttribute('data-cents', amount ?? '');
    expect(Number(((await page.locator('#donors-small [data-count]').textContent()) ?? '').replace(/\D/g, ''))).toBe(count);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the lines read page by page, every line on one page', async ({ page }) => {
      await page.goto(`/en/money/${year}/`);
      await page.locator(`#spending-${year} tbody tr[data-key="${category}"] th a`).click();
      await expect(page.locator('#lines-filter')).toBeHidden();
      const seen: string[] = [];
      for (let number = 1; number <= Math.ceil(listed.length / 250); number++) {
        if (number > 1) await page.getByRole('link', { name: 'Next page' }).first().click();
        seen.push(...(await page.locator('#lines tbody tr[data-cents]').evaluateAll((rows) => rows.map((row) => row.id))));
      }
      expect(seen).toEqual(listed.map((line) => line.id));
    });
  });
});
