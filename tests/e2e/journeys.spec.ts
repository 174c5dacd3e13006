// The journeys citizens take, in Chromium against the built demo portal.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a citizen reaches an official’s latest appointment in two clicks from the home page', async ({ page }, info) => {
  await page.goto('/nl/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mandatarissen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mandatarissen');
  const first = page.locator('.cards a').first();
  const name = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const recent = page.getByRole('table', { name: 'Recente afspraken' });
  await expect(recent.locator('tbody tr').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('official-1280.png'), fullPage: true });
});

test('the language switch keeps the reader on the same page', async ({ page }) => {
  await page.goto('/nl/agenda/');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: /FR/ }).click();
  await expect(page).toHaveURL(/\/fr\/agenda\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
});

test('the skip link takes a keyboard user straight to the content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the agenda can be read month by month', async ({ page }) => {
    await page.goto('/en/agenda/');
    const months = page.getByRole('navigation', { name: 'Months' }).getByRole('link');
    expect(await months.count()).toBeGreaterThanOrEqual(20);
    await months.nth(3).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Agenda of');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await page.getByRole('link', { name: /Older month/ }).click();
    await expect(page.locator('tbody tr').first()).toBeVisible();
  });
});

test('minutes written only in French are shown on the Dutch page, marked as French', async ({ page }) => {
  const files = readdirSync('content/meetings');
  const id = files.map((file) => file.replace(/\.\w\w\.md$/, '')).find((meeting) => files.filter((file) => file.startsWith(`${meeting}.`)).join() === `${meeting}.fr.md`);
  expect(id).toBeDefined();
  await page.goto(`/nl/meetings/${id}/`);
  await expect(page.locator('.note')).toContainText('Deze notulen bestaan niet in het Nederlands');
  await expect(page.locator('.minutes')).toHaveAttribute('lang', 'fr');
});

for (const width of [360, 1280]) {
  test(`pages fit a ${width} px wide screen without sideways scrolling`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/nl/', '/fr/officials/', '/en/money/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`${path.replaceAll('/', '_').replace(/^_|_$/g, '')}-${width}.png`), fullPage: true });
    }
  });
}
