// The SQL page in Chromium against the built demo portal: an example query runs in the browser on the
// published SQLite database and shows what the published CSV says, reading the database in ranges
// rather than whole, without a policy violation; no other page loads the SQL engine.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { watchViolations } from './violations.ts';
import Papa from 'papaparse';
import { linesSql } from '../../src/lib/datasets/sql-examples.ts';

type Row = Record<string, string>;
const csv = async (request: APIRequestContext, path: string): Promise<Row[]> =>
  Papa.parse<Row>((await (await request.get(path)).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
/** `1234.56` as whole cents. */
const cents = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  return (amount.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number(fraction.padEnd(2, '0')));
};

/** The result table of the page, as rows of cell texts under their column names. */
async function resultRows(page: Page): Promise<Row[]> {
  const table = page.locator('#sql-result table');
  const columns = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? '')));
  return rows.map((cells) => Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])));
}

test('an example query counts the appointments of each year as the agenda CSV does, reading the database in ranges', async ({ page, request }) => {
  const violations = await watchViolations(page);
  const database: Array<{ range: string | undefined; status: number }> = [];
  page.context().on('requestfinished', async (finished) => {
    if (!finished.url().endsWith('/data/datasets.sqlite') || finished.method() !== 'GET') return;
    database.push({ range: (await finished.allHeaders()).range, status: (await finished.response())?.status() ?? 0 });
  });
  await page.goto('/en/sql/');
  await page.getByRole('button', { name: 'Appointments per year' }).click();
  await expect(page.getByRole('status')).toContainText(/\d+ rows?\./, { timeout: 30_000 });

  const perYear = new Map<string, number>();
  for (const row of await csv(request, '/data/agenda.csv')) perYear.set(row.date?.slice(0, 4) ?? '', (perYear.get(row.date?.slice(0, 4) ?? '') ?? 0) + 1);
  const shown = await resultRows(page);
  expect(shown).toEqual([...perYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, count]) => ({ year, appointments: String(count) })));
  expect(shown.reduce((sum, row) => sum + Number(row.appointments), 0)).toBeGreaterThan(0);

  // The database was read a few pages at a time, not downloaded whole.
  const result = page.locator('#sql-result');
  const fetched = Number(await result.getAttribute('data-fetched'));
  const total = Number(await result.getAttribute('data-total'));
  expect(fetched).toBeGreaterThan(0);
  expect(fetched).toBeLessThan(total);
  expect(database.length).toBeGreaterThan(0);
  for (const read of database) {
    expect(read.range).toMatch(/^bytes=\d+-\d+$/);
    expect(read.status).toBe(206);
  }
  expect(violations).toEqual([]);
});

test('the spending example gives each category’s yearly total to the cent of the expenditure CSV, downloadable as CSV', async ({ page, request }) => {
  await page.goto('/nl/sql/');
  await page.getByRole('button', { name: 'Uitgaven per categorie per jaar' }).click();
  await expect(page.getByRole('status')).toContainText(/rij/, { timeout: 30_000 });
  const totals = new Map<string, number>();
  for (const row of await csv(request, '/data/expenditure.csv')) {
    const key = `${row.date?.slice(0, 4)} ${row.category}`;
    totals.set(key, (totals.get(key) ?? 0) + cents(row.amount ?? '0'));
  }
  const shown = await resultRows(page);
  expect(shown.length).toBe(totals.size);
  for (const row of shown) expect(cents(row.total ?? ''), `${row.year} ${row.category}`).toBe(totals.get(`${row.year} ${row.category}`));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Resultaat downloaden als CSV' }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const downloaded = Papa.parse<Row>(Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(downloaded).toEqual(shown);
});

test('a query in the address runs when the page opens: a long list of money lines leads here with the query of every line', async ({ page, request }) => {
  const violations = await watchViolations(page);
  const expenditure = await csv(request, '/data/expenditure.csv');
  const year = expenditure[0]?.date?.slice(0, 4) ?? '';
  const category = expenditure[0]?.category ?? '';
  const query = linesSql('expenditure', category, `${year}-01-01`, `${year}-12-31`);
  await page.goto(`/fr/sql/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(/\d+ lignes?\./, { timeout: 30_000 });
  await expect(page.getByLabel('Requête SQL')).toHaveValue(query);
  const expected = expenditure
    .filter((row) => row.date?.startsWith(year) && row.category === category)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.id ?? '').localeCompare(b.id ?? ''));
  const shown = await resultRows(page);
  expect(shown.map((row) => `${row.id} ${row.date} ${row.amount}`)).toEqual(expected.map((row) => `${row.id} ${row.date} ${row.amount}`));
  expect(shown.length).toBeGreaterThan(0);
  // The address keeps the query that ran.
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  expect(violations).toEqual([]);
});

test('a query in error says why, and the pages without SQL load none of its code', async ({ page }) => {
  await page.goto('/fr/sql/');
  await page.getByRole('button', { name: 'Organisations les plus rencontrées par chaque mandataire' }).click();
  await expect(page.getByRole('status')).toContainText(/\d+ lignes?\./, { timeout: 30_000 });
  expect(await page.locator('#sql-result thead th').allTextContents()).toEqual(['official', 'organisation', 'appointments']);
  expect(await page.locator('#sql-result tbody tr').count()).toBeGreaterThan(0);

  await page.getByLabel('Requête SQL').fill('SELECT * FROM no_such_table');
  await page.getByRole('button', { name: 'Exécuter la requête' }).click();
  await expect(page.getByRole('status')).toContainText('no such table', { timeout: 30_000 });

  const loaded: string[] = [];
  page.on('request', (sent) => loaded.push(sent.url()));
  await page.goto('/fr/datasets/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => /sql|\.wasm/.test(url.replace(/\/fr\/datasets\/$/, '')))).toEqual([]);
  await expect(page.getByRole('link', { name: /SQL/ }).first()).toBeVisible();
});
