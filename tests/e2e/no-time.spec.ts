// Appointments whose source gives a date and no time, on a phone (360 px) in Chromium against the built
// demo portal: the time is said to be not stated, in the reader's language, never shown as 00:00, and
// the row reads without being cut; the browser filter's results say the same.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';

type Row = Record<string, string>;
const agenda: Row[] = readdirSync('data/agenda')
  .filter((name) => name.endsWith('.csv'))
  .flatMap((name) => Papa.parse<Row>(readFileSync(`data/agenda/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data);
const untimed = agenda.filter((row) => !row.start);
// One without a time on a day that also has timed appointments, so both kinds are on screen together.
const sample = untimed.find((row) => agenda.some((other) => other.date === row.date && other.start)) ?? untimed[0];
const WORDS = { nl: ['Uur', 'niet vermeld'], fr: ['Heure', 'non indiquée'], en: ['Time', 'not stated'] } as const;

test('the demo has appointments without a time, about one in seven', () => {
  expect(untimed.length / agenda.length).toBeGreaterThan(0.1);
  expect(untimed.length / agenda.length).toBeLessThan(0.2);
});

test.describe('an appointment without a time on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const [lang, [label, word]] of Object.entries(WORDS)) {
    test(`says "${word}" beside "${label}" on its month page in ${lang}, and no hour`, async ({ page }) => {
      if (!sample?.id || !sample.date) throw new Error('the demo has no appointment without a time');
      await page.goto(`/${lang}/agenda/${sample.date.slice(0, 7)}/`);
      const row = page.locator(`tr[id="${sample.id}"]`);
      const column = (await page.locator(`table:has(tr[id="${sample.id}"]) thead th`).allTextContents()).indexOf(label);
      expect(column).toBeGreaterThanOrEqual(0);
      const cell = row.locator('td').nth(column);
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeVisible();
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(label);
      await expect(cell).toHaveText(word);
      expect(await row.innerText()).not.toMatch(/\b\d{1,2}:\d{2}\b/);
      // The stacked row fits: the page does not scroll sideways and the cell's text is not cut.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await cell.evaluate((td) => td.scrollWidth <= td.clientWidth + 1)).toBe(true);
      // Above the day's timed appointments: the time not stated comes first within its day.
      const ids = await page.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => tr.id));
      const sameDay = agenda.filter((other) => other.date === sample.date).map((other) => other.id);
      const shown = ids.filter((id) => sameDay.includes(id));
      const firstTimed = shown.findIndex((id) => agenda.find((other) => other.id === id)?.start);
      expect(firstTimed === -1 || shown.indexOf(sample.id) < firstTimed).toBe(true);
    });
  }

  test('says "niet vermeld" in the agenda filter’s results too', async ({ page }) => {
    if (!sample?.id || !sample.date) throw new Error('the demo has no appointment without a time');
    const official = (sample.officials ?? '').split(';')[0]?.trim() ?? '';
    await page.goto(`/nl/agenda/?official=${official}&from=${sample.date}&to=${sample.date}`);
    const row = page.locator('#agenda-results tbody tr', { has: page.locator(`a[href$="#${sample.id}"]`) });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(1)).toHaveText('niet vermeld');
  });
});
