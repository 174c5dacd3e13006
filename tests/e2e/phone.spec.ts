// The portal on a phone: one page of every template in every language at 360 px wide, in Chromium against
// the built demo portal. No page scrolls sideways, and no table cell's text is cut: tables either fit
// (narrow tables of two or three short columns) or become stacked label–value blocks (global.css,
// `table.stack`), so at 360 px no table needs sideways scrolling at all. Amounts never wrap inside a number;
// a term of a list of facts never breaks inside a word that fits its line.
// Full-page screenshots at 360 and 1280 px of every template are kept in test-results/ (artefacts).
// Templates come from the built site's folders as in a11y.spec.ts, so a new kind of page is checked too.
import { readFileSync } from 'node:fs';
import { folders, hasPage, out, templates } from './site-templates.ts';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const PHONE = 360;
const DESKTOP = 1280;
const site = parse(readFileSync('data/site.yaml', 'utf8')) as { languages: string[] };



/**
 * What is cut or sticks out on the page as it is laid out now, one line per problem: the page wider than
 * the window; an element of a table cell (or the cell) whose text is clipped by its overflow; a cell whose
 * content is wider than the cell; a cell outside the window or outside the box it scrolls in (at this width
 * no table is meant to scroll, so there is no cue to look for); an amount broken over two lines.
 */
