// Officials, their agendas and the agenda's filters, in Chromium against the built demo portal.
// Expected rows come straight from the demo's data files, not from the pages.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';

const TODAY = '2026-11-20';
type Row = Record<string, string>;
const agenda: Row[] = readdirSync('data/agenda')
  .filter((name) => name.endsWith('.csv'))
  .flatMap((name) => Papa.parse<Row>(readFileSync(`data/agenda/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data);
// The day's appointments without a time come first, then the timed ones latest first, then by id.
const key = (row: Row) => (row.date ?? '') + (row.start || '~');
const newestFirst = (a: Row, b: Row) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : (a.id ?? '') < (b.id ?? '') ? -1 : 1);
const officialsOf = (row: Row) => (row.officials ?? '').split(';').map((id) => id.trim());
interface Official { name: string; mandates: Array<{ body: string; start: string; end?: string }> }
const officials = new Map(readdirSync('data/officials').map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(`data/officials/${name}`, 'utf8')) as Official]));
const dateText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const isCurrent = (person: Official) => person.mandates.some((mandate) => dateText(mandate.start) <= TODAY && (mandate.end === undefined || dateText(mandate.end) >= TODAY));

/** The ids of the result rows shown, from their links to the month pages (`…/agenda/2026-03/#a-2026-000123`). */
async function resultIds(page: Page): Promise<string[]> {
  const links = await page.locator('#agenda-results tbody tr td:first-child a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  return links;
}

test.describe('the officials directory', () => {
  test('filters by body: only officials with a mandate in that body remain', async ({ page }) => {
    await page.goto('/en/officials/');
    await page.getByLabel('Body').selectOption({ label: 'Mayor and aldermen' });
    const expected = [...officials].filter(([, person]) => person.mandates.some((mandate) => mandate.body === 'executive')).map(([, person]) => person.name).sort();
    const shown = (await page.locator('.cards li:visible a strong').allTextContents()).sort();
    expect(shown).toEqual(expected);
    await expect(page).toHaveURL(/\?body=executive$/);
  });

  test('filters former officials, and former officials of one body', async ({ page }) => {
    await page.goto('/en/officials/');
    await page.getByRole('radio', { name: 'Former', exact: true }).check();
    const former = [...officials].filter(([, person]) => !isCurrent(person)).map(([, person]) => person.name).sort();
    expect((await page.locator('.cards li:visible a strong').allTextContents()).sort()).toEqual(former);
    await expect(page.getByRole('heading', { name: /^In office/ })).toBeHidden();
    await expect(page.locator('#officials-count')).toHaveText(`${former.length} of ${officials.size} officials shown`);

    await page.getByLabel('Body').selectOption('council');
    const formerCouncil = [...officials].filter(([, person]) => !isCurrent(person) && person.mandates.some((mandate) => mandate.body === 'council')).map(([, person]) => person.name).sort();
    expect((await page.locator('.cards li:visible a strong').allTextContents()).sort()).toEqual(formerCouncil);
  });

  test('keeps the filters of a shared address', async ({ page }) => {
    await page.goto('/nl/officials/?status=current&body=council');
    await expect(page.getByRole('radio', { name: 'In functie', exact: true })).toBeChecked();
    await expect(page.getByLabel('Orgaan')).toHaveValue('council');
    const expected = [...officials].filter(([, person]) => person.mandates.some((mandate) => mandate.body === 'council' && dateText(mandate.start) <= TODAY && (mandate.end === undefined || dateText(mandate.end) >= TODAY))).map(([, person]) => person.name).sort();
    expect((await page.locator('.cards li:visible a strong').allTextContents()).sort()).toEqual(expected);
  });

  test('shows initials for officials without a photo', async ({ page }) => {
    await page.goto('/en/officials/');
    await expect(page.locator('.cards li', { hasText: 'Sofie Van Rompaey' }).locator('.avatar')).toHaveText('SR');
  });
});

test('from the home page, a citizen reaches an official’s latest appointment in two clicks', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Officials', exact: true }).click();
  await page.getByRole('link', { name: 'Sofie Van Rompaey' }).click();
  const latest = agenda.filter((row) => officialsOf(row).includes('sofie-van-rompaey') && (row.date ?? '') <= TODAY).sort(newestFirst)[0];
  const first = page.getByRole('table', { name: 'Recent appointments' }).locator('tbody tr').first();
  await expect(first).toHaveAttribute('id', latest?.id ?? '');
});

test.describe('the agenda filters', () => {
  test('by official and category give exactly the matching entries, newest first', async ({ page }) => {
    await page.goto('/en/agenda/');
    await page.getByLabel('Official').selectOption('griet-lambrechts');
    await page.getByLabel('Category').selectOption('media');
    await page.getByRole('button', { name: 'Show appointments' }).click();
    const expected = agenda.filter((row) => officialsOf(row).includes('griet-lambrechts') && row.category === 'media').sort(newestFirst).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(50);
    await expect(page.locator('#agenda-results-count')).toHaveText(`${expected.length} appointments match`);
    expect(await resultIds(page)).toEqual(expected);
    await expect(page).toHaveURL(/\/en\/agenda\/\?official=griet-lambrechts&category=media$/);
  });

  test('by organisation and date range, and page through more than fifty results', async ({ page }) => {
    await page.goto('/en/agenda/?category=interest-representatives&from=2025-01-01&to=2026-06-30');
    const expected = agenda.filter((row) => row.category === 'interest-representatives' && (row.date ?? '') >= '2025-01-01' && (row.date ?? '') <= '2026-06-30').sort(newestFirst).map((row) => row.id);
    await expect(page.locator('#agenda-results-count')).toHaveText(`${expected.length} appointments match`);
    expect(await resultIds(page)).toEqual(expected.slice(0, 50));
    await page.getByRole('button', { name: /Next page/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator('#agenda-results-heading')).toBeFocused();
    expect(await resultIds(page)).toEqual(expected.slice(50, 100));

    await page.goto('/en/agenda/?organisation=Les%20Tilleuls');
    const tilleuls = agenda.filter((row) => (row.organisations ?? '').toLowerCase().includes('les tilleuls')).sort(newestFirst).map((row) => row.id);
    await expect(page.locator('#agenda-results-count')).toHaveText(`${tilleuls.length} appointments match`);
    expect(await resultIds(page).then((ids) => ids.length)).toBe(Math.min(50, tilleuls.length));
  });

  test('keep the filtered view through a reload, and the back button returns to the month', async ({ page }) => {
    await page.goto('/nl/agenda/');
    await page.getByLabel('Mandataris').selectOption('sofie-van-rompaey');
    await page.getByLabel('Onderwerp').selectOption('housing');
    await page.getByRole('button', { name: 'Toon afspraken' }).click();
    const expected = agenda.filter((row) => officialsOf(row).includes('sofie-van-rompaey') && (row.topics ?? '').split(';').map((t) => t.trim()).includes('housing')).sort(newestFirst).map((row) => row.id);
    await expect(page.locator('#agenda-results-count')).toHaveText(`${expected.length} afspraken gevonden`);
    const before = await resultIds(page);
    await page.reload();
    await expect(page.locator('#agenda-results-count')).toHaveText(`${expected.length} afspraken gevonden`);
    expect(await resultIds(page)).toEqual(before);
    await expect(page.getByLabel('Mandataris')).toHaveValue('sofie-van-rompaey');
    await expect(page.getByLabel('Onderwerp')).toHaveValue('housing');
    await page.goBack();
    await expect(page).toHaveURL(/\/nl\/agenda\/$/);
    await expect(page.locator('#agenda-results')).toBeHidden();
    await expect(page.locator('[data-agenda-default] tbody tr').first()).toBeVisible();
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/en/agenda/');
    await page.getByLabel('Official').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Organisation met')).toBeFocused();
    await page.keyboard.type('Wijkcomité');
    await page.keyboard.press('Enter');
    await expect(page.locator('#agenda-results-count')).toContainText('appointments match');
    await expect(page).toHaveURL(/organisation=Wijkcomit/);
  });

  test('lead from each result to its row on the page of its month that shows it', async ({ page }) => {
    await page.goto('/en/agenda/?official=griet-lambrechts');
    const expected = agenda.filter((row) => officialsOf(row).includes('griet-lambrechts')).sort(newestFirst).map((row) => row.id);
    await expect(page.locator('#agenda-results-count')).toHaveText(`${expected.length} appointments match`);
    const links = page.locator('#agenda-results tbody tr td:first-child a');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    // Every link names a month page and the entry's row.
    for (const href of hrefs) expect(href).toMatch(/^\/en\/agenda\/\d{4}-\d{2}\/(\d+\/)?#a-/);
    for (const index of [0, hrefs.length - 1]) {
      await page.goto(hrefs[index] ?? '');
      const id = (hrefs[index] ?? '').split('#')[1] ?? '';
      await expect(page.locator(':target')).toHaveAttribute('id', id);
      await expect(page.locator(`main table tbody tr[id="${id}"]`)).toHaveCount(1);
    }
  });

  test('lead from a month page to the filtered agenda, with the same officials and topics to choose from', async ({ page }) => {
    await page.goto('/en/agenda/');
    const choices = async (name: string) => page.locator(`#agenda-filter select[name="${name}"] option`).evaluateAll((options) => options.map((option) => `${(option as HTMLOptionElement).value} ${option.textContent}`));
    const onAgenda = { official: await choices('official'), topic: await choices('topic') };
    await page.goto('/en/agenda/2025-03/');
    await expect(page.locator('#agenda-filter')).toBeVisible();
    // The month page's lists come from a file of their own, and hold what the agenda page's do.
    expect(await choices('official')).toEqual(onAgenda.official);
    expect(await choices('topic')).toEqual(onAgenda.topic);
    expect(onAgenda.official.length).toBeGreaterThan(1);
    await page.getByLabel('Category').selectOption('media');
    await page.getByRole('button', { name: 'Show appointments' }).click();
    await expect(page).toHaveURL(/\/en\/agenda\/\?category=media$/);
    await expect(page.locator('#agenda-results-count')).toHaveText(`${agenda.filter((row) => row.category === 'media').length} appointments match`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filters stay hidden and every appointment of an official is reachable by year', async ({ page }) => {
    await page.goto('/en/agenda/');
    await expect(page.locator('#agenda-filter')).toBeHidden();
    await page.goto('/en/officials/griet-lambrechts/');
    const years = [...new Set(agenda.filter((row) => officialsOf(row).includes('griet-lambrechts')).map((row) => (row.date ?? '').slice(0, 4)))];
    // Each year lists the appointments one line each, the date leading to the full row on its month's page.
    const seen: string[] = [];
    for (const year of years) {
      await page.goto(`/en/officials/griet-lambrechts/agenda/${year}/`);
      seen.push(...(await page.locator('ol.agenda-list li a[href*="/en/agenda/"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)))));
    }
    const theirs = agenda.filter((row) => officialsOf(row).includes('griet-lambrechts'));
    expect(seen.sort()).toEqual(theirs.map((row) => row.id ?? '').sort());
    const first = page.locator('ol.agenda-list li a').first();
    const id = (await first.evaluate((link) => (link as HTMLAnchorElement).hash.slice(1))) || 'none';
    await first.click();
    await expect(page.locator(`tr[id="${id}"]`)).toBeVisible();
  });
});

test('the organisations index names who met each organisation most often, and leads to the others', async ({ page }) => {
  // In the demo, one organisation was met by six officials: five are named, the sixth is on its page.
  const met = new Map<string, number>();
  for (const row of agenda.filter((entry) => (entry.organisations ?? '').split(';').some((name) => name.trim() === 'Wijkcomité Les Tilleuls'))) {
    for (const id of officialsOf(row)) met.set(id, (met.get(id) ?? 0) + 1);
  }
  expect(met.size).toBe(6);
  await page.goto('/en/organisations/');
  const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Wijkcomité Les Tilleuls' }) });
  await expect(row.locator('a[href^="/en/officials/"]')).toHaveCount(5);
  await row.getByRole('link', { name: 'and one other' }).click();
  await expect(page).toHaveURL(/\/en\/organisations\/wijkcomite-les-tilleuls\/#who$/);
  await expect(page.getByRole('table', { name: 'Who met it how often' }).locator('tbody tr')).toHaveCount(6);
});

test('an official’s page offers their calendar, which serves as text/calendar', async ({ page, request }) => {
  await page.goto('/fr/officials/griet-lambrechts/');
  const href = await page.getByRole('link', { name: 'Télécharger ou s’abonner (iCalendar)' }).getAttribute('href');
  expect(href).toBe('/calendar/fr/griet-lambrechts.ics');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toContain('text/calendar');
  expect((await response.text()).match(/BEGIN:VEVENT/g)).toHaveLength(agenda.filter((row) => officialsOf(row).includes('griet-lambrechts')).length);
});

for (const width of [360, 1280]) {
  test(`the new pages fit a ${width} px wide screen without sideways scrolling`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/nl/officials/sofie-van-rompaey/', '/fr/agenda/?official=sofie-van-rompaey', '/en/organisations/', '/nl/organisations/wijkcomite-les-tilleuls/', '/fr/code-of-ethics/', '/en/complaints/', '/nl/selection-criteria/', '/en/meetings/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`${path.replace(/[/?=&]+/g, '_').replace(/^_|_$/g, '')}-${width}.png`), fullPage: true });
    }
  });
}
