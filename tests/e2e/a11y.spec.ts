// WCAG 2.1 AA (EN 301 549) in Chromium: axe-core on one page of every template in every language of the
// built demo portal, also in the states that scripts make (filters applied, search results shown).
// Templates come from the built site's folders, so that a new kind of page is checked without editing this file.
// On the same pages, the language of parts (WCAG 3.1.2): no interface string left in English on a Dutch or
// French page where a translation exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { folders, out, templates } from './site-templates.ts';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { englishOnlyTexts } from '../interface-texts.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549'];
const site = parse(readFileSync('data/site.yaml', 'utf8')) as { languages: string[]; defaultLanguage: string };
const LANGS = site.languages;


/** A meeting whose minutes are not written in `lang`: its page shows them in another language, marked. */
function fallbackMeeting(lang: string): string | undefined {
  const files = readdirSync('content/meetings');
  const ids = [...new Set(files.map((file) => file.replace(/\.\w\w\.md$/, '')))];
  return ids.find((id) => !files.includes(`${id}.${lang}.md`));
}


interface Found { page: string; rule: string; impact: string | null | undefined; nodes: string[] }

/** The English interface strings a page in `lang` must not show (see tests/build/languages.test.ts), as patterns. */
function englishOnly(lang: string): Array<{ key: string; source: string }> {
  if (lang !== 'nl' && lang !== 'fr') return [];
  return englishOnlyTexts(lang)
    .sort((a, b) => Number(a.text.includes('{')) - Number(b.text.includes('{')))
    .map(({ key, text }) => {
      const literal = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
      const words = text.replace(/\{\w+\}/g, '').trim().split(/\s+/).length;
      return { key, source: words > 1 ? `^${literal}(?:$|[\\s:,.;(·–-])` : `^${literal}$` };
    });
}

/** Interface text in English on the page: text and labels in the page's language that are an English-only string. */
async function englishShown(page: Page, lang: string): Promise<string[]> {
  const patterns = englishOnly(lang);
  if (patterns.length === 0) return [];
  return page.evaluate(({ lang, patterns }) => {
    const strings = patterns.map((pattern) => ({ key: pattern.key, test: new RegExp(pattern.source, 'u') }));
    // Text the organisation wrote (`data-own-text`, e.g. a spending line's description) is data, not interface:
    // a Dutch "Gift" is not the English interface string.
    const inLanguage = (element: Element | null) => !!element && !element.closest('script, style, code, template, [data-own-text]') && element.closest('[lang]')?.getAttribute('lang') === lang;
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (inLanguage(node.parentElement)) texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (!inLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
    }
    return texts
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '')
      .flatMap((text) => {
        const hit = strings.find((string) => string.test.test(text));
        return hit ? [`“${text.slice(0, 80)}” is ${hit.key} in English`] : [];
      });
  }, { lang, patterns });
}

async function violations(browser: Browser, baseURL: string | undefined, path: string, prepare?: (page: Page) => Promise<void>, english: string[] = []): Promise<Found[]> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  try {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await prepare?.(page);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    english.push(...(await englishShown(page, path.slice(1, 3))).map((found) => `${path}: ${found}`));
    return result.violations.map((violation) => ({
      page: path,
      rule: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.slice(0, 300)),
    }));
  } finally {
    await context.close();
  }
}


for (const lang of LANGS) {
  test(`every page template in ${lang} passes axe (${TAGS.join(', ')}) and speaks ${lang}`, async ({ browser, baseURL }) => {
    test.setTimeout(480_000);
    const pages = [...templates(lang).values()];
    const meeting = fallbackMeeting(lang);
    if (meeting) pages.push(`/${lang}/meetings/${meeting}/`);
    pages.push(`/${lang}/search/`);
    // The address list must cover at least the templates the portal is known to have.
    for (const expected of ['officials/*', 'officials/*/agenda/*', 'agenda/*', 'organisations/*', 'meetings/*', 'money', 'rules/*', 'datasets/*', 'code-of-ethics', 'complaints', 'selection-criteria']) {
      expect([...templates(lang).keys()], expected).toContain(`${lang}/${expected}`);
    }
    const found: Found[] = [];
    const english: string[] = [];
    for (const path of [...new Set(pages)]) {
      found.push(...(await violations(browser, baseURL, path, undefined, english)));
    }
    console.log(`axe (${TAGS.join(', ')}): ${new Set(pages).size} pages in ${lang}: ${[...new Set(pages)].join(' ')}`);
    expect(found, `${pages.length} pages: ${pages.join(' ')}`).toEqual([]);
    expect(english, 'interface strings in English').toEqual([]);
  });

  test(`pages in ${lang} pass axe in the states their scripts make`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const official = folders(`${lang}/officials`)[0] ?? '';
    const name = readFileSync(join(out, lang, 'officials', official, 'index.html'), 'utf8').match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1] ?? official;
    const states: Array<[string, (page: Page) => Promise<void>]> = [
      [`/${lang}/agenda/?category=media`, async (page) => {
        await expect(page.locator('#agenda-results-count')).not.toBeEmpty();
        await page.locator('#agenda-filter details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
      }],
      [`/${lang}/officials/?status=current`, async (page) => {
        await expect(page.locator('#officials-count')).not.toBeEmpty();
      }],
      [`/${lang}/search/?q=${encodeURIComponent(name)}`, async (page) => {
        await expect(page.locator('#search-list li').first()).toBeVisible();
      }],
      [`/${lang}/search/?q=zzzzqqq`, async (page) => {
        await expect(page.locator('#search-status')).not.toHaveText('');
      }],
      [`/${lang}/organisations/?q=a`, async (page) => {
        await expect(page.locator('#organisations-results tbody tr').first()).toBeVisible();
      }],
      // The menu unfolded on a phone.
      [`/${lang}/gifts/`, async (page) => {
        await page.setViewportSize({ width: 360, height: 800 });
        await page.locator('header .menu > summary').click();
        await expect(page.locator('header .menu')).toHaveJSProperty('open', true);
      }],
    ];
    const found: Found[] = [];
    const english: string[] = [];
    for (const [path, prepare] of states) {
      found.push(...(await violations(browser, baseURL, path, prepare, english)));
    }
    console.log(`axe: ${states.length} page states in ${lang}: ${states.map(([path]) => path).join(' ')}`);
    expect(found).toEqual([]);
    expect(english, 'interface strings in English').toEqual([]);
  });
}

test('the page for unknown addresses and the language choice at / pass axe', async ({ browser, baseURL }) => {
  const found: Found[] = [...(await violations(browser, baseURL, '/no-such-page/'))];
  // `/` sends the browser on to the default language at once (a delay of 0 s, which WCAG 2.2.1 allows);
  // axe reads the page as served, without letting the refresh run.
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/[a-z]{2}\/"/);
  await page.route(`${baseURL}/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') }));
  await page.goto('/');
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await context.close();
  found.push(...result.violations.map((violation) => ({ page: '/', rule: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(' ')) })));
  expect(found).toEqual([]);
});