async function cutOnPage(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const say = (element: Element, what: string) => {
      const cell = element.closest('td, th') ?? element;
      const row = cell.closest('tr');
      const table = cell.closest('table');
      const where = `${table?.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? table?.id ?? 'table'} row ${row ? [...(row.parentElement?.children ?? [])].indexOf(row) + 1 : '?'}`;
      problems.push(`${where}: <${element.tagName.toLowerCase()}> “${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}” ${what}`);
    };
    const page = document.documentElement.scrollWidth;
    if (page > width) problems.push(`the page is ${page} px wide in a window of ${width} px: it scrolls sideways`);
    const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    // Text for screen readers only (`.visually-hidden`, a stacked table's header row): in a box of 1 px.
    const visuallyHidden = (element: Element) => {
      for (let up: Element | null = element; up && up !== document.body; up = up.parentElement) {
        const box = up.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1) return true;
      }
      return false;
    };
    const scroller = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(up).overflowX)) return up;
      }
      return null;
    };
    for (const cell of document.querySelectorAll('td, th')) {
      if (!shown(cell) || visuallyHidden(cell)) continue;
      const box = cell.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) say(cell, `lies outside the window (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      const around = scroller(cell);
      if (around) {
        const room = around.getBoundingClientRect();
        if (box.left < room.left - 1 || box.right > room.right + 1) say(cell, `is cut by the box it scrolls in (${Math.round(box.left)}–${Math.round(box.right)} px, box ${Math.round(room.left)}–${Math.round(room.right)} px), with no cue`);
      }
      if (cell.scrollWidth > cell.clientWidth + 1) say(cell, `is wider than its cell (${cell.scrollWidth} > ${cell.clientWidth} px)`);
      for (const element of [cell, ...cell.querySelectorAll('*')]) {
        if (element !== cell && (!shown(element) || visuallyHidden(element))) continue;
        const style = getComputedStyle(element);
        const clips = /hidden|clip/.test(`${style.overflowX} ${style.overflowY}`) || style.textOverflow === 'ellipsis';
        if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) say(element, `is clipped (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight} px)`);
      }
      // An amount or a count reads whole: all of it on one line.
      if (cell.classList.contains('num') && !cell.closest('thead')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)));
        if (lines.size > 1) say(cell, `breaks over ${lines.size} lines`);
      }
    }
    // A term of a list of facts (a register's name, a setting) keeps its words whole: a word breaks only
    // when it is wider than the list.
    for (const term of document.querySelectorAll('dt')) {
      if (!shown(term) || visuallyHidden(term)) continue;
      // The room a term could have: the whole width of its list (a layout that squeezes terms into a narrow column breaks words that would fit).
      const room = (term.parentElement ?? term).getBoundingClientRect().width;
      const walker = document.createTreeWalker(term, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const lines = new Set(rects.map((rect) => Math.round(rect.bottom)));
          const wide = rects.reduce((sum, rect) => sum + rect.width, 0);
          if (lines.size > 1 && wide < room) problems.push(`<dt> “${(term.textContent ?? '').trim().slice(0, 50)}” breaks the word “${word[0]}” over ${lines.size} lines`);
        }
      }
    }
    return problems;
  }, width);
}

const shot = (path: string, width: number) => `${path.replace(/[/?=&%]+/g, '_').replace(/^_|_$/g, '')}-${width}.png`;

for (const lang of site.languages) {
  test(`every page template in ${lang} reads on a ${PHONE} px phone: no sideways scroll, no cut cell (screenshots at ${PHONE} and ${DESKTOP} px kept)`, async ({ page }, info) => {
    test.setTimeout(150_000);
    const pages = [...templates(lang).values()];
    for (const expected of ['agenda/*', 'money', 'gifts', 'travel', 'rules', 'officials/*', 'datasets', 'datasets/*']) {
      expect([...templates(lang).keys()], expected).toContain(`${lang}/${expected}`);
    }
    const found: string[] = [];
    const cut = new Set<string>();
    const sideways = new Set<string>();
    await page.setViewportSize({ width: PHONE, height: 800 });
    for (const path of pages) {
      await page.goto(path);
      const problems = await cutOnPage(page, PHONE);
      if (problems.some((problem) => problem.startsWith('the page is'))) sideways.add(path);
      if (problems.some((problem) => !problem.startsWith('the page is'))) cut.add(path);
      found.push(...problems.map((problem) => `${path}: ${problem}`));
      await page.screenshot({ path: info.outputPath(shot(path, PHONE)), fullPage: true });
    }
    await page.setViewportSize({ width: DESKTOP, height: 900 });
    for (const path of pages) {
      await page.goto(path);
      await page.screenshot({ path: info.outputPath(shot(path, DESKTOP)), fullPage: true });
    }
    console.log(`${PHONE} px, ${lang}: ${pages.length} pages, ${sideways.size} scroll sideways${sideways.size ? ` (${[...sideways].join(' ')})` : ''}, ${cut.size} with a cut table cell${cut.size ? ` (${[...cut].join(' ')})` : ''}`);
    expect(found.slice(0, 40), `${found.length} problems, ${sideways.size} of ${pages.length} pages scroll sideways, ${cut.size} have a cut table cell`).toEqual([]);
  });
}

test(`stacked tables stay tables for screen readers at ${PHONE} px, and their labels are not read twice`, async ({ page }) => {
  await page.setViewportSize({ width: PHONE, height: 800 });
  const month = folders('fr/agenda').find((name) => /^\d{4}-\d{2}$/.test(name));
  for (const path of [`/fr/agenda/${month}/`, '/fr/gifts/', '/fr/travel/', '/fr/money/', '/fr/rules/']) {
    await page.goto(path);
    const table = page.locator('table.stack').first();
    // Laid out as blocks: the header row is out of sight, every cell shows its label…
    await expect(table.locator('thead'), path).not.toBeInViewport();
    // (the header of the cell's column, said once by the table or carried by the cell)
    const { label, shown } = await table.locator('tbody td').first().evaluate((cell) => ({
      label: (cell.closest('table')?.tHead?.rows[0]?.cells[(cell as HTMLTableCellElement).cellIndex]?.textContent ?? '').trim(),
      shown: getComputedStyle(cell, '::before').content,
    }));
    expect(label, path).not.toBe('');
    expect(shown, path).toContain(label);
    // …and still a table with column headers and cells, whose names are their values, not "label value".
    const tree = await table.ariaSnapshot();
    expect(tree, path).toMatch(/^- table/);
    expect(tree, path).toContain(`- columnheader "${label}"`);
    const cells = [...tree.matchAll(/- cell "([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(cells.length, path).toBeGreaterThan(0);
    const labels = await table.locator('thead th').allTextContents();
    expect(cells.filter((name) => labels.some((text) => text.trim() !== '' && name.startsWith(`${text.trim()} `))), `${path}: cells read with their label`).toEqual([]);
  }
});

test(`an organisation's public-register ids read at ${PHONE} px: each register's name whole above its id, in every language`, async ({ page }) => {
  await page.setViewportSize({ width: PHONE, height: 800 });
  const { name } = (parse(readFileSync('data/organisations.yaml', 'utf8')) as { name: string; kbo?: string }[]).find((entry) => entry.kbo) ?? { name: '' };
  for (const lang of site.languages) {
    const slug = folders(`${lang}/organisations`).find((folder) => hasPage(`${lang}/organisations/${folder}`) && readFileSync(`${out}/${lang}/organisations/${folder}/index.html`, 'utf8').includes(`<h1>${name}</h1>`));
    expect(slug, `${lang}: the page of ${name}`).toBeTruthy();
    await page.goto(`/${lang}/organisations/${slug}/`);
    const terms = page.locator('dl.facts dt');
    expect(await terms.count(), lang).toBeGreaterThan(1);
    expect((await cutOnPage(page, PHONE)).filter((problem) => problem.startsWith('<dt>')), lang).toEqual([]);
  }
});
